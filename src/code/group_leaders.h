// Whose a group of no known country is, by whoever the participle right
// after it says leads it: "rebel forces led by Hayat Tahrir al-Sham" are
// that group's, "a coalition headed by Saudi Arabia" Saudi Arabia's. Being
// backed, armed or funded by someone makes no one theirs ("Iran-backed
// militias" are not Iran's). Used by the actor matcher to give a role
// without a country its actor.
#ifndef KHALDUN_CODE_GROUP_LEADERS_H_
#define KHALDUN_CODE_GROUP_LEADERS_H_

#include <cstdint>
#include <vector>

#include "code/actor_match_state.h"
#include "code/actor_matcher.h"
#include "code/actor_mention.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whose agents NP `n` is by what follows it: the "by" agent of a participle
// of lead, head or command, or of sending or appointing (send, appoint,
// deploy, dispatch...), that follows `n` at once (or after a comma); or the
// subject of an active relative clause of sending or appointing whose
// antecedent is `n` ("the envoy the UN appointed"). Its mention when it is
// a resolved actor and no place; else -1. `mention_of_np` and `mentions`
// are the matcher's so far.
int32_t PrincipalNamedAfter(const SentenceAnalysis& analysis, uint32_t n, const std::vector<int32_t>& mention_of_np,
                            const std::vector<ActorMention>& mentions);

// Gives each phrase headed by a word for whoever leads or speaks for a
// body ("leader", "chief", "spokesman"), with no actor or role of its own
// and "its" or "their" before it, the actor of the group that word refers
// to: the nearest group named before it in this sentence, else the last
// in `history`. "Wagner fighters seized Rostov, and Putin accused their
// leader of treason": the leader is Wagner's. "Their" is never a state
// alone, nor the singular subject of its own clause ("Hamas attacked, and
// Israel vowed to kill their leaders"); no nationality before another
// noun is either ("talks under Algerian mediation"). How "pronoun".
void ResolveLeaderPossessives(const ActorHistory& history, MatchedMentions* found);

}  // namespace khaldun

#endif  // KHALDUN_CODE_GROUP_LEADERS_H_
