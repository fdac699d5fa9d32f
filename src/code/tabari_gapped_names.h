// With TABARI's dictionaries, an actor phrase whose words may have others
// between them ("LORD ELROND", code/gapped_phrases.h) is read across noun
// phrases as well as within one. TABARI reads words, not phrases: a name
// broken by a quoted nickname or an aside ("Lord `The Wise' Elrond")
// still meets its entry, though not across a comma: TABARI drops the
// stretches commas set off before it reads names. Used by
// ActorMatcher::Match when every verb is TABARI's.
#ifndef KHALDUN_CODE_TABARI_GAPPED_NAMES_H_
#define KHALDUN_CODE_TABARI_GAPPED_NAMES_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "code/gapped_phrases.h"
#include "dict/dictionary.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// For each base NP (not a pronoun, not yet absorbed) where a phrase of
// `gapped` that fits `date` begins (scanned from (*scan_begin)[n]) and runs
// on into a later base NP, no comma between: every base NP from it up to that one is absorbed
// by the last ((*absorbed_by)[m] = last) and the last is scanned from the
// first's scan start. `keys` are the sentence's word keys; both vectors hold
// one slot per NP.
void JoinTabariGappedNames(const SentenceAnalysis& analysis, const GappedPhrases& gapped,
                           const dict::Dictionary& dictionary, dict::DateNumber date,
                           std::span<const std::string_view> keys, std::vector<uint32_t>* scan_begin,
                           std::vector<int32_t>* absorbed_by);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_GAPPED_NAMES_H_
