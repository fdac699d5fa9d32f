// Who a band of people is when its "of" phrase names its members by role:
// "crowds of protesters" are the protesters (OPP), not a crowd (CVL); "a
// unit of the army" is the army. Used by the actor matcher before roles
// take their countries, so the band gets whatever country its members get.
#ifndef KHALDUN_CODE_BAND_MEMBERS_H_
#define KHALDUN_CODE_BAND_MEMBERS_H_

#include <cstdint>
#include <vector>

#include "dict/actor.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// For each phrase in `agent_only` (a role word with no actor) whose head is
// a band or a number of people (word_classes::IsCollectiveNoun) and whose
// first "of" phrase holds a role or a named actor, drops its own role and
// marks it absorbed by that "of" phrase: (*absorbed_by)[band] = members.
// `mention_of_np[n]` is phrase n's named actor so far, or -1.
void AbsorbBandsIntoMembers(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                            std::vector<const dict::Agent*>* agent_only, std::vector<int32_t>* absorbed_by);

}  // namespace khaldun

#endif  // KHALDUN_CODE_BAND_MEMBERS_H_
