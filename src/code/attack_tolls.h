// Attack tolls: "Insurgents bombarded Aleppo, killing eight people" tells
// one attack and its toll, not two attacks (internal to src/code).
#ifndef KHALDUN_CODE_ATTACK_TOLLS_H_
#define KHALDUN_CODE_ATTACK_TOLLS_H_

#include <cstddef>
#include <vector>

#include "code/actor_mention.h"
#include "code/sentence_coder.h"

namespace khaldun::sentence_coding {

// Drops each use of force in `tolls` (the events of a comma participle
// below an attack), each bare coercion (170: "forcing medics to
// evacuate") and each release (0841: "freeing thousands of inmates"),
// whose source has the code of the source of one of `attacks`
// (the attack's events): it is the attack's toll or consequence. When that
// attack was aimed only at a place ("air strikes on a village in Sagaing")
// and the toll names people of that place's country ("killing at least 20
// civilians") or another state's forces ("killing 13 US troops"), the
// attack is aimed at them. With `leaving` (the participle
// is "leaving"), every event of the participle is what the attack left
// ("clashed on the border, leaving troops on both sides with minor
// injuries": no troops leaving anywhere). Returns whether any was a toll.
bool SettleAttackTolls(const std::vector<ActorMention>& mentions, const std::vector<size_t>& attacks, bool leaving,
                       const std::vector<size_t>& tolls, std::vector<CandidateEvent>* out);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_ATTACK_TOLLS_H_
