#include "geo/word_list.h"

#include <gtest/gtest.h>

#include <array>
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

TEST(WordListTest, WorksAtCompileTime) {
  static_assert(kWords.Contains("at"));
  static_assert(!kWords.Contains("to"));
}

}  // namespace
}  // namespace khaldun
