#include "code/verb_phrase_scope.h"

#include <algorithm>

namespace khaldun {

void DropEventsInsideCodedVerbPhrases(const SentenceAnalysis& analysis, std::vector<CandidateEvent>* candidates,
                                      std::vector<std::string>* trace) {
  auto coded = [&](int32_t clause) {
    return std::any_of(candidates->begin(), candidates->end(),
                       [&](const CandidateEvent& c) { return c.clause == clause; });
  };
  std::vector<bool> inside(candidates->size(), false);
  for (size_t k = 0; k < candidates->size(); ++k) {
    const int32_t clause = (*candidates)[k].clause;
    if (clause < 0 || static_cast<size_t>(clause) >= analysis.clauses.size()) continue;
    const Clause& own = analysis.clauses[clause];
    // Adverbial, participial and relative clauses; what the clause
    // relations read (reports, complements, infinitives) is theirs to judge.
    const bool nested = own.kind == ClauseKind::kSubordinate || own.kind == ClauseKind::kParticipial ||
                        own.kind == ClauseKind::kRelative;
    inside[k] = nested && own.parent_clause != kNone && coded(own.parent_clause) &&
                own.begin >= analysis.clauses[own.parent_clause].verb.end;
  }
  size_t kept = 0;
  for (size_t k = 0; k < candidates->size(); ++k) {
    if (inside[k]) {
      if (trace != nullptr) {
        trace->push_back("  dropped " + (*candidates)[k].code +
                         ": its clause lies inside a coded verb phrase (PETRARCH-1 codes a verb phrase once)");
      }
      continue;
    }
    if (kept != k) (*candidates)[kept] = std::move((*candidates)[k]);
    ++kept;
  }
  candidates->resize(kept);
}

}  // namespace khaldun
