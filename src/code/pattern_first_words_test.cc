#include "code/pattern_first_words.h"

#include <gtest/gtest.h>

#include <random>

#include "code/word_key.h"

namespace khaldun {
namespace {

// What the clause coder did before the index: test every pattern.
std::vector<uint32_t> LinearScan(const std::vector<size_t>& first_words, const std::vector<size_t>& keys,
                                 const std::vector<size_t>& lemmas) {
  std::vector<uint32_t> ids;
  for (uint32_t p = 0; p < first_words.size(); ++p) {
    bool found = first_words[p] == 0;
    for (size_t k = 0; k < keys.size() && !found; ++k) found = keys[k] == first_words[p] || lemmas[k] == first_words[p];
    if (found) ids.push_back(p);
  }
  return ids;
}

TEST(PatternFirstWordsTest, FindsPatternsByTheirFirstWord) {
  const std::vector<size_t> first_words = {WordKeyHash("GONDOR"), 0, WordKeyHash("ROHAN"), WordKeyHash("GONDOR")};
  const PatternFirstWords index(first_words);
  EXPECT_EQ(index.patterns(), 4u);
  // No words: only the pattern that needs none.
  EXPECT_EQ(index.Candidates({}, {}), (std::vector<uint32_t>{1}));
  // By a word's key or by its lemma's.
  const std::vector<size_t> keys = {WordKeyHash("MORDOR"), WordKeyHash("ROHANS")};
  const std::vector<size_t> lemmas = {WordKeyHash("MORDOR"), WordKeyHash("ROHAN")};
  EXPECT_EQ(index.Candidates(keys, lemmas), (std::vector<uint32_t>{1, 2}));
  // A word twice finds its patterns once, in order.
  const std::vector<size_t> twice = {WordKeyHash("GONDOR"), WordKeyHash("ROHAN"), WordKeyHash("GONDOR")};
  EXPECT_EQ(index.Candidates(twice, twice), (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST(PatternFirstWordsTest, EmptyFamily) {
  const PatternFirstWords index(std::vector<size_t>{});
  const std::vector<size_t> words = {WordKeyHash("GONDOR")};
  EXPECT_TRUE(index.Candidates(words, words).empty());
}

// Random families and clauses: the index finds exactly what the linear scan
// finds. Words come from a small vocabulary so that they often meet; the
// hashes are odd like WordKeyHash's, some near each other to share slots.
TEST(PatternFirstWordsTest, MatchesTheLinearScanOnRandomInputs) {
  std::mt19937_64 random(20261129);
  for (int round = 0; round < 2000; ++round) {
    const size_t vocabulary = 1 + random() % 300;
    std::vector<size_t> words(vocabulary);
    for (size_t& word : words) word = (random() % 4 == 0 ? random() % 64 : random()) | 1;
    auto any_word = [&] { return words[random() % vocabulary]; };
    std::vector<size_t> first_words(random() % 500);
    for (size_t& word : first_words) word = random() % 5 == 0 ? 0 : any_word();
    std::vector<size_t> keys(random() % 40), lemmas(keys.size());
    for (size_t k = 0; k < keys.size(); ++k) {
      keys[k] = random() % 3 == 0 ? (random() | 1) : any_word();
      lemmas[k] = random() % 2 == 0 ? keys[k] : any_word();
    }
    const PatternFirstWords index(first_words);
    ASSERT_EQ(index.Candidates(keys, lemmas), LinearScan(first_words, keys, lemmas)) << "round " << round;
  }
}

}  // namespace
}  // namespace khaldun
