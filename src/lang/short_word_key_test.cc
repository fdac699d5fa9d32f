#include "lang/short_word_key.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace khaldun {
namespace {

// Two keys are equal exactly when the words' bytes and the extras are:
// random words of every length a key takes, many of them differing in one
// byte only (first, middle or last), so that no byte goes unread.
TEST(ShortWordKey, EqualExactlyWhenWordAndExtraAre) {
  std::mt19937 random(7);
  const std::string alphabet = "abcXYZ'.-";
  for (int n = 0; n < 200000; ++n) {
    const size_t size = random() % (ShortWordKey::kMaxBytes + 1);
    std::string a(size, ' ');
    for (char& c : a) c = alphabet[random() % alphabet.size()];
    std::string b = a;
    if (size > 0 && random() % 2 == 0) b[random() % size] = alphabet[random() % alphabet.size()];
    const uint8_t extra_a = static_cast<uint8_t>(random() % 3), extra_b = random() % 4 == 0 ? extra_a ^ 1 : extra_a;
    const bool same = a == b && extra_a == extra_b;
    ASSERT_EQ(ShortWordKey::Of(a, extra_a) == ShortWordKey::Of(b, extra_b), same) << "'" << a << "' '" << b << "'";
  }
}

TEST(ShortWordKey, WordsOfOtherSizesDiffer) {
  EXPECT_FALSE(ShortWordKey::Of("Gondor", 0) == ShortWordKey::Of("Gondors", 0));
  EXPECT_FALSE(ShortWordKey::Of("", 0) == ShortWordKey::Of("a", 0));
  EXPECT_TRUE(ShortWordKey::Of("", 0) == ShortWordKey::Of("", 0));
  EXPECT_FALSE(ShortWordKey::Of("", 0) == ShortWordKey{});  // an empty slot holds no word
  EXPECT_EQ(ShortWordKey::Of("Rohan", 5).extra(), 5);
}

TEST(ShortWordKey, SlotsStayInTheTable) {
  std::mt19937 random(11);
  for (int n = 0; n < 10000; ++n) {
    const std::string word(random() % 23, static_cast<char>('a' + random() % 26));
    EXPECT_LT(ShortWordKey::Of(word, 1).Slot(12), size_t{4096});
  }
}

}  // namespace
}  // namespace khaldun
