#include "base/same_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace khaldun {
namespace {

TEST(SameText, ComparesWholeTextsByteForByte) {
  EXPECT_TRUE(SameText("place", "place"));
  EXPECT_FALSE(SameText("Place", "place"));  // no case folding
  EXPECT_FALSE(SameText("places", "place"));
  EXPECT_FALSE(SameText("plac", "place"));
  EXPECT_TRUE(SameText("", ""));
  EXPECT_FALSE(SameText("", "---"));
  EXPECT_TRUE(SameText(std::string("---"), "---"));
  // A view into a longer text is compared by its own length only.
  const std::string text = "Gondor and Rohan";
  EXPECT_TRUE(SameText(std::string_view(text).substr(7, 3), "and"));
  EXPECT_FALSE(SameText(std::string_view(text).substr(7, 4), "and"));
}

TEST(SameText, AnyOfSeveral) {
  EXPECT_TRUE(SameTextAsAny("13", "02", "10", "13"));
  EXPECT_FALSE(SameTextAsAny("1", "02", "10", "13"));
  EXPECT_TRUE(SameTextAsAny("&", "of", "&"));
}

// The same answer as std::string_view's == for random texts against
// literals of every length up to 11 bytes (one and two 8-byte words).
TEST(SameText, AgreesWithStringViewEquality) {
  std::mt19937 random(7);
  auto check = [&](auto& literal) {
    const std::string_view lit(literal, sizeof literal - 1);
    for (int trial = 0; trial < 2000; ++trial) {
      std::string text(lit);
      switch (random() % 4) {
        case 0: break;  // equal
        case 1: if (!text.empty()) text[random() % text.size()] ^= static_cast<char>(1 + random() % 127); break;
        case 2: text.push_back(static_cast<char>('a' + random() % 26)); break;
        case 3: if (!text.empty()) text.pop_back(); break;
      }
      ASSERT_EQ(SameText(text, literal), std::string_view(text) == lit) << text << " vs " << lit;
    }
  };
  check("");
  check("a");
  check("of");
  check("---");
  check("from");
  check("place");
  check("actor+");
  check("towards");
  check("forwarded");
  check("throughout");
  check("actor+agent");
}

// SameBytes gives std::string_view's == for random pairs of every length
// up to 20 bytes (the byte, four-byte and eight-byte paths), equal or
// differing in one byte anywhere.
TEST(SameBytes, AgreesWithStringViewEquality) {
  std::mt19937 random(11);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string a(random() % 21, ' ');
    for (char& c : a) c = static_cast<char>('a' + random() % 4);  // few letters: many near misses
    std::string b = a;
    switch (random() % 4) {
      case 0: break;
      case 1: if (!b.empty()) b[random() % b.size()] = static_cast<char>('a' + random() % 4); break;
      case 2: b.push_back('a'); break;
      case 3: if (!b.empty()) b.pop_back(); break;
    }
    // Views into longer buffers: the bytes after a view must not count.
    const std::string a_buffer = a + "xyzxyzxy", b_buffer = b + "abcabcab";
    const std::string_view av(a_buffer.data(), a.size()), bv(b_buffer.data(), b.size());
    ASSERT_EQ(SameBytes(av, bv), av == bv) << a << " vs " << b;
  }
}

}  // namespace
}  // namespace khaldun
