#include "code/word_key_arena.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "code/word_key.h"

namespace khaldun {
namespace {

TEST(WordKeyArena, KeysAsWordKeyMakesThem) {
  const std::vector<std::string_view> words = {"U.S.", "envoy", "met", "a", "Taliban", "...", "."};
  WordKeyArena arena;
  arena.Reset(words);
  std::vector<std::string_view> keys;
  for (std::string_view word : words) keys.push_back(arena.Add(word));
  const std::vector<std::string_view> expected = {"US", "ENVOY", "MET", "A", "TALIBAN", "...", "."};
  EXPECT_EQ(keys, expected);
}

// Random sentences of random words, the arena reused: every key a sentence
// added is still its word's key once the whole sentence is in (no view is
// moved or overwritten by a later one), whether the arena grew or not.
TEST(WordKeyArena, RandomSentencesAgreeWithWordKey) {
  std::mt19937 random(11);
  std::uniform_int_distribution<int> bytes(0, 255), lengths(0, 30), counts(0, 60), extra(0, 3);
  WordKeyArena arena;
  for (int sentence = 0; sentence < 3000; ++sentence) {
    std::vector<std::string> text(static_cast<size_t>(counts(random)));
    for (std::string& word : text) {
      word.resize(static_cast<size_t>(lengths(random)));
      for (char& c : word) c = static_cast<char>(bytes(random) % 5 == 0 ? '.' : bytes(random));
    }
    const std::vector<std::string_view> words(text.begin(), text.end());
    // Room for some of the words a second time, as the coder makes for lemmas.
    const size_t again = std::min<size_t>(words.size(), static_cast<size_t>(extra(random)));
    size_t more = 0;
    for (size_t i = 0; i < again; ++i) more += words[i].size();
    arena.Reset(words, more);
    std::vector<std::string_view> keys;
    for (std::string_view word : words) keys.push_back(arena.Add(word));
    for (size_t i = 0; i < again; ++i) keys.push_back(arena.Add(words[i]));
    for (size_t i = 0; i < keys.size(); ++i) {
      const std::string_view word = words[i < words.size() ? i : i - words.size()];
      ASSERT_EQ(keys[i], WordKey(word)) << "sentence " << sentence << " word " << i;
    }
  }
}

}  // namespace
}  // namespace khaldun
