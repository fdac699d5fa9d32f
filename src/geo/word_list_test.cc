#include "geo/word_list.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace khaldun {
namespace {

constexpr WordList kWords(std::array<std::string_view, 4>{"in", "at", "near", "throughout"});

TEST(WordListTest, FindsItsWordsByteForByte) {
  EXPECT_TRUE(kWords.Contains("in"));
  EXPECT_TRUE(kWords.Contains("near"));
  EXPECT_TRUE(kWords.Contains("throughout"));
  EXPECT_FALSE(kWords.Contains("In"));  // no case folding: callers lower-case
  EXPECT_FALSE(kWords.Contains("i"));
  EXPECT_FALSE(kWords.Contains("inn"));
  EXPECT_FALSE(kWords.Contains("it"));  // same length and first byte as "in"
  EXPECT_FALSE(kWords.Contains(""));
}

TEST(WordListTest, IgnoringCaseIsContainsOfTheLowerCasedWord) {
  EXPECT_TRUE(kWords.ContainsIgnoringCase("In"));
  EXPECT_TRUE(kWords.ContainsIgnoringCase("THROUGHOUT"));
  EXPECT_FALSE(kWords.ContainsIgnoringCase("Inn"));
  EXPECT_FALSE(kWords.ContainsIgnoringCase(""));
  // Random words from the list's letters and a few others, any case.
  std::mt19937 random(3);
  const std::string_view letters = "inatrhougINATRHOUGxX-'";
  for (int i = 0; i < 20000; ++i) {
    std::string word(random() % 11, ' ');
    for (char& c : word) c = letters[random() % letters.size()];
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    ASSERT_EQ(kWords.ContainsIgnoringCase(word), kWords.Contains(lower)) << word;
  }
}

TEST(WordListTest, WorksAtCompileTime) {
  static_assert(kWords.Contains("at"));
  static_assert(!kWords.Contains("to"));
}

}  // namespace
}  // namespace khaldun
