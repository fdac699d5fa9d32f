#include "lang/word_set.h"

#include <string>

#include <gtest/gtest.h>

#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

TEST(WordSet, FindsEveryWordOfEveryLengthIgnoringAsciiCase) {
  // Lengths 1-24 exercise each load path: bytes, two 4-byte halves, 8-byte
  // words with and without a tail.
  static constexpr auto kSet = MakeSet("a", "of", "the", "said", "would", "'s", "n't", "because", "according",
      "in the wake of", "stepped-up", "neighbourhood", "internationally", "abcdefghijklmnopqrstuvwx");
  for (std::string word : {"a", "of", "the", "said", "would", "'s", "n't", "because", "according",
                           "in the wake of", "stepped-up", "neighbourhood", "internationally",
                           "abcdefghijklmnopqrstuvwx"}) {
    EXPECT_TRUE(kSet.Contains(word)) << word;
    for (char& c : word) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    EXPECT_TRUE(kSet.Contains(word)) << word;
  }
}

TEST(WordSet, RejectsNearMisses) {
  static constexpr auto kSet = MakeSet("of", "the", "because", "according", "neighbourhood");
  for (std::string_view word : {"", "o", "off", "th", "them", "becausee", "accordin", "neighbourhooe",
                                "neighbourhoods", "abcdefghijklmnopqrstuvwxyz", "\xC3\x89T\xC3\x89"}) {
    EXPECT_FALSE(kSet.Contains(word)) << word;
  }
}

TEST(WordSet, KeepsRepeatedWordsOnce) {
  static constexpr auto kSet = MakeSet("order", "ask", "order");
  EXPECT_TRUE(kSet.Contains("Order"));
  EXPECT_TRUE(kSet.Contains("ask"));
  EXPECT_FALSE(kSet.Contains("orders"));
}

TEST(WordClasses, MultiWordPrepositionLength) {
  const std::string_view in_the_wake[] = {"In", "the", "wake", "of", "talks"};
  EXPECT_EQ(word_classes::MultiWordPrepositionLength(in_the_wake), 4u);
  const std::string_view because[] = {"because", "of"};
  EXPECT_EQ(word_classes::MultiWordPrepositionLength(because), 2u);
  const std::string_view in_the_city[] = {"in", "the", "city"};
  EXPECT_EQ(word_classes::MultiWordPrepositionLength(in_the_city), 0u);
  const std::string_view spaced[] = {"in", "the", "wake of"};
  EXPECT_EQ(word_classes::MultiWordPrepositionLength(spaced), 0u);
}

}  // namespace
}  // namespace khaldun::lang_internal
