#include "code/sentence_keys.h"

#include <cstdint>

#include "base/same_text.h"
#include "code/word_key.h"

namespace khaldun {

void SentenceKeys::Build(const SentenceAnalysis& analysis) {
  const uint32_t n = analysis.size();
  keys.resize(n);
  lemma_keys.resize(n);
  key_hashes.resize(n);
  lemma_hashes.resize(n);
  text_.Reset(analysis.words, analysis.lemma_text.size());  // (the lemmas that differ, at most)
  // The lemmas lie end to end in lemma_text (SentenceAnalysis::lemma):
  // walked in step rather than looked up word by word.
  uint32_t lemma_begin = 0;
  for (uint32_t i = 0; i < n; ++i) {
    keys[i] = text_.Add(analysis.words[i]);
    key_hashes[i] = WordKeyHash(keys[i]);
    std::string_view lemma = analysis.words[i];
    if (i < analysis.lemma_end.size()) {
      lemma = std::string_view(analysis.lemma_text).substr(lemma_begin, analysis.lemma_end[i] - lemma_begin);
      lemma_begin = analysis.lemma_end[i];
    }
    // (A participle before its noun qualifies it: "a planned summit" is
    // no plan, "a growing crisis" no growth.)
    const int32_t np = analysis.np_of_word[i];
    const bool qualifier = (analysis.tags[i] == PosTag::kVBN || analysis.tags[i] == PosTag::kVBG) && np != kNone &&
                           i < analysis.nps[np].head;
    if (SameBytes(lemma, analysis.words[i]) || qualifier) {  // most words: nouns, names, function words
      lemma_keys[i] = keys[i];
      lemma_hashes[i] = key_hashes[i];
      continue;
    }
    lemma_keys[i] = text_.Add(lemma);
    lemma_hashes[i] = WordKeyHash(lemma_keys[i]);
  }
}

}  // namespace khaldun
