// Pronouns of ActorMatcher::Match: whom "he", "they", "its", "it" and the
// like stand for (declared in code/actor_references.h, which groups every
// step that resolves a reference to an actor named before).
#include "code/actor_references.h"

#include <algorithm>

#include "base/same_text.h"
#include "lang/word_classes.h"

namespace khaldun {

PronounKind KindOfPronoun(std::string_view w) {
  if (SameTextAsAny(w, "he", "He", "she", "She", "him", "her", "Her", "his", "His")) return PronounKind::kPerson;
  if (SameTextAsAny(w, "they", "They", "them", "their", "Their")) return PronounKind::kGroup;
  if (SameTextAsAny(w, "its", "Its")) return PronounKind::kGroupSingular;
  return PronounKind::kNotAPronoun;
}

int32_t Antecedent(PronounKind kind, uint32_t before, const std::vector<ActorMention>& mentions, int32_t except) {
  if (kind == PronounKind::kNotAPronoun) return -1;
  const bool person = kind == PronounKind::kPerson;
  // The nearest before it in the text (mentions are not in text order: a
  // possessor's role is added after the phrases that follow it). A "they" is
  // rather a group or a people than one body, and rather a body than a
  // state alone: "Five Americans held in Iran ... after Tehran freed them".
  int32_t nearest[3] = {-1, -1, -1};  // any, not a state alone, plural
  for (size_t m = mentions.size(); m-- > 0;) {
    const ActorMention& mention = mentions[m];
    // (Nor another mention of the one excepted: "accusing the bloc of
    // imposing sanctions on them" is not ECOWAS, named before as the bloc.)
    if (static_cast<int32_t>(m) == except || (except >= 0 && mention.code == mentions[except].code) ||
        !mention.resolved() || mention.end > before ||
        SameText(mention.how, "place") || mention.person != person ||
        (kind == PronounKind::kGroupSingular && mention.plural)) {
      continue;
    }
    const bool fits[3] = {true, mention.plural || mention.code.size() > 3, mention.plural};
    for (int tier = 0; tier < 3; ++tier) {
      if (fits[tier] && (nearest[tier] < 0 || mention.end > mentions[nearest[tier]].end)) {
        nearest[tier] = static_cast<int32_t>(m);
      }
    }
  }
  if (kind != PronounKind::kGroup) return nearest[0];
  return nearest[2] >= 0 ? nearest[2] : nearest[1] >= 0 ? nearest[1] : nearest[0];
}

std::vector<int32_t> CoordinatedAntecedents(const SentenceAnalysis& analysis, uint32_t before,
                                            const std::vector<ActorMention>& mentions,
                                            const std::vector<int32_t>& mention_of_np,
                                            const std::vector<std::vector<int32_t>>& group_of_np) {
  const NounPhrase* last = nullptr;
  for (const NounPhrase& np : analysis.nps) {
    if (np.kind == NounPhraseKind::kCoordination && np.end <= before && (last == nullptr || np.end > last->end)) {
      last = &np;
    }
  }
  std::vector<int32_t> out;
  if (last == nullptr) return out;
  for (const ActorMention& between : mentions) {
    if (between.begin >= last->end && between.end <= before && !between.person && !SameText(between.how, "place")) {
      return out;
    }
  }
  auto add = [&](int32_t m) {
    if (m >= 0 && mentions[m].resolved() && !SameText(mentions[m].how, "place") &&
        std::find(out.begin(), out.end(), m) == out.end()) {
      out.push_back(m);
    }
  };
  for (uint32_t member : analysis.indices(last->members)) {
    if (group_of_np[member].empty()) {
      add(mention_of_np[member]);
    } else {
      for (int32_t m : group_of_np[member]) add(m);
    }
  }
  if (out.size() < 2) out.clear();
  return out;
}

namespace {

// The clause in which NP `np` is the object of a preposition that aims at
// it ("fired at it", "sanctions against it"), or kNone.
int32_t ClauseAimingAt(const SentenceAnalysis& analysis, uint32_t np) {
  for (const PrepPhrase& pp : analysis.pps) {
    if (pp.object_np != static_cast<int32_t>(np) || pp.clause == kNone) continue;
    const std::string_view preposition = analysis.words[pp.preposition];
    if (pp.preposition_end == pp.preposition + 1 &&
        (word_classes::EqualsLower(preposition, "at") || word_classes::EqualsLower(preposition, "against") ||
         word_classes::EqualsLower(preposition, "toward") || word_classes::EqualsLower(preposition, "towards"))) {
      return pp.clause;
    }
  }
  return kNone;
}

// The mention of the subject of the clause whose object (or a phrase of
// whose verb) NP `n`, "him", "her" or "them", is: "Trump accused him" is
// not Trump, who would be "himself"; the subject of the clause an
// infinitive whose own names no actor serves. Else -1.
int32_t SubjectOfObjectPronoun(const SentenceAnalysis& analysis, uint32_t n, const std::vector<int32_t>& mention_of_np) {
  if (!SameTextAsAny(analysis.words[analysis.nps[n].head], "him", "her", "them")) return -1;
  for (const Clause& clause : analysis.clauses) {
    const auto objects = analysis.indices(clause.objects);
    bool object = std::find(objects.begin(), objects.end(), n) != objects.end();
    for (uint32_t pp : analysis.indices(clause.preps)) object |= analysis.pps[pp].object_np == static_cast<int32_t>(n);
    // ("arrested 13 of them": a part of an object is in the object.)
    for (uint32_t o : objects) {
      for (uint32_t pp : analysis.indices(analysis.nps[o].pps)) {
        object |= analysis.pps[pp].object_np == static_cast<int32_t>(n) &&
                  SameText(analysis.words[analysis.pps[pp].preposition], "of");
      }
    }
    if (!object) continue;
    // (An infinitive whose subject names no actor acts for its parent's:
    // "police used tear gas to disperse them".)
    const Clause* doer = &clause;
    while ((doer->actor_np() == kNone || mention_of_np[doer->actor_np()] < 0) &&
           doer->kind == ClauseKind::kInfinitival && doer->parent_clause != kNone) {
      doer = &analysis.clauses[doer->parent_clause];
    }
    const int32_t subject = doer->actor_np();
    return subject == kNone ? -1 : mention_of_np[subject];
  }
  return -1;
}


// When NP `n` is the subject of a main clause that "and" opens, the mention
// of the subject of the main clause before it, if that is a resolved
// state or body (no person, group of people or place); else -1.
int32_t DoerOfTheClauseBefore(const SentenceAnalysis& analysis, const MatchedMentions& found, uint32_t n) {
  const NounPhrase& np = analysis.nps[n];
  if (np.full_begin == 0 || !word_classes::EqualsLower(analysis.words[np.full_begin - 1], "and")) return -1;
  int32_t before = kNone;
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    if (clause.parent_clause != kNone) continue;
    if (clause.subject_np == static_cast<int32_t>(n)) {
      if (before == kNone || analysis.clauses[before].actor_np() == kNone) return -1;
      const int32_t m = found.mention_of_np[analysis.clauses[before].actor_np()];
      if (m < 0) return -1;
      const ActorMention& mention = found.mentions[m];
      const bool fits = mention.resolved() && !mention.person && !mention.plural && !SameText(mention.how, "place");
      return fits ? m : -1;
    }
    before = static_cast<int32_t>(c);
  }
  return -1;
}

// When NP `n` ("it") is the direct object of a verb whose object is
// someone who is held to account, asked or thanked ("accused it of
// plotting", "urged it to", "blamed it for"), the nearest resolved state or
// body named before it that is not the clause's own doer; else -1.
int32_t BodyAnObjectItNames(const SentenceAnalysis& analysis, const MatchedMentions& found, uint32_t n) {
  for (const Clause& clause : analysis.clauses) {
    const auto objects = analysis.indices(clause.objects);
    if (objects.empty() || objects.front() != n ||
        !SameTextAsAny(analysis.lemma(clause.verb.lemma), "accuse", "blame", "urge", "warn", "thank", "invite",
                       "ask", "press")) {
      continue;
    }
    const int32_t doer = clause.actor_np() == kNone ? -1 : found.mention_of_np[clause.actor_np()];
    int32_t nearest = -1;
    for (size_t m = 0; m < found.mentions.size(); ++m) {
      const ActorMention& mention = found.mentions[m];
      if (static_cast<int32_t>(m) == doer || !mention.resolved() || mention.person || mention.plural ||
          mention.end > analysis.nps[n].begin || SameText(mention.how, "place") ||
          (doer >= 0 && mention.code == found.mentions[doer].code)) {
        continue;
      }
      if (nearest < 0 || mention.end > found.mentions[nearest].end) nearest = static_cast<int32_t>(m);
    }
    return nearest;
  }
  return -1;
}

// When NP `n` ("he", "she") is the subject of a clause, the mention of the
// person who does the nearest clause above it that a named person does
// ("Orban held talks with Putin on what he called a peace mission", "...,
// drawing criticism from EU leaders who said he had no mandate" are
// Orban's: the one the sentence is about, not the person nearest); else -1.
int32_t PersonOfTheClauseAbove(const SentenceAnalysis& analysis, const MatchedMentions& found, uint32_t n) {
  const auto own = std::ranges::find_if(analysis.clauses, [&](const Clause& c) {
    return c.subject_np == static_cast<int32_t>(n);
  });
  if (own == analysis.clauses.end()) return -1;
  int32_t above = own->parent_clause;
  for (int depth = 0; depth < 8 && above != kNone; ++depth) {
    const Clause& clause = analysis.clauses[above];
    const int32_t doer = clause.actor_np() == kNone ? -1 : found.mention_of_np[clause.actor_np()];
    if (doer >= 0 && found.mentions[doer].resolved() && found.mentions[doer].person &&
        found.mentions[doer].end <= analysis.nps[n].begin && !SameText(found.mentions[doer].how, "pronoun")) {
      return doer;
    }
    above = clause.parent_clause;
  }
  return -1;
}

// Adds to `found` a copy of `antecedent` standing at pronoun NP `n`.
void StandFor(const ActorMention& antecedent, uint32_t n, MatchedMentions* found) {
  const NounPhrase& np = found->analysis.nps[n];
  ActorMention mention = antecedent;
  mention.begin = np.begin;
  mention.end = np.end;
  mention.how = "pronoun";
  found->Add(std::move(mention), static_cast<int32_t>(n));
}

}  // namespace

void ResolvePronouns(const ActorHistory& history, std::vector<std::vector<int32_t>>* group_of_np,
                     MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (!np.pronoun || found->mention_of_np[n] >= 0) continue;
    const PronounKind kind = KindOfPronoun(analysis.words[np.head]);
    if (kind == PronounKind::kNotAPronoun) {
      // "Russia said it would attack": "it" is the speaker when it opens
      // what a state or group says, hopes or decides. Elsewhere it is too
      // often nobody ("it seems", "it is clear").
      // So is "we" or "I" opening what anyone says: '"We are ready to
      // negotiate," Zelensky said'.
      const std::string_view word = analysis.words[np.head];
      const bool first_person = word == "we" || word == "We" || word == "I";
      if (word != "it" && word != "It" && !first_person) continue;
      // TABARI's FORWARD: "it" opening a sentence's main clause is the
      // actor forwarded from the previous sentence.
      // (Such a history holds only the forwarded actor.)
      const bool forwarded = !history.mentions.empty() && SameText(history.mentions.front().how, "forwarded");
      if (forwarded && !first_person &&
          std::any_of(analysis.clauses.begin(), analysis.clauses.end(), [&](const Clause& clause) {
            return clause.subject_np == static_cast<int32_t>(n) && clause.parent_clause == kNone;
          })) {
        StandFor(history.mentions.front(), n, found);
        continue;
      }
      // "India dismissed the allegation, and it ordered a Canadian diplomat
      // to leave": "it" opening a main clause after "and" is the state or
      // body that did the main clause before.
      if (const int32_t doer = first_person ? -1 : DoerOfTheClauseBefore(analysis, *found, n); doer >= 0) {
        StandFor(found->mentions[doer], n, found);
        continue;
      }
      if (const int32_t body = first_person ? -1 : BodyAnObjectItNames(analysis, *found, n); body >= 0) {
        StandFor(found->mentions[body], n, found);
        continue;
      }
      // So is "it" aimed at in what a state or group says: "Israel said
      // rockets were fired at it from Gaza", "Ukraine said Russia launched
      // drones against it".
      const int32_t aimed_at = first_person ? kNone : ClauseAimingAt(analysis, n);
      for (const Clause& clause : analysis.clauses) {
        const bool reported = clause.kind == ClauseKind::kReported || clause.kind == ClauseKind::kComplement;
        const bool opens = clause.subject_np == static_cast<int32_t>(n) ||
                           (aimed_at != kNone && &clause == &analysis.clauses[aimed_at]);
        if (!opens || clause.parent_clause == kNone || !reported) continue;
        const int32_t speaker_np = analysis.clauses[clause.parent_clause].actor_np();
        const int32_t speaker = speaker_np == kNone ? -1 : found->mention_of_np[speaker_np];
        // Not a person named ("Khan said it would ..." is about something
        // else); "the Israeli army", "the ministry" are things.
        const bool named_person = speaker >= 0 && found->mentions[speaker].person &&
                                  IsProperNoun(analysis.tags[analysis.nps[speaker_np].head]);
        if (speaker < 0 || !found->mentions[speaker].resolved() || (named_person && !first_person) ||
            SameText(found->mentions[speaker].how, "place")) {
          break;
        }
        StandFor(found->mentions[speaker], n, found);
        break;
      }
      continue;
    }
    // "G7 leaders condemned the attack and said they would act": "they"
    // opening what plural speakers say is those speakers.
    if (kind == PronounKind::kGroup && SameTextAsAny(analysis.words[np.head], "they", "They")) {
      std::vector<int32_t> speakers;
      for (const Clause& clause : analysis.clauses) {
        if (clause.subject_np != static_cast<int32_t>(n) || clause.parent_clause == kNone ||
            (clause.kind != ClauseKind::kReported && clause.kind != ClauseKind::kComplement)) {
          continue;
        }
        const int32_t speaker_np = analysis.clauses[clause.parent_clause].actor_np();
        if (speaker_np == kNone) break;
        const NounPhrase& speaker = analysis.nps[speaker_np];
        auto add_np = [&](uint32_t each) {
          if (!(*group_of_np)[each].empty()) {
            speakers.insert(speakers.end(), (*group_of_np)[each].begin(), (*group_of_np)[each].end());
          } else if (found->mention_of_np[each] >= 0) {
            speakers.push_back(found->mention_of_np[each]);
          }
        };
        if (speaker.kind == NounPhraseKind::kCoordination) {
          for (uint32_t member : analysis.indices(speaker.members)) add_np(member);
        } else if (analysis.tags[speaker.head] == PosTag::kNNS || analysis.tags[speaker.head] == PosTag::kNNPS) {
          add_np(static_cast<uint32_t>(speaker_np));
        }
        break;
      }
      std::erase_if(speakers, [&](int32_t m) {
        return !found->mentions[m].resolved() || SameText(found->mentions[m].how, "place");
      });
      if (!speakers.empty()) {
        StandForAll(n, speakers, "pronoun", group_of_np, found);
        continue;
      }
    }
    const bool person = kind == PronounKind::kPerson;
    if (const int32_t topic = person ? PersonOfTheClauseAbove(analysis, *found, n) : -1; topic >= 0) {
      StandFor(found->mentions[topic], n, found);
      continue;
    }
    const int32_t in_sentence =
        Antecedent(kind, np.begin, found->mentions, SubjectOfObjectPronoun(analysis, n, found->mention_of_np));
    if (kind == PronounKind::kGroup) {
      const std::vector<int32_t> members =
          CoordinatedAntecedents(analysis, np.begin, found->mentions, found->mention_of_np, *group_of_np);
      if (!members.empty()) {
        StandForAll(n, members, "pronoun", group_of_np, found);
        continue;
      }
      // "arrested two opposition politicians after they signed a petition":
      // a group of no known country named nearer is "they", not an actor
      // named before it or in an earlier sentence.
      const bool nearer_unknown = std::ranges::any_of(found->mentions, [&](const ActorMention& m) {
        return !m.resolved() && m.plural && !m.person && m.end <= np.begin && !SameText(m.how, "place") &&
               (in_sentence < 0 || m.end > found->mentions[in_sentence].end);
      });
      if (nearer_unknown) continue;
    }
    const ActorMention* antecedent = in_sentence >= 0 ? &found->mentions[in_sentence] : nullptr;
    for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && antecedent == nullptr; ++it) {
      if (person ? it->person : !it->person) antecedent = &*it;
    }
    if (antecedent == nullptr) continue;
    StandFor(*antecedent, n, found);
  }
}

}  // namespace khaldun
