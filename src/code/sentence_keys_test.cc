#include "code/sentence_keys.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "code/word_key.h"

namespace khaldun {
namespace {

// A sentence of `words` with these `lemmas` and tags, each word its own
// base noun phrase unless `np_of_word` says otherwise.
struct Sentence {
  std::vector<std::string> words, lemmas;
  std::vector<PosTag> tags;
  std::vector<NounPhrase> nps;
  std::vector<int32_t> np_of_word;

  SentenceAnalysis Analysis() const {
    SentenceAnalysis analysis;
    analysis.words.assign(words.begin(), words.end());
    analysis.tags = tags;
    for (const std::string& lemma : lemmas) {
      analysis.lemma_text += lemma;
      analysis.lemma_end.push_back(static_cast<uint32_t>(analysis.lemma_text.size()));
    }
    analysis.nps = nps;
    analysis.np_of_word = np_of_word;
    return analysis;
  }
};

// The keys as the contract in sentence_keys.h states them, one at a time.
void ExpectKeysOf(const SentenceAnalysis& analysis, const SentenceKeys& keys) {
  ASSERT_EQ(keys.keys.size(), analysis.size());
  for (uint32_t i = 0; i < analysis.size(); ++i) {
    const std::string key = WordKey(analysis.words[i]);
    const int32_t np = analysis.np_of_word[i];
    const bool qualifier = (analysis.tags[i] == PosTag::kVBN || analysis.tags[i] == PosTag::kVBG) && np != kNone &&
                           i < analysis.nps[np].head;
    const std::string lemma_key = qualifier ? key : WordKey(analysis.lemma(i));
    EXPECT_EQ(keys.keys[i], key) << i;
    EXPECT_EQ(keys.lemma_keys[i], lemma_key) << i;
    EXPECT_EQ(keys.key_hashes[i], WordKeyHash(key)) << i;
    EXPECT_EQ(keys.lemma_hashes[i], WordKeyHash(lemma_key)) << i;
  }
}

TEST(SentenceKeys, WordsLemmasAndQualifyingParticiples) {
  Sentence sentence;
  sentence.words = {"U.S.", "envoys", "held", "a", "planned", "summit"};
  sentence.lemmas = {"U.S.", "envoy", "hold", "a", "plan", "summit"};
  sentence.tags = {PosTag::kNNP, PosTag::kNNS, PosTag::kVBD, PosTag::kDT, PosTag::kVBN, PosTag::kNN};
  NounPhrase summit;
  summit.begin = 3;
  summit.end = 6;
  summit.head = 5;
  sentence.nps = {summit};
  sentence.np_of_word = {kNone, kNone, kNone, 0, 0, 0};
  const SentenceAnalysis analysis = sentence.Analysis();
  SentenceKeys keys;
  keys.Build(analysis);
  EXPECT_EQ(keys.keys[0], "US");
  EXPECT_EQ(keys.lemma_keys[1], "ENVOY");
  EXPECT_EQ(keys.lemma_keys[2], "HOLD");
  EXPECT_EQ(keys.lemma_keys[4], "PLANNED");  // "a planned summit" is no plan
  ExpectKeysOf(analysis, keys);
}

// Random sentences keyed by one reused object agree with the keys made one
// at a time.
TEST(SentenceKeys, RandomSentencesAgreeWithWordKey) {
  std::mt19937 random(5);
  std::uniform_int_distribution<int> letters(0, 29), lengths(1, 14), counts(1, 50), coin(0, 3);
  auto word = [&] {
    std::string text(static_cast<size_t>(lengths(random)), ' ');
    for (char& c : text) c = "abcdefghijklmnopqrstuvwxyzAB.-"[letters(random)];
    return text;
  };
  const PosTag kTags[] = {PosTag::kNN, PosTag::kVBN, PosTag::kVBG, PosTag::kVBD, PosTag::kDT};
  SentenceKeys keys;
  for (int n = 0; n < 2000; ++n) {
    Sentence sentence;
    const int size = counts(random);
    NounPhrase np;  // one phrase over the whole sentence, its head the last word
    np.begin = 0;
    np.end = static_cast<uint32_t>(size);
    np.head = np.end - 1;
    sentence.nps = {np};
    for (int i = 0; i < size; ++i) {
      sentence.words.push_back(word());
      sentence.lemmas.push_back(coin(random) == 0 ? word() : sentence.words.back());
      sentence.tags.push_back(kTags[coin(random)]);
      sentence.np_of_word.push_back(coin(random) == 0 ? kNone : 0);
    }
    const SentenceAnalysis analysis = sentence.Analysis();
    keys.Build(analysis);
    ExpectKeysOf(analysis, keys);
  }
}

}  // namespace
}  // namespace khaldun
