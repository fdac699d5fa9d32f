// Proposals: what an offer or proposal puts in a that-clause (internal to
// src/code, for ClauseRelations).
#ifndef KHALDUN_CODE_PROPOSALS_H_
#define KHALDUN_CODE_PROPOSALS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/clause_relations.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// "Putin proposed that Russia and Ukraine resume direct talks": what a
// speech act of intent (03: propose, offer, suggest) says should happen has
// not happened. It is the proposer's intent when the proposer's own state is
// among those to act (RUSGOV 036 UKR), and an appeal to those who are to act
// when it is not ("proposed that Iran halt enrichment" -> 02x IRN). For
// parent clause `parent`, coded 03, and its that-clause `c` (not in the
// future: "promised that it would ..." is an announced intention), rewrites
// the events of `c` that way, drops the parent's own, and returns whether it
// did.
bool Propose(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_PROPOSALS_H_
