#include "lang/reduced_relatives.h"

#include "lang/word_classes.h"

namespace khaldun::lang_internal {

void MarkReducedRelatives(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 1; k < a.clauses.size(); ++k) {
    Clause& clause = a.clauses[k];
    if (clause.kind != ClauseKind::kMain || clause.subject_np == kNone || clause.objects.size() > 0) continue;
    const NounPhrase& subject = a.nps[clause.subject_np];
    if (subject.full_begin < 3) continue;
    const int32_t deed = a.np_of_word[subject.full_begin - 1];
    if (deed == kNone) continue;
    const NounPhrase& phrase = a.nps[deed];
    if (phrase.end != subject.full_begin || phrase.determiner == kNone || phrase.full_begin == 0 ||
        a.words[phrase.full_begin - 1] != "," ||
        !(word_classes::EqualsLower(a.words[phrase.determiner], "a") ||
          word_classes::EqualsLower(a.words[phrase.determiner], "an"))) {
      continue;
    }
    const std::string_view noun = a.lemma(phrase.head);
    if (!word_classes::IsDeedNoun(noun)) continue;
    // The clause before the comma.
    int32_t parent = kNone;
    for (size_t before = 0; before < k; ++before) {
      if (a.clauses[before].verb.begin < phrase.full_begin) parent = static_cast<int32_t>(before);
    }
    if (parent == kNone) continue;
    clause.kind = ClauseKind::kRelative;
    clause.antecedent_np = deed;
    clause.parent_clause = parent;
  }
}

}  // namespace khaldun::lang_internal
