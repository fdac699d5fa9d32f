#include "ingest/utf8.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(Utf8Test, ValidTextIsKept) {
  Utf8Repair repair;
  EXPECT_EQ(RepairUtf8("Lashkar G\xC4\x81h", &repair), "Lashkar G\xC4\x81h");
  EXPECT_EQ(repair.invalid_sequences, 0u);
  EXPECT_EQ(repair.first_bad_line, 0u);
}

TEST(Utf8Test, InvalidSequencesBecomeReplacementCharacters) {
  Utf8Repair repair;
  // A valid é, then a stray continuation byte and a truncated sequence on line 2.
  std::string out = RepairUtf8("caf\xC3\xA9\nbad \x80 and \xE2\x80", &repair);
  EXPECT_EQ(out, "caf\xC3\xA9\nbad \xEF\xBF\xBD and \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(repair.invalid_sequences, 3u);
  EXPECT_EQ(repair.first_bad_line, 2u);
  EXPECT_FALSE(repair.decoded_as_windows1252);
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(Utf8Test, Windows1252IsDecoded) {
  Utf8Repair repair;
  // “Caf\xe9” in Windows-1252.
  EXPECT_EQ(RepairUtf8("\x93" "Caf\xE9\x94", &repair), "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D");
  EXPECT_TRUE(repair.decoded_as_windows1252);
}

TEST(Utf8Test, NulBytesAreRemoved) {
  Utf8Repair repair;
  EXPECT_EQ(RepairUtf8(std::string("a\0b\0", 4), &repair), "ab");
  EXPECT_EQ(repair.nul_bytes, 2u);
}

TEST(Utf8Test, RejectsOverlongsAndSurrogates) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  Utf8Repair repair;
  EXPECT_TRUE(IsValidUtf8(RepairUtf8("x\xC0\xAFy\xED\xA0\x80z", &repair)));
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(LooksBinary(std::string("ab\0\0cd", 6)));
  EXPECT_FALSE(LooksBinary(std::string(300, 'a') + std::string(1, '\0') + "b"));
  EXPECT_FALSE(LooksBinary("Plain news text.\n"));
  std::string controls(100, '\x01');
  EXPECT_TRUE(LooksBinary(controls));
}

}  // namespace
}  // namespace khaldun
