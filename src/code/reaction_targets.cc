// Targets a clause takes from outside its own phrases: the doer of what a
// reaction reacts to (", which Taipei condemned", "condemned the move",
// "retaliated"), the targets of the clause before, the party to a threat's
// or an offer's condition ("... if the United States attacked"), and the owner of what a
// possessive pronoun names ("violated its airspace"). Declared in
// target_search.h; split from target_search.cc by concern.
#include <algorithm>
#include <vector>

#include "base/same_text.h"
#include "code/actor_references.h"
#include "code/clause_reach.h"
#include "code/negation.h"
#include "code/roles.h"
#include "code/target_search.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {
namespace {

// Whether `clause` reports a fact of what it is about, not what that is: a
// report whose verb is not "be" (", which Pyongyang said involved a hydrogen
// bomb" answers no one; ", which Taipei said were provocative" reacts).
bool TellsAFact(const SentenceAnalysis& analysis, const Clause& clause) {
  return clause.complement_clause != kNone && clause.complement_kind == ComplementKind::kThatClause &&
         analysis.lemma(analysis.clauses[clause.complement_clause].verb.lemma) != "be";
}

}  // namespace

int32_t ReactionTarget(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                       const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                       const std::vector<int32_t>& sources) {
  // (What the clause calls it is no object it acts on: ", which Taipei
  // called a provocation".)
  const bool acts_on_object =
      clause.objects.size() > 0 && !word_classes::IsNamingVerb(analysis.lemma(clause.verb.lemma));
  if (clause.kind != ClauseKind::kRelative || clause.parent_clause == kNone || clause.subject_np == kNone ||
      clause.begin == 0 || acts_on_object || TellsAFact(analysis, clause) || analysis.words[clause.begin - 1] != "," ||
      !word_classes::EqualsLower(analysis.words[clause.begin], "which")) {
    return -1;
  }
  const std::string_view root = CodeRoot(code);
  if (!(root <= "05" || (root >= "10" && root <= "13"))) return -1;
  const int32_t doer = clause_source[clause.parent_clause];
  if (doer < 0 || !mentions[doer].resolved() || std::find(sources.begin(), sources.end(), doer) != sources.end() ||
      std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].code == mentions[doer].code; })) {
    return -1;
  }
  // "which" may be the phrase before it: when that names another state's
  // actor ("attacked India, which Afghanistan praised"), there is no telling.
  // (Taipei does not condemn Taiwan: the drills it is.)
  if (clause.antecedent_np != kNone) {
    const NounPhrase& antecedent = analysis.nps[clause.antecedent_np];
    for (const ActorMention& m : mentions) {
      if (!m.resolved() || m.begin < antecedent.begin || m.end > antecedent.end) continue;
      if (std::none_of(sources.begin(), sources.end(), [&](int32_t s) {
            return mentions[s].code.compare(0, 3, m.code, 0, 3) == 0;
          })) {
        return -1;
      }
    }
  }
  return doer;
}

namespace {

// The source (`clause_source`, per clause) of the clause before `c` whose
// verb is nearest before token `at`, when it is resolved and has no code of
// `sources`; else -1. A clause `c` is the infinitive of ("vowed" in "vowed
// to retaliate") is passed over when its source has a code of `sources`.
int32_t NearestSourceBefore(const SentenceAnalysis& analysis, uint32_t c, uint32_t at,
                            const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                            const std::vector<int32_t>& sources) {
  auto ours = [&](int32_t doer) {
    return std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].code == mentions[doer].code; });
  };
  // (Past a clause above this one of the same doer: "the group vowed to
  // retaliate".)
  auto governs_it = [&](uint32_t k) {
    for (int32_t below = static_cast<int32_t>(c);
         below != kNone && analysis.clauses[below].kind == ClauseKind::kInfinitival;
         below = analysis.clauses[below].parent_clause) {
      if (analysis.clauses[below].parent_clause == static_cast<int32_t>(k)) return true;
    }
    return false;
  };
  int32_t nearest = kNone;
  for (uint32_t k = 0; k < c; ++k) {
    const uint32_t verb = analysis.clauses[k].verb.begin;
    if (clause_source[k] >= 0 && verb < at && !(governs_it(k) && ours(clause_source[k])) &&
        (nearest == kNone || verb > analysis.clauses[nearest].verb.begin)) {
      nearest = static_cast<int32_t>(k);
    }
  }
  if (nearest == kNone) return -1;
  const int32_t doer = clause_source[nearest];
  return mentions[doer].resolved() && !ours(doer) ? doer : -1;
}

}  // namespace

int32_t DeedDoer(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                 const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                 const std::vector<int32_t>& sources) {
  const std::string_view root = CodeRoot(code);
  if (!(root <= "05" || (root >= "10" && root <= "14"))) return -1;
  // Who claims or denies a deed is its doer or not, never aims at it: "an
  // attack claimed by Islamic State".
  if (code.starts_with("015") || code.starts_with("016")) return -1;
  const Clause& clause = analysis.clauses[c];
  int32_t deed = kNone;
  if (clause.objects.size() > 0) {
    deed = *analysis.indices(clause.objects).begin();
  } else if (clause.antecedent_np != kNone) {
    if (TellsAFact(analysis, clause)) return -1;  // ", which electoral authorities said had been won by Maduro"
    deed = clause.antecedent_np;
  } else if (clause.verb.passive) {
    deed = clause.subject_np;
  }
  if (!IsDeedReference(analysis, deed)) return -1;
  return NearestSourceBefore(analysis, c, analysis.nps[deed].full_begin, clause_source, mentions, sources);
}

int32_t RespondedTo(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                    const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                    const std::vector<int32_t>& sources) {
  const std::string_view root = CodeRoot(code);
  const Clause& clause = analysis.clauses[c];
  const std::string_view particle =
      clause.verb.particle != kNone ? analysis.words[clause.verb.particle] : std::string_view();
  // (Or a response its object or "of" phrase names: "Tehran promised a
  // harsh response", "warned of retaliation".)
  auto response = [&](int32_t np) {
    return np != kNone && word_classes::IsResponseNoun(analysis.lemma(analysis.nps[np].head));
  };
  bool response_object = std::ranges::any_of(analysis.indices(clause.objects),
                                             [&](uint32_t object) { return response(static_cast<int32_t>(object)); });
  for (uint32_t pp : analysis.indices(clause.preps)) {
    response_object |= analysis.words[analysis.pps[pp].preposition] == "of" && response(analysis.pps[pp].object_np);
  }
  const bool responds = response_object || word_classes::IsResponseVerb(analysis.lemma(clause.verb.lemma), particle);
  // (A show of force answers what its "after" clause tells: "mobilised militia members after the United
  // States deployed warships".)
  if (root < "10" || root > "20" || !(responds || root == "15")) return -1;
  const int32_t before =
      responds ? NearestSourceBefore(analysis, c, clause.verb.begin, clause_source, mentions, sources) : -1;
  if (before >= 0) return before;
  // "vowed to retaliate after Washington announced tariffs": the doer of
  // the deed an "after" clause of this one (or of one it hangs from) tells.
  for (const Clause& after : analysis.clauses) {
    if (after.kind != ClauseKind::kSubordinate || after.subject_np == kNone ||
        !word_classes::EqualsLower(analysis.words[after.begin], "after")) {
      continue;
    }
    // (A show of force answers force or a show of it, not a visit: "began drills a day after Pelosi visited".)
    if (!responds && !SameTextAsAny(analysis.lemma(after.verb.lemma), "deploy", "send", "dispatch", "mass",
                                    "mobilise", "mobilize", "station", "shell", "attack", "strike", "bomb", "fire",
                                    "launch", "invade", "kill", "test", "seize", "raid", "shoot")) {
      continue;
    }
    bool ours = false;
    for (int32_t up = static_cast<int32_t>(c); up != kNone && !ours; up = analysis.clauses[up].parent_clause) {
      ours = after.parent_clause == up;
    }
    for (uint32_t m = 0; ours && m < mentions.size(); ++m) {
      if (mentions[m].np == after.subject_np && mentions[m].resolved() &&
          std::none_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].code == mentions[m].code; })) {
        return static_cast<int32_t>(m);
      }
    }
  }
  return -1;
}

void TargetsOfTheClauseBefore(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                              const std::vector<std::vector<size_t>>& by_clause,
                              const std::vector<CandidateEvent>& events, std::vector<int32_t>* targets) {
  const Clause& clause = analysis.clauses[c];
  // (Or a participle set off by a comma: "imposed sanctions on India,
  // cutting off most aid".)
  const bool comma_participle = IsAdverbialParticiple(analysis, clause);
  if ((clause.kind != ClauseKind::kCoordinated && !comma_participle) || clause.subject_np != kNone ||
      clause.parent_clause == kNone) {
    return;
  }
  const std::string_view root = CodeRoot(code);
  auto hostile = [](std::string_view r) { return r >= "10" && r <= "17"; };
  for (size_t e : by_clause[clause.parent_clause]) {
    const CandidateEvent& before = events[e];
    const std::string_view before_root = CodeRoot(before.code);
    const bool talks_then_words = before_root == "04" && root >= "03" && root <= "05" && !comma_participle;
    // (A comma participle goes on with a sanction, refusal or coercion of the same root: "imposed sanctions,
    // cutting off aid"; not a protest's chants and slogans.)
    if (comma_participle && (before_root != root || !SameTextAsAny(root, "12", "16", "17"))) continue;
    if (before.paired || before.target < 0 || !(talks_then_words || (hostile(before_root) && hostile(root)))) {
      continue;
    }
    if (std::find(targets->begin(), targets->end(), before.target) == targets->end()) {
      targets->push_back(before.target);
    }
  }
}

namespace {

// The latest event of the clauses before `c` (among `events`; `by_clause`:
// their indices, per clause) that is no paired or dropped one, has a target
// and `fits`; null when none.
template <typename Fits>
const CandidateEvent* LatestEventBefore(uint32_t c, const std::vector<std::vector<size_t>>& by_clause,
                                        const std::vector<CandidateEvent>& events, Fits fits) {
  const CandidateEvent* latest = nullptr;
  for (uint32_t before = 0; before < c; ++before) {
    for (size_t e : by_clause[before]) {
      if (!events[e].paired && !events[e].dropped && events[e].target >= 0 && fits(events[e])) latest = &events[e];
    }
  }
  return latest;
}

}  // namespace

int32_t AnsweredParty(uint32_t c, const std::string& code, const std::vector<std::vector<size_t>>& by_clause,
                      const std::vector<CandidateEvent>& events, const std::vector<ActorMention>& mentions,
                      const std::vector<int32_t>& sources) {
  auto among_sources = [&](auto same) { return std::any_of(sources.begin(), sources.end(), same); };
  // "..., and the Somali Islamist group claimed responsibility": whom its own attack struck.
  if (code.starts_with("015")) {
    const CandidateEvent* attack = LatestEventBefore(c, by_clause, events, [&](const CandidateEvent& e) {
      return IsForceRoot(CodeRoot(e.code)) &&
             among_sources([&](int32_t s) { return mentions[s].code == mentions[e.source].code; });
    });
    return attack == nullptr ? -1 : attack->target;
  }
  // "detained Keita ..., and the AU demanded their release": whoever holds them.
  if (code.starts_with("0253") || code.starts_with("1053")) {
    const CandidateEvent* taking = LatestEventBefore(c, by_clause, events, [&](const CandidateEvent& e) {
      return (e.code == "173" || e.code == "181") && !among_sources([&](int32_t s) { return s == e.source; });
    });
    return taking == nullptr ? -1 : taking->source;
  }
  // A denial answers an accusation or criticism aimed at the denier or its state; a refusal any hostile
  // act so aimed: "imposed sanctions on Petro ..., and Petro said he would not back down".
  const bool refusal = CodeRoot(code) == "12";
  if (!code.starts_with("016") && !refusal) return -1;
  const CandidateEvent* accusation = LatestEventBefore(c, by_clause, events, [&](const CandidateEvent& e) {
    const std::string_view root = CodeRoot(e.code);
    if (refusal ? root < "10" || root > "17" : root != "11") return false;
    const std::string& accused = mentions[e.target].code;
    const std::string& accuser = mentions[e.source].code;
    return among_sources([&](int32_t s) { return s == e.target || OfOneState(mentions[s].code, accused); }) &&
           !among_sources([&](int32_t s) { return OfOneState(mentions[s].code, accuser); });
  });
  return accusation == nullptr ? -1 : accusation->source;
}

int32_t PartyToTheCondition(const NpMentions& table, uint32_t c, const std::string& code,
                            const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources) {
  const SentenceAnalysis& analysis = table.analysis;
  if (CodeRoot(code) != "03" && CodeRoot(code) != "13") return -1;
  for (uint32_t k = c + 1; k < analysis.clauses.size(); ++k) {
    const Clause& condition = analysis.clauses[k];
    if (condition.kind != ClauseKind::kSubordinate || condition.subject_np == kNone ||
        !WithinClause(analysis, condition.parent_clause, static_cast<int32_t>(c)) ||
        !IsCondition(analysis, condition)) {
      continue;
    }
    std::vector<int32_t> subject;
    MentionsOf(table, condition.subject_np, &subject);
    if (subject.size() != 1) continue;
    const int32_t party = subject.front();
    if (!mentions[party].resolved() || std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
          return s == party || mentions[s].code == mentions[party].code;
        })) {
      continue;
    }
    return party;
  }
  return -1;
}

void AimAtTheThreatsCondition(const NpMentions& table, uint32_t c, const std::string& code,
                              const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                              std::vector<int32_t>* targets) {
  const SentenceAnalysis& analysis = table.analysis;
  if (CodeRoot(code) != "13" || targets->empty()) return;
  // (Each target a word before its phrase's head that names no actor itself: "Russian" of "Russian gas".)
  const bool only_qualifiers = std::all_of(targets->begin(), targets->end(), [&](int32_t t) {
    const ActorMention& m = mentions[t];
    return m.np >= 0 && m.end <= analysis.nps[m.np].head && table.mention_of_np[m.np] == t;
  });
  if (!only_qualifiers) return;
  if (const int32_t party = PartyToTheCondition(table, c, code, mentions, sources); party >= 0) *targets = {party};
}

void AimAtThePurpose(const NpMentions& table, uint32_t c, const std::string& code,
                     const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                     const std::function<bool(uint32_t)>& verb_codes, std::vector<int32_t>* targets) {
  const SentenceAnalysis& analysis = table.analysis;
  if ((CodeRoot(code) != "14" && CodeRoot(code) != "15") || analysis.clauses[c].actor_np() == kNone ||
      std::any_of(targets->begin(), targets->end(), [&](int32_t t) {
        return !SameText(mentions[t].how, "place") && !NamedAsWhere(analysis, mentions[t]);
      })) {
    return;
  }
  // The first party named that the protest can be aimed at.
  auto aim = [&](const std::vector<int32_t>& named) {
    for (int32_t party : named) {
      if (mentions[party].resolved() && !SameText(mentions[party].how, "place") &&
          std::none_of(sources.begin(), sources.end(),
                       [&](int32_t s) { return s == party || mentions[s].code == mentions[party].code; })) {
        *targets = {party};
        return true;
      }
    }
    return false;
  };
  // "Protesters in yellow vests angry at Macron's fuel tax increases torched cars": what the protesters'
  // feeling is about (its phrase hangs from them or from a phrase of theirs).
  const int32_t actor = analysis.clauses[c].actor_np();
  for (uint32_t pp = 0; pp < analysis.pps.size(); ++pp) {
    const uint32_t at = analysis.pps[pp].preposition;
    const int32_t holder = analysis.pps[pp].attached_np;
    if (analysis.pps[pp].object_np == kNone || at == 0 || holder == kNone ||
        !word_classes::IsStanceAdjective(analysis.words[at - 1])) {
      continue;
    }
    const int32_t holder_of = analysis.nps[holder].pp_object_of;
    if (holder != actor && (holder_of == kNone || analysis.pps[holder_of].attached_np != actor)) continue;
    std::vector<int32_t> named;
    MentionsOf(table, analysis.pps[pp].object_np, &named, /*through_pps=*/true);
    if (aim(named)) return;
  }
  // "set fire to factories in protest at China's deployment of an oil rig": what the protest is at,
  // wherever the parser hung its phrase.
  uint32_t protest_end = 0;
  for (uint32_t pp : analysis.indices(analysis.clauses[c].preps)) {
    const int32_t object = analysis.pps[pp].object_np;
    if (object == kNone) continue;
    const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
    std::vector<int32_t> named;
    if (SameText(preposition, "in") && SameText(analysis.lemma(analysis.nps[object].head), "protest")) {
      protest_end = analysis.nps[object].end;
    } else if (protest_end == 0 || analysis.pps[pp].preposition != protest_end ||
               !SameTextAsAny(preposition, "at", "against", "over")) {
      continue;
    }
    MentionsOf(table, object, &named, /*through_pps=*/true);
    if (aim(named)) return;
  }
  for (uint32_t k = c + 1; k < analysis.clauses.size(); ++k) {
    const Clause& purpose = analysis.clauses[k];
    const bool adverbial = purpose.kind == ClauseKind::kParticipial && purpose.antecedent_np == kNone;
    // (A show of force's purpose of holding others back names them, whatever its verb codes: "deployed
    // troops to contain violent protests by supporters of Imran Khan".)
    const bool held_back = CodeRoot(code) == "15" &&
                           SameTextAsAny(analysis.lemma(purpose.verb.lemma), "contain", "quell", "disperse", "confront",
                                         "counter", "crush", "suppress", "deter", "repel", "control");
    if ((purpose.kind != ClauseKind::kInfinitival && !adverbial) || purpose.parent_clause != static_cast<int32_t>(c) ||
        purpose.actor_np() != analysis.clauses[c].actor_np() || (!verb_codes(k) && !held_back)) {
      continue;
    }
    std::vector<int32_t> named;
    for (uint32_t object : analysis.indices(purpose.objects)) {
      MentionsOf(table, static_cast<int32_t>(object), &named, /*through_pps=*/true);
    }
    // ("demanding that Carrie Lam resign": the subject of what it demands.)
    for (uint32_t j = k + 1; j < analysis.clauses.size(); ++j) {
      const Clause& content = analysis.clauses[j];
      if (content.parent_clause == static_cast<int32_t>(k) && content.kind == ClauseKind::kComplement) {
        MentionsOf(table, content.subject_np, &named);
      }
    }
    for (uint32_t pp : analysis.indices(purpose.preps)) {
      if (analysis.words[analysis.pps[pp].preposition] == "against") {
        MentionsOf(table, analysis.pps[pp].object_np, &named, /*through_pps=*/true);
      }
    }
    if (aim(named)) return;
  }
}

int32_t OwnerOfTheObject(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                         const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                         uint32_t pattern_end) {
  // "called Netanyahu and condemned his decision": a person's thing the
  // pattern read is that person's, whatever the deed (never the doer's own).
  if (clause.objects.size() > 0) {
    const NounPhrase& first = analysis.nps[*analysis.indices(clause.objects).begin()];
    if (first.head < pattern_end && first.determiner != kNone &&
        KindOfPronoun(analysis.words[first.determiner]) == PronounKind::kPerson) {
      const int32_t owner = Antecedent(PronounKind::kPerson, first.begin, mentions);
      const bool own = owner >= 0 && std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
        return mentions[s].code == mentions[owner].code;
      });
      return owner >= 0 && !own ? owner : -1;
    }
  }
  // "vetoed two bills passed by the National Assembly": a thing the pattern read that a participle after it
  // says someone made is that maker's, for a disapproval or rejection.
  const uint32_t read_object = clause.objects.size() > 0 ? *analysis.indices(clause.objects).begin() : 0;
  if (clause.objects.size() > 0 && analysis.nps[read_object].head < pattern_end &&
      (CodeRoot(code) == "11" || CodeRoot(code) == "12")) {
    for (const Clause& made : analysis.clauses) {
      if (made.kind != ClauseKind::kParticipial || made.antecedent_np != static_cast<int32_t>(read_object) ||
          !made.verb.passive || made.agent_np == kNone) {
        continue;
      }
      for (size_t m = 0; m < mentions.size(); ++m) {
        const ActorMention& maker = mentions[m];
        if (maker.np != made.agent_np || !maker.resolved() || SameText(maker.how, "place") ||
            std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].code == maker.code; })) {
          continue;
        }
        return static_cast<int32_t>(m);
      }
    }
  }
  // "suspended the peace declaration it had signed with Cambodia": a thing rejected or cut (12, 16) that
  // a relative clause says was made "with" someone is aimed at them.
  if (clause.objects.size() > 0 && analysis.nps[read_object].head < pattern_end &&
      (CodeRoot(code) == "12" || CodeRoot(code) == "16")) {
    for (const Clause& made : analysis.clauses) {
      if (made.kind != ClauseKind::kRelative || made.antecedent_np != static_cast<int32_t>(read_object)) continue;
      for (uint32_t pp : analysis.indices(made.preps)) {
        if (analysis.pps[pp].object_np == kNone || !SameText(analysis.words[analysis.pps[pp].preposition], "with")) {
          continue;
        }
        for (size_t m = 0; m < mentions.size(); ++m) {
          const ActorMention& partner = mentions[m];
          auto a_source = [&](int32_t s) { return mentions[s].code == partner.code; };
          if (partner.np == analysis.pps[pp].object_np && partner.resolved() && !SameText(partner.how, "place") &&
              std::none_of(sources.begin(), sources.end(), a_source)) {
            return static_cast<int32_t>(m);
          }
        }
      }
    }
  }
  // "ordered an investigation into allegations that the government used spyware": an investigation of an
  // allegation, accusation or charge that a clause tells is of that clause's doer.
  if (CodeRoot(code) == "09") {
    std::vector<int32_t> charges;
    for (uint32_t object : analysis.indices(clause.objects)) charges.push_back(static_cast<int32_t>(object));
    for (uint32_t pp : analysis.indices(clause.preps)) charges.push_back(analysis.pps[pp].object_np);
    for (const Clause& told : analysis.clauses) {
      if (told.antecedent_np == kNone || told.subject_np == kNone ||
          std::find(charges.begin(), charges.end(), told.antecedent_np) == charges.end() ||
          !word_classes::IsChargeNoun(analysis.lemma(analysis.nps[told.antecedent_np].head))) {
        continue;
      }
      for (size_t m = 0; m < mentions.size(); ++m) {
        auto a_source = [&](int32_t s) { return mentions[s].code == mentions[m].code; };
        if (mentions[m].np == told.subject_np && mentions[m].resolved() &&
            std::none_of(sources.begin(), sources.end(), a_source)) {
          return static_cast<int32_t>(m);
        }
      }
    }
  }
  if (CodeRoot(code) < "15" || CodeRoot(code) > "20") return -1;
  // Whether NP `np` is owned by "its" or "their".
  auto owned_by_group = [&](int32_t np) {
    if (np == kNone || analysis.nps[np].determiner == kNone) return false;
    const PronounKind kind = KindOfPronoun(analysis.words[analysis.nps[np].determiner]);
    return kind == PronounKind::kGroup || kind == PronounKind::kGroupSingular;
  };
  // The first object when the pattern read its head, else what the deed was
  // aimed at: "fired missiles at its cities".
  int32_t owned = kNone;
  if (clause.objects.size() > 0) {
    const uint32_t first = *analysis.indices(clause.objects).begin();
    if (analysis.nps[first].head < pattern_end) owned = static_cast<int32_t>(first);
  }
  if (!owned_by_group(owned)) {
    owned = kNone;
    for (const PrepPhrase& pp : analysis.pps) {
      if (pp.preposition >= clause.begin && pp.preposition < clause.end &&
          SameTextAsAny(analysis.words[pp.preposition], "at", "against", "into")) {
        owned = pp.object_np;
        break;
      }
    }
  }
  if (!owned_by_group(owned)) return -1;
  const NounPhrase& object = analysis.nps[owned];
  const PronounKind kind = KindOfPronoun(analysis.words[object.determiner]);
  // The nearest fitting actor before it that is not the doer ("Russian" in
  // "Russian drones" is the doer itself).
  for (uint32_t before = object.begin; before > 0;) {
    const int32_t owner = Antecedent(kind, before, mentions);
    if (owner < 0) return -1;
    if (std::none_of(sources.begin(), sources.end(),
                     [&](int32_t s) { return mentions[s].code.compare(0, 3, mentions[owner].code, 0, 3) == 0; })) {
      return owner;
    }
    before = mentions[owner].begin;
  }
  return -1;
}

}  // namespace khaldun::sentence_coding
