// TABARI reads words, not phrases: "Rohan former ministers" is one actor,
// Rohan's ministers, though the chunker ends a phrase at the name before
// an adjective ("[Rohan] [former ministers]"). Used by ActorMatcher::Match
// when every verb is TABARI's.
#ifndef KHALDUN_CODE_TABARI_NAME_THEN_TITLE_H_
#define KHALDUN_CODE_TABARI_NAME_THEN_TITLE_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "lang/sentence_analysis.h"

namespace khaldun {

// Words [begin, end) hold an actor (or an agent) phrase.
using HoldsEntry = std::function<bool(uint32_t begin, uint32_t end)>;

// For each base NP that holds an actor and no agent and is followed, with
// no word between, by a base NP that opens with an adjective and holds an
// agent and no actor: the first is absorbed by the second
// ((*absorbed_by)[first] = second), which is scanned from the first's scan
// start. Each vector holds one slot per NP; NPs already absorbed are left.
void JoinNameAndTitleAfter(const SentenceAnalysis& analysis, const HoldsEntry& holds_actor,
                           const HoldsEntry& holds_agent, std::vector<uint32_t>* scan_begin,
                           std::vector<int32_t>* absorbed_by);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_NAME_THEN_TITLE_H_
