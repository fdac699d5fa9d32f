// Claimed attacks: violence whose doer a sentence leaves unnamed is the
// group that claimed it. "A suicide bomber blew himself up at the station,
// killing 24 people, in an attack claimed by the Balochistan Liberation
// Army" is the BLA's bombing; the bomber alone is no actor (internal to
// src/code).
#ifndef KHALDUN_CODE_CLAIMED_ATTACKS_H_
#define KHALDUN_CODE_CLAIMED_ATTACKS_H_

#include <cstdint>
#include <vector>

#include "code/target_search.h"

namespace khaldun::sentence_coding {

// The mention of whoever the sentence says claimed an attack: the "by" doer
// of a passive "claimed" ("an attack claimed by X", "later claimed by X"),
// or the subject of an active "claimed" whose object is responsibility or
// an attack ("X claimed responsibility for the blast", "X claimed the
// bombing"). -1 when no clause claims one, when the claim is negated, or
// when the claims name different actors.
int32_t Claimant(const NpMentions& t, const std::vector<ActorMention>& mentions);

// Whether `sources` name no doer: there are none, or each is a bare role
// ("---INS") or a role that took its sentence's country ("A suicide bomber"
// in a Quetta story).
bool NoNamedDoer(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_CLAIMED_ATTACKS_H_
