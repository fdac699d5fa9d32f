// How TABARI joins an agent's code to an actor's.
//
// TABARI codes are built of three-letter blocks. An agent adds those of its
// blocks the actor's code does not already hold, at the end ("~WGO") or at
// the front ("NGM~"), whatever the actor code's length: "ROHGOV" + ~WGO is
// "ROHGOVWGO", "ROHGOV" + ~GOV stays "ROHGOV", "ROH" + ~GOVMED is
// "ROHGOVMED", "ROHMIL" + NGM~ is "NGMROHMIL". (Khaldun's own rule,
// CombineCodes, leaves a code longer than a country's as it is.) Used when
// every verb is TABARI's.
#ifndef KHALDUN_CODE_TABARI_AGENT_CODES_H_
#define KHALDUN_CODE_TABARI_AGENT_CODES_H_

#include <string>

#include "dict/actor.h"

namespace khaldun {

// `actor` with `agent`'s code joined as TABARI joins it.
std::string TabariCombineCodes(const std::string& actor, const dict::Agent& agent);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_AGENT_CODES_H_
