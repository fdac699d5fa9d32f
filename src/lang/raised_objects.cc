#include "lang/raised_objects.h"

#include "lang/word_classes.h"

namespace khaldun::lang_internal {

void ShareRaisedObjects(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k + 1 < a.clauses.size(); ++k) {
    Clause& first = a.clauses[k];
    const Clause& second = a.clauses[k + 1];
    const uint32_t joint = first.verb.end;
    if (second.kind != ClauseKind::kCoordinated || second.parent_clause != static_cast<int32_t>(k) ||
        first.objects.size() > 0 || first.preps.size() > 0 || second.objects.size() == 0 ||
        first.verb.passive || first.verb.particle != kNone || joint + 1 != second.verb.begin ||
        a.tags[first.verb.main_verb] != a.tags[second.verb.main_verb] ||
        !(word_classes::EqualsLower(a.words[joint], "and") || word_classes::EqualsLower(a.words[joint], "or")) ||
        word_classes::IsMostlyIntransitiveVerb(a.lemma(first.verb.lemma))) {
      continue;
    }
    first.objects = second.objects;
  }
}

}  // namespace khaldun::lang_internal
