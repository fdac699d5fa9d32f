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

// StartsWithText and EndsWithText give std::string_view's starts_with and
// ends_with for random texts around literals of several lengths.
TEST(StartsWithText, AgreesWithStringViewStartsAndEndsWith) {
  std::mt19937 random(13);
  auto check = [&](auto& literal) {
    const std::string_view lit(literal, sizeof literal - 1);
    for (int trial = 0; trial < 2000; ++trial) {
      std::string text;
      for (int k = static_cast<int>(random() % 3); k > 0; --k) text.push_back(static_cast<char>('-' + random() % 3));
      if (random() % 2) text += lit;
      for (int k = static_cast<int>(random() % 3); k > 0; --k) text.push_back(static_cast<char>('-' + random() % 3));
      if (!text.empty() && random() % 4 == 0) text[random() % text.size()] ^= 1;
      ASSERT_EQ(StartsWithText(text, literal), std::string_view(text).starts_with(lit)) << text << " / " << lit;
      ASSERT_EQ(EndsWithText(text, literal), std::string_view(text).ends_with(lit)) << text << " / " << lit;
    }
  };
  check("");
  check("-");
  check("04");
  check("---");
  check("IGO");
  check("0871");
  check("actor+");
  EXPECT_TRUE(StartsWithText("IGOUNO", "IGO"));
  EXPECT_FALSE(StartsWithText("IG", "IGO"));
  EXPECT_TRUE(EndsWithText("USAMED", "MED"));
  EXPECT_FALSE(EndsWithText("ED", "MED"));
}

// CompareText orders as std::string_view's compare: random short texts of
// digits and bytes past 127 (compared as unsigned), of every length to 4.
TEST(CompareText, AgreesWithStringViewCompare) {
  std::mt19937 random(17);
  const char alphabet[] = {'0', '1', '5', '9', '-', '\xC3', '\x80'};
  for (int trial = 0; trial < 20000; ++trial) {
    std::string a(random() % 5, ' '), b(random() % 5, ' ');
    for (char& c : a) c = alphabet[random() % sizeof alphabet];
    for (char& c : b) c = alphabet[random() % sizeof alphabet];
    if (random() % 3 == 0) b = a.substr(0, random() % (a.size() + 1));
    const int expected = std::string_view(a).compare(b);
    const int got = CompareText(a, b);
    ASSERT_EQ(got < 0, expected < 0) << a << " vs " << b;
    ASSERT_EQ(got == 0, expected == 0) << a << " vs " << b;
  }
  EXPECT_LT(CompareText("01", "05"), 0);
  EXPECT_EQ(CompareText("13", "13"), 0);
  EXPECT_GT(CompareText("1", "05"), 0);
  EXPECT_LT(CompareText("1", "10"), 0);
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
