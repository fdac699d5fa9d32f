// Mediated parties: whom a mediation named only through what it brokered is
// aimed at. "Pashinyan and Aliyev signed a declaration, in a deal brokered
// by Trump" has Trump mediate between the two signers (internal to
// src/code).
#ifndef KHALDUN_CODE_MEDIATED_PARTIES_H_
#define KHALDUN_CODE_MEDIATED_PARTIES_H_

#include <cstdint>
#include <vector>

#include "code/target_search.h"

namespace khaldun::sentence_coding {

// When clause `c` is a passive participle or relative clause hanging from a
// noun phrase ("a deal brokered by Trump", "talks that were brokered by
// Saudi Arabia"), adds to `targets` the doers of the clause with the news
// that the phrase stands in (up past participles, relative and subordinate
// clauses; else the nearest clause above whose subject or controller a
// dictionary names), other than `sources`, the mediators; so for an active
// participle, from the clause it hangs from ("Talks between Iran and the US
// ended, with Oman acting as mediator"). Adds nothing for any other clause.
void MediatedParties(const NpMentions& t, const std::vector<ActorMention>& mentions, uint32_t c,
                     const std::vector<int32_t>& sources, std::vector<int32_t>* targets);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_MEDIATED_PARTIES_H_
