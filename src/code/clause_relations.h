// ClauseRelations: what a clause's events become, given the clause they
// depend on.
//
// SentenceCoder codes every clause on its own first. This pass then applies
// the relations between clauses (docs/coder.md, "Clause relations"): what is
// reported replaces the speech act, what is asked for, threatened, intended,
// refused, denied, ordered or alleged has not happened, an intention is
// coded by what is intended, and so on. It only rewrites codes and marks
// events dropped; it never adds one.
#ifndef KHALDUN_CODE_CLAUSE_RELATIONS_H_
#define KHALDUN_CODE_CLAUSE_RELATIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// What coding each clause on its own found, by clause index.
struct ClauseFacts {
  const std::vector<std::vector<size_t>>& events;  // indices into the event list
  const std::vector<std::string>& code;            // primary code; "" none, "---" null
  const std::vector<int32_t>& source;              // mention of the source, or -1
  const std::vector<bool>& by_default;             // coded by the verb alone, no pattern
  const std::vector<bool>& negated_away;           // a negation left no event ("did not ask")
  const std::vector<CandidateEvent>& untargeted;   // events without the target they need, by clause
};

// Rewrites or drops the events of `*out` that `facts` indexes, by the
// relations between the sentence's clauses. `*unreal` is scratch space (one
// flag per clause: its content has not happened). Appends the reasoning to
// `*trace` when it is not null.
void RelateClauses(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                   const ClauseFacts& facts, std::vector<bool>* unreal,
                   std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_CLAUSE_RELATIONS_H_
