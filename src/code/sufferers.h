// Sufferers: where those who suffer an act belong. "Two boys were killed in
// Israeli shelling in the south of Lebanon" are Lebanon's, not Israel's; "Ten civilians were killed by Russian shelling" are
// not Russia's; "24 hostages, including 13 Israelis" are Israel's. Used by
// the actor matcher to give a role without a country its country.
#ifndef KHALDUN_CODE_SUFFERERS_H_
#define KHALDUN_CODE_SUFFERERS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// The NP naming where role NP `n` suffered the act of its clause (as passive
// subject or object), or kNone. A place is the head of its phrase ("Israeli"
// in "Israeli shelling" is the doer), in a locative PP after the role or in
// an "of" PP hanging from one ("the south of Lebanon"), or in the phrases
// of an assault that is the active clause's subject ("a strike on a camp in
// Rafah killed 45 people"). Forces
// (`force_role`) are placed only by a verb that harms them: "deployed troops
// in Iraq" are not Iraq's. `mention_of_np` and `mentions` are the matcher's
// so far.
int32_t PlaceOfSufferers(const SentenceAnalysis& analysis, uint32_t n, bool force_role,
                         const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions);

// Whether NP `n` is a passive subject whose sentence names `country` only in
// the doer's "by" phrase ("Ten civilians were killed by Russian shelling"),
// and not as a court, police or government there, which act on their own
// people ("Ten protesters were detained by Russian police").
bool SufferedFromCountry(const SentenceAnalysis& analysis, uint32_t n, const std::string& country,
                         const std::vector<ActorMention>& mentions);

// The country of those harmed as NP `n` (object, the object a quantity's
// "of" hangs it from, or passive subject) when the sentence names exactly
// two countries and the doer of the act is one of them: the other. "Israeli
// strikes killed 40 people overnight, Gaza's health ministry said" -> "PSE";
// "killing hundreds of civilians"; hostages taken, held or seized are
// harmed too; but the doer's own when the act's clause names a place of the
// doer's country ("Syrian forces had killed 1,429 civilians ... on the
// outskirts of Damascus", Kerry said -> "SYR", not the speaker's). Empty
// when that does not hold. Only for roles that do not act for a state (the
// caller checks).
std::string CountryOfSufferersBesideDoer(const SentenceAnalysis& analysis, uint32_t n,
                                         const std::vector<ActorMention>& mentions);

// The actors NP `n` includes: the mentions of the object (each member of
// it) of an "including" right after it ("24 hostages, including 13
// Israelis"; "Palestinian factions including Hamas and Fatah"), when each
// is a resolved actor and no place. Empty when there are none.
std::vector<int32_t> IncludedActors(const SentenceAnalysis& analysis, uint32_t n,
                                    const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions);

}  // namespace khaldun

#endif  // KHALDUN_CODE_SUFFERERS_H_
