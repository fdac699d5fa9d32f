// How far a sentence-level discard phrase reaches. Most discards ("cup
// final", "box office") mark a sentence that only mimics conflict, so it is
// not coded at all. A time phrase ("three years ago", "months later", a
// year) dates what its own clause tells: in a relative, participial or
// adverbial clause it makes that clause history and leaves the news around
// it ("police arrested two rebels who had raided a village three years
// ago": the arrest is coded, the raid is not).
#ifndef KHALDUN_CODE_DISCARD_SCOPE_H_
#define KHALDUN_CODE_DISCARD_SCOPE_H_

#include <cstdint>
#include <vector>

#include <string>

#include "code/phrase_index.h"
#include "dict/dictionary.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether a discard is a time phrase: its last word is AGO, LATER or
// EARLIER, or it is one year of four digits.
bool IsTimeDiscard(const dict::Discard& discard);

// The clauses that discard `discard`, found at sentence token `at`, takes
// out of `analysis`: one flag per clause. Empty when it takes the whole
// sentence: any discard but a time phrase, or a time phrase outside a
// relative, participial or adverbial clause. A clause counts as taken out
// with every clause under it.
std::vector<bool> DiscardedClauses(const SentenceAnalysis& analysis, const dict::Discard& discard, uint32_t at);

// The discards found in one sentence.
struct SentenceDiscards {
  std::vector<uint32_t> found;  // indices into the dictionary's discards, in sentence order
  int32_t whole = -1;           // the first that takes the whole sentence, or -1
  std::vector<bool> clauses;    // per clause: taken out by the others (empty: none)
};

// Looks up `index` (payloads: indices into `discards`) at every word of the
// sentence (word keys `keys`, their `hashes`) and scopes each discard found
// with DiscardedClauses.
SentenceDiscards FindDiscards(const PhraseIndex& index, const std::vector<dict::Discard>& discards,
                              const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
                              const std::vector<size_t>& hashes);

}  // namespace khaldun

#endif  // KHALDUN_CODE_DISCARD_SCOPE_H_
