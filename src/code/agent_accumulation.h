// PETRARCH-1's composition of overlapping agent phrases. PETRARCH-1 reads
// every agent phrase of a noun phrase, including one that lies inside a
// longer one ("main opposition group" holds "opposition group"), and adds
// each code in the order found; native, TABARI and PETRARCH-2 dictionaries
// keep only the longest phrase, so the coder applies this rule only when the
// verbs are in PETRARCH-1 syntax.
#ifndef KHALDUN_CODE_AGENT_ACCUMULATION_H_
#define KHALDUN_CODE_AGENT_ACCUMULATION_H_

#include <span>
#include <string>
#include <vector>

#include "code/actor_match_state.h"
#include "dict/actor.h"

namespace khaldun {

// `code` (an actor code already combined with the noun phrase's main agent)
// with the codes of `inner` agents, the phrases found inside the main agent's
// words, in the order given: a prefix agent ("SGM~") goes in front, a suffix
// agent ("~OPP") at the end. Codes are compared in blocks of three letters,
// as CAMEO writes them; an agent whose code is already there ends the
// composition (PETRARCH-1 stops at the first redundant agent), so that "West
// Gondorian world government officials" keeps one GOV. Empty agent codes
// are skipped.
std::string AccumulateAgentCodes(std::string code, std::span<const dict::Agent* const> inner);


// The PETRARCH-1 step of ActorMatcher::Match, for each NP's own mention
// that an agent composed (how ending in "agent"): a resolved bare-country
// possessor's code is the base of the NP's own actor's agent (`actor_agent`,
// per NP; how "possessor+agent"), and the NP's `inner_agents` accumulate
// (AccumulateAgentCodes), each adding its entry. Traces both.
// `tabari_codes`: combine codes as TABARI does.
void AccumulatePetrarch1Agents(bool tabari_codes, const std::vector<const dict::Agent*>& actor_agent,
                               const std::vector<std::vector<const dict::Agent*>>& inner_agents,
                               MatchedMentions* found);
}  // namespace khaldun

#endif  // KHALDUN_CODE_AGENT_ACCUMULATION_H_
