#include "code/clause_reach.h"

#include <algorithm>

#include "base/same_text.h"
#include "lang/word_classes.h"

namespace khaldun {

bool ReportsAClause(const SentenceAnalysis& analysis, uint32_t c) {
  for (const Clause& clause : analysis.clauses) {
    if (clause.parent_clause == static_cast<int32_t>(c) &&
        (clause.kind == ClauseKind::kReported || clause.kind == ClauseKind::kComplement)) {
      return true;
    }
  }
  return false;
}

bool IsDeedReference(const SentenceAnalysis& analysis, int32_t np) {
  if (np == kNone) return false;
  const NounPhrase& phrase = analysis.nps[np];
  if (phrase.kind == NounPhraseKind::kCoordination || phrase.possessor != kNone || phrase.head + 1 != phrase.end ||
      phrase.determiner == kNone || !word_classes::IsDeedNoun(analysis.lemma(phrase.head))) {
    return false;
  }
  // "the move by Russia", "the attack of the rebels": the phrase names its own doer.
  if (phrase.end < analysis.size() && (analysis.words[phrase.end] == "by" || analysis.words[phrase.end] == "of")) {
    return false;
  }
  const std::string_view determiner = analysis.words[phrase.determiner];
  using word_classes::EqualsLower;
  if (EqualsLower(determiner, "the") || EqualsLower(determiner, "this") || EqualsLower(determiner, "that") ||
      EqualsLower(determiner, "such")) {
    return true;
  }
  // ", a move that ...", and after "in": ", in an attack that Qatar condemned";
  // or with a relative clause of its own: "an election that Western
  // governments denounced".
  if (!EqualsLower(determiner, "a") && !EqualsLower(determiner, "an")) return false;
  uint32_t before = phrase.full_begin;
  if (before > 1 && EqualsLower(analysis.words[before - 1], "in")) --before;
  if (before > 0 && analysis.words[before - 1] == ",") return true;
  if (phrase.end < analysis.size() &&
      (EqualsLower(analysis.words[phrase.end], "that") || EqualsLower(analysis.words[phrase.end], "which"))) {
    return true;
  }
  // (Or without "that": "in a trial Washington denounced as a sham".)
  return std::any_of(analysis.clauses.begin(), analysis.clauses.end(), [&](const Clause& clause) {
    return clause.kind == ClauseKind::kRelative && clause.antecedent_np == np && clause.subject_np != kNone &&
           analysis.nps[clause.subject_np].full_begin == phrase.end;
  });
}

int32_t DoerBehindInstrument(const SentenceAnalysis& analysis, int32_t np) {
  if (np == kNone || analysis.nps[np].kind == NounPhraseKind::kCoordination) return kNone;
  const std::string_view head = analysis.lemma(analysis.nps[np].head);
  if (!word_classes::IsWeaponNoun(head) && !word_classes::IsAssaultNoun(head)) return kNone;
  for (const Clause& clause : analysis.clauses) {
    if (clause.kind != ClauseKind::kParticipial || clause.antecedent_np != np || !clause.verb.passive) continue;
    // ("tanks promised by the United States have arrived": who supplied or made it did not use it.)
    if (QualifiesWhatItGives(analysis, clause)) continue;
    if (clause.agent_np != kNone) return clause.agent_np;
    // "a drone launched from Lebanon": with no one named, where it came
    // from stands for its doer.
    for (uint32_t pp : analysis.indices(clause.preps)) {
      if (word_classes::EqualsLower(analysis.words[analysis.pps[pp].preposition], "from")) {
        return analysis.pps[pp].object_np;
      }
    }
    // "a missile thought to have been launched by rebels"
    if (clause.complement_clause != kNone) {
      const Clause& infinitive = analysis.clauses[clause.complement_clause];
      if (infinitive.kind == ClauseKind::kInfinitival && infinitive.verb.passive) return infinitive.agent_np;
    }
  }
  // "Houthi rebels launched a drone that struck Tel Aviv": who launched or
  // fired it, when a relative clause tells what it did.
  bool told_by_a_relative = false;
  for (const Clause& clause : analysis.clauses) {
    told_by_a_relative |= clause.kind == ClauseKind::kRelative && clause.antecedent_np == np &&
                          (clause.subject_np == kNone || clause.subject_np == np);
  }
  if (!told_by_a_relative || analysis.nps[np].pp_object_of != kNone) return kNone;
  for (const Clause& clause : analysis.clauses) {
    if (clause.verb.passive || clause.subject_np == kNone || clause.verb.negated) continue;
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    if (lemma != "launch" && lemma != "fire" && lemma != "drop" && lemma != "send") continue;
    for (uint32_t object : analysis.indices(clause.objects)) {
      if (static_cast<int32_t>(object) == np) return clause.subject_np;
    }
  }
  return kNone;
}

bool SpeaksForItsIssuer(const SentenceAnalysis& analysis, const Clause& clause) {
  if (clause.kind != ClauseKind::kParticipial || clause.antecedent_np == kNone || clause.parent_clause == kNone) {
    return false;
  }
  const NounPhrase& document = analysis.nps[clause.antecedent_np];
  if (!word_classes::IsDocumentNoun(analysis.lemma(document.head))) return false;
  for (uint32_t k = document.begin; k < document.head; ++k) {
    if (word_classes::EqualsLower(analysis.words[k], "news")) return false;
  }
  return true;
}

bool QualifiesWhatItGives(const SentenceAnalysis& analysis, const Clause& clause) {
  return clause.kind == ClauseKind::kParticipial && clause.antecedent_np != kNone && clause.verb.passive &&
         clause.objects.size() == 0 && word_classes::IsSupplyVerb(analysis.lemma(clause.verb.lemma));
}

bool IsAdverbialParticiple(const SentenceAnalysis& analysis, const Clause& clause) {
  return clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone && clause.verb.begin > 0 &&
         analysis.words[clause.verb.begin - 1] == ",";
}

bool IsOfGerund(const SentenceAnalysis& analysis, const Clause& clause) {
  return clause.kind == ClauseKind::kParticipial &&
         (word_classes::EqualsLower(analysis.words[clause.begin], "of") ||
          (clause.begin > 0 && word_classes::EqualsLower(analysis.words[clause.begin - 1], "of")));
}

bool IsChargeGerund(const SentenceAnalysis& analysis, const Clause& clause) {
  // "the officer charged with murdering", "a man accused of spying".
  if (clause.kind == ClauseKind::kParticipial && clause.parent_clause != kNone) {
    const Clause& charged = analysis.clauses[clause.parent_clause];
    const uint32_t before = clause.begin < clause.verb.begin ? clause.begin : clause.begin - 1;
    if (before == charged.verb.end && word_classes::IsChargeVerb(analysis.lemma(charged.verb.lemma)) &&
        (word_classes::EqualsLower(analysis.words[before], "with") ||
         word_classes::EqualsLower(analysis.words[before], "of"))) {
      return true;
    }
  }
  if (!IsOfGerund(analysis, clause)) return false;
  const uint32_t of = word_classes::EqualsLower(analysis.words[clause.begin], "of") ? clause.begin : clause.begin - 1;
  return of > 0 && word_classes::IsChargeNoun(analysis.lemma(of - 1));
}

bool SubjectIsAPhrasesObject(const SentenceAnalysis& analysis, const Clause& clause) {
  const int32_t subject = clause.actor_np();
  return subject != kNone && std::any_of(analysis.pps.begin(), analysis.pps.end(),
                                         [&](const PrepPhrase& pp) { return pp.object_np == subject; });
}

int32_t DeedOfInstrument(const SentenceAnalysis& analysis, uint32_t c) {
  int32_t participle = static_cast<int32_t>(c);
  if (analysis.clauses[c].kind == ClauseKind::kInfinitival) participle = analysis.clauses[c].parent_clause;
  if (participle == kNone || analysis.clauses[participle].kind != ClauseKind::kParticipial) return kNone;
  const int32_t instrument = analysis.clauses[participle].antecedent_np;
  const int32_t deed = analysis.clauses[participle].parent_clause;
  if (deed == kNone || !analysis.clauses[deed].verb.passive || DoerBehindInstrument(analysis, instrument) == kNone) {
    return kNone;
  }
  if (analysis.clauses[deed].agent_np == instrument) return deed;
  for (uint32_t pp : analysis.indices(analysis.clauses[deed].preps)) {
    if (analysis.pps[pp].object_np == instrument) return deed;
  }
  return kNone;
}

namespace {

// Whether `clause` says its doer is scheduled, planned or set to do
// something ("Bush was scheduled to give a speech"): a future told as a plan.
bool IsScheduledClause(const SentenceAnalysis& analysis, const Clause& clause) {
  const std::string_view lemma = analysis.lemma(clause.verb.lemma);
  return SameTextAsAny(lemma, "schedule", "plan", "set", "due") && clause.verb.end < analysis.size() &&
         analysis.words[clause.verb.end] == "to";
}

}  // namespace

bool IsCondition(const SentenceAnalysis& analysis, const Clause& clause) {
  for (uint32_t k = clause.begin > 0 ? clause.begin - 1 : 0; k <= clause.begin && k < analysis.size(); ++k) {
    const std::string_view word = analysis.words[k];
    if (word == "if" || word == "If" || word == "unless" || word == "Unless") return true;
    // "refused to free the hostages until Israel withdraws": a present
    // after "until" (or "once") is what has to happen first, not news; a
    // past ("fought until the army withdrew") did happen, unless what waits
    // for it is a future told in the past ("said it would not approve
    // Sweden's membership until Stockholm took firmer steps").
    // So is a present after "before": "comes a day before Sarkozy heads to Beijing" (he has not gone yet).
    // (What waits may be a participle of that future: "would impose a tariff, rising steadily until Mexico
    // stopped migrants".)
    int32_t waiting = clause.parent_clause;
    if (waiting != kNone && analysis.clauses[waiting].kind == ClauseKind::kParticipial &&
        analysis.clauses[waiting].antecedent_np == kNone) {
      waiting = analysis.clauses[waiting].parent_clause;
    }
    if ((word == "until" || word == "Until" || word == "once" || word == "Once" || word == "before" ||
         word == "Before") &&
        (clause.verb.tense == Tense::kPresent ||
         (waiting != kNone && (IsFutureClause(analysis, analysis.clauses[waiting]) ||
                               IsScheduledClause(analysis, analysis.clauses[waiting]))))) {
      return true;
    }
  }
  return false;
}

bool HasCondition(const SentenceAnalysis& analysis, uint32_t c) {
  // (Or one of its participle's: "would impose a tariff, rising steadily until Mexico stopped migrants".)
  auto under = [&](const Clause& k) {
    if (k.parent_clause == static_cast<int32_t>(c)) return true;
    if (k.parent_clause == kNone) return false;
    const Clause& parent = analysis.clauses[k.parent_clause];
    return parent.parent_clause == static_cast<int32_t>(c) && parent.kind == ClauseKind::kParticipial &&
           parent.antecedent_np == kNone;
  };
  return std::any_of(analysis.clauses.begin(), analysis.clauses.end(), [&](const Clause& k) {
    return under(k) && k.kind == ClauseKind::kSubordinate && IsCondition(analysis, k);
  });
}

bool IsFutureClause(const SentenceAnalysis& analysis, const Clause& clause) {
  if (clause.verb.tense == Tense::kFuture) return true;
  if (clause.verb.modal == kNone) return false;
  const std::string_view modal = analysis.words[clause.verb.modal];
  if (modal == "would") return true;
  return SameTextAsAny(modal, "could", "might", "may") && clause.kind == ClauseKind::kReported &&
         clause.parent_clause != kNone &&
         SameTextAsAny(analysis.lemma(analysis.clauses[clause.parent_clause].verb.lemma), "warn", "threaten");
}

namespace {

// Whether clauses `c` and `other` have an object in common ("denounced and
// rejected the plan").
bool SharesAnObject(const SentenceAnalysis& analysis, int32_t c, int32_t other) {
  if (other == kNone) return false;
  auto mine = analysis.indices(analysis.clauses[c].objects);
  auto theirs = analysis.indices(analysis.clauses[other].objects);
  return std::any_of(mine.begin(), mine.end(),
                     [&](uint32_t np) { return std::find(theirs.begin(), theirs.end(), np) != theirs.end(); });
}

}  // namespace

bool WithinClause(const SentenceAnalysis& analysis, int32_t c, int32_t ancestor) {
  for (int depth = 0; c != kNone && depth < 16; ++depth) {
    if (c == ancestor) return true;
    ClauseKind kind = analysis.clauses[c].kind;
    // Reports, subordinate and coordinated clauses are events of their own:
    // "condemned the strike and repeated his appeal to Western allies".
    // So is a relative clause: "its offensive against rebels who took two
    // towns in Syria" is not aimed at Syria.
    // (So is a finite one higher up, unless it shares the clause's object:
    // "demanded that ..., and called on Rwanda to withdraw its troops" does
    // not aim the demand at the troops; "denounced and rejected the plan
    // drawn up at the Ukraine summit" denounced that plan.)
    if (kind == ClauseKind::kReported || kind == ClauseKind::kComplement || kind == ClauseKind::kSubordinate ||
        kind == ClauseKind::kRelative ||
        (c != ancestor && kind == ClauseKind::kCoordinated &&
         (depth == 0 || (analysis.clauses[c].verb.tense != Tense::kNonFinite && !SharesAnObject(analysis, c, ancestor))))) {
      return false;
    }
    // A participle governs its own words ("the roads leading into Mordor"),
    // not what hangs below it ("a tour meant to press for a truce in
    // Sudan": Sudan belongs to another event).
    if (depth > 0 && kind == ClauseKind::kParticipial) return false;
    // So is one set off by a comma that modifies no noun: "declared martial
    // law, accusing the opposition of anti-state activities".
    const Clause& clause = analysis.clauses[c];
    if (kind == ClauseKind::kParticipial && clause.antecedent_np == kNone && clause.verb.begin > 0 &&
        analysis.words[clause.verb.begin - 1] == ",") {
      return false;
    }
    if (kind == ClauseKind::kParticipial && clause.antecedent_np != kNone &&
        IsDeedReference(analysis, clause.antecedent_np) && analysis.nps[clause.antecedent_np].full_begin > 0 &&
        analysis.words[analysis.nps[clause.antecedent_np].full_begin - 1] == ",") {
      return false;
    }
    c = analysis.clauses[c].parent_clause;
  }
  return false;
}

ClauseReach ReachOf(const SentenceAnalysis& analysis, uint32_t c) {
  const Clause& clause = analysis.clauses[c];
  ClauseReach reach;
  reach.after_end = std::max(clause.end, clause.verb.main_verb + 1);
  // "sent two planes carrying humanitarian aid to Syria": what a vehicle
  // the clause acts on carries is what the clause sends, so its patterns
  // read on through the participle.
  for (uint32_t child = c + 1; child < analysis.clauses.size(); ++child) {
    const Clause& cargo = analysis.clauses[child];
    if (cargo.parent_clause != static_cast<int32_t>(c) || cargo.kind != ClauseKind::kParticipial ||
        cargo.antecedent_np == kNone || !SameTextAsAny(analysis.lemma(cargo.verb.lemma), "carry", "load")) {
      continue;
    }
    const auto objects = analysis.indices(clause.objects);
    if (std::find(objects.begin(), objects.end(), static_cast<uint32_t>(cargo.antecedent_np)) != objects.end() &&
        word_classes::IsVehicleNoun(analysis.words[analysis.nps[cargo.antecedent_np].head])) {
      reach.after_end = std::max(reach.after_end, cargo.end);
    }
  }
  // "called Washington's decision to impose a tariff unfair": a naming verb reads on, past the infinitive
  // of its object, to the adjectives that name it.
  if (word_classes::IsNamingVerb(analysis.lemma(clause.verb.lemma)) && clause.complement_clause != kNone &&
      clause.complement_kind == ComplementKind::kInfinitive) {
    // (The first adjective of no phrase after the infinitive's verb.)
    uint32_t end = analysis.clauses[clause.complement_clause].verb.end;
    while (end < analysis.size() && !(analysis.tags[end] == PosTag::kJJ && analysis.np_of_word[end] == kNone) &&
           analysis.tags[end] != PosTag::kPeriod && analysis.tags[end] != PosTag::kComma) {
      ++end;
    }
    uint32_t named = end;
    while (named < analysis.size() && (analysis.tags[named] == PosTag::kJJ || analysis.tags[named] == PosTag::kComma ||
                                       analysis.tags[named] == PosTag::kCC)) {
      ++named;
    }
    if (named > end && end < analysis.size() && analysis.tags[end] == PosTag::kJJ) {
      reach.after_end = std::max(reach.after_end, named);
    }
  }
  // "said India was responsible", "said the claims were baseless": a report
  // that only tells what someone or something is reads as the speech verb's
  // own words, so that its patterns ("* RESPONSIBLE", "* BASELESS") see
  // them, a "not" after the copula included ("* (NOT RESPONSIBLE)"); not a
  // future ("would be responsible" warns) nor a negated verb group.
  if (word_classes::IsSpeechVerb(analysis.lemma(clause.verb.lemma))) {
    for (uint32_t d = c + 1; d < analysis.clauses.size(); ++d) {
      const Clause& report = analysis.clauses[d];
      if (report.parent_clause != static_cast<int32_t>(c) || report.kind != ClauseKind::kReported) continue;
      if (report.verb.main_verb > clause.verb.main_verb && analysis.lemma(report.verb.lemma) == "be" &&
          !report.verb.negated && report.verb.tense != Tense::kFuture &&
          (report.verb.modal == kNone ||
           SameTextAsAny(analysis.words[report.verb.modal], "may", "might", "must", "could"))) {
        reach.after_end = std::max(reach.after_end, report.end);
        for (uint32_t e = d + 1; e < analysis.clauses.size(); ++e) {
          if (WithinClause(analysis, static_cast<int32_t>(e), static_cast<int32_t>(d))) {
            reach.after_end = std::max(reach.after_end, analysis.clauses[e].end);
          }
        }
      }
      break;
    }
  }
  // Patterns with "TO" read on into the clause's infinitive: "urged X (TO
  // SETTLE)"; so do those with "OF" and an "-ing" word into its "of"
  // gerund: "accused Belgrade (OF KIDNAPPING) them".
  reach.infinitive_end = reach.after_end;
  for (uint32_t child = c + 1; child < analysis.clauses.size(); ++child) {
    const Clause& complement = analysis.clauses[child];
    if (complement.parent_clause == static_cast<int32_t>(c) &&
        (complement.kind == ClauseKind::kInfinitival || IsOfGerund(analysis, complement))) {
      reach.infinitive_end = std::max(reach.after_end, complement.end);
      break;
    }
  }
  // The clause this one depends on ("said" for "it deplored").
  reach.governing_begin = clause.parent_clause == kNone
                              ? clause.begin
                              : std::min(clause.begin, analysis.clauses[clause.parent_clause].begin);
  // The end of the clauses this one governs ("vowed to wage war"). A
  // that-clause of a verb that is not speech is part of what the verb says
  // ("conceded that the rival was a fair partner"); a report is an event of
  // its own.
  reach.governed_end = reach.after_end;
  for (uint32_t d = c + 1; d < analysis.clauses.size(); ++d) {
    bool governed = WithinClause(analysis, static_cast<int32_t>(d), static_cast<int32_t>(c));
    for (uint32_t k = c + 1; k <= d && !governed; ++k) {
      governed = analysis.clauses[k].parent_clause == static_cast<int32_t>(c) &&
                 analysis.clauses[k].kind == ClauseKind::kComplement &&
                 WithinClause(analysis, static_cast<int32_t>(d), static_cast<int32_t>(k));
    }
    if (governed) reach.governed_end = std::max(reach.governed_end, analysis.clauses[d].end);
  }
  int32_t actor = clause.actor_np();
  // ", a move that drew condemnation from Brussels": a deed set off by a
  // comma that does something stands for its doer, the actor of the clause
  // the deed was named in.
  if (clause.kind == ClauseKind::kRelative && clause.subject_np == kNone && clause.parent_clause != kNone &&
      IsDeedReference(analysis, clause.antecedent_np) && analysis.nps[clause.antecedent_np].full_begin > 0 &&
      analysis.words[analysis.nps[clause.antecedent_np].full_begin - 1] == ",") {
    actor = analysis.clauses[clause.parent_clause].actor_np();
  }
  if (actor != kNone) {
    const NounPhrase& np = analysis.nps[actor];
    // A coordination's own words ("neither", "both") are not its members'.
    auto members = analysis.indices(np.members);
    uint32_t begin = np.full_begin;
    if (np.kind == NounPhraseKind::kCoordination && !members.empty()) {
      const NounPhrase& first_member = analysis.nps[members.front()];
      begin = first_member.full_begin;
      if (first_member.determiner == static_cast<int32_t>(begin) &&
          word_classes::IsCorrelative(analysis.words[begin])) {
        ++begin;
      }
    }
    reach.subject = {begin, std::min(PhraseLimit(analysis, np.end), clause.verb.begin)};
  }
  return reach;
}

// Where a noun's phrase ends, past the prepositional phrases that follow it,
// wherever the parser attached them ("the meeting between X and Y on the
// sidelines"), and an infinitive that continues it ("the refusal of the
// rebels to talk with Lima"). `end` is one past the noun phrase.
uint32_t PhraseLimit(const SentenceAnalysis& analysis, uint32_t end) {
  uint32_t limit = end;
  for (uint32_t before = limit + 1; before != limit;) {
    before = limit;
    for (const PrepPhrase& pp : analysis.pps) {
      if (pp.preposition != limit || pp.object_np == kNone) continue;
      limit = std::max(limit, analysis.nps[pp.object_np].end);
    }
    for (const Clause& clause : analysis.clauses) {
      if (clause.kind == ClauseKind::kInfinitival && clause.verb.begin == limit) limit = std::max(limit, clause.end);
    }
  }
  return limit;
}


}  // namespace khaldun
