#include "code/target_search.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/mutual_codes.h"
#include "code/negation.h"
#include "code/roles.h"
#include "code/tabari_pronouns.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {

namespace {

// "Netanyahu and the leaders of Hamas": the parser hangs "of Hamas" on the
// whole coordination, and a member that names no actor of its own is of
// it. Adds the mention of that "of" phrase to `out` when some member of
// `coordination` has neither mention nor group.
void AddOfPhraseForBareMember(const NpMentions& t, const NounPhrase& coordination, std::vector<int32_t>* out) {
  const auto members = t.analysis.indices(coordination.members);
  if (std::ranges::none_of(members, [&](uint32_t member) {
        return t.mention_of_np[member] < 0 && t.group_of_np[member].empty() &&
               t.analysis.nps[member].kind == NounPhraseKind::kBase;
      })) {
    return;
  }
  for (uint32_t pp : t.analysis.indices(coordination.pps)) {
    const int32_t object = t.analysis.pps[pp].object_np;
    if (object == kNone || !SameText(t.analysis.words[t.analysis.pps[pp].preposition], "of")) continue;
    if (const int32_t m = t.mention_of_np[object]; m >= 0) out->push_back(m);
  }
}

}  // namespace

void MentionsOf(const NpMentions& t, int32_t np, std::vector<int32_t>* out, bool through_pps,
                bool doers_only, int depth) {
  if (np == kNone || depth > 8) return;
  const NounPhrase& phrase = t.analysis.nps[np];
  if (phrase.kind == NounPhraseKind::kCoordination) {
    for (uint32_t member : t.analysis.indices(phrase.members)) {
      MentionsOf(t, member, out, through_pps, doers_only, depth + 1);
    }
    AddOfPhraseForBareMember(t, phrase, out);
    return;
  }
  if (!t.group_of_np[np].empty()) {
    out->insert(out->end(), t.group_of_np[np].begin(), t.group_of_np[np].end());
  } else if (t.mention_of_np[np] >= 0) {
    out->push_back(t.mention_of_np[np]);
  } else if (through_pps) {
    for (uint32_t pp : t.analysis.indices(phrase.pps)) {
      // A subject's doers come "by", "of", "from" or "between" it ("an
      // attack by X", "talks between X and Y"); "a strike on a building in
      // Beirut" names where, not who.
      const std::string_view preposition = t.analysis.words[t.analysis.pps[pp].preposition];
      if (doers_only && preposition != "by" && preposition != "of" && preposition != "from" &&
          preposition != "between" && preposition != "among") {
        continue;
      }
      MentionsOf(t, t.analysis.pps[pp].object_np, out, through_pps, doers_only, depth + 1);
      if (!out->empty()) return;
    }
  }
}

void PassiveDoerInPhrases(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                          std::vector<int32_t>* out) {
  std::vector<int32_t> subject;
  MentionsOf(t, clause.actor_np(), &subject);
  auto take = [&](int32_t np) {
    std::vector<int32_t> named;
    MentionsOf(t, np, &named);
    std::erase_if(named, [&](int32_t m) {
      return !mentions[m].resolved() || mentions[m].how == "place" ||
             std::find(subject.begin(), subject.end(), m) != subject.end();
    });
    if (!named.empty()) *out = std::move(named);
    return !out->empty();
  };
  // ("were deployed along the border with Belarus": the neighbour a border
  // is shared with is where, wherever the parser hung its phrase.)
  auto after_border = [&](uint32_t pp) {
    const uint32_t at = t.analysis.pps[pp].preposition;
    return at > 0 && word_classes::IsBorderNoun(t.analysis.words[at - 1]);
  };
  for (uint32_t pp : t.analysis.indices(clause.preps)) {
    const std::string_view preposition = t.analysis.words[t.analysis.pps[pp].preposition];
    const int32_t object = t.analysis.pps[pp].object_np;
    if (object == kNone || after_border(pp)) continue;
    const bool place = preposition == "in" || preposition == "In" || preposition == "at" || preposition == "near" ||
                       preposition == "from" || preposition == "by" || preposition == "across" ||
                       preposition == "throughout" || preposition == "inside" || preposition == "around" ||
                       preposition == "along" || preposition == "within" || preposition == "outside";
    // ("were put on alert against ECOWAS", "restrictions imposed on Afghan
    // women": whom a deed is against, or laid on, is no doer.)
    const bool aimed = preposition == "against" || preposition == "on" || preposition == "upon";
    if (!place && !aimed && take(object)) return;
    for (uint32_t inner : t.analysis.indices(t.analysis.nps[object].pps)) {
      if (SameText(t.analysis.words[t.analysis.pps[inner].preposition], "with") && !after_border(inner) &&
          take(t.analysis.pps[inner].object_np)) {
        return;
      }
    }
  }
}

std::vector<int32_t> CoordinatedMentions(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t m,
                                         int32_t except) {
  const int32_t np = mentions[m].np;
  std::vector<int32_t> out;
  auto add = [&](int32_t each) {
    if (each >= 0 && each != except && mentions[each].resolved() &&
        (except < 0 || mentions[each].code != mentions[except].code)) {
      out.push_back(each);
    }
  };
  auto add_np = [&](uint32_t member) {
    if (t.group_of_np[member].empty()) {
      add(t.mention_of_np[member]);
    } else {
      for (int32_t each : t.group_of_np[member]) add(each);
    }
  };
  for (const NounPhrase& coordination : t.analysis.nps) {
    if (coordination.kind != NounPhraseKind::kCoordination || np < 0) continue;
    auto members = t.analysis.indices(coordination.members);
    if (std::find(members.begin(), members.end(), static_cast<uint32_t>(np)) == members.end()) continue;
    for (uint32_t member : members) add_np(member);
    std::vector<int32_t> of_phrase;
    AddOfPhraseForBareMember(t, coordination, &of_phrase);
    for (int32_t each : of_phrase) add(each);
    return out;
  }
  const std::vector<int32_t>& group = np >= 0 ? t.group_of_np[np] : out;
  if (std::find(group.begin(), group.end(), m) == group.end()) return {m};
  add_np(static_cast<uint32_t>(np));
  return out;
}

bool IsAgentive(std::string_view preposition) {
  return preposition == "by" || preposition == "of" || preposition == "against" || preposition == "on" ||
         preposition == "from";
}

bool IsTopicPreposition(std::string_view preposition) {
  return preposition == "on" || preposition == "about" || preposition == "over" || preposition == "regarding";
}

bool DeedVictims(const NpMentions& t, int32_t deed, std::vector<int32_t>* out) {
  for (uint32_t pp : t.analysis.indices(t.analysis.nps[deed].pps)) {
    const std::string_view preposition = t.analysis.words[t.analysis.pps[pp].preposition];
    if (SameTextAsAny(preposition, "of", "against", "on", "at")) MentionsOf(t, t.analysis.pps[pp].object_np, out);
    if (!out->empty()) return true;
  }
  return false;
}

int32_t PeopleTheDeedNames(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t deed,
                           const std::string& code) {
  const int32_t own = t.mention_of_np[deed];
  if (own < 0 || CodeRoot(code) < "17") return -1;
  const ActorMention& people = mentions[own];
  const uint32_t head = t.analysis.nps[deed].head;
  const bool holds_head = people.begin <= head && head < people.end;
  return people.resolved() && holds_head && people.code.size() > 3 &&
                 !IsForceRole(std::string_view(people.code).substr(3))
             ? own
             : -1;
}

bool GapObjectTargets(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::vector<int32_t>& sources, std::vector<int32_t>* out) {
  if (clause.kind != ClauseKind::kRelative || clause.antecedent_np == kNone || clause.subject_np == kNone ||
      clause.subject_np == clause.antecedent_np || clause.objects.size() > 0 || clause.verb.passive) {
    return false;
  }
  // (A ", which" after its parent's verb may be about the whole deed: "staged drills around Taiwan, which
  // Taipei condemned" is ReactionTarget's. Nor does "what" have an antecedent to be about.)
  const SentenceAnalysis& a = t.analysis;
  const bool after_parent_verb =
      clause.parent_clause != kNone && a.clauses[clause.parent_clause].verb.begin < clause.begin;
  if (clause.begin > 0 && (word_classes::EqualsLower(a.words[clause.begin], "what") ||
                           (after_parent_verb && a.words[clause.begin - 1] == "," &&
                            word_classes::EqualsLower(a.words[clause.begin], "which")))) {
    return false;
  }
  MentionsOf(t, clause.antecedent_np, out);
  std::erase_if(*out, [&](int32_t m) {
    return !mentions[m].resolved() || std::find(sources.begin(), sources.end(), m) != sources.end();
  });
  return !out->empty();
}

bool DeedObjectTargets(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t deed,
                       const std::string& code, const std::vector<int32_t>& sources, std::vector<int32_t>* out) {
  if (const int32_t people = PeopleTheDeedNames(t, mentions, deed, code); people >= 0) {
    out->push_back(people);
    return true;
  }
  DeedVictims(t, deed, out);
  std::erase_if(*out, [&](int32_t m) { return MovesForces(code) && OwnForces(mentions, sources, m); });
  return !out->empty();
}

bool RulesOut(const SentenceAnalysis& analysis, const Clause& clause) {
  const std::string_view particle =
      clause.verb.particle != kNone ? analysis.words[clause.verb.particle] : std::string_view();
  return word_classes::IsRuleOutVerb(analysis.lemma(clause.verb.lemma), particle);
}

int32_t ComplementOfUnnamedAddressee(const NpMentions& t, const std::vector<ActorMention>& mentions, uint32_t c) {
  const SentenceAnalysis& analysis = t.analysis;
  const Clause& clause = analysis.clauses[c];
  for (uint32_t child = c + 1; child < analysis.clauses.size(); ++child) {
    const Clause& complement = analysis.clauses[child];
    if (complement.parent_clause != static_cast<int32_t>(c) || complement.kind != ClauseKind::kInfinitival) continue;
    const int32_t addressee = complement.controller_np;
    if (addressee == kNone || analysis.nps[addressee].pronoun) continue;
    const auto objects = analysis.indices(clause.objects);
    if (std::find(objects.begin(), objects.end(), static_cast<uint32_t>(addressee)) == objects.end()) continue;
    const int32_t m = t.mention_of_np[addressee];
    if (m < 0 || !mentions[m].resolved()) return static_cast<int32_t>(child);
  }
  return kNone;
}

bool InAnInfinitivesPhrase(const SentenceAnalysis& analysis, const ActorMention& mention, int32_t home, uint32_t c) {
  if (home == kNone || home == static_cast<int32_t>(c) || analysis.clauses[home].kind != ClauseKind::kInfinitival) {
    return false;
  }
  return std::ranges::none_of(analysis.indices(analysis.clauses[home].objects), [&](uint32_t o) {
    return analysis.nps[o].begin <= mention.begin && mention.end <= analysis.nps[o].end;
  });
}

int32_t PartnerOfFrontedMeeting(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause) {
  const SentenceAnalysis& analysis = t.analysis;
  for (uint32_t pp : analysis.indices(clause.preps)) {
    const PrepPhrase& fronted = analysis.pps[pp];
    if (fronted.preposition >= clause.verb.begin || fronted.object_np == kNone ||
        !SameTextAsAny(analysis.words[fronted.preposition], "in", "In", "during", "During")) {
      continue;
    }
    const NounPhrase& meeting = analysis.nps[fronted.object_np];
    if (!SameTextAsAny(analysis.lemma(meeting.head), "call", "talk", "talks", "meeting", "conversation")) continue;
    for (uint32_t with : analysis.indices(meeting.pps)) {
      const int32_t object = analysis.pps[with].object_np;
      if (object == kNone || !SameText(analysis.words[analysis.pps[with].preposition], "with")) continue;
      const int32_t m = t.mention_of_np[object];
      if (m >= 0 && mentions[m].resolved() && !SameText(mentions[m].how, "place")) return m;
    }
  }
  return -1;
}

bool NoTargetOfItsOwn(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t,
                      const std::string& primary, bool tabari_verb) {
  auto names_a_source = [&](const std::string& code) {
    return std::any_of(sources.begin(), sources.end(), [&](int32_t from) { return mentions[from].code == code; });
  };
  return std::find(sources.begin(), sources.end(), t) != sources.end() ||
         (tabari_verb && names_a_source(mentions[t].code)) ||
         // A pronoun that stands for the source is its own, no one it acts
         // on: "condemned the measure as an obstacle to rebuilding its army".
         (StartsWithText(mentions[t].how, "pronoun") && names_a_source(mentions[t].code)) ||
         // So is a role it gives the source's state: "opened its new embassy".
         OwnOrgan(mentions, sources, t) ||
         // Several sources' "their" in a mutual deed is themselves, who
         // act on each other: "Saudi Arabia and Iran agreed to reopen
         // their embassies".
         (sources.size() >= 2 && IsMutual(primary) && StartsWithText(mentions[t].how, "pronoun") &&
          std::any_of(sources.begin(), sources.end(),
                      [&](int32_t from) { return mentions[from].code.compare(0, 3, mentions[t].code, 0, 3) == 0; })) ||
         (SameText(mentions[t].how, "place") && std::any_of(sources.begin(), sources.end(), [&](int32_t from) {
            // (A state acts on its own places: "imposed a curfew in
            // Kashmir" is India's; but no one visits or hosts at home, nor
            // shows force at it: "deployed troops in Islamabad".)
            return mentions[from].code == mentions[t].code ||
                   ((primary == "042" || primary == "043" || (CodeRoot(primary) == "15" && !tabari_verb)) &&
                    std::string_view(mentions[from].code).substr(0, 3) == mentions[t].code);
          })) ||
         // A state's show of force, or arms, are aimed at others, not at
         // its own forces: "put its troops on alert", "armed its reservists",
         // "put Russia's nuclear forces on high alert".
         (SameTextAsAny(CodeRoot(primary), "15", "07") && !tabari_verb &&
          ((mentions[t].code.size() == 6 && EndsWithText(mentions[t].code, "MIL")) ||
           (CodeRoot(primary) == "15" && mentions[t].code.size() == 3 && SameText(mentions[t].how, "possessor"))) &&
          std::any_of(sources.begin(), sources.end(), [&](int32_t from) {
            return std::string_view(mentions[from].code).substr(0, 3) ==
                   std::string_view(mentions[t].code).substr(0, 3);
          })) ||
         // Nor is a state's bare statement made to itself: "Biden announced an end to US support for ...".
         (SameText(primary, "010") && !tabari_verb && mentions[t].code.size() == 3 &&
          std::any_of(sources.begin(), sources.end(), [&](int32_t from) {
            return IsStateActor(mentions[from].code) &&
                   std::string_view(mentions[from].code).substr(0, 3) == mentions[t].code;
          }));
}


bool IsLocative(std::string_view preposition) {
  return preposition == "in" || preposition == "from" || preposition == "by" || preposition == "In";
}

namespace {

// Walks out from noun phrase `np` through the prepositional phrases it lies
// in, and returns the first preposition (token) for which `stop` holds, or
// kNone; `*outermost` is the last phrase reached.
// (Each step goes to a phrase that starts earlier: the walk ends. A
// phrase the parser hung from the clause belongs to the noun phrase right
// before it: "during an attack | on western Ukraine".)
template <typename Stop>
int32_t PrepositionOutward(const SentenceAnalysis& analysis, int32_t np, Stop stop, int32_t* outermost) {
  while (np != kNone) {
    *outermost = np;
    const int32_t pp = analysis.nps[np].pp_object_of;
    if (pp == kNone) return kNone;
    const uint32_t preposition = analysis.pps[pp].preposition;
    if (stop(analysis.words[preposition])) return static_cast<int32_t>(preposition);
    np = analysis.pps[pp].attached_np;
    if (np == kNone && preposition > 0) np = analysis.np_of_word[preposition - 1];
  }
  return kNone;
}

// Whether the mention lies inside what talks are about when that is an
// -ing clause after "on", "about", "over" or "regarding": "negotiations on
// ending the war in Ukraine". (A noun phrase after one may name the party
// talked to: "a conference on the crisis in Sudan" is with Sudan, as human
// coders record it.)
bool InTopicClause(const SentenceAnalysis& analysis, const ActorMention& mention) {
  int32_t outermost = kNone;
  PrepositionOutward(analysis, mention.np, [](std::string_view) { return false; }, &outermost);
  if (outermost == kNone) return false;
  const int32_t home = analysis.clause_of_word[analysis.nps[outermost].begin];
  if (home == kNone || analysis.clauses[home].kind != ClauseKind::kParticipial) return false;
  const uint32_t verb = analysis.clauses[home].verb.begin;
  return verb > 0 && IsTopicPreposition(analysis.words[verb - 1]);
}

// Whether noun phrase `np` lies in what a clause discusses or debates: its
// object, a phrase hanging from it, or a phrase of the clause after it
// that names no partner ("discussed security guarantees for Ukraine": a
// topic; "discussed the war with Biden": a partner).
bool DiscussedObject(const SentenceAnalysis& analysis, int32_t np) {
  auto discusses = [&](const Clause& clause) {
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    return lemma == "discuss" || lemma == "debate";
  };
  for (int depth = 0; np != kNone && depth < 8; ++depth) {
    for (const Clause& clause : analysis.clauses) {
      if (discusses(clause) && IsObjectOf(analysis, clause, np)) return true;
    }
    const int32_t pp = analysis.nps[np].pp_object_of;
    if (pp == kNone) return false;
    if (analysis.pps[pp].attached_np == kNone) {
      const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
      using word_classes::EqualsLower;
      if (EqualsLower(preposition, "with") || EqualsLower(preposition, "between") ||
          EqualsLower(preposition, "among") || EqualsLower(preposition, "by")) {
        return false;
      }
      for (const Clause& clause : analysis.clauses) {
        if (!discusses(clause) || clause.objects.empty()) continue;
        const auto preps = analysis.indices(clause.preps);
        const uint32_t object = analysis.indices(clause.objects).front();
        if (std::find(preps.begin(), preps.end(), static_cast<uint32_t>(pp)) != preps.end() &&
            analysis.nps[object].end <= analysis.pps[pp].preposition) {
          return true;
        }
      }
      return false;
    }
    np = analysis.pps[pp].attached_np;
  }
  return false;
}

}  // namespace

bool NoPartyToIt(const SentenceAnalysis& analysis, const ActorMention& mention, const std::string& primary,
                 const std::string& paired, bool meeting_of_several, dict::PatternSyntax syntax) {
  const bool tabari_verb = syntax == dict::PatternSyntax::kTabari;
  // (An intention to meet or negotiate, 036, has its topic too.)
  const bool consultation = StartsWithText(primary, "04") || SameText(primary, "036");
  const int32_t np = mention.np;
  // The phrase's start, or its coordination's: "by the United States and
  // France" for France.
  const int32_t whole = np >= 0 && analysis.nps[np].coordination != kNone ? analysis.nps[np].coordination : np;
  const uint32_t phrase_begin = whole >= 0 ? analysis.nps[whole].full_begin : mention.begin;
  const std::string_view preposition = phrase_begin > 0 ? analysis.words[phrase_begin - 1] : std::string_view();
  // Who is left out takes no part: "held talks in Riyadh without Ukraine".
  if (SameText(preposition, "without")) return true;
  // Nor is where a visitor comes from visited: "refugees arrived from
  // Nagorno-Karabakh".
  if (!tabari_verb && SameTextAsAny(primary, "042", "043") && SameText(preposition, "from")) return true;
  // Nor the country across a border where force or coercion is used:
  // "killed 15 militants on the border with Afghanistan" (a border the deed
  // is done to is closed to it: "closed its border with Belarus").
  if (syntax == dict::PatternSyntax::kPetrarch2 && (IsForceRoot(CodeRoot(primary)) || CodeRoot(primary) == "17") &&
      SameText(preposition, "with") && phrase_begin >= 2 &&
      word_classes::IsBorderNoun(analysis.words[phrase_begin - 2])) {
    const int32_t border = analysis.np_of_word[phrase_begin - 2];
    if (border == kNone || analysis.nps[border].pp_object_of != kNone) return true;
  }
  // Nor the broadcaster a statement was made on: "said on state television".
  if (!tabari_verb && SameText(preposition, "on") && SameText(CodeRoot(primary), "01") &&
      EndsWithText(mention.code, "MED")) {
    return true;
  }
  // Nor where it was made: "Speaking at the summit in Switzerland, Ruto
  // said", "spoke in Oslo".
  if (!tabari_verb && SameTextAsAny(primary, "010", "011", "012", "013") && NamedAsWhere(analysis, mention)) {
    return true;
  }
  // Nor the press it was told to: "Lula told reporters" (a named outlet or
  // "state television" may be a party).
  if (!tabari_verb && SameText(CodeRoot(primary), "01") && EndsWithText(mention.code, "MED") && !mention.named &&
      np >= 0 &&
      SameTextAsAny(analysis.lemma(analysis.nps[np].head), "reporter", "journalist", "correspondent", "press",
                    "medium", "media", "newsman")) {
    return true;
  }
  // Nor what is traded for: "agreed to a truce ... in exchange for 150
  // Palestinian prisoners".
  if (!tabari_verb && SameText(preposition, "for") && phrase_begin >= 2 &&
      (word_classes::EqualsLower(analysis.words[phrase_begin - 2], "exchange") ||
       word_classes::EqualsLower(analysis.words[phrase_begin - 2], "return"))) {
    return true;
  }
  // Nor, in a claim of responsibility, who did the deed claimed: "claimed
  // responsibility for attacks by gunmen and suicide bombers on a concert hall".
  if (SameText(primary, "015") && SameText(preposition, "by") && phrase_begin >= 2 &&
      word_classes::IsDeedNoun(analysis.lemma(phrase_begin - 2))) {
    return true;
  }
  // Nor, but for the protest itself (14), what a protest is over: "quelled protests over the ouster of Castillo".
  if (!tabari_verb && !SameText(CodeRoot(primary), "14") && CauseOfAProtest(analysis, mention)) return true;
  // Nor, in an investigation (09), whom the harm investigated befell: "opened
  // an inquiry into the killing of journalist X" investigates the killers.
  if (!tabari_verb && SameText(CodeRoot(primary), "09") && SameText(preposition, "of") && phrase_begin >= 2 &&
      word_classes::IsHarmNoun(analysis.lemma(phrase_begin - 2))) {
    return true;
  }
  if (!meeting_of_several && !consultation) return false;
  // Nor are those a pattern that pairs a code with itself names only
  // by the venue or by the parties' own country: "Russia and the US
  // exchanged prisoners in Abu Dhabi" are each other's prisoners, not the
  // Emirates'; "the Yemeni government and the Houthis swapped prisoners"
  // swapped them with each other.
  // (But whom they fight "with" or "against" is the other side: "fought
  // with insurgents in Fallujah".)
  if (meeting_of_several && paired == primary && !SameTextAsAny(preposition, "with", "against") &&
      SameTextAsAny(mention.how, "place+agent", "sentence country+agent")) {
    return true;
  }
  // Nor, for several who deal together, a nationality or region that only
  // qualifies what they deal on: "signed a new North American trade pact".
  if (meeting_of_several && np >= 0 && mention.end <= analysis.nps[np].head && !mention.person &&
      word_classes::IsTalkNoun(analysis.words[analysis.nps[np].head])) {
    return true;
  }
  if (phrase_begin == 0) return false;
  // (Nor the body they act "within": "cooperated closely on oil output cuts within OPEC+".)
  if (meeting_of_several && SameTextAsAny(preposition, "in", "at", "within")) return true;
  // Nor who looks on: "signed a deal in the presence of King Salman".
  // Nor where, by the margins of it: "signed a security agreement on the
  // sidelines of the G7 summit".
  if (meeting_of_several && SameText(preposition, "of") && phrase_begin >= 2 &&
      (word_classes::IsWitnessNoun(analysis.words[phrase_begin - 2]) ||
       word_classes::IsVenueNoun(analysis.words[phrase_begin - 2]))) {
    return true;
  }
  // (So when the parse cut a title's "of" out of the phrase: "in the
  // presence of US Secretary of State Marco Rubio".)
  for (uint32_t k = mention.begin; meeting_of_several && k >= 2 && k + 8 >= mention.begin; --k) {
    if (SameText(analysis.words[k - 1], "of") && word_classes::IsWitnessNoun(analysis.words[k - 2])) return true;
    const bool title_of = SameText(analysis.words[k - 1], "of") && IsProperNoun(analysis.tags[k - 2]);
    if (!IsProperNoun(analysis.tags[k - 1]) && analysis.tags[k - 1] != PosTag::kDT && !title_of) break;
  }
  // Nor the broker of what they agree: "Israel and Hezbollah agreed to a
  // ceasefire brokered by the United States" (but those who fight
  // together fight the attackers: "repelled an attack by ADF rebels").
  if (meeting_of_several && SameText(preposition, "by") && !IsForceRoot(CodeRoot(primary))) return true;
  return consultation && (IsTopicPreposition(preposition) || InTopicClause(analysis, mention) ||
                          DiscussedObject(analysis, whole));
}

bool InDuringPhrase(const SentenceAnalysis& analysis, int32_t np) {
  int32_t outermost = kNone;
  return PrepositionOutward(
             analysis, np,
             [](std::string_view preposition) { return word_classes::EqualsLower(preposition, "during"); },
             &outermost) != kNone;
}

bool AllegedDeed(const SentenceAnalysis& analysis, int32_t home, uint32_t c, std::string_view code) {
  if (home == kNone || home == static_cast<int32_t>(c) || CodeRoot(code) != "11") return false;
  const Clause& gerund = analysis.clauses[static_cast<size_t>(home)];
  return gerund.kind == ClauseKind::kParticipial && gerund.parent_clause == static_cast<int32_t>(c) &&
         gerund.verb.begin > 0 && SameTextAsAny(analysis.lemma(gerund.verb.begin - 1), "of", "for");
}

bool InDuringPhrase(const SentenceAnalysis& analysis, const ActorMention& mention) {
  return InDuringPhrase(analysis, mention.np);
}

bool BrokerOfAnotherClause(const SentenceAnalysis& analysis, int32_t np, uint32_t c) {
  if (np < 0) return false;
  for (uint32_t k = 0; k < analysis.clauses.size(); ++k) {
    if (k != c && analysis.clauses[k].agent_np == np &&
        word_classes::IsBrokerVerb(analysis.lemma(analysis.clauses[k].verb.lemma))) {
      return true;
    }
  }
  return false;
}

int32_t FirstActorBetween(const std::vector<ActorMention>& mentions, uint32_t begin, uint32_t end) {
  int32_t first = -1;
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    if (!mentions[m].resolved() || mentions[m].how == "place" || mentions[m].begin < begin || mentions[m].end > end) {
      continue;
    }
    if (first < 0 || mentions[m].begin < mentions[first].begin) first = static_cast<int32_t>(m);
  }
  return first < 0 ? first : PossessedActor(mentions, first, end);
}

int32_t FirstActorBefore(const std::vector<ActorMention>& mentions, uint32_t verb_begin) {
  return FirstActorBetween(mentions, 0, verb_begin);
}

namespace {

// Words of [begin, end), punctuation aside.
uint32_t WordsBetween(const SentenceAnalysis& analysis, uint32_t begin, uint32_t end) {
  uint32_t words = 0;
  for (uint32_t k = begin; k < end; ++k) words += analysis.tags[k] != PosTag::kPeriod ? 1 : 0;
  return words;
}

}  // namespace

bool InShortCommaAside(const SentenceAnalysis& analysis, uint32_t at, uint32_t verb) {
  uint32_t begin = at, end = at;
  while (begin > 0 && analysis.words[begin - 1] != ",") --begin;
  while (end < analysis.size() && !SameText(analysis.words[end], ",")) ++end;
  // The comma before `at` closes an aside TABARI drops first (short, set
  // off by commas, not holding the verb): with it gone, `at` belongs to the
  // stretch before that aside ("X rejected reports, said to come from Y,
  // that Z attacked W": Z is no aside).
  while (begin > 1) {
    uint32_t opening = begin - 1;
    while (opening > 0 && analysis.words[opening - 1] != ",") --opening;
    if (opening == 0 || (verb >= opening && verb < begin - 1) || WordsBetween(analysis, opening, begin - 1) > 10) break;
    begin = opening - 1;
    while (begin > 0 && analysis.words[begin - 1] != ",") --begin;
  }
  if (begin == 0 || (verb >= begin && verb < end)) return false;
  return WordsBetween(analysis, begin, end) <= 10;
}

uint32_t FirstTimePhrase(const SentenceAnalysis& analysis, const Clause& clause) {
  // Through the clauses it governs too: "told reporters after meeting US
  // officials" (the gerund is its own clause, "after" between the two).
  const int32_t c = static_cast<int32_t>(&clause - analysis.clauses.data());
  uint32_t end = clause.end;
  // (Those before it in the text end before its verb.)
  for (uint32_t d = static_cast<uint32_t>(c) + 1; d < analysis.clauses.size(); ++d) {
    if (WithinClause(analysis, static_cast<int32_t>(d), c)) end = std::max(end, analysis.clauses[d].end);
  }
  for (uint32_t k = clause.verb.end; k < end; ++k) {
    if (analysis.tags[k] == PosTag::kIN && word_classes::IsTimePreposition(analysis.words[k])) return k;
  }
  return UINT32_MAX;
}

bool NamesTheMeansMaker(const SentenceAnalysis& analysis, const Clause& clause, const ActorMention& mention,
                        uint32_t pattern_end, bool goods) {
  return std::ranges::any_of(analysis.indices(clause.objects), [&](uint32_t o) {
    const NounPhrase& means = analysis.nps[o];
    const std::string_view head = analysis.lemma(means.head);
    const bool inside = mention.np == static_cast<int32_t>(o) ||
                        (mention.begin >= means.begin && mention.end <= means.end);
    const bool modifier = mention.begin >= means.begin && mention.end <= means.head;
    return (means.head < pattern_end && inside && (word_classes::IsWeaponNoun(head) || head == "weapon")) ||
           (goods && modifier && pattern_end > means.begin);
  });
}

bool IntendedInIt(const SentenceAnalysis& analysis, int32_t home, uint32_t c, const std::string& code) {
  return SameText(CodeRoot(code), "03") && home != kNone && analysis.clauses[home].kind == ClauseKind::kInfinitival &&
         analysis.clauses[home].parent_clause == static_cast<int32_t>(c);
}

bool NamedByWhatItCalled(const SentenceAnalysis& analysis, int32_t home, uint32_t c, uint32_t at) {
  if (home == kNone) return false;
  // "what it said were Israeli spy headquarters": the name is in the clause
  // "said" reports.
  if (const int32_t above = analysis.clauses[home].parent_clause;
      above != kNone && above != static_cast<int32_t>(c) && analysis.clauses[above].parent_clause == static_cast<int32_t>(c)) {
    home = above;
  }
  const Clause& named = analysis.clauses[home];
  if (named.parent_clause != static_cast<int32_t>(c) || named.kind != ClauseKind::kComplement || at < named.verb.end ||
      named.begin >= named.verb.begin || !word_classes::EqualsLower(analysis.words[named.begin], "what")) {
    return false;
  }
  const std::string_view lemma = analysis.lemma(named.verb.lemma);
  return lemma == "call" || lemma == "describe" || lemma == "term" || lemma == "dub" || lemma == "label" ||
         lemma == "say" || lemma == "claim" || lemma == "allege";
}

bool SpeaksForItsState(const std::string& target_code, const std::vector<int32_t>& sources,
                       const std::vector<ActorMention>& mentions) {
  return std::any_of(sources.begin(), sources.end(),
                     [&](int32_t from) { return OfOneState(mentions[from].code, target_code); });
}

bool IsObjectOf(const SentenceAnalysis& analysis, const Clause& clause, int32_t np) {
  if (np < 0) return false;
  auto objects = analysis.indices(clause.objects);
  auto is_object = [&](int32_t n) {
    return std::find(objects.begin(), objects.end(), static_cast<uint32_t>(n)) != objects.end();
  };
  if (is_object(np)) return true;
  for (const PrepPhrase& pp : analysis.pps) {
    if (pp.object_np != np || pp.preposition == 0 || !SameText(analysis.words[pp.preposition], "of")) continue;
    const std::string_view before = analysis.words[pp.preposition - 1];
    // "seized most of Aleppo": the share word may be no phrase of its own.
    if (word_classes::IsShareNoun(before) && pp.preposition - 1 == clause.verb.end) return true;
    if (pp.attached_np == kNone || !is_object(pp.attached_np)) continue;
    const std::string_view head = analysis.words[analysis.nps[pp.attached_np].head];
    if (word_classes::IsShareNoun(head) || word_classes::IsPlaceNoun(head)) return true;
  }
  return false;
}

void AddresseeInComplement(const NpMentions& table, const std::vector<ActorMention>& mentions, uint32_t c,
                           std::string_view root, std::string_view verb_lemma, const std::vector<int32_t>& sources,
                           std::vector<int32_t>* targets) {
  const SentenceAnalysis& analysis = table.analysis;
  auto names_a_source = [&](const std::string& code) {
    return std::any_of(sources.begin(), sources.end(), [&](int32_t from) { return mentions[from].code == code; });
  };
  const bool comment = SameText(root, "01");
  const bool threat = SameText(root, "13");
  const bool allegation = SameText(root, "11");
  const bool addressed = SameTextAsAny(root, "02", "10", "13") || comment;
  for (uint32_t child = 0; child < analysis.clauses.size() && targets->empty(); ++child) {
    const Clause& complement = analysis.clauses[child];
    const bool reported = (comment || threat || allegation) && complement.kind == ClauseKind::kReported;
    const bool infinitive = addressed && complement.kind == ClauseKind::kInfinitival;
    if (child == c || complement.parent_clause != static_cast<int32_t>(c) ||
        (complement.kind != ClauseKind::kComplement && !infinitive && !reported) ||
        (child < c && !reported)) {
      continue;
    }
    MentionsOf(table, complement.actor_np(), targets);
    const bool speaker_told_of =
        std::any_of(targets->begin(), targets->end(), [&](int32_t t) { return names_a_source(mentions[t].code); });
    // "Turkey denied that it had bombed ...": the speaker itself is no
    // target, nor is the speaker's own state when a comment reports what it
    // will do ("Erdogan said Turkey would not allow ..."). A state speaks
    // for its organs too: "Eritrea denied that its troops were in Tigray",
    // "Egypt's minister warned that Cairo would defend its rights" concern
    // no one of its own.
    std::erase_if(*targets, [&](int32_t t) {
      const std::string& code = mentions[t].code;
      const bool own_state = comment && code.size() == 3 && std::any_of(sources.begin(), sources.end(), [&](int32_t from) {
                               return mentions[from].code.starts_with(code);
                             });
      const bool own_organ = (comment || threat) && SpeaksForItsState(code, sources, mentions);
      return !mentions[t].resolved() || names_a_source(code) || own_state || own_organ;
    });
    const bool claim = speaker_told_of && (comment || allegation) && word_classes::IsClaimVerb(verb_lemma);
    for (uint32_t m = 0; (threat || claim) && targets->empty() && m < mentions.size(); ++m) {
      const ActorMention& mention = mentions[m];
      if (mention.begin >= complement.verb.end && mention.resolved() && !names_a_source(mention.code) &&
          (claim || !SameText(mention.how, "place")) &&
          WithinClause(analysis, analysis.clause_of_word[mention.begin], static_cast<int32_t>(child))) {
        targets->push_back(static_cast<int32_t>(m));
      }
    }
  }
}

void ForceFromPlace(const NpMentions& table, const Clause& clause, std::vector<int32_t>* sources) {
  for (uint32_t pp : table.analysis.indices(clause.preps)) {
    if (!SameText(table.analysis.words[table.analysis.pps[pp].preposition], "from")) continue;
    MentionsOf(table, table.analysis.pps[pp].object_np, sources);
    if (!sources->empty()) return;
  }
}

void ForceAimedAt(const NpMentions& table, const Clause& clause, const std::vector<int32_t>& sources,
                  std::vector<int32_t>* targets) {
  for (uint32_t pp : table.analysis.indices(clause.preps)) {
    if (!SameTextAsAny(table.analysis.words[table.analysis.pps[pp].preposition], "at", "on", "against", "into")) {
      continue;
    }
    std::vector<int32_t> aimed;
    MentionsOf(table, table.analysis.pps[pp].object_np, &aimed);
    std::erase_if(aimed, [&](int32_t m) { return std::find(sources.begin(), sources.end(), m) != sources.end(); });
    if (!aimed.empty()) {
      targets->assign(aimed.begin(), aimed.end());
      return;
    }
  }
}

bool MovesForces(std::string_view code) { return StartsWithText(code, "087") || StartsWithText(code, "15"); }

bool OwnForces(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t) {
  const std::string& forces = mentions[t].code;
  if (forces.size() <= 3 || !IsForceRole(std::string_view(forces).substr(3)) || CountryPart(forces).empty()) return false;
  return std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
    return IsStateActor(mentions[s].code) && CountryPart(mentions[s].code) == CountryPart(forces);
  });
}

bool OwnOrgan(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t) {
  const ActorMention& organ = mentions[t];
  if (!SameText(organ.how, "pronoun+agent") || organ.code.size() <= 3 || CountryPart(organ.code).empty()) return false;
  return std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
    return IsStateActor(mentions[s].code) && CountryPart(mentions[s].code) == CountryPart(organ.code);
  });
}

void OwnCountryNamed(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                     std::vector<int32_t>* targets) {
  for (int32_t from : sources) {
    const std::string& code = mentions[from].code;
    if (code.size() <= 3 || !IsStateActor(code)) continue;
    for (uint32_t m = 0; m < mentions.size() && targets->empty(); ++m) {
      if (mentions[m].code == std::string_view(code).substr(0, 3)) targets->push_back(static_cast<int32_t>(m));
    }
  }
}

bool AppealsToTheUnnamed(const SentenceAnalysis& analysis, uint32_t c, const std::vector<int32_t>& mention_of_np) {
  const Clause& clause = analysis.clauses[c];
  for (uint32_t child = c + 1; child < analysis.clauses.size(); ++child) {
    const Clause& complement = analysis.clauses[child];
    if (complement.parent_clause != static_cast<int32_t>(c) || complement.kind != ClauseKind::kInfinitival) continue;
    const int32_t addressee = complement.actor_np();
    if (addressee != kNone && addressee != clause.actor_np() && mention_of_np[addressee] < 0 &&
        !analysis.nps[addressee].pronoun) {
      return true;
    }
  }
  return false;
}

bool SpeaksOfADeed(const SentenceAnalysis& analysis, const Clause& clause) {
  return clause.kind == ClauseKind::kRelative && clause.objects.size() == 0 &&
         IsDeedReference(analysis, clause.antecedent_np);
}

std::string ImpliedTarget(const SentenceAnalysis& analysis, const Clause& clause, std::string_view code,
                          const ActorMention& source, const std::vector<int32_t>& targets,
                          const std::vector<ActorMention>& mentions, const char** how) {
  const std::string& from = source.code;
  if (!source.resolved() || CountryPart(from).empty()) return "";
  // (A protest's place is no one it is against: "rallied in Belgrade".)
  const bool only_places = std::all_of(targets.begin(), targets.end(),
                                       [&](int32_t t) { return SameText(mentions[t].how, "place"); });
  if (!targets.empty() && !(only_places && StartsWithText(code, "14"))) return "";
  if (FallsOnItsOwnCountry(code) && from.size() > 3 && IsStateActor(from)) {
    *how = "source's state";
    return from.substr(0, 3);
  }
  if (!StartsWithText(code, "14") || (from.size() > 3 && IsStateActor(from))) return "";
  auto anti_government = [&](uint32_t begin, uint32_t end) {
    for (uint32_t w = begin; w < end && w < analysis.words.size(); ++w) {
      if (word_classes::EqualsLower(analysis.words[w], "anti-government") ||
          word_classes::EqualsLower(analysis.words[w], "antigovernment")) {
        return true;
      }
    }
    return false;
  };
  if (!anti_government(clause.begin, clause.end) && !anti_government(source.begin, source.end)) return "";
  *how = "government protested";
  return from.substr(0, 3) + "GOV";
}

}  // namespace khaldun::sentence_coding
