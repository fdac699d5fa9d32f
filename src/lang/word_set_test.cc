#include "lang/word_set.h"

#include <array>
#include <random>
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

// A filter over several sets never rejects a word one of them holds (in
// any case), and a word it rejects no set holds: random sets of random
// words, against Contains.
TEST(WordSetFilter, AgreesWithTheSetsItFilters) {
  std::mt19937 random(20261202);
  const std::string letters = "abcdefgh'-.";
  auto random_word = [&] {
    std::string word(1 + random() % 12, 'a');
    for (char& c : word) c = letters[random() % letters.size()];
    return word;
  };
  auto upper = [](std::string word) {
    for (char& c : word) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return word;
  };
  for (int round = 0; round < 300; ++round) {
    std::array<std::string, 8> first_words, second_words;
    std::array<std::string_view, 8> first_views, second_views;
    for (size_t k = 0; k < 8; ++k) {
      first_words[k] = random_word();
      second_words[k] = random_word();
      first_views[k] = first_words[k];
      second_views[k] = second_words[k];
    }
    const WordSet<8> first(first_views), second(second_views);
    const WordSetFilter filter(first, second);
    for (const auto* words : {&first_words, &second_words}) {
      for (const std::string& word : *words) {
        ASSERT_TRUE(filter.MayContain(word)) << word;
        ASSERT_TRUE(filter.MayContain(upper(word))) << word;
      }
    }
    for (int probe = 0; probe < 300; ++probe) {
      const std::string word = random() % 2 == 0 ? random_word() : upper(random_word());
      if (!filter.MayContain(word)) {
        ASSERT_FALSE(first.Contains(word) || second.Contains(word)) << word;
      }
    }
  }
}

}  // namespace
}  // namespace khaldun::lang_internal
