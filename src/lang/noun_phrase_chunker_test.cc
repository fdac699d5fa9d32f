// The chunker's quick test for tokens where no chunk can start (Chunker::
// MayOpenChunk) against the chunk scan at every token: random tagged
// sentences, which tags no tagger would give among them, must get the
// same chunks both ways.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lang/phrase_builder.h"
#include "lang/word_bits.h"

namespace khaldun::lang_internal {
namespace {

// Every field of every chunk, and the chunk of every word, as text.
std::string Chunks(const SentenceAnalysis& a) {
  std::string out;
  for (const NounPhrase& np : a.nps) {
    for (const int64_t field : {int64_t{np.begin}, int64_t{np.end}, int64_t{np.head}, int64_t{np.determiner},
                                int64_t{np.modifiers_begin}, int64_t{np.name_begin}, int64_t{np.possessor},
                                int64_t{np.full_begin}, int64_t{np.possessed}, int64_t{np.pronoun},
                                int64_t{np.proper}, int64_t{np.temporal}}) {
      out += std::to_string(field) + ' ';
    }
    out += '\n';
  }
  for (const int32_t np : a.np_of_word) out += std::to_string(np) + ' ';
  return out;
}

TEST(NounPhraseChunker, RulingOutTokensGivesTheChunksOfAFullScan) {
  const std::vector<std::string_view> words = {
      "the", "a", "about", "more", "than", "at", "least", "most", "200", "$", "'s", "Gondor", "week", "last",
      "Monday", "in", "front", "of", "and", "officials", "killed", "ruling", "very", "``", "''", ",", "hostages",
      "US", "Union", "several", "overnight", "has", "denied", "a", "charge", "Mordor", "government", "jailed"};
  std::mt19937 random(20261202);
  for (int round = 0; round < 20000; ++round) {
    SentenceAnalysis quick, full;
    const size_t n = random() % 30;
    for (size_t k = 0; k < n; ++k) {
      const std::string_view word = words[random() % words.size()];
      // Half the tags a number's, a noun's or a preposition's, so that
      // chunks and quantity prefixes come often.
      const int pick = static_cast<int>(random() % (2 * kPosTagCount));
      const PosTag tag = pick < kPosTagCount ? static_cast<PosTag>(pick)
                         : pick % 3 == 0    ? PosTag::kCD
                         : pick % 3 == 1    ? PosTag::kNN
                                            : PosTag::kIN;
      for (SentenceAnalysis* a : {&quick, &full}) {
        a->words.push_back(word);
        a->tags.push_back(tag);
        a->word_bits.push_back(word_classes::WordBitsOf(word));
      }
    }
    ChunkNounPhrases(&quick, ChunkScan::kWhereOneMayOpen);
    ChunkNounPhrases(&full, ChunkScan::kEveryToken);
    ASSERT_EQ(Chunks(quick), Chunks(full)) << "round " << round;
  }
}

}  // namespace
}  // namespace khaldun::lang_internal
