#include "code/borrowed_targets.h"

#include "base/same_text.h"
#include "code/negation.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun {

bool ConcedeToWhomItBowed(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                          std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  if (analysis.clauses[c].kind != ClauseKind::kParticipial || analysis.clauses[c].antecedent_np != kNone) return false;
  int32_t bow = -1;
  for (size_t e : facts.events[c]) {
    const CandidateEvent& event = (*out)[e];
    if (!event.dropped && !event.paired && event.code == "080" && event.target >= 0) bow = static_cast<int32_t>(e);
  }
  if (bow < 0) return false;
  const int32_t source = (*out)[bow].source, target = (*out)[bow].target;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != parent || untargeted.source != source || CodeRoot(untargeted.code) != "08" ||
        untargeted.code == "080") {
      continue;
    }
    CandidateEvent event = untargeted;
    event.target = target;
    event.notes.push_back("made to whom clause " + std::to_string(c + 1) + " bowed");
    (*out)[bow].dropped = true;
    out->push_back(std::move(event));
    if (trace) trace->push_back("clause " + std::to_string(parent + 1) + ": a concession to whom it bowed");
    return true;
  }
  return false;
}

bool AimAtTheJoinedVerbsTarget(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent,
                               uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const Clause& joined = analysis.clauses[c];
  if (joined.kind != ClauseKind::kCoordinated || joined.subject_np != kNone) return false;
  // Only what was fired, not a place stormed first ("stormed a plane and arrested him"); one verb of two
  // sharing their object is one deed ("shot and wounded the prime minister").
  if (analysis.clauses[parent].objects.empty()) return false;
  for (uint32_t object : analysis.indices(analysis.clauses[parent].objects)) {
    const std::string_view head = analysis.lemma(analysis.nps[object].head);
    if (!word_classes::IsWeaponNoun(head) && !SameTextAsAny(head, "round", "fire", "ammunition", "pellet")) {
      return false;
    }
  }
  auto forceful = [](std::string_view code) { return CodeRoot(code) >= std::string_view("17"); };
  int32_t source = -1, target = -1;
  for (size_t e : facts.events[c]) {
    const CandidateEvent& event = (*out)[e];
    if (!event.dropped && !event.paired && event.target >= 0 && forceful(event.code)) {
      source = event.source;
      target = event.target;
      break;
    }
  }
  if (target < 0) return false;
  bool any = false;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != parent || untargeted.source != source || !forceful(untargeted.code)) continue;
    CandidateEvent event = untargeted;
    event.target = target;
    event.notes.push_back("aimed at whom clause " + std::to_string(c + 1) + " was");
    out->push_back(std::move(event));
    any = true;
  }
  if (any && trace) trace->push_back("clause " + std::to_string(parent + 1) + ": aimed at the joined verb's target");
  return any;
}

bool WarnWhomItsClauseStruck(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                             std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  if (analysis.clauses[c].kind != ClauseKind::kParticipial || analysis.clauses[c].antecedent_np != kNone) return false;
  auto words = [](std::string_view code) {
    return CodeRoot(code) >= std::string_view("10") && CodeRoot(code) <= std::string_view("13");
  };
  // (Blame laid on a bare thing blames no one: "admitted it had shot down a Ukrainian airliner, blaming human
  // error"; "accusing the party that rules the region of ..." still blames whom the clause struck.)
  const Clause& participle = analysis.clauses[c];
  const int32_t object = participle.objects.empty() ? kNone
                                                    : static_cast<int32_t>(*analysis.indices(participle.objects).begin());
  const bool blames_a_thing = object != kNone && analysis.nps[object].determiner == kNone &&
                              !analysis.nps[object].pronoun && !analysis.nps[object].proper;
  bool any = false;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != static_cast<int32_t>(c) || untargeted.source < 0 || !words(untargeted.code)) continue;
    if (blames_a_thing && StartsWithText(untargeted.code, "112")) continue;
    for (size_t e : facts.events[parent]) {
      const CandidateEvent& deed = (*out)[e];
      if (deed.dropped || deed.paired || deed.target < 0 || deed.source != untargeted.source) continue;
      CandidateEvent event = untargeted;
      event.target = deed.target;
      event.notes.push_back("aimed at whom clause " + std::to_string(parent + 1) + " struck");
      out->push_back(std::move(event));
      any = true;
      break;
    }
  }
  if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": aimed at whom its clause struck");
  return any;
}

bool AimAtWhomTheInfinitiveNames(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                                 const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                                 std::vector<std::string>* trace) {
  if (analysis.clauses[c].kind != ClauseKind::kInfinitival) return false;
  bool any = false;
  for (size_t t : facts.events[parent]) {
    CandidateEvent& above = (*out)[t];
    if (above.dropped || above.paired || !above.reads_infinitive || SameTextAsAny(above.code, "042", "043") ||
        above.target < 0 || !SameText(mentions[above.target].how, "place")) {
      continue;
    }
    for (size_t e : facts.events[c]) {
      const CandidateEvent& own = (*out)[e];
      if (own.dropped || own.paired || own.target < 0 || !mentions[own.target].resolved() ||
          SameText(mentions[own.target].how, "place") || mentions[own.source].code != mentions[above.source].code) {
        continue;
      }
      above.target = own.target;
      above.notes.push_back("aimed at whom clause " + std::to_string(c + 1) + " names");
      any = true;
      break;
    }
  }
  if (any && trace) trace->push_back("clause " + std::to_string(parent + 1) + ": aimed at whom its infinitive names");
  return any;
}

bool AskTheHolderForTheRelease(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                               const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                               std::vector<std::string>* trace) {
  const Clause& held = analysis.clauses[c];
  if ((held.kind != ClauseKind::kRelative && held.kind != ClauseKind::kParticipial) || !held.verb.passive ||
      held.agent_np == kNone || held.antecedent_np == kNone ||
      !SameTextAsAny(analysis.lemma(held.verb.lemma), "detain", "hold", "jail", "arrest", "kidnap", "abduct",
                     "capture", "imprison", "seize")) {
    return false;
  }
  int32_t holder = -1;
  for (size_t m = 0; m < mentions.size() && holder < 0; ++m) {
    if (mentions[m].np == held.agent_np && mentions[m].resolved()) holder = static_cast<int32_t>(m);
  }
  if (holder < 0) return false;
  const NounPhrase& released = analysis.nps[static_cast<size_t>(held.antecedent_np)];
  bool any = false;
  for (size_t e : facts.events[static_cast<size_t>(parent)]) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.target < 0 || !SameTextAsAny(event.code, "1053", "0253") || event.source == holder) {
      continue;
    }
    const ActorMention& target = mentions[static_cast<size_t>(event.target)];
    if (target.begin < released.full_begin || target.begin >= released.end) continue;
    event.notes.push_back("the release is asked of whoever holds them: " + mentions[holder].code);
    event.target = holder;
    any = true;
  }
  if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": the release is asked of the holder");
  return any;
}

bool JudgeTheLabelledDeed(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                          const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                          std::vector<std::string>* trace) {
  const Clause& label = analysis.clauses[c];
  if (label.kind != ClauseKind::kSubordinate || label.subject_np == kNone) return false;
  const uint32_t what = analysis.nps[static_cast<size_t>(label.subject_np)].full_begin;
  if (what < 2 || !SameText(analysis.words[what - 1], "what") || !SameTextAsAny(analysis.words[what - 2], "in", "In")) {
    return false;
  }
  // The doer: the deed's source, or the resolved actor its subject names when the deed coded nothing.
  int32_t doer = facts.source[static_cast<size_t>(parent)];
  const int32_t subject = analysis.clauses[static_cast<size_t>(parent)].actor_np();
  for (size_t m = 0; doer < 0 && subject != kNone && m < mentions.size(); ++m) {
    if (mentions[m].np == subject && mentions[m].resolved()) doer = static_cast<int32_t>(m);
  }
  // (A label calling the deed a response judges what it answered: "a response to provocative statements".)
  const int32_t named = label.objects.empty() ? kNone : static_cast<int32_t>(*analysis.indices(label.objects).begin());
  const bool response = named != kNone && SameTextAsAny(analysis.lemma(analysis.nps[named].head), "response",
                                                        "reaction", "reply", "retaliation", "answer");
  // Whether `event` judges the deed: praise or blame (05, 11) by another than the doer and its state.
  auto judges = [&](const CandidateEvent& event) {
    if (doer < 0 || response || event.source < 0 || !SameTextAsAny(CodeRoot(event.code), "05", "11")) return false;
    const std::string& by = mentions[static_cast<size_t>(event.source)].code;
    const std::string& of = mentions[static_cast<size_t>(doer)].code;
    return by != of && !OfOneState(by, of);
  };
  for (size_t e : facts.events[c]) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.reads_words) continue;
    if (!judges(event)) {
      event.dropped = true;
      continue;
    }
    event.notes.push_back("a judgment of the deed it labels, aimed at its doer");
    event.target = doer;
  }
  // (One that named no one yet: "in what the Pentagon called a highly provocative move".)
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != static_cast<int32_t>(c) || untargeted.reads_words || !judges(untargeted)) continue;
    CandidateEvent event = untargeted;
    event.notes.push_back("a judgment of the deed it labels, aimed at its doer");
    event.target = doer;
    event.without_dyad = false;
    out->push_back(std::move(event));
  }
  if (trace) trace->push_back("clause " + std::to_string(c + 1) + ": a label of the deed");
  return true;
}

bool RefuseTheUnnamed(const ClauseFacts& facts, uint32_t c, std::vector<CandidateEvent>* out,
                      std::vector<std::string>* trace) {
  bool any = false;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != static_cast<int32_t>(c) || untargeted.reads_words || untargeted.paired) continue;
    const std::string negated = NegatedCode(untargeted.code);
    if (!StartsWithText(negated, "12")) continue;
    CandidateEvent event = untargeted;
    event.notes.push_back("refusal of " + event.code + " -> " + negated);
    event.code = negated;
    out->push_back(std::move(event));
    any = true;
  }
  if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": refused, though it named no one");
  return any;
}

bool BorrowTargets(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                   const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                   std::vector<std::string>* trace) {
  if (ConcedeToWhomItBowed(analysis, facts, parent, c, out, trace)) return true;
  // (The holding told is a fact, nothing the demand asks for.)
  if (AskTheHolderForTheRelease(analysis, mentions, facts, parent, c, out, trace)) return true;
  if (JudgeTheLabelledDeed(analysis, mentions, facts, parent, c, out, trace)) return true;
  AimAtWhomTheInfinitiveNames(analysis, mentions, facts, parent, c, out, trace);
  AimAtTheJoinedVerbsTarget(analysis, facts, parent, c, out, trace);
  WarnWhomItsClauseStruck(analysis, facts, parent, c, out, trace);
  return false;
}

}  // namespace khaldun
