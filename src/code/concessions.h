// Concessions: whom a yielding act was made to (internal to src/code, for
// ClauseRelations).
#ifndef KHALDUN_CODE_CONCESSIONS_H_
#define KHALDUN_CODE_CONCESSIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/clause_relations.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// "Sargsyan resigned, bowing to protests led by Pashinyan": a concession
// (08: resigning 0831, easing a restriction...) that named no one to whom
// it was made is made to whom the yielding participle `c` after it bows
// (a plain 080 of the same source, with a target), and that 080 only says
// so again. For participle `c` of clause `parent`, adds the parent's
// untargeted concession with that target and drops the 080. Returns
// whether it did.
bool ConcedeToWhomItBowed(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                          std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_CONCESSIONS_H_
