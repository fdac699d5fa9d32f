#include "dict/source_file.h"

#include <gtest/gtest.h>

#include <random>

#include "dict/phrase.h"

namespace khaldun::dict {
namespace {

// StripComment as it was written before it scanned eight bytes at a time:
// byte by byte.
std::string_view ByteByByte(std::string_view line, std::string_view markers, std::string* note) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (depth == 0 && markers.find(c) != std::string_view::npos) {
      std::string_view rest = line.substr(i);
      while (!rest.empty() && markers.find(rest[0]) != std::string_view::npos) rest.remove_prefix(1);
      *note = std::string(Trim(rest));
      return line.substr(0, i);
    }
  }
  note->clear();
  return line;
}

TEST(StripCommentTest, SplitsAtTheFirstMarkerOutsideBrackets) {
  std::string note = "old";
  EXPECT_EQ(StripComment("GONDOR [GON] # the south kingdom", "#;", &note), "GONDOR [GON] ");
  EXPECT_EQ(note, "the south kingdom");
  EXPECT_EQ(StripComment("ROHAN [ROH ;not a comment] ;; horse lords", "#;", &note), "ROHAN [ROH ;not a comment] ");
  EXPECT_EQ(note, "horse lords");
  EXPECT_EQ(StripComment("MORDOR_AND_ITS_ALLIES [MOR]", "#;", &note), "MORDOR_AND_ITS_ALLIES [MOR]");
  EXPECT_EQ(note, "");
  EXPECT_EQ(StripComment("] unmatched closing bracket # still a comment", "#", nullptr),
            "] unmatched closing bracket ");
}

// Random lines over an alphabet heavy in brackets and markers, every length
// from 0 to 40 (so that the eight-byte steps and the tail both meet every
// case): the same split and note as the byte-by-byte scan.
TEST(StripCommentTest, MatchesTheByteByByteScanOnRandomLines) {
  std::mt19937 random(20261129);
  const std::string alphabet = "ab [];#_-\t";
  const std::string_view marker_sets[] = {"#", ";", "#;", ""};
  for (int round = 0; round < 20000; ++round) {
    std::string line(random() % 41, ' ');
    for (char& c : line) c = alphabet[random() % alphabet.size()];
    const std::string_view markers = marker_sets[random() % std::size(marker_sets)];
    std::string note, expected_note;
    ASSERT_EQ(StripComment(line, markers, &note), ByteByByte(line, markers, &expected_note)) << line;
    ASSERT_EQ(note, expected_note) << line;
  }
}

}  // namespace
}  // namespace khaldun::dict
