// Subjects that deny their verb: "Neither Russia nor China voted for the
// resolution", "No group claimed the attack". The verb carries no "not",
// yet nobody named did the deed. Internal to src/lang: the clause builder
// calls it once clauses have their subjects.
#ifndef KHALDUN_LANG_NEGATIVE_SUBJECTS_H_
#define KHALDUN_LANG_NEGATIVE_SUBJECTS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Marks negated the verb of every clause whose written subject opens with
// "neither" or "no" (as a determiner), or comes right after "neither" ("Neither
// the army nor the rebels"). A negated verb stays negated.
void NegateByNegativeSubjects(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_NEGATIVE_SUBJECTS_H_
