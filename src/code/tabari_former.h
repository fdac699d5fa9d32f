// TABARI's "former": an agent that "former" comes before is a former
// holder of that role, coded ELI (elites) in place of the agent's own code:
// "former Gondor ministers" are GONELI, not GONGOV. Used by
// ActorMatcher::Match for every agent when every verb is TABARI's, and
// otherwise for offices (GOV, LEG, JUD: "former Vice President Jorge Glas").
#ifndef KHALDUN_CODE_TABARI_FORMER_H_
#define KHALDUN_CODE_TABARI_FORMER_H_

#include <cstdint>

#include "dict/actor.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether one of words [begin, end) of `analysis` is "former" (any case
// TABARI reads: "former", "Former", "FORMER").
bool FormerAmong(const SentenceAnalysis& analysis, uint32_t begin, uint32_t end);

// The agent "former" makes of any other: code ELI, appended ("~ELI").
const dict::Agent& TabariFormerAgent();

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_FORMER_H_
