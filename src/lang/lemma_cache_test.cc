#include "lang/lemma_cache.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "lang/test_env.h"
#include "lang/word_bits.h"

namespace khaldun {
namespace {

class LemmaCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    lemmatizer_ = khaldun::testing::SharedLemmatizer(&error);
    if (lemmatizer_ == nullptr) GTEST_SKIP() << "WordNet missing (apt-get install wordnet-base): " << error;
  }
  const Lemmatizer* lemmatizer_ = nullptr;
};

// Appends as the cache does and as the lemmatizer does, onto text already
// there, and expects the same bytes.
void ExpectSame(const Lemmatizer& lemmatizer, LemmaCache* cache, std::string_view word, PosTag tag) {
  std::string cached = "prefix ", direct = "prefix ";
  cache->Append(word, tag, &cached);
  lemmatizer.AppendLemma(word, tag, &direct);
  ASSERT_EQ(cached, direct) << "word '" << word << "' tag " << static_cast<int>(tag);
}

TEST_F(LemmaCacheTest, GivesWhatTheLemmatizerGivesTwice) {
  LemmaCache cache;
  cache.Use(*lemmatizer_);
  for (int round = 0; round < 2; ++round) {  // the first fills, the second reads the entries
    ExpectSame(*lemmatizer_, &cache, "rejected", PosTag::kVBD);
    ExpectSame(*lemmatizer_, &cache, "left", PosTag::kVBD);
    ExpectSame(*lemmatizer_, &cache, "left", PosTag::kJJ);  // same word, another tag, another lemma
    ExpectSame(*lemmatizer_, &cache, "Gondor", PosTag::kNNP);
    ExpectSame(*lemmatizer_, &cache, "n't", PosTag::kRB);
    ExpectSame(*lemmatizer_, &cache, "", PosTag::kNN);
    ExpectSame(*lemmatizer_, &cache, "internationalisationsxx", PosTag::kNNS);  // past kMaxBytes
    ExpectSame(*lemmatizer_, &cache, "counterrevolutionaries", PosTag::kNNS);  // at the limit
  }
}

// Random words from pieces of English (stems, endings, case) under random
// tags, many more than the cache has slots, so that entries are replaced
// and words of one slot meet: every answer must be the lemmatizer's.
TEST_F(LemmaCacheTest, RandomWordsAgreeWithTheLemmatizer) {
  const std::vector<std::string> stems = {"talk", "forc", "attack", "meet", "lef", "sa", "wa", "go", "run", "fli",
                                          "bus", "box", "church", "wish", "wom", "countr", "stud", "good", "bett",
                                          "Mordor", "ROHAN", "ceasefir", "protest", "negotiat", "de", "carri", "x",
                                          "internationalisation", "counterrevolutionar", "'", "'s", "ca", "Wo"};
  const std::vector<std::string> endings = {"", "s", "es", "ed", "ing", "ies", "ied", "er", "est", "e", "men",
                                            "ses", "ly", "n't", "ll", "d"};
  std::mt19937 random(20261130);
  auto pick = [&](const std::vector<std::string>& list) { return list[random() % list.size()]; };
  LemmaCache cache;
  cache.Use(*lemmatizer_);
  const int tags = static_cast<int>(PosTag::kDollar) + 4;
  for (int n = 0; n < 60000; ++n) {
    std::string word = pick(stems) + pick(endings);
    if (random() % 4 == 0) word += pick(endings);
    if (random() % 5 == 0 && !word.empty()) word[0] = static_cast<char>(std::toupper(word[0]));
    const PosTag tag = static_cast<PosTag>(random() % tags);
    ExpectSame(*lemmatizer_, &cache, word, tag);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

// A second lemmatizer over the same WordNet keeps the entries (they are
// the same lemmas); the answers stay the lemmatizer's.
TEST_F(LemmaCacheTest, AnotherLemmatizerOfTheSameWordNet) {
  LemmaCache cache;
  cache.Use(*lemmatizer_);
  ExpectSame(*lemmatizer_, &cache, "talks", PosTag::kVBZ);
  const Lemmatizer other(lemmatizer_->shared_wordnet());
  cache.Use(other);
  ExpectSame(other, &cache, "talks", PosTag::kVBZ);
  ExpectSame(other, &cache, "met", PosTag::kVBD);
}

// Whole sentences of random words (long ones, past kMaxBytes, among them)
// through AppendSentence, twice over so that the second round reads kept
// entries, onto text already there: the lemma bytes, the ends and the word
// bits must be what Append and WordBitsOf give word after word.
TEST_F(LemmaCacheTest, SentencesAgreeWithWordAfterWord) {
  const std::vector<std::string> pieces = {"talk", "ed", "s", "in", "on", "as", "the", "front", "of", "Monday",
                                           "week", "last", "had", "is", "n't", "will", "because", "ing", "'s",
                                           "internationalisation", "counterrevolutionaries", "x", "Got", "when"};
  std::mt19937 random(20261202);
  auto pick = [&](const std::vector<std::string>& list) { return list[random() % list.size()]; };
  const int tags = static_cast<int>(PosTag::kDollar) + 4;
  LemmaCache cache;
  cache.Use(*lemmatizer_);
  for (int sentence = 0; sentence < 3000; ++sentence) {
    std::vector<std::string> text(random() % 40);
    std::vector<PosTag> tag_list;
    for (std::string& word : text) {
      word = pick(pieces);
      if (random() % 3 == 0) word += pick(pieces);
      tag_list.push_back(static_cast<PosTag>(random() % tags));
    }
    const std::vector<std::string_view> words(text.begin(), text.end());
    for (int round = 0; round < 2; ++round) {
      std::string lemmas = "prefix", expected_lemmas = "prefix";
      std::vector<uint32_t> ends = {7}, expected_ends = {7}, bits = {9}, expected_bits = {9};
      cache.AppendSentence(words, tag_list, &lemmas, &ends, &bits);
      for (size_t i = 0; i < words.size(); ++i) {
        lemmatizer_->AppendLemma(words[i], tag_list[i], &expected_lemmas);
        expected_ends.push_back(static_cast<uint32_t>(expected_lemmas.size()));
        expected_bits.push_back(word_classes::WordBitsOf(words[i]));
      }
      ASSERT_EQ(lemmas, expected_lemmas) << "sentence " << sentence << " round " << round;
      ASSERT_EQ(ends, expected_ends) << "sentence " << sentence << " round " << round;
      ASSERT_EQ(bits, expected_bits) << "sentence " << sentence << " round " << round;
    }
  }
}

}  // namespace
}  // namespace khaldun
