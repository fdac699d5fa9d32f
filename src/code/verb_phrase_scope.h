// PETRARCH-1 codes a verb phrase once: when its verb gives an event, the
// search resumes after the end of the verb phrase, so a clause inside it
// ("restored ties with Rohan after Gondor crowds burned its embassy") gives
// no event of its own. Applied only with PETRARCH-1
// dictionaries; other formats code every clause.
#ifndef KHALDUN_CODE_VERB_PHRASE_SCOPE_H_
#define KHALDUN_CODE_VERB_PHRASE_SCOPE_H_

#include <string>
#include <vector>

#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Removes from `candidates` the events of adverbial, participial and
// relative clauses that follow the verb of a parent clause which has an
// event among `candidates` too ("arranged for the reopening of the inns":
// no event of "reopening"). Nominal events and other clause kinds stay. Adds a line per removal to `trace` (may be
// null).
void DropEventsInsideCodedVerbPhrases(const SentenceAnalysis& analysis, std::vector<CandidateEvent>* candidates,
                                      std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_VERB_PHRASE_SCOPE_H_
