#include "code/word_key.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace khaldun {
namespace {

// The key byte by byte, as the contract in word_key.h states it.
std::string SlowKey(std::string_view word) {
  std::string key;
  for (char c : word) {
    if (c == '.') continue;
    key.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  }
  return key.empty() ? std::string(word) : key;
}

TEST(WordKeyTest, UpperCasesAndDropsPeriods) {
  EXPECT_EQ(WordKey("u.s."), "US");
  EXPECT_EQ(WordKey("Al-Qaeda"), "AL-QAEDA");
  EXPECT_EQ(WordKey("negotiations"), "NEGOTIATIONS");
  EXPECT_EQ(WordKey("Zürich"), "ZüRICH");  // non-ASCII bytes kept
  EXPECT_EQ(WordKey("..."), "...");
  EXPECT_EQ(WordKey(""), "");
}

TEST(WordKeyTest, EveryByteInEveryPositionAsTheContractSays) {
  // Words of 1-20 bytes: each length takes its own path through the
  // eight-bytes-at-a-time code (halves, whole words, overlapping tails).
  for (size_t length = 1; length <= 20; ++length) {
    for (size_t at = 0; at < length; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string word(length, 'k');
        word[at] = static_cast<char>(byte);
        ASSERT_EQ(WordKey(word), SlowKey(word)) << "length " << length << " byte " << byte << " at " << at;
      }
    }
  }
}

TEST(WordKeyTest, RandomWordsAsTheContractSays) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> bytes(0, 255), lengths(0, 40);
  std::string key;
  for (int n = 0; n < 20000; ++n) {
    std::string word(static_cast<size_t>(lengths(random)), ' ');
    for (char& c : word) c = static_cast<char>(bytes(random) % 4 == 0 ? '.' : bytes(random));
    MakeWordKey(word, &key);  // reused, as the coder reuses its keys
    ASSERT_EQ(key, SlowKey(word)) << word;
  }
}

}  // namespace
}  // namespace khaldun
