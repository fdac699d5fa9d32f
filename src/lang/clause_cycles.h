// The clause tree's one structural promise: following parent_clause from any
// clause ends. The clause rules each link a clause to another; one that
// links a clause under its own descendant would leave every later walk up
// the tree (reach, reports, negation) looping forever on odd text.
// Internal to src/lang: the clause builder calls it last.
#ifndef KHALDUN_LANG_CLAUSE_CYCLES_H_
#define KHALDUN_LANG_CLAUSE_CYCLES_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Cuts every cycle of parent_clause links: a clause whose walk up the tree
// comes back to it loses its parent (it becomes a clause of its own), so
// each walk ends within as many steps as there are clauses.
void BreakParentCycles(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_CLAUSE_CYCLES_H_
