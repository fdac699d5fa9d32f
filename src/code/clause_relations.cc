#include "code/clause_relations.h"

#include <algorithm>
#include <optional>

#include "base/same_text.h"
#include "code/accusations.h"
#include "code/attack_tolls.h"
#include "code/clause_reach.h"
#include "code/borrowed_targets.h"
#include "code/negation.h"
#include "code/proposals.h"
#include "code/target_search.h"
#include "code/untold_deeds.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// Whether a relative clause's verb group is in the perfect ("the rebels, who have taken two provinces"): it
// describes what its antecedent is, not what the story reports.
bool IsPerfectRelative(const SentenceAnalysis& analysis, const Clause& clause) {
  if (clause.kind != ClauseKind::kRelative) return false;
  for (uint32_t k = clause.verb.begin; k < clause.verb.end; ++k) {
    const std::string_view word = analysis.words[k];
    if (word == "has" || word == "have" || word == "had") return true;
  }
  return false;
}

// "wants Putin to attack": an infinitive under a verb of wanting whose doer is the wanting verb's object.
bool WishedOfObject(const SentenceAnalysis& analysis, const Clause& clause) {
  if (clause.parent_clause == kNone || clause.subject_np != kNone || clause.controller_np == kNone) return false;
  const Clause& parent = analysis.clauses[clause.parent_clause];
  if (!word_classes::IsWishVerb(analysis.lemma(parent.verb.lemma))) return false;
  auto objects = analysis.indices(parent.objects);
  return std::find(objects.begin(), objects.end(), static_cast<uint32_t>(clause.controller_np)) != objects.end();
}

// Whether infinitive `clause` follows a noun of purpose ("efforts to
// counter the militants"), or the doer's phrase after one ("efforts by prosecutors to suspend his party").
bool AimOfANoun(const SentenceAnalysis& analysis, const Clause& clause) {
  const uint32_t before = clause.verb.begin - 1;
  // (Not a clause's verb: "Modi plans to visit China".)
  if (word_classes::IsPurposeNoun(analysis.words[before])) {
    return std::ranges::none_of(analysis.clauses, [&](const Clause& other) { return other.verb.main_verb == before; });
  }
  const int32_t np = analysis.np_of_word[before];
  if (np == kNone || analysis.nps[np].end != clause.verb.begin) return false;
  const int32_t pp = analysis.nps[np].pp_object_of;
  if (pp == kNone) return false;
  const uint32_t preposition = analysis.pps[pp].preposition;
  return preposition > 0 && SameTextAsAny(analysis.words[preposition], "by", "of", "from") &&
         word_classes::IsPurposeNoun(analysis.words[preposition - 1]);
}

// Whether the doer of `clause` is a role that is neither a force, a state's nor an IGO's (NATO and UN missions
// have forces): civilians or residents asked to leave or stop are asked for no military retreat.
bool DoerIsUnarmed(const std::vector<ActorMention>& mentions, const Clause& clause) {
  const auto doer = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
    return m.np >= 0 && m.np == clause.actor_np();
  });
  return doer != mentions.end() && doer->code.size() > 3 && !IsForceRole(std::string_view(doer->code).substr(3)) &&
         !IsStateActor(doer->code) && !StartsWithText(doer->code, "IGO");
}

// Whether clause `p` keeps an option open: a negated "rule out" ("did not rule out") or one under a refusal
// ("refused to rule out"). Holds the refusing clause, or kNone for a plain negation; empty when `p` is neither.
std::optional<int32_t> NotRuledOut(const SentenceAnalysis& analysis, int32_t p) {
  if (p == kNone) return std::nullopt;
  const Clause& clause = analysis.clauses[p];
  if (!sentence_coding::RulesOut(analysis, clause)) return std::nullopt;
  if (clause.verb.negated) return kNone;
  const int32_t up = clause.parent_clause;
  if (clause.kind == ClauseKind::kInfinitival && up != kNone && !analysis.clauses[up].verb.negated &&
      SameTextAsAny(analysis.lemma(analysis.clauses[up].verb.lemma), "refuse", "decline")) {
    return up;
  }
  return std::nullopt;
}

// One past a clause's verb group and its particle ("ruled out").
uint32_t VerbGroupEnd(const Clause& clause) {
  return std::max(clause.verb.end, clause.verb.particle != kNone ? static_cast<uint32_t>(clause.verb.particle) + 1 : 0);
}

// Whether two actor codes are one actor, or a state and its organ or two
// organs of one state ("FRA", "FRAGOV"): a state's leader speaks for it.
bool SameState(const std::string& a, const std::string& b) { return a == b || OfOneState(a, b); }

// Whether a pattern's words after the verb end in "TO" and one verb and
// name nothing else there: "* (TO WITHDRAW)", "* + (TO WITHDRAW)"; or are
// "TO" and a target alone, "* (TO +)", which names not even the verb
// ("pledged to boost humanitarian aid to Afghanistan").
bool NamesOnlyTheInfinitive(const dict::VerbPattern& pattern) {
  using Kind = dict::PatternToken::Kind;
  const std::vector<dict::PatternToken>& after = pattern.after;
  if (pattern.before.empty() && after.size() == 2 && after[0].kind == Kind::kWord && after[0].text == "TO" &&
      after[1].kind == Kind::kTarget) {
    return true;
  }
  if (after.size() < 2 || after.back().kind != Kind::kWord || after[after.size() - 2].kind != Kind::kWord ||
      after[after.size() - 2].text != "TO") {
    return false;
  }
  return std::all_of(after.begin(), after.end() - 2, [](const dict::PatternToken& token) {
    return token.kind == Kind::kTarget || token.kind == Kind::kSkip;
  });
}

// Whether clause `c` presses someone to act: its verb does ("pressured", "lobbied") or it puts its subject
// under pressure ("faces pressure", "is under pressure from Democrats").
bool UnderPressure(const SentenceAnalysis& analysis, int32_t c) {
  const Clause& clause = analysis.clauses[c];
  if (word_classes::IsPressingVerb(analysis.lemma(clause.verb.lemma))) return true;
  auto pressure = [&](int32_t np) { return np != kNone && SameText(analysis.words[analysis.nps[np].head], "pressure"); };
  for (uint32_t object : analysis.indices(clause.objects)) {
    if (pressure(static_cast<int32_t>(object))) return true;
  }
  for (uint32_t pp : analysis.indices(clause.preps)) {
    if (pressure(analysis.pps[pp].object_np)) return true;
  }
  return false;
}

}  // namespace

void RelateClauses(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                   const ClauseFacts& facts, std::vector<bool>* unreal_out,
                   std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const std::vector<std::vector<size_t>>& by_clause = facts.events;
  const std::vector<std::string>& clause_code = facts.code;
  const std::vector<int32_t>& clause_source = facts.source;
  const std::vector<bool>& clause_by_default = facts.by_default;
  const std::vector<bool>& negated_away = facts.negated_away;
  // Clauses whose content has not happened: asked for, threatened,
  // intended, refused, denied, ordered or negated away.
  std::vector<bool>& unreal = *unreal_out;
  unreal.assign(analysis.clauses.size(), false);
  // Drops clause c's events and marks its content as not happened; `why`
  // (may be null) goes to the trace when there was something to drop.
  auto not_happened = [&](uint32_t c, const char* why) {
    for (size_t e : by_clause[c]) (*out)[e].dropped = true;
    unreal[c] = true;
    if (trace && why != nullptr && !by_clause[c].empty()) {
      trace->push_back("clause " + std::to_string(c + 1) + ": " + why);
    }
  };

  // A pattern of clause `p` that names only its infinitive's verb ("asked ... (TO WITHDRAW)") says less than the
  // infinitive `c`'s own pattern ("withdraw &DIPLOMAT", 161): its appeal, intention, demand or threat is for what
  // that pattern codes; help asked for is for what the help's own infinitive codes ("to help end the war", 0256).
  auto ask_for_infinitives_pattern = [&](int32_t p, uint32_t c) {
    if (const int32_t h = HelpsToDo(analysis, c); h != kNone && !clause_by_default[h] &&
                                                 !RequestedCode("02", clause_code[h]).empty()) {
      c = static_cast<uint32_t>(h);
    }
    if (clause_by_default[c] || clause_code[c].empty() || SameText(clause_code[c], "---")) return;
    for (size_t t : by_clause[p]) {
      CandidateEvent& event = (*out)[t];
      const std::string root(CodeRoot(event.code));
      if (!event.reads_infinitive || event.pattern == nullptr || !NamesOnlyTheInfinitive(*event.pattern) ||
          !SameTextAsAny(root, "02", "03", "10", "13")) {
        continue;
      }
      std::string asked = RequestedCode(root, clause_code[c]);
      if (asked.empty()) asked = root + "0";
      if (asked == event.code) continue;
      event.notes.push_back("the infinitive's own pattern codes " + clause_code[c] + ": " + event.code + " -> " + asked);
      event.code = asked;
    }
  };

  // "stopped supplying weapons to Ukraine": the gerund of a verb of ceasing the dictionaries do not code is
  // what stops, coded as its cessation (CeasedCode), or no event when CAMEO has none.
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    const int32_t parent = clause.parent_clause;
    if (clause.kind != ClauseKind::kParticipial || clause.antecedent_np != kNone || parent == kNone ||
        !(clause_code[parent].empty() || SameText(clause_code[parent], "---")) ||
        analysis.clauses[parent].complement_clause != static_cast<int32_t>(c) ||
        !word_classes::IsCessationVerb(analysis.lemma(analysis.clauses[parent].verb.lemma))) {
      continue;
    }
    for (size_t e : by_clause[c]) {
      CandidateEvent& event = (*out)[e];
      const std::string ceased = event.paired ? std::string() : CeasedCode(event.code);
      if (ceased.empty()) {
        event.dropped = true;
        continue;
      }
      event.notes.push_back("ceased " + event.code + " -> " + ceased);
      event.code = ceased;
    }
    if (trace) trace->push_back("clause " + std::to_string(c + 1) + ": what is stopped, coded as ceasing");
  }

  // "pledged to keep supporting Ukraine", "vowed to continue fighting": an aspect verb the dictionaries do not
  // code passes its complement up; so does a verb of ceasing, whose complement is coded as ceasing above
  // ("vowed to stop supplying weapons").
  auto aspectual = [&](int32_t k) {
    if (k == kNone) return false;
    const std::string_view lemma = analysis.lemma(analysis.clauses[k].verb.lemma);
    const bool uncoded = clause_code[k].empty() || SameText(clause_code[k], "---");
    const bool ceasing = word_classes::IsCessationVerb(lemma) && uncoded;
    if (!ceasing && !(uncoded && word_classes::IsAspectVerb(lemma))) return false;
    const ClauseKind kind = analysis.clauses[k].kind;
    return kind == ClauseKind::kInfinitival || kind == ClauseKind::kCoordinated;
  };
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    if (aspectual(static_cast<int32_t>(c)) && by_clause[c].empty()) continue;
    int32_t parent = clause.parent_clause;
    while ((clause.kind == ClauseKind::kInfinitival || clause.kind == ClauseKind::kParticipial) && aspectual(parent)) {
      parent = analysis.clauses[parent].parent_clause;
    }
    // "offered to halt attacks and to open talks": an infinitive joined to another stands under the verb that
    // governs both, as the first does; what that verb coded is the first's, and stays. (So does a bare verb
    // joined to a that-clause's or a report's: "demanded that Lukashenko hand over power and free all ...".)
    const bool bare = clause.verb.tense == Tense::kNonFinite || analysis.tags[clause.verb.main_verb] == PosTag::kVB;
    const int32_t first = parent;
    const ClauseKind first_kind = first == kNone ? ClauseKind::kMain : analysis.clauses[first].kind;
    const bool that_clause = first_kind == ClauseKind::kComplement || first_kind == ClauseKind::kReported;
    const bool joined = clause.kind == ClauseKind::kCoordinated && bare && first != kNone &&
                        (first_kind == ClauseKind::kInfinitival || (that_clause && clause.subject_np == kNone)) &&
                        analysis.clauses[first].parent_clause != kNone;
    // (", killing two and wounding several", "and forcing medics to flee": a casualty or forcing "-ing" joined
    // to a comma participle is one too; "and taking hostages" is a deed of its own.)
    const bool comma_participle =
        IsAdverbialParticiple(analysis, clause) ||
        (clause.kind == ClauseKind::kCoordinated && first != kNone &&
         analysis.tags[clause.verb.main_verb] == PosTag::kVBG &&
         SameTextAsAny(analysis.lemma(clause.verb.lemma), "wound", "injure", "kill", "maim", "force") &&
         IsAdverbialParticiple(analysis, analysis.clauses[first]) && analysis.clauses[first].parent_clause != kNone);
    const uint32_t scope_begin = joined ? analysis.clauses[first].begin : clause.begin;
    if (joined || (comma_participle && clause.kind == ClauseKind::kCoordinated)) {
      parent = analysis.clauses[first].parent_clause;
    }
    // (A claim's perfect infinitive reports a deed done: "claimed to have captured Goma".)
    const bool reported = clause.kind == ClauseKind::kReported || clause.kind == ClauseKind::kComplement ||
                          (joined && that_clause) ||
                          (clause.kind == ClauseKind::kInfinitival && clause.verb.perfect && parent != kNone &&
                           word_classes::IsClaimVerb(analysis.lemma(analysis.clauses[parent].verb.lemma)));
    if (const std::optional<int32_t> refusal = NotRuledOut(analysis, parent);
        refusal && (clause.kind == ClauseKind::kInfinitival || clause.kind == ClauseKind::kComplement ||
                    (clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone))) {
      // "did not rule out using force against Iran", "refused to rule out imposing sanctions": an option kept
      // open is weighed, not taken. A hostile one is a threat, a friendly one an intention; one CAMEO has no such
      // code for ("sending troops": to help or to fight?) is no event. Neither the negated exclusion nor the
      // refusal to exclude is an event of its own.
      for (size_t e : by_clause[c]) {
        CandidateEvent& event = (*out)[e];
        const std::string_view root = CodeRoot(event.code);
        const bool hostile = root >= std::string_view("11");
        // ("did not rule out that Russia would attack": what others may do is speculation.)
        const bool own = clause.kind != ClauseKind::kComplement;
        std::string weighed = event.paired || !own ? std::string() : RequestedCode(hostile ? "13" : "03", event.code);
        if (weighed.empty() && !event.paired && own && IsForceRoot(root)) weighed = "138";
        if (weighed.empty()) {
          event.dropped = true;
          continue;
        }
        event.notes.push_back("not ruled out " + event.code + " -> " + weighed);
        event.code = weighed;
      }
      for (size_t e : by_clause[parent]) (*out)[e].dropped = true;
      if (*refusal != kNone) {
        for (size_t e : by_clause[*refusal]) (*out)[e].dropped = true;
      }
      if (trace) trace->push_back("clause " + std::to_string(c + 1) + ": not ruled out, so weighed");
      unreal[c] = true;
      continue;
    }
    if (parent != kNone && negated_away[parent] &&
        (clause.kind == ClauseKind::kInfinitival || clause.kind == ClauseKind::kComplement)) {
      // "did not ask Turkey to aid Greece": what was not asked for, not
      // intended or not agreed to has not happened either.
      not_happened(c, "under a negated verb, not coded");
      continue;
    }
    if (parent != kNone && (clause.kind == ClauseKind::kParticipial || clause.kind == ClauseKind::kRelative) &&
        clause.antecedent_np != kNone &&
        word_classes::IsDocumentNoun(analysis.lemma(analysis.nps[clause.antecedent_np].head))) {
      // The phrase of the parent that holds the document, if any: "for" in "voted for a resolution".
      const Clause& issuer = analysis.clauses[parent];
      int32_t held_by = kNone;
      for (uint32_t pp : analysis.indices(issuer.preps)) {
        if (analysis.pps[pp].object_np == clause.antecedent_np) held_by = static_cast<int32_t>(pp);
      }
      const bool against =
          held_by != kNone && SameText(analysis.words[analysis.pps[held_by].preposition], "against");
      const bool held = held_by != kNone || sentence_coding::IsObjectOf(analysis, issuer, clause.antecedent_np);
      // "failed to adopt a resolution demanding a ceasefire", "did not vote for a resolution condemning", "voted
      // against a resolution condemning": what a document its issuers did not issue says has not happened either.
      if (against || (held && (unreal[parent] || issuer.verb.negated))) {
        not_happened(c, "what a document not issued says, not coded");
        continue;
      }
    }
    // ("refused to rule out using force to take Greenland, drawing a rebuke
    // from Denmark": a reaction set off by a comma is to what was said or done, not to the aim.)
    const bool drew_a_reaction = clause.kind == ClauseKind::kParticipial && clause.verb.begin > 0 &&
                                 analysis.words[clause.verb.begin - 1] == "," &&
                                 SameTextAsAny(analysis.lemma(clause.verb.lemma), "draw", "prompt", "spark",
                                               "trigger", "provoke", "elicit", "earn", "attract");
    if (parent != kNone && unreal[parent] && !drew_a_reaction &&
        (clause.kind == ClauseKind::kInfinitival ||
         (clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone) ||
         (clause.kind == ClauseKind::kCoordinated && clause.verb.tense == Tense::kNonFinite &&
          analysis.clauses[parent].kind == ClauseKind::kInfinitival))) {
      // "seeking to deepen ties by promoting biofuels": the means or purpose of something not yet done is not
      // done either; nor is a second infinitive ("urged Pakistan to show restraint and to protect civilians").
      not_happened(c, "part of what has not happened, not coded");
      continue;
    }
    if (parent != kNone && clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone &&
        clause.verb.begin > 0 && analysis.tags[clause.verb.begin] == PosTag::kVBG &&
        word_classes::EqualsLower(analysis.words[clause.verb.begin - 1], "by") && !by_clause[c].empty() &&
        clause_by_default[parent] &&
        word_classes::IsResponseVerb(analysis.lemma(analysis.clauses[parent].verb.lemma), std::string_view())) {
      // "India retaliated by expelling a Canadian diplomat": the means is what the response was; the verb's own
      // default (190) says less.
      for (size_t e : by_clause[parent]) (*out)[e].dropped = true;
    }
    // ("will bid to banish": a verb, though "bid" may be a noun, when a pattern coded "- BID_TO_* [201]".)
    const bool after_verb = parent != kNone && analysis.clauses[parent].verb.main_verb + 1 == clause.verb.begin &&
                            !clause_by_default[c];
    if (clause.kind == ClauseKind::kInfinitival && clause.verb.begin > 0 && !after_verb &&
        AimOfANoun(analysis, clause)) {
      // "a peace mission to end the war", "efforts to counter the militants": an aim, not a deed.
      not_happened(c, "the aim of a noun, not coded");
      continue;
    }
    if (clause.kind == ClauseKind::kInfinitival && !clause_code[c].empty() && !SameText(clause_code[c], "---") &&
        WishedOfObject(analysis, clause)) {
      // "Merkel wants Erdogan to invade Norway": a wish that someone else do what the dictionaries code is an
      // appeal to them, neither the wisher's intention nor done. (A wish for what codes nothing, "wants India to
      // reconsider", is no event: see the 03 rules below.)
      std::string wished = clause_code[c];
      for (size_t e : by_clause[c]) wished = (*out)[e].code;
      std::string appeal = RequestedCode("02", wished);
      if (appeal.empty()) appeal = "020";
      for (size_t t : by_clause[parent]) {
        const std::string_view root = CodeRoot((*out)[t].code);
        if (!SameText(root, "03") && !SameText(root, "13")) continue;
        (*out)[t].notes.push_back("wishes someone else to act -> " + appeal);
        (*out)[t].code = appeal;
      }
      not_happened(c, "wished of someone else, not coded");
      continue;
    }
    if (IsPerfectRelative(analysis, clause)) {
      // "stepped up its offensive against rebels who have taken two
      // provinces": background that describes the rebels, not news.
      not_happened(c, "a perfect relative clause describes its antecedent, not coded");
      continue;
    }
    // Forms that say nothing was done: a condition, a question, background,
    // a topic, what is kept from, left undone, avoided or not yet done (untold_deeds.h).
    const bool modern_verbs =
        std::none_of(by_clause[c].begin(), by_clause[c].end(), [&](size_t e) { return (*out)[e].reads_words; });
    const bool governor_codes_nothing =
        clause.parent_clause != kNone &&
        (clause_code[clause.parent_clause].empty() || SameText(clause_code[clause.parent_clause], "---"));
    if (const char* why = WhyUntold(analysis, clause, modern_verbs, governor_codes_nothing); why != nullptr) {
      not_happened(c, why);
      continue;
    }
    if (parent != kNone && clause.kind == ClauseKind::kInfinitival &&
        analysis.lemma(analysis.clauses[parent].verb.lemma) == "fail") {
      // "failed to reach an agreement", "failed to free the hostages": what was not achieved did not happen. A
      // failed attack was still an attack, a failed assassination an attempt at one.
      for (size_t e : by_clause[c]) {
        CandidateEvent& event = (*out)[e];
        const std::string attempt = event.paired ? std::string() : FailedAttemptCode(event.code);
        if (attempt.empty()) {
          event.dropped = true;
        } else if (attempt != event.code) {
          event.notes.push_back("failed " + event.code + " -> " + attempt);
          event.code = attempt;
        }
      }
      unreal[c] = true;
      if (trace && !by_clause[c].empty()) trace->push_back("clause " + std::to_string(c + 1) + ": failed at");
      continue;
    }
    // "ordered the army to attack the rebels", "told Palestinians to evacuate": what is ordered has not happened
    // yet, whether or not the dictionaries code the order (when they do, after the request rules). (So is what
    // it is ordered to keep doing: "ordered the military to keep fighting Hezbollah".)
    const bool ordered = parent != kNone &&
                         (clause.kind == ClauseKind::kInfinitival || parent != clause.parent_clause) &&
                         word_classes::IsDirectiveVerb(analysis.lemma(analysis.clauses[parent].verb.lemma));
    if (ordered && (clause_code[parent].empty() || SameText(clause_code[parent], "---"))) {
      not_happened(c, "ordered, not yet done");
      continue;
    }
    // "allowed Ukraine to strike targets inside Russia": what is allowed may happen, it has not yet.
    if (parent != kNone && clause.kind == ClauseKind::kInfinitival &&
        SameTextAsAny(analysis.lemma(analysis.clauses[parent].verb.lemma), "allow", "permit", "let", "enable")) {
      not_happened(c, "allowed, not yet done");
      continue;
    }
    // "told Palestinians to move south": a bare statement that tells someone to act is a demand, of what it
    // tells them to do when CAMEO has one (but civilians told to stop or leave are asked for no military retreat).
    if (ordered && SameText(clause_code[parent], "010")) {
      std::string demanded = "100";
      const bool unarmed = DoerIsUnarmed(mentions, clause);
      for (size_t e : by_clause[c]) {
        const std::string asked = RequestedCode("10", (*out)[e].code);
        if (!asked.empty() && !(unarmed && StartsWithText(asked, "1056"))) {
          demanded = asked;
          break;
        }
      }
      for (size_t t : by_clause[parent]) {
        CandidateEvent& event = (*out)[t];
        if (event.code != "010" || event.paired) continue;
        // (A state's orders to its own forces are no demand on another.)
        const std::string_view to = event.target >= 0 ? std::string_view(mentions[event.target].code) : "";
        if (to.size() == 6 && event.source >= 0 && IsForceRole(std::string_view(to).substr(3)) &&
            std::string_view(mentions[event.source].code).substr(0, 3) == to.substr(0, 3)) {
          event.dropped = true;
          continue;
        }
        event.notes.push_back("tells someone to act: 010 -> " + demanded);
        event.code = demanded;
      }
      not_happened(c, "told to do, not yet done");
      continue;
    }
    // "was pressured to help Iran", "lobbied Congress to block the sale": what someone is pressed to do has
    // not happened, whatever the dictionaries code the pressing as.
    const bool pressed = parent != kNone && clause.kind == ClauseKind::kInfinitival && UnderPressure(analysis, parent);
    // (Whether the clause's subject is an actor: its head is in one, which "a Pakistani plane" is not; or it
    // is a weapon an actor before the head fired: "Israeli artillery shells slammed into".)
    auto actor_does = [&](int32_t p) {
      const int32_t np = analysis.clauses[p].actor_np();
      if (np == kNone) return false;
      const NounPhrase& phrase = analysis.nps[np];
      const bool fired = word_classes::IsWeaponNoun(analysis.lemma(phrase.head));
      return std::ranges::any_of(mentions, [&](const ActorMention& m) {
        return m.resolved() && ((m.begin <= phrase.head && phrase.head < m.end) ||
                                (fired && phrase.begin <= m.begin && m.end <= phrase.head));
      });
    };
    if (parent != kNone && (clause_code[parent].empty() || SameText(clause_code[parent], "---")) &&
        !actor_does(parent) && comma_participle) {
      // "A plane crashed in Nepal, killing 72 people": the toll of what no
      // one did is no attack (while "Hamas gunmen entered Israel, killing
      // civilians" is theirs).
      bool any = false;
      for (size_t e : by_clause[c]) {
        if (IsForceRoot(CodeRoot((*out)[e].code))) {
          (*out)[e].dropped = true;
          any = true;
        }
      }
      if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": the toll of an event no one did");
      if (any) continue;
    }
    if (parent == kNone) continue;
    AnnouncedJoinedFuture(analysis, mentions, facts, c, out, trace);  // "... and would take countermeasures"
    // "resigned, bowing to protests", "fired rubber bullets and beat voters", "..., warning that it would respond"
    if (BorrowTargets(analysis, mentions, facts, parent, c, out, trace)) continue;
    const std::vector<size_t>& mine = by_clause[c];
    const std::vector<size_t>& theirs = by_clause[parent];
    // A pattern that codes only the reversed dyad ("faces pressure from
    // lawmakers" -> ---LEG 100 the subject) asks, demands or threatens as
    // much as one that codes the subject's act.
    std::string parent_code = clause_code[parent];
    if (parent_code.empty()) {
      for (size_t t : theirs) {
        if ((*out)[t].paired && SameTextAsAny(CodeRoot((*out)[t].code), "02", "10", "13")) parent_code = (*out)[t].code;
      }
    }
    if (pressed && !SameTextAsAny(CodeRoot(parent_code), "02", "10", "13")) {
      not_happened(c, "pressed for, not yet done");
      continue;
    }
    // A gerund joined to one a grievance alleges is alleged too: "of paralysing ... and sympathising with ...".
    if (const int32_t g = clause.parent_clause; clause.kind == ClauseKind::kCoordinated && g != kNone &&
        analysis.tags[clause.verb.main_verb] == PosTag::kVBG && analysis.clauses[g].kind == ClauseKind::kParticipial &&
        (unreal[g] || (analysis.clauses[g].parent_clause != kNone &&
                       SameText(CodeRoot(clause_code[analysis.clauses[g].parent_clause]), "11")))) {
      not_happened(c, "alleged in a grievance, not coded");
      continue;
    }
    if (parent_code.empty()) continue;
    const std::string parent_root(CodeRoot(parent_code));
    // A finite clause joined to it by "and" is a fact of its own:
    // "threatened Rohan and expelled its envoy" expelled him ("urged Rohan to
    // halt and to talk" asks for both).
    // So is a participle set off by a comma: "ordered his fighters to march
    // on Moscow, accusing the army of striking his men" accuses.
    const bool own_fact =
        (clause.kind == ClauseKind::kCoordinated && clause.verb.tense != Tense::kNonFinite && !joined) ||
        comma_participle;
    // (Nor is what a subordinate clause tells: in "threatened Israel after
    // Israel struck the consulate" the strike happened.)
    if (SameTextAsAny(parent_root, "02", "10", "13") && clause.kind != ClauseKind::kReported &&
        clause.kind != ClauseKind::kSubordinate && !own_fact) {
      // "urged Iran to halt", "demanded that Russia withdraw", "threatened to
      // attack": what is asked for, demanded or threatened has not happened.
      // A bare appeal or demand takes the code of what it asks for ("asked
      // Obama to help Iran" -> 023 appeal for aid).
      AskOfASecondThatClause(analysis, mentions, facts, parent, c, parent_root, out);
      AskTheDoerNotTheVenue(analysis, mentions, facts, parent, c, out);
      if (parent_code == parent_root + "0") {
        // What is asked for: the complement's event, or its verb's code when
        // its doer is nobody the dictionaries name ("called for the factions to
        // show flexibility" -> 025 appeal to yield).
        std::vector<std::string> asked_for;
        for (size_t e : mine) asked_for.push_back((*out)[e].code);
        if (asked_for.empty() && !clause_code[c].empty() && !SameText(clause_code[c], "---")) asked_for.push_back(clause_code[c]);
        // Civilians told to leave are asked for no military retreat:
        // "ordered residents of northern Gaza to evacuate" stays a demand.
        const bool unarmed = DoerIsUnarmed(mentions, clause);
        for (const std::string& code : asked_for) {
          if (unarmed && StartsWithText(code, "087")) break;
          std::string asked = RequestedCode(parent_root, code);
          if (asked.empty()) continue;
          for (size_t t : theirs) {
            if ((*out)[t].code != parent_code) continue;
            (*out)[t].notes.push_back("asks for " + code + " -> " + asked);
            (*out)[t].code = asked;
          }
          break;
        }
      }
      ask_for_infinitives_pattern(parent, c);
      not_happened(c, nullptr);
      continue;
    }
    // (So is what a denial denies: "rejected Trump's suggestion that the
    // United States should take control of Greenland".)
    if ((SameText(parent_root, "12") || SameText(clause_code[parent], "016")) &&
        (clause.kind == ClauseKind::kParticipial || clause.kind == ClauseKind::kRelative) &&
        clause.antecedent_np != kNone) {
      auto objects = analysis.indices(analysis.clauses[parent].objects);
      if (std::find(objects.begin(), objects.end(), static_cast<uint32_t>(clause.antecedent_np)) != objects.end()) {
        // "vetoed a resolution demanding a ceasefire": what the rejected
        // thing would have done has not happened.
        not_happened(c, "what a rejected thing says, not coded");
        continue;
      }
    }
    if (clause.kind == ClauseKind::kInfinitival && !SameText(parent_root, "03")) {
      // "rallied outside parliament to protest against the law": a purpose of the same kind from the same source,
      // at the same party or at none, is the act above told again. (An intention takes its code from its
      // infinitive: see below.) The one kept is the one aimed at someone rather than at a place or no one
      // ("rallied in Kabul to protest against India").
      auto aimed = [&](const CandidateEvent& event) {
        return event.target >= 0 && !SameText(mentions[event.target].how, "place");
      };
      // A protest that is the purpose of an official complaint is that complaint in words, not a demonstration:
      // "summoned the envoy to protest the attacks" is one 114.
      const bool protest_in_words = analysis.lemma(clause.verb.lemma) == "protest";
      auto same_kind = [&](const CandidateEvent& above, const CandidateEvent& purpose) {
        const std::string_view above_root = CodeRoot(above.code), purpose_root = CodeRoot(purpose.code);
        return above_root == purpose_root || (protest_in_words && above_root == "11" && purpose_root == "14");
      };
      // (A pattern above that reads on into it tells it, and the purpose gives way below: "flew to Kabul (TO MEET)")
      const bool told_above = !theirs.empty() && !joined &&
                              std::ranges::all_of(theirs, [&](size_t t) { return (*out)[t].reads_infinitive; });
      bool any = false;
      static const std::vector<size_t> kNoEvents;
      for (size_t e : told_above ? kNoEvents : mine) {
        for (size_t t : theirs) {
          CandidateEvent& above = (*out)[t];
          CandidateEvent& purpose = (*out)[e];
          if (above.dropped || purpose.dropped || !same_kind(above, purpose) ||
              mentions[above.source].code != mentions[purpose.source].code) {
            continue;
          }
          // Two parties are two acts: "visited Kabul to meet the Taliban".
          if (aimed(above) && aimed(purpose) && mentions[above.target].code != mentions[purpose.target].code) continue;
          // (The kept one has the more specific code of one root: "took to the streets to protest against the
          // law", 1412.)
          const bool purpose_kept = aimed(purpose) != aimed(above)
                                        ? aimed(purpose) : CodeSpecificity(purpose.code) > CodeSpecificity(above.code);
          CandidateEvent& kept = purpose_kept ? purpose : above;
          const CandidateEvent& other = purpose_kept ? above : purpose;
          if (CodeRoot(kept.code) == CodeRoot(other.code) && CodeSpecificity(other.code) > CodeSpecificity(kept.code)) {
            kept.code = other.code;
          }
          (purpose_kept ? above : purpose).dropped = true;
          any = true;
        }
      }
      if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": the same act as the clause above");
    }
    if ((IsForceRoot(parent_root) || SameText(parent_code, "175")) && comma_participle) {
      // "Insurgents bombarded Aleppo, killing eight people": the attack's toll, no second attack; so of a
      // crackdown ("fired live ammunition at protesters, killing at least 66"), and all it left ("leaving").
      const bool any = sentence_coding::SettleAttackTolls(mentions, theirs, analysis.lemma(clause.verb.lemma) == "leave",
                                                          mine, out);
      if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": the toll of the attack above");
      continue;
    }
    if (SameText(parent_root, "04") && analysis.clauses[parent].kind == ClauseKind::kInfinitival &&
        clause.kind == ClauseKind::kInfinitival) {
      // "met to discuss efforts to counter the militants": the topic of
      // talks is not done by talking about it.
      not_happened(c, "the topic of talks, not coded");
      continue;
    }
    // (A punishment: coercion, sanctions, cut ties, a rejection; or a charge: "arrested on suspicion of ...".)
    const bool offence = (SameTextAsAny(parent_root, "17", "16", "12") && clause.kind == ClauseKind::kParticipial &&
                          clause.antecedent_np == kNone && clause.begin < clause.verb.begin &&
                          SameTextAsAny(analysis.words[clause.begin], "for", "over")) ||
                         IsChargeGerund(analysis, clause);
    // (A participle set off by a comma is the speaker's own next deed, "denounced Trump, raising its tariffs on
    // U.S. goods", unless it only says more: "accused the commission of rigging the vote, saying ...".)
    const bool own_next_deed =
        comma_participle && !word_classes::IsSpeechVerb(analysis.lemma(clause.verb.lemma));
    // (Praise too, for what it is for: "praised Trump for ending the war", "for his role in ending"; not "after
    // meeting Xi", nor a phrase's participle.)
    const bool praised_for = SameText(parent_code, "051") && clause.verb.begin > 0 && clause.antecedent_np == kNone &&
                             SameTextAsAny(analysis.words[clause.verb.begin - 1], "for", "in");
    if (((SameText(parent_root, "11") || praised_for) && !own_next_deed &&
         (clause.kind == ClauseKind::kParticipial || clause.kind == ClauseKind::kComplement)) ||
        offence) {
      // "accused the Taliban of sheltering fighters", "criticised Israel for blocking aid", "jailed a student for
      // helping militants", "imposed sanctions on three companies for supplying drone parts": the grievance or
      // the punishment is coded, what it alleges is not.
      not_happened(c, "alleged in a grievance, not coded");
      continue;
    }
    if (ordered) {
      not_happened(c, "ordered, not yet done");
      continue;
    }
    const bool gerund = clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone;
    // ("rejected accusations by Washington that Damascus was allowing fighters to cross": a "that" clause
    // with a subject of its own says what the accusation is, wherever the parser hung it.)
    const bool content = clause.kind == ClauseKind::kRelative && clause.subject_np != kNone && clause.begin > 0 &&
                         (SameText(analysis.words[clause.begin], "that") ||
                          SameText(analysis.words[clause.begin - 1], "that"));
    if (reported) ResponsibilityOfAnother(mentions, facts, parent, out, trace);
    if ((reported || gerund || content) && SameText(parent_code, "016")) {
      // "denied accusations that it had bombed civilians": what is denied
      // is not coded as done; the denial is.
      not_happened(c, "denied, not coded");
      continue;
    }
    if (reported && !mine.empty() &&
        SameText(CodeRoot(parent_code), "13") && std::all_of(mine.begin(), mine.end(), [&](size_t e) {
          return SameText(CodeRoot((*out)[e].code), "01");
        })) {
      // "Iran warned that it would respond to any attack": a threat whose
      // report codes no more than a statement is the threat.
      not_happened(c, "what the threat says is the threat");
      continue;
    }
    if (reported) {
      if (mine.empty() && SameText(parent_code, "013") && CodeRoot(clause_code[c]) >= std::string_view("11")) {
        // "hoped French officials would be indicted": hope for harm done to someone is no optimism about them.
        for (size_t e : theirs) {
          CandidateEvent& event = (*out)[e];
          const int32_t target = event.target;
          if (target < 0) continue;
          const bool in_clause = mentions[target].begin >= clause.begin && mentions[target].begin < clause.end;
          if (in_clause || (mentions[target].np >= 0 && mentions[target].np == clause.actor_np())) event.dropped = true;
        }
        continue;
      }
      // (Responsibility, an accusation, a proposal, a requirement or a warning of force: what it says is its own.)
      if (Accuse(analysis, mentions, facts, parent, c, out, trace) ||
          Propose(analysis, mentions, facts, parent, c, out, trace) ||
          Require(analysis, mentions, facts, parent, c, out, trace) ||
          WarnOfOwnForce(analysis, mentions, facts, parent, c, out, trace)) {
        continue;
      }
      if (static_cast<int32_t>(c) < parent) {
        // "Russia shelled Kharkiv, Ukraine said": a speech act after what it
        // reports was aimed at its subject only to accuse (above).
        for (size_t e : theirs) {
          const int32_t target = (*out)[e].target;
          if (target >= 0 && mentions[target].begin >= clause.begin && mentions[target].begin < clause.end) {
            (*out)[e].dropped = true;
          }
        }
      }
      if (mine.empty()) continue;
      // (A speech act coded only because require_dyad is off stays, as PETRARCH codes each clause on its own;
      // so does a consultation, 04: "told Erdogan in a phone call that ..." was a call.)
      for (size_t e : theirs) {
        if (!(*out)[e].without_dyad && CodeRoot((*out)[e].code) != "04") (*out)[e].dropped = true;
      }
      // "Russia said it would attack Ukraine": what a speaker says it will do is its intention; a visit or a
      // meeting to come (not talks that "continue") is planned whoever announces it ("Kim will travel to Russia,
      // the Kremlin said").
      const bool own_future =
          IsFutureClause(analysis, clause) || (joined && IsFutureClause(analysis, analysis.clauses[first]));
      const bool planned_meeting =
          own_future && !SameTextAsAny(analysis.lemma(clause.verb.main_verb), "continue", "keep");
      for (size_t e : mine) {
        CandidateEvent& event = (*out)[e];
        event.reported_by = clause_source[parent];
        if (clause_source[parent] < 0) continue;
        event.notes.push_back("reported by " + mentions[clause_source[parent]].code);
        const bool plan = planned_meeting && CodeRoot(event.code) == "04";
        if (own_future && !event.paired && (plan || SpeaksOfItself(mentions, event.source, clause_source[parent]))) {
          // (Its own cut of ties or coercion to come, warned of or on a condition, is a threat:
          // "warned that Kyiv would end all negotiations if ...".)
          const std::string_view root = CodeRoot(event.code);
          const bool warned = SameText(CodeRoot(parent_code), "13") || HasCondition(analysis, c);
          const std::string threat = (root == "16" || root == "17") && warned ? RequestedCode("13", event.code) : "";
          const std::string intended = threat.empty() ? IntendedCode(event.code) : threat;
          if (intended != event.code) event.notes.push_back("announced intention of " + event.code + " -> " + intended);
          event.code = intended;
        } else if (own_future && event.paired &&
                   (plan || SameState(mentions[event.target].code, mentions[clause_source[parent]].code))) {
          event.dropped = true;  // the host of a visit the speaker only announces
        }
      }
      if (trace && !theirs.empty()) trace->push_back("clause " + std::to_string(parent + 1) + ": the speech act gives way to what it reports");
    } else if ((clause.kind == ClauseKind::kInfinitival || parent != clause.parent_clause) && !theirs.empty() &&
               !joined &&
               std::all_of(theirs.begin(), theirs.end(), [&](size_t e) { return (*out)[e].reads_infinitive; })) {
      // "agreed (TO END &CONFLICT)": a pattern written for the whole
      // construction says more than the infinitive's own verb.
      ask_for_infinitives_pattern(parent, c);
      not_happened(c, "coded by the pattern above it");
    } else if (clause.kind == ClauseKind::kInfinitival || parent != clause.parent_clause ||
               (gerund && SameText(parent_root, "12") && clause.verb.begin == VerbGroupEnd(analysis.clauses[parent]))) {
      // (A gerund right after a rejection's verb is rejected as an
      // infinitive is: "ruled out sending missiles to Ukraine".)
      // A target of the parent's own ("permission to Russia"), not one taken
      // from the complement ("refused to negotiate with Kabul").
      const bool parent_has_target = std::any_of(theirs.begin(), theirs.end(), [&](size_t e) {
        const int32_t target = (*out)[e].target;
        return target >= 0 && (mentions[target].begin < scope_begin || mentions[target].begin >= clause.end);
      });
      if (SameText(parent_root, "12") && parent_has_target) {
        // "would not give permission to Iran to send aid": the refusal is to
        // Iran; what was not permitted did not happen.
        not_happened(c, nullptr);
      } else if (SameText(parent_root, "12")) {
        unreal[c] = true;
        // "refused to negotiate": the refusal of what the complement names (or named no one: `RefuseTheUnnamed`).
        if (mine.empty()) RefuseTheUnnamed(facts, c, out, trace);
        for (size_t e : mine) {
          CandidateEvent& event = (*out)[e];
          std::string negated = event.paired ? std::string() : NegatedCode(event.code);
          if (negated.empty()) {
            event.dropped = true;
            continue;
          }
          event.notes.push_back("refusal of " + event.code + " -> " + negated);
          event.code = negated;
        }
        bool any = std::any_of(mine.begin(), mine.end(), [&](size_t e) { return !(*out)[e].dropped; });
        if (any && !joined) {
          for (size_t e : theirs) (*out)[e].dropped = true;
        }
      } else if (SameText(parent_root, "03") && mine.empty() && clause_by_default[parent] && !joined &&
                 analysis.lemma(analysis.clauses[parent].verb.lemma) != "agree") {
        // "wants Obama to head back", "plans to build a road": a bare wish or plan whose content codes nothing
        // is no event. An agreement is one whatever it is about, when it names a party: "Xi and Biden agreed
        // to resume military communications".
        for (size_t e : theirs) (*out)[e].dropped = true;
        unreal[c] = true;
      } else if (SameText(parent_root, "05") && (clause.kind == ClauseKind::kInfinitival || joined) &&
                 !analysis.indices(analysis.clauses[parent].objects).empty()) {
        // "signed a peace agreement to end the war": what the agreement is
        // for has not happened yet; signing it has.
        not_happened(c, "the purpose of an agreement, not coded");
      } else if ((SameText(parent_root, "03") || SameText(parent_root, "05")) && !mine.empty()) {
        unreal[c] = SameText(parent_root, "03");
        // "wants to attack", "agreed to lift the sanctions": the intention or
        // agreement is coded by what is intended; the bare intent gives way.
        for (size_t e : mine) {
          CandidateEvent& event = (*out)[e];
          // "prepared to attend the Olympics in Beijing": the intent is the
          // visitor's; the host has done and said nothing yet.
          if (event.paired && SameText(parent_root, "03")) {
            event.dropped = true;
            continue;
          }
          std::string intended = IntendedUnder(parent_code, clause_by_default[parent], event.code);
          // "vowed to impose sanctions on Washington": a vowed cut of ties,
          // aid or trade, or repression, is a threat of it (force already
          // intends 138).
          const std::string_view root = CodeRoot(event.code);
          if (SameText(parent_root, "03") && (root == "16" || root == "17") &&
              word_classes::IsVowVerb(analysis.lemma(analysis.clauses[parent].verb.lemma))) {
            if (std::string threat = RequestedCode("13", event.code); !threat.empty()) intended = std::move(threat);
          }
          if (intended != event.code) event.notes.push_back("intention of " + event.code + " -> " + intended);
          event.code = intended;
        }
        for (size_t e : theirs) (*out)[e].dropped |= !joined;
      }
    }
  }
}

}  // namespace khaldun
