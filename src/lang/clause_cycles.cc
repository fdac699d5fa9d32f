#include "lang/clause_cycles.h"

#include <cstddef>
#include <cstdint>

namespace khaldun::lang_internal {

void BreakParentCycles(SentenceAnalysis* analysis) {
  std::vector<Clause>& clauses = analysis->clauses;
  const size_t n = clauses.size();
  for (size_t k = 0; k < n; ++k) {
    // A walk of more than n steps repeats a clause; if it repeats k, cut k's link.
    int32_t at = clauses[k].parent_clause;
    for (size_t steps = 0; at != kNone && steps < n; ++steps) {
      if (at == static_cast<int32_t>(k)) {
        clauses[k].parent_clause = kNone;
        break;
      }
      at = clauses[static_cast<size_t>(at)].parent_clause;
    }
  }
}

}  // namespace khaldun::lang_internal
