#include "lang/headline_subjects.h"

#include "lang/word_classes.h"

namespace khaldun::lang_internal {

void GiveHeadlineSubjects(SentenceAnalysis* analysis) {
  if (analysis->clauses.empty()) return;
  // Only the first clause: a later infinitive without a parent follows
  // words that are not a headline's subject.
  Clause& clause = analysis->clauses.front();
  if (clause.kind != ClauseKind::kInfinitival || clause.parent_clause != kNone || clause.subject_np != kNone ||
      clause.controller_np != kNone || clause.verb.begin == 0) {
    return;
  }
  // A headline has no finite verb of its own, but for the source after it
  // ("..., officials say"): "Russia's bid to join the club failed" is no
  // headline.
  for (size_t k = 1; k < analysis->clauses.size(); ++k) {
    const Clause& other = analysis->clauses[k];
    if (other.parent_clause == kNone && !word_classes::IsSpeechVerb(analysis->lemma(other.verb.lemma))) return;
  }
  const int32_t np = analysis->np_of_word[clause.verb.begin - 1];
  if (np == kNone) return;
  const NounPhrase& phrase = analysis->nps[np];
  if (phrase.full_begin != 0 || phrase.end != clause.verb.begin) return;
  clause.subject_np = np;
  clause.controller_np = np;
}

}  // namespace khaldun::lang_internal
