// Objects shared by coordinated verbs: "Russia condemned and rejected the
// proposal" has one object after the second verb that both take. Internal
// to src/lang: the clause builder calls it once clauses have their objects.
#ifndef KHALDUN_LANG_RAISED_OBJECTS_H_
#define KHALDUN_LANG_RAISED_OBJECTS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Gives a clause with neither object nor prepositional phrase of its own,
// whose verb is followed at once by "and" or "or" and the verb of the
// clause coordinated with it, that clause's objects: "condemned and
// rejected the proposal". The two verbs must be in the same form (a past
// beside a past), and the first must be active, have no particle and not be
// one news mostly uses without an object ("resigned and fled the country").
void ShareRaisedObjects(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_RAISED_OBJECTS_H_
