#include "lang/reduced_relatives.h"

#include <algorithm>

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
    // (Set off by a comma, or the object of a preposition: "in a trial
    // Washington denounced as a sham".)
    if (phrase.end != subject.full_begin || phrase.determiner == kNone || phrase.full_begin == 0 ||
        (a.words[phrase.full_begin - 1] != "," && phrase.pp_object_of == kNone) ||
        !(word_classes::EqualsLower(a.words[phrase.determiner], "a") ||
          word_classes::EqualsLower(a.words[phrase.determiner], "an"))) {
      continue;
    }
    const std::string_view noun = a.lemma(phrase.head);
    if (!word_classes::IsDeedOrChargeNoun(noun)) continue;
    // The clause before the comma.
    int32_t parent = kNone;
    for (size_t before = 0; before < k; ++before) {
      if (a.clauses[before].verb.begin < phrase.full_begin) parent = static_cast<int32_t>(before);
    }
    // (Not under a clause that hangs from this one: "To put ..., a move Beijing recaptured".)
    if (parent == kNone || a.clauses[parent].parent_clause == static_cast<int32_t>(k)) continue;
    clause.kind = ClauseKind::kRelative;
    clause.antecedent_np = deed;
    clause.parent_clause = parent;
  }
}

void MarkContactRelativesOfTheSubject(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k + 1 < a.clauses.size(); ++k) {
    Clause& relative = a.clauses[k];
    Clause& next = a.clauses[k + 1];
    if (relative.kind != ClauseKind::kMain || relative.subject_np == kNone || !relative.objects.empty() ||
        relative.complement_clause != kNone || relative.verb.passive || next.kind != ClauseKind::kMain ||
        next.verb.tense == Tense::kNonFinite || a.nps[relative.subject_np].full_begin == 0 ||
        word_classes::IsMostlyIntransitiveVerb(a.lemma(relative.verb.lemma))) {
      continue;
    }
    const int32_t noun = a.np_of_word[a.nps[relative.subject_np].full_begin - 1];
    if (noun == kNone) continue;
    const NounPhrase& phrase = a.nps[noun];
    const PosTag head = a.tags[phrase.head];
    if (phrase.full_begin != 0 || phrase.end != a.nps[relative.subject_np].full_begin || phrase.temporal ||
        phrase.possessed != kNone || phrase.pronoun || !(head == PosTag::kNN || head == PosTag::kNNS)) {
      continue;
    }
    // The next clause has no subject but one inside the first clause's words.
    if (next.subject_np != kNone && a.nps[next.subject_np].begin < relative.verb.end) continue;
    relative.kind = ClauseKind::kRelative;
    relative.antecedent_np = noun;
    relative.parent_clause = static_cast<int32_t>(k + 1);
    if (a.nps[noun].relative_clause == kNone) a.nps[noun].relative_clause = static_cast<int32_t>(k);
    next.subject_np = noun;
  }
}

void MarkContactRelativesOfTheObject(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 1; k < a.clauses.size(); ++k) {
    Clause& relative = a.clauses[k];
    // (Its only complement may be a participle set off by a comma, the parent's.)
    auto comma_participle = [&](int32_t j) {
      return j != kNone && a.clauses[j].kind == ClauseKind::kParticipial && a.clauses[j].verb.begin > 0 &&
             a.words[a.clauses[j].verb.begin - 1] == ",";
    };
    if (relative.kind != ClauseKind::kMain || relative.subject_np == kNone || !relative.objects.empty() ||
        (relative.complement_clause != kNone && !comma_participle(relative.complement_clause)) ||
        relative.verb.passive || relative.verb.tense == Tense::kNonFinite ||
        word_classes::IsMostlyIntransitiveVerb(a.lemma(relative.verb.lemma))) {
      continue;
    }
    const NounPhrase& subject = a.nps[relative.subject_np];
    if (!subject.pronoun || subject.full_begin == 0 || subject.end != relative.verb.begin) continue;
    const int32_t noun = a.np_of_word[subject.full_begin - 1];
    if (noun == kNone || a.nps[noun].end != subject.full_begin || a.nps[noun].pronoun || a.nps[noun].temporal) continue;
    const PosTag head = a.tags[a.nps[noun].head];
    if (head != PosTag::kNN && head != PosTag::kNNS) continue;
    // The clause whose object the noun is.
    int32_t parent = kNone;
    for (size_t j = 0; j < k && parent == kNone; ++j) {
      for (uint32_t object : a.indices(a.clauses[j].objects)) {
        if (static_cast<int32_t>(object) == noun) parent = static_cast<int32_t>(j);
      }
    }
    if (parent == kNone) continue;
    relative.kind = ClauseKind::kRelative;
    relative.antecedent_np = noun;
    relative.parent_clause = parent;
    if (a.nps[noun].relative_clause == kNone) a.nps[noun].relative_clause = static_cast<int32_t>(k);
    // A participle set off by a comma after the relative clause is the parent's: ", accusing Phnom Penh".
    for (size_t j = k + 1; j < a.clauses.size(); ++j) {
      Clause& participle = a.clauses[j];
      if (participle.parent_clause == static_cast<int32_t>(k) && participle.antecedent_np == kNone &&
          comma_participle(static_cast<int32_t>(j))) {
        participle.parent_clause = parent;  // (its controller is found later, from its parent)
        if (relative.complement_clause == static_cast<int32_t>(j)) relative.complement_clause = kNone;
      }
    }
  }
}

void ReadFirstOfTwoPastFormsAsParticiple(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k + 1 < a.clauses.size(); ++k) {
    Clause& first = a.clauses[k];
    Clause& second = a.clauses[k + 1];
    const VerbGroup& v1 = first.verb;
    const VerbGroup& v2 = second.verb;
    if (first.kind != ClauseKind::kMain || first.subject_np == kNone || !first.objects.empty() ||
        first.complement_clause != kNone || v1.passive || v1.negated || v1.begin + 1 != v1.end ||
        a.tags[v1.main_verb] != PosTag::kVBD || second.kind != ClauseKind::kParticipial ||
        second.parent_clause != static_cast<int32_t>(k) || v2.begin + 1 != v2.end ||
        a.tags[v2.main_verb] != PosTag::kVBN || (second.objects.empty() && second.complement_clause == kNone)) {
      continue;
    }
    // Only the first's prepositional phrases between the two verbs.
    bool only_phrases = v1.end < v2.begin;
    for (uint32_t i = v1.end; i < v2.begin && only_phrases; ++i) {
      const int32_t np = a.np_of_word[i];
      only_phrases = a.tags[i] == PosTag::kIN ? i + 1 < v2.begin
                                               : np != kNone && a.nps[np].pp_object_of != kNone;
    }
    if (!only_phrases) continue;
    const int32_t subject = first.subject_np;
    second.kind = ClauseKind::kMain;
    second.subject_np = subject;
    second.controller_np = kNone;
    second.antecedent_np = kNone;
    second.parent_clause = kNone;
    second.verb.tense = Tense::kPast;
    second.verb.passive = false;
    first.kind = ClauseKind::kParticipial;
    first.subject_np = kNone;
    first.controller_np = kNone;
    first.antecedent_np = subject;
    first.parent_clause = static_cast<int32_t>(k + 1);
    first.verb.tense = Tense::kNonFinite;
    first.verb.passive = !word_classes::IsMostlyIntransitiveVerb(a.lemma(v1.lemma));
  }
}

namespace {

// Gives clause `clause_index` the phrases from token `at` on that no clause
// took, each starting where the one before ends.
void GivePhrasesFrom(uint32_t at, int32_t clause_index, SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  // (A phrase a later clause took before its own first word is no more its: "..., from the RSF on Saturday,
  // more than a year after the group seized the city".)
  auto unclaimed = [&](const PrepPhrase& pp) {
    return pp.clause == kNone ||
           (pp.clause > clause_index && pp.preposition < a.clauses[static_cast<size_t>(pp.clause)].begin);
  };
  size_t first_pp = 0;
  while (first_pp < a.pps.size() && a.pps[first_pp].preposition < at) ++first_pp;
  if (first_pp == a.pps.size() || a.pps[first_pp].preposition != at || !unclaimed(a.pps[first_pp]) ||
      a.pps[first_pp].object_np == kNone) {
    return;
  }
  Clause& clause = a.clauses[static_cast<size_t>(clause_index)];
  // (The clause's slice is copied to the pool's end so that the given phrases can follow it.)
  const IndexRange old_preps = clause.preps;
  const size_t preps_begin = a.index_pool.size();
  for (uint32_t i = old_preps.begin; i < old_preps.end; ++i) {
    const uint32_t pp = a.index_pool[i];
    a.index_pool.push_back(pp);
  }
  for (size_t p = first_pp; p < a.pps.size(); ++p) {
    PrepPhrase& pp = a.pps[p];
    if (pp.preposition != at || !unclaimed(pp) || pp.object_np == kNone) break;
    if (pp.clause != kNone) {  // taken back from the later clause's slice
      IndexRange& theirs = a.clauses[static_cast<size_t>(pp.clause)].preps;
      auto begin = a.index_pool.begin() + theirs.begin, end = a.index_pool.begin() + theirs.end;
      if (std::remove(begin, end, static_cast<uint32_t>(p)) != end) --theirs.end;
    }
    if (pp.attached_np == kNone) a.index_pool.push_back(static_cast<uint32_t>(p));
    pp.clause = clause_index;
    at = a.nps[pp.object_np].end;
    std::fill(a.clause_of_word.begin() + pp.preposition, a.clause_of_word.begin() + at, clause_index);
  }
  clause.preps = {static_cast<uint32_t>(preps_begin), static_cast<uint32_t>(a.index_pool.size())};
  clause.end = std::max(clause.end, at);
}

}  // namespace

void GivePhrasesPastAnAppositionToItsVerb(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (const Clause& participle : a.clauses) {
    if (participle.kind != ClauseKind::kParticipial || participle.parent_clause == kNone ||
        participle.end + 1 >= a.size() || a.tags[participle.end] != PosTag::kComma) {
      continue;
    }
    const int32_t parent_index = participle.parent_clause;
    Clause& parent = a.clauses[static_cast<size_t>(parent_index)];
    if (parent.verb.end > participle.verb.begin) continue;
    // "sent relief supplies, including tents and blankets, to Myanmar": a list
    // that "including" opens between commas is an aside of the phrase before it.
    if (participle.verb.begin > 0 && a.tags[participle.verb.begin - 1] == PosTag::kComma &&
        participle.verb.main_verb == participle.verb.begin &&
        word_classes::EqualsLower(a.words[participle.verb.main_verb], "including")) {
      GivePhrasesFrom(participle.end + 1, parent_index, &a);
      continue;
    }
    if (parent.objects.empty()) continue;
    // The object, a comma, then a noun phrase that the participle ends with no comma inside, or the
    // participle itself, a past one ("extradited gang leader Adolfo Macias, known as Fito, to the US").
    const uint32_t comma = a.nps[a.index_pool[parent.objects.end - 1]].end;
    if (comma + 1 > participle.verb.begin || a.tags[comma] != PosTag::kComma) continue;
    const bool aside = comma + 1 == participle.verb.begin && a.tags[participle.verb.main_verb] == PosTag::kVBN;
    if (!aside && (comma + 1 == participle.verb.begin || a.np_of_word[comma + 1] == kNone ||
                   participle.antecedent_np == kNone || a.nps[participle.antecedent_np].full_begin <= comma)) {
      continue;
    }
    bool one_stretch = true;
    for (uint32_t i = comma + 1; i < participle.end && one_stretch; ++i) one_stretch = a.tags[i] != PosTag::kComma;
    if (!one_stretch) continue;
    GivePhrasesFrom(participle.end + 1, parent_index, &a);
  }
}

void GivePhrasesPastAnAppositionsOfPhrase(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k < a.clauses.size(); ++k) {
    const Clause& clause = a.clauses[k];
    if (clause.objects.empty()) continue;
    const int32_t apposition = a.nps[a.index_pool[clause.objects.end - 1]].apposition;
    if (apposition == kNone) continue;
    // Past the apposition's "of" phrases: "the capital of Gezira state".
    uint32_t end = a.nps[apposition].end;
    for (bool more = true; more;) {
      more = false;
      for (const PrepPhrase& pp : a.pps) {
        if (pp.preposition == end && pp.object_np != kNone && pp.attached_np != kNone &&
            word_classes::EqualsLower(a.words[pp.preposition], "of")) {
          end = a.nps[pp.object_np].end;
          more = true;
          break;
        }
      }
    }
    if (end == a.nps[apposition].end || end + 1 >= a.size() || a.tags[end] != PosTag::kComma) continue;
    GivePhrasesFrom(end + 1, static_cast<int32_t>(k), &a);
  }
}

int32_t ParticiplesNoun(const SentenceAnalysis& analysis, int32_t np) {
  const NounPhrase& place = analysis.nps[static_cast<size_t>(np)];
  if (!place.proper || place.determiner != kNone || place.pp_object_of == kNone || place.possessor != kNone) return np;
  const uint32_t preposition = analysis.pps[static_cast<size_t>(place.pp_object_of)].preposition;
  if (preposition == 0 || !(word_classes::EqualsLower(analysis.words[preposition], "in") ||
                            word_classes::EqualsLower(analysis.words[preposition], "at"))) {
    return np;
  }
  const int32_t noun = analysis.np_of_word[preposition - 1];
  if (noun == kNone) return np;
  const NounPhrase& before = analysis.nps[static_cast<size_t>(noun)];
  const PosTag head = analysis.tags[before.head];
  if (before.proper || before.pronoun || before.temporal || !(head == PosTag::kNN || head == PosTag::kNNS)) return np;
  return noun;
}

int32_t RelativesNoun(const SentenceAnalysis& analysis, int32_t np, std::string_view verb_lemma) {
  namespace wc = word_classes;
  if (!(verb_lemma == "kill" || verb_lemma == "wound" || verb_lemma == "injure" || verb_lemma == "leave")) return np;
  const NounPhrase& place = analysis.nps[static_cast<size_t>(np)];
  if (place.pronoun || place.pp_object_of == kNone || place.end >= analysis.words.size() ||
      !(wc::EqualsLower(analysis.words[place.end], "that") || wc::EqualsLower(analysis.words[place.end], "which"))) {
    return np;
  }
  const uint32_t preposition = analysis.pps[static_cast<size_t>(place.pp_object_of)].preposition;
  if (preposition == 0) return np;
  const std::string_view word = analysis.words[preposition];
  if (!(wc::EqualsLower(word, "on") || wc::EqualsLower(word, "against") || wc::EqualsLower(word, "at") ||
        wc::EqualsLower(word, "in") || wc::EqualsLower(word, "near"))) {
    return np;
  }
  const int32_t noun = analysis.np_of_word[preposition - 1];
  if (noun == kNone) return np;
  const NounPhrase& assault = analysis.nps[static_cast<size_t>(noun)];
  return assault.end == preposition && wc::IsAssaultNoun(analysis.words[assault.head]) ? noun : np;
}

void GiveBeliefParticiplesTheirNoun(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t p = 0; p + 2 < a.clauses.size(); ++p) {
    Clause& believed = a.clauses[p];
    const VerbGroup& verb = believed.verb;
    if (believed.kind != ClauseKind::kParticipial || !verb.passive || verb.main_verb != verb.begin ||
        verb.begin == 0 || believed.complement_kind != ComplementKind::kInfinitive ||
        believed.complement_clause != static_cast<int32_t>(p + 1) ||
        !word_classes::IsBeliefVerb(a.lemma(verb.lemma))) {
      continue;
    }
    int32_t noun = a.np_of_word[verb.begin - 1];
    if (noun == kNone || a.nps[noun].end != verb.begin) continue;
    if (a.nps[noun].coordination != kNone && a.nps[a.nps[noun].coordination].end == verb.begin) {
      noun = a.nps[noun].coordination;
    }
    // The next finite clause past the infinitive, with no subject or the one the infinitive's words gave it.
    const Clause& infinitive = a.clauses[p + 1];
    Clause& deed = a.clauses[p + 2];
    const bool borrowed = deed.subject_np != kNone && a.nps[deed.subject_np].full_begin >= infinitive.verb.end;
    if (deed.kind != ClauseKind::kMain || deed.verb.tense == Tense::kNonFinite || deed.verb.passive ||
        (deed.subject_np != kNone && !borrowed)) {
      continue;
    }
    deed.subject_np = noun;
    deed.controller_np = noun;
    // ("said that soldiers believed to be Russian had executed": the deed is what was said.)
    const int32_t speech = believed.parent_clause;
    if (speech != kNone && speech != static_cast<int32_t>(p + 2) &&
        word_classes::IsSpeechVerb(a.lemma(a.clauses[speech].verb.lemma)) &&
        a.clauses[speech].complement_clause == kNone) {
      deed.kind = ClauseKind::kReported;
      deed.parent_clause = speech;
      a.clauses[speech].complement_clause = static_cast<int32_t>(p + 2);
      a.clauses[speech].complement_kind = ComplementKind::kThatClause;
    }
    believed.parent_clause = static_cast<int32_t>(p + 2);
    believed.antecedent_np = noun;
  }
}

void HangCasualtiesOnTheAssault(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (Clause& relative : a.clauses) {
    if (relative.kind != ClauseKind::kRelative || relative.antecedent_np == kNone || relative.subject_np != kNone ||
        relative.verb.passive ||
        !(a.lemma(relative.verb.lemma) == "kill" || a.lemma(relative.verb.lemma) == "wound" ||
          a.lemma(relative.verb.lemma) == "injure" || a.lemma(relative.verb.lemma) == "leave")) {
      continue;
    }
    // Back through the phrases right before the antecedent, each the object of such a preposition after the
    // one before it, at most three, to an assault noun (the parse may hang those phrases on the clause).
    int32_t np = relative.antecedent_np;
    for (int hop = 0; hop < 3 && np != kNone; ++hop) {
      const uint32_t preposition = a.nps[np].full_begin;
      if (preposition < 2) break;
      const std::string_view word = a.words[preposition - 1];
      if (!word_classes::EqualsLower(word, "on") && !word_classes::EqualsLower(word, "in") &&
          !word_classes::EqualsLower(word, "at") && !word_classes::EqualsLower(word, "near") &&
          !word_classes::EqualsLower(word, "against")) {
        break;
      }
      np = a.np_of_word[preposition - 2];
      if (np == kNone || a.nps[np].end != preposition - 1) break;
      if (word_classes::IsAssaultNoun(a.lemma(a.nps[np].head))) {
        relative.antecedent_np = np;
        break;
      }
    }
  }
}

void ReportPastTheSubjectsParticiples(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 2; k < a.clauses.size(); ++k) {
    Clause& clause = a.clauses[k];
    if (clause.kind != ClauseKind::kMain || clause.subject_np == kNone || clause.verb.tense == Tense::kNonFinite) {
      continue;
    }
    const uint32_t subject_begin = a.nps[clause.subject_np].full_begin;
    // Back over the participles inside the subject's words.
    size_t taker = k - 1;
    while (taker > 0 && a.clauses[taker].kind == ClauseKind::kParticipial &&
           a.clauses[taker].verb.begin > subject_begin) {
      --taker;
    }
    Clause& report = a.clauses[taker];
    if (taker + 1 == k || report.verb.end > subject_begin || report.complement_clause != kNone ||
        report.objects.size() != 1 || a.index_pool[report.objects.begin] != static_cast<uint32_t>(clause.subject_np)) {
      continue;
    }
    const std::string_view lemma = a.lemma(report.verb.lemma);
    const bool speech = word_classes::IsSpeechVerb(lemma);
    if (!speech && !word_classes::IsCognitionVerb(lemma)) continue;
    // Only adverbs between the report's verb and the subject.
    bool adjacent = true;
    for (uint32_t i = report.verb.end; i < subject_begin && adjacent; ++i) adjacent = IsAdverb(a.tags[i]);
    if (!adjacent) continue;
    report.objects.end = report.objects.begin;
    report.complement_clause = static_cast<int32_t>(k);
    report.complement_kind = ComplementKind::kThatClause;
    clause.kind = speech ? ClauseKind::kReported : ClauseKind::kComplement;
    clause.parent_clause = static_cast<int32_t>(taker);
    clause.begin = subject_begin;
    for (size_t j = taker + 1; j < k; ++j) {
      Clause& participle = a.clauses[j];
      if (participle.parent_clause == static_cast<int32_t>(taker)) participle.parent_clause = static_cast<int32_t>(k);
    }
  }
}

}  // namespace khaldun::lang_internal
