// Subjects of headline infinitives: "Canada to impose tariffs on US goods"
// is news that Canada will do it, with no finite verb to carry the
// subject. Internal to src/lang: the clause builder calls it once
// controllers are resolved.
#ifndef KHALDUN_LANG_HEADLINE_SUBJECTS_H_
#define KHALDUN_LANG_HEADLINE_SUBJECTS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Gives an infinitive clause that depends on no clause, has no subject or
// controller, and follows at once the noun phrase that opens the sentence,
// that noun phrase as its subject (and controller), when no clause comes
// before it and no clause but a speech verb's depends on none ("Canada to
// impose retaliatory tariffs", "..., officials say"; not "Russia's bid to
// join the club failed").
void GiveHeadlineSubjects(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_HEADLINE_SUBJECTS_H_
