#include "base/ascii_case.h"

#include <gtest/gtest.h>

#include <string>

namespace khaldun {
namespace {

std::string ByteByByte(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

TEST(AsciiCaseTest, LowerIntoEveryLength) {
  // Letters at the range edges, their neighbours ('@', '[', '`', '{') and
  // non-ASCII bytes, at every length the three paths cover.
  const std::string all = "A@Z[a`z{\xC3\x89Mordor-\xE2\x80\x94GONDOR's Rohan 42";
  for (size_t n = 0; n <= all.size(); ++n) {
    const std::string_view text(all.data(), n);
    std::string out(n, '?');
    AsciiLowerInto(text, out.data());
    EXPECT_EQ(out, ByteByByte(text)) << n;
  }
}

TEST(AsciiCaseTest, EightAtOnce) {
  uint64_t v;
  std::memcpy(&v, "Mz@[`{A\x80", 8);
  const uint64_t lower = AsciiLowerEight(v), upper = AsciiUpperEight(v);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(&lower), 8), std::string("mz@[`{a\x80", 8));
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(&upper), 8), std::string("MZ@[`{A\x80", 8));
}

}  // namespace
}  // namespace khaldun
