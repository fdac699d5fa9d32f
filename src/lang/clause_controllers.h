// Who does the action of a clause without a subject of its own: the
// controller of an infinitive, a coordinated verb or a participle. Internal
// to src/lang: the clause builder calls it once clauses have their kinds,
// parents, subjects and objects.
#ifndef KHALDUN_LANG_CLAUSE_CONTROLLERS_H_
#define KHALDUN_LANG_CLAUSE_CONTROLLERS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Sets every clause's controller_np: its subject when it has one, else the
// noun it modifies (relative clauses and participles, not coordinated
// verbs), else from the clause it depends on: an object-control verb's
// object right before the infinitive ("urged Iran to halt", "ordered
// residents of northern Gaza to evacuate"), the object of "call on X",
// "appeal to X", "call for X" before it, the object before a participle
// after "of" or "for" ("accused the Taliban of sheltering"), else that
// clause's actor. First hangs a participle of speech set off by a comma
// after a that-clause with its own subject from the clause that governs
// that clause: "demanded that Turkey withdraw its troops, accusing Turkish
// forces of shelling" accuses Iraq's.
void ResolveControllers(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_CLAUSE_CONTROLLERS_H_
