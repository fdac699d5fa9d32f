#include "lang/negative_subjects.h"

#include "lang/word_classes.h"

namespace khaldun::lang_internal {

void NegateByNegativeSubjects(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  auto negative = [&](uint32_t i) {
    return a.tags[i] == PosTag::kDT &&
           (word_classes::EqualsLower(a.words[i], "neither") || word_classes::EqualsLower(a.words[i], "no"));
  };
  for (Clause& clause : a.clauses) {
    if (clause.subject_np == kNone) continue;
    const uint32_t first = a.nps[static_cast<size_t>(clause.subject_np)].full_begin;
    if (negative(first) || (first > 0 && negative(first - 1) && a.np_of_word[first - 1] != kNone &&
                            a.nps[static_cast<size_t>(a.np_of_word[first - 1])].end == first)) {
      clause.verb.negated = true;
    }
  }
}

}  // namespace khaldun::lang_internal
