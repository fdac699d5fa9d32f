// TabariComplexity: TABARI's COMPLEX: switch, which leaves a sentence it
// deems too complex uncoded (as its "+++" code does).
//
// "COMPLEX: VERBS[v] CONJ[c] NOACTPRIOR" makes a sentence too complex when
// it holds v or more words its verbs file lists that the tagger reads as
// verbs, c or more conjunctions ("and", "or", "but"; not one joining two
// actors, "Gondor and Rohan", which makes a compound), or, with NOACTPRIOR,
// when no actor comes before the verb of its first event. Used only when
// every verb comes from a TABARI verbs file.
#ifndef KHALDUN_CODE_TABARI_COMPLEXITY_H_
#define KHALDUN_CODE_TABARI_COMPLEXITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "code/compiled_dictionary.h"
#include "code/sentence_coder.h"
#include "code/tabari_switches.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Reads the value of a "COMPLEX:" line ("VERBS[5] CONJ[4] NOACTPRIOR
// EXPLAIN"); what it does not name is off.
TabariComplexity ReadTabariComplexity(std::string_view value);

// Why the sentence (`analysis`, its word `keys`, its `mentions` and the
// `candidates` coded from it) is too complex under `limits`, or "" when it
// is not.
std::string TabariTooComplex(const TabariComplexity& limits, const SentenceAnalysis& analysis,
                             const std::vector<std::string_view>& keys, const CompiledDictionary& dictionary,
                             const std::vector<ActorMention>& mentions, const std::vector<CandidateEvent>& candidates);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_COMPLEXITY_H_
