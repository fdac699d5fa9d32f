// SentenceKeys: a sentence's words and lemmas as the coder compares them
// with dictionary words (word_key.h), with their hashes.
//
// Every stage of the coder looks words up by these. They are made once a
// sentence, for every word: the keys lie end to end in one buffer
// (WordKeyArena) and are views, so a workspace that keeps a SentenceKeys
// allocates only for its longest sentences.
#ifndef KHALDUN_CODE_SENTENCE_KEYS_H_
#define KHALDUN_CODE_SENTENCE_KEYS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "code/word_key_arena.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

class SentenceKeys {
 public:
  // Makes the keys and hashes of `analysis`'s words and lemmas; those of
  // the sentence before are invalid after.
  void Build(const SentenceAnalysis& analysis);

  // Per word: its key, and its lemma's. A word that is its own lemma (most
  // words), or a participle that qualifies its noun ("a planned summit" is
  // no plan), has its own key as its lemma key.
  std::vector<std::string_view> keys, lemma_keys;
  std::vector<size_t> key_hashes, lemma_hashes;  // their WordKeyHashes

 private:
  WordKeyArena text_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_SENTENCE_KEYS_H_
