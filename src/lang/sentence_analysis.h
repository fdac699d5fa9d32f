// SentenceAnalysis: tags, lemmas, phrases and clauses of one sentence.
//
// This is what the language stage hands to the event coder. Every index is a
// position within the sentence (token 0 is the sentence's first token) or an
// index into one of the vectors below. An object is meant to be reused for
// sentence after sentence (one per thread): Clear() keeps every buffer's
// capacity, so the steady state allocates nothing.
#ifndef KHALDUN_LANG_SENTENCE_ANALYSIS_H_
#define KHALDUN_LANG_SENTENCE_ANALYSIS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/clause.h"
#include "lang/phrase.h"
#include "lang/pos_tag.h"
#include "lang/verb_group.h"

namespace khaldun {

struct SentenceAnalysis {
  // The sentence's tokens as Penn Treebank words (views into the
  // ArticleText, or into whatever the caller analysed).
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;  // one per word
  // Lemmas, one per word, stored end to end: lemma(i) is
  // lemma_text[lemma_end[i-1] .. lemma_end[i]).
  std::string lemma_text;
  std::vector<uint32_t> lemma_end;
  // Per word: its closed word classes, word_classes::WordBitsOf(words[i])
  // (word_bits.h), filled with the lemmas for the phrase and clause rules.
  std::vector<uint32_t> word_bits;

  std::vector<NounPhrase> nps;   // base NPs in token order, then coordinations
  std::vector<PrepPhrase> pps;   // in token order
  std::vector<Clause> clauses;   // one per verb group, in token order
  std::vector<uint32_t> index_pool;  // storage for every IndexRange above

  // Per word: the innermost base NP / the clause containing it, or kNone.
  std::vector<int32_t> np_of_word;
  std::vector<int32_t> clause_of_word;
  // Per word: the number of words of the multi-word preposition it opens
  // ("because of" -> 2, "in front of" -> 3), else 0; looked up once, for
  // the words whose tag may open one (IN TO RB JJ VBG VBN NNS RP).
  std::vector<uint8_t> preposition_length;

  // Empties everything, keeping capacity.
  void Clear();

  uint32_t size() const { return static_cast<uint32_t>(words.size()); }
  // The lemma of word `i` ("rejected" -> "reject"; proper nouns as written).
  // In line: the coder asks for lemmas many times a sentence.
  std::string_view lemma(uint32_t i) const {
    if (i >= lemma_end.size()) return i < words.size() ? words[i] : std::string_view();
    const uint32_t begin = i == 0 ? 0 : lemma_end[i - 1];
    return std::string_view(lemma_text).substr(begin, lemma_end[i] - begin);
  }
  // The indices an IndexRange designates.
  std::span<const uint32_t> indices(IndexRange range) const {
    return std::span<const uint32_t>(index_pool).subspan(range.begin, range.size());
  }
  // The words [begin, end) joined by single spaces (for display and tests).
  std::string Text(uint32_t begin, uint32_t end) const;
  // The same into `*out` (replacing what it held), sized once.
  void TextInto(uint32_t begin, uint32_t end, std::string* out) const;
  // An NP's words from full_begin (possessor included) to end.
  std::string NpText(int32_t np) const;
  // Its head word, or the member heads joined by "+" for a coordination
  // ("Pakistan+States"); "" for kNone.
  std::string HeadText(int32_t np) const;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_SENTENCE_ANALYSIS_H_
