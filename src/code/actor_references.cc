#include "code/actor_references.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/roles.h"
#include "code/sufferers.h"
#include "code/target_search.h"
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

void ResolveSurnames(const std::vector<std::string>& keys, const ActorHistory& history,
                     const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                     MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    // Capitalised, whatever the tagger made of it ("Khan" reads as a foreign
    // word): the earlier full name is the evidence.
    const std::string_view head_word = analysis.words[np.head];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || found->mention_of_np[n] >= 0 || agent_only[n] != nullptr ||
        absorbed_by[n] >= 0 || head_word.empty() || head_word[0] < 'A' || head_word[0] > 'Z') {
      continue;
    }
    const uint32_t first = np.determiner != kNone && static_cast<uint32_t>(np.determiner) == np.begin ? np.begin + 1
                                                                                                       : np.begin;
    if (np.head != first) continue;  // one word: "Ghani", "Ghani 's"
    const std::string& key = keys[np.head];
    const ActorMention* earlier = nullptr;
    for (auto it = found->mentions.rbegin(); it != found->mentions.rend() && earlier == nullptr; ++it) {
      if (it->end <= np.begin && it->surname == key) earlier = &*it;
    }
    for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && earlier == nullptr; ++it) {
      if (it->surname == key) earlier = &*it;
    }
    if (earlier == nullptr) continue;
    ActorMention mention = *earlier;
    mention.begin = np.head;
    mention.end = np.head + 1;
    mention.how = "surname";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

void ResolveFollowers(const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                      MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || found->mention_of_np[n] >= 0 || agent_only[n] != nullptr ||
        absorbed_by[n] >= 0 ||
        !SameTextAsAny(analysis.lemma(np.head), "supporter", "follower", "loyalist", "backer", "partisan")) {
      continue;
    }
    int32_t leader = -1;
    // "supporters of former president Jair Bolsonaro": the named person's.
    if (np.end + 1 < analysis.size() && analysis.words[np.end] == "of") {
      const int32_t of = analysis.np_of_word[np.end + 1];
      const int32_t named = of == kNone ? -1 : found->mention_of_np[of];
      if (named >= 0 && found->mentions[named].resolved() && found->mentions[named].person) leader = named;
    }
    const PronounKind kind =
        np.determiner == kNone ? PronounKind::kNotAPronoun : KindOfPronoun(analysis.words[np.determiner]);
    if (leader < 0 && kind == PronounKind::kNotAPronoun) continue;
    // ("his" is a named person's, not the court's the person was arrested
    // at.)
    if (leader < 0 && kind == PronounKind::kPerson) {
      for (int32_t m = static_cast<int32_t>(found->mentions.size()) - 1; m >= 0 && leader < 0; --m) {
        const ActorMention& earlier = found->mentions[m];
        if (earlier.end <= np.begin && earlier.resolved() && !earlier.surname.empty()) leader = m;
      }
    } else if (leader < 0) {
      leader = Antecedent(kind, np.begin, found->mentions);
    }
    if (leader < 0) continue;
    ActorMention mention = found->mentions[leader];
    mention.begin = np.begin;
    mention.end = np.end;
    mention.person = false;
    mention.plural = true;
    mention.how = "pronoun";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

namespace {

int32_t OtherParty(const SentenceAnalysis& analysis, uint32_t n, bool* speaker);

// Leaves the actors NP `n`'s words named unresolved, for a reference that
// replaces them ("the three European governments" are no EUR).
void Supersede(uint32_t n, MatchedMentions* found) {
  for (ActorMention& superseded : found->mentions) {
    if (superseded.np == static_cast<int32_t>(n)) superseded.code = "---";
  }
}

// Whether NP `n` is "the" and qualifiers (adjectives, names; not "other",
// "first", "host"...) before "country", "nation" or "state", naming at most a
// region: "the South American country", "the Gulf state", "the Pacific
// nation".
bool QualifiedCountryPhrase(const SentenceAnalysis& analysis, const MatchedMentions& found, uint32_t n) {
  const NounPhrase& np = analysis.nps[n];
  if (np.head < np.begin + 2 || !SameTextAsAny(analysis.words[np.head], "country", "nation", "state", "bloc")) {
    return false;
  }
  for (uint32_t k = np.begin + 1; k < np.head; ++k) {
    const PosTag tag = analysis.tags[k];
    if ((tag != PosTag::kJJ && tag != PosTag::kNNP) ||
        SameTextAsAny(analysis.words[k], "other", "first", "second", "third", "next", "last", "same", "only", "host")) {
      return false;
    }
  }
  const int32_t named = found.mention_of_np[n];
  return named < 0 || (IsRegionCode(found.mentions[named].code) && found.mentions[named].end <= np.head);
}

}  // namespace

void ResolveCountryReferences(const ActorHistory& history, const std::vector<const dict::Agent*>& agent_only,
                              const std::vector<bool>& agent_is_head, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.pronoun || np.determiner == kNone || np.head == np.begin ||
        !word_classes::EqualsLower(analysis.words[np.determiner], "the")) {
      continue;
    }
    const bool qualified = QualifiedCountryPhrase(analysis, *found, n);
    if (found->mention_of_np[n] >= 0 && !qualified) continue;
    const std::string_view head = analysis.words[np.head];
    // "the group", "the movement", "the militia": the armed group,
    // movement or party named last; so with adjectives ("the Iran-backed
    // group", "the militant group"), not with a name ("the Wagner group").
    const bool group = (word_classes::EqualsLower(head, "group") || word_classes::EqualsLower(head, "movement") ||
                        word_classes::EqualsLower(head, "militia")) &&
                       std::all_of(analysis.tags.begin() + np.begin + 1, analysis.tags.begin() + np.head,
                                   [](PosTag tag) { return tag == PosTag::kJJ || tag == PosTag::kVBN; });
    if (!group && np.head != np.begin + 1 && !qualified) continue;
    // "the capital": a place, the state's capital ("gangs seized control of
    // the capital").
    const bool capital = word_classes::EqualsLower(head, "capital");
    // "the bloc", "the West African bloc": the organisation of states named
    // last.
    const bool bloc = word_classes::EqualsLower(head, "bloc");
    // ("the state" alone is no reference: "state media", "the state of".)
    if (!group && !capital && !bloc && !word_classes::EqualsLower(head, "country") &&
        !word_classes::EqualsLower(head, "nation") && !(qualified && word_classes::EqualsLower(head, "state"))) {
      continue;
    }
    // As a possessor, only of a role it holds ("the country's army"), not
    // of a thing a role word qualifies ("the country's military
    // cooperation agreements").
    if (np.possessed != kNone && (agent_only[np.possessed] == nullptr || !agent_is_head[np.possessed])) continue;
    // A named actor's state: "Iranian state media" names Iran.
    auto is_state = [](const ActorMention& m) { return m.resolved() && m.named && BeginsWithACountry(m.code); };
    // A named body outside the state: an armed group, party, movement or
    // non-governmental organisation (not a person, a state or its organs).
    auto is_group = [](const ActorMention& m) {
      if (!m.resolved() || !m.named || m.person) return false;
      const std::string_view role = m.code.size() > 3 ? std::string_view(m.code).substr(3) : std::string_view();
      return (BeginsWithACountry(m.code) && !role.empty() && !IsStateRole(role)) || m.code.starts_with("IMG") ||
             m.code.starts_with("NGO");
    };
    auto is_organisation = [](const ActorMention& m) { return m.resolved() && m.named && m.code.starts_with("IGO"); };
    auto fits = [&](const ActorMention& m) { return group ? is_group(m) : bloc ? is_organisation(m) : is_state(m); };
    // (Whose capital, in a sentence naming two states, is no telling.)
    if (capital && std::any_of(found->mentions.begin(), found->mentions.end(), [&](const ActorMention& m) {
          return is_state(m) && std::any_of(found->mentions.begin(), found->mentions.end(), [&](const ActorMention& o) {
                   return is_state(o) && o.code.compare(0, 3, m.code, 0, 3) != 0;
                 });
        })) {
      continue;
    }
    // (A qualified one is not the state of whoever acts on it: "prompting
    // Trump to threaten the South American country" is Colombia.)
    std::string actor_state;
    if (qualified) {
      bool speaker = false;
      const int32_t other = OtherParty(analysis, n, &speaker);
      if (const int32_t m = other == kNone ? -1 : found->mention_of_np[other]; m >= 0 && found->mentions[m].resolved()) {
        actor_state = found->mentions[m].code.substr(0, 3);
      }
    }
    auto candidate = [&](const ActorMention& m) {
      return fits(m) && (actor_state.empty() || m.code.compare(0, 3, actor_state) != 0) && !IsRegionCode(m.code);
    };
    const ActorMention* state = nullptr;
    for (auto it = found->mentions.rbegin(); it != found->mentions.rend() && state == nullptr; ++it) {
      if (it->end <= np.begin && candidate(*it)) state = &*it;
    }
    // (A group only from its own sentence: earlier ones name many groups,
    // and "a group of protesters" may be the one meant.)
    for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && state == nullptr && !group; ++it) {
      if (candidate(*it)) state = &*it;
    }
    if (state == nullptr) continue;
    if (found->mention_of_np[n] >= 0) Supersede(n, found);  // the region the qualifier named
    ActorMention mention;
    mention.code = group || bloc ? state->code : state->code.substr(0, 3);
    mention.entries = state->entries;
    mention.named = true;
    mention.begin = np.begin;
    mention.end = np.end;
    mention.np = static_cast<int32_t>(n);
    mention.how = capital ? "place" : "reference";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

namespace {

// The noun phrase of the party outside a pair phrase `n`: the actor of
// the clause it is the object of ("the UN urged both sides to ..."), or
// whoever says the clause it is the subject of ("Qatar said both sides
// ..."; `speaker` true). kNone when there is none.
int32_t OtherParty(const SentenceAnalysis& analysis, uint32_t n, bool* speaker) {
  const int32_t np = static_cast<int32_t>(n);
  for (const Clause& clause : analysis.clauses) {
    if (clause.subject_np == np) {
      *speaker = true;
      const bool reported = clause.kind == ClauseKind::kReported || clause.kind == ClauseKind::kComplement;
      return reported && clause.parent_clause != kNone ? analysis.clauses[clause.parent_clause].actor_np() : kNone;
    }
    bool object = false;
    for (uint32_t o : analysis.indices(clause.objects)) object |= static_cast<int32_t>(o) == np;
    for (uint32_t pp : analysis.indices(clause.preps)) object |= analysis.pps[pp].object_np == np;
    if (object) {
      *speaker = false;
      return clause.actor_np();
    }
  }
  return kNone;
}

// Whether the speaker `speaker_np` has, earlier in the sentence, done
// something with an object or partner (an NP of `found`'s other than its
// own, ending before `before`): "Trump spoke with Putin and said the two
// had agreed" counts Trump among the two.
bool SpeakerDealtWithAPartner(const MatchedMentions& found, int32_t speaker_np, uint32_t before) {
  const SentenceAnalysis& analysis = found.analysis;
  auto names_another = [&](int32_t np) {
    const int32_t m = np == kNone ? -1 : found.mention_of_np[np];
    const int32_t own = found.mention_of_np[speaker_np];
    return m >= 0 && found.mentions[m].resolved() && analysis.nps[np].end <= before &&
           (own < 0 || found.mentions[own].code != found.mentions[m].code);
  };
  for (const Clause& clause : analysis.clauses) {
    if (clause.actor_np() != speaker_np || clause.verb.begin >= before) continue;
    for (uint32_t o : analysis.indices(clause.objects)) {
      if (names_another(static_cast<int32_t>(o))) return true;
    }
    for (uint32_t pp : analysis.indices(clause.preps)) {
      if (names_another(analysis.pps[pp].object_np)) return true;
    }
  }
  return false;
}

}  // namespace

bool TwoParties(const ActorMention& a, const ActorMention& b) {
  return a.resolved() && b.resolved() && !SameText(a.how, "place") && !SameText(b.how, "place") &&
         !a.code.starts_with(b.code) && !b.code.starts_with(a.code);
}

void NoteDyad(const ActorMention& source, const ActorMention& target, ActorHistory* history) {
  if (!TwoParties(source, target)) return;
  history->last_dyad.assign({source, target});
}

bool IsPairPhrase(const SentenceAnalysis& analysis, uint32_t n, bool* state, bool* people, uint32_t* count) {
  const NounPhrase& np = analysis.nps[n];
  if (np.kind != NounPhraseKind::kBase || np.pronoun) return false;
  using word_classes::EqualsLower;
  if (count != nullptr) *count = 2;
  const bool both = EqualsLower(analysis.words[np.begin], "both") && np.head == np.begin + 1;
  // "the two sides", and "the three countries", "the four states": as
  // many parties.
  bool the_number = EqualsLower(analysis.words[np.begin], "the") && np.head == np.begin + 2 &&
                    EqualsLower(analysis.words[np.begin + 1], "two");
  // (One qualifier may come between for more than two: "the three European
  // governments".)
  const bool qualified = np.head == np.begin + 3 && (analysis.tags[np.begin + 2] == PosTag::kJJ ||
                                                     analysis.tags[np.begin + 2] == PosTag::kNNP);
  if (!the_number && count != nullptr && EqualsLower(analysis.words[np.begin], "the") &&
      (np.head == np.begin + 2 || qualified)) {
    const std::string_view number = analysis.words[np.begin + 1];
    *count = EqualsLower(number, "three") ? 3 : EqualsLower(number, "four") ? 4 : EqualsLower(number, "five") ? 5 : 2;
    the_number = *count > 2;
  }
  if (qualified && !(the_number && *count > 2)) return false;
  // "said the two had agreed": the number alone is the pair.
  if (EqualsLower(analysis.words[np.begin], "the") && np.head == np.begin + 1 && np.end == np.begin + 2 &&
      EqualsLower(analysis.words[np.head], "two")) {
    return true;
  }
  if (!both && !the_number) return false;
  const std::string_view head = analysis.words[np.head];
  *state = SameTextAsAny(head, "countries", "nations", "neighbours", "neighbors", "states");
  *people = SameTextAsAny(head, "leaders", "men", "women", "presidents", "ministers", "premiers");
  return *state || *people || SameTextAsAny(head, "sides", "governments", "parties", "rivals", "allies", "delegations");
}

void ForgetPairPhraseRoles(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                           std::vector<const dict::Agent*>* agent_only) {
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    bool state = false, people = false;
    uint32_t count = 2;
    if (mention_of_np[n] < 0 && IsPairPhrase(analysis, n, &state, &people, &count)) (*agent_only)[n] = nullptr;
  }
}

void ResolvePairReferences(const ActorHistory& history, std::vector<std::vector<int32_t>>* group_of_np,
                           MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    bool state = false, people = false;
    uint32_t count = 2;
    if (!IsPairPhrase(analysis, n, &state, &people, &count)) continue;
    // A name the phrase's words match gives way only to a list of as many
    // before it: "Spain, Ireland and Norway ... the three European
    // governments" (not Europe).
    const bool named = found->mention_of_np[n] >= 0;
    if (named && count <= 2) continue;
    // Not the other party, unless it comes after ("..., the Afghan ministry
    // said") or is named again: "Trump said he ...".
    bool speaker = false;
    const int32_t other = OtherParty(analysis, n, &speaker);
    std::vector<std::string> outside;
    bool outside_is_person = false;
    if (other != kNone && analysis.nps[other].end <= np.begin &&
        !(speaker && SpeakerDealtWithAPartner(*found, other, np.begin)) &&
        !(speaker && std::any_of(analysis.words.begin() + analysis.nps[other].end, analysis.words.begin() + np.begin,
                                 [](std::string_view w) { return SameTextAsAny(w, "he", "she", "we"); }))) {
      const NounPhrase& phrase = analysis.nps[other];
      for (const ActorMention& m : found->mentions) {
        const bool member = phrase.kind == NounPhraseKind::kCoordination && m.np >= 0 &&
                            std::ranges::any_of(analysis.indices(phrase.members),
                                                [&](uint32_t each) { return static_cast<int32_t>(each) == m.np; });
        if (m.np == other || member) {
          outside.push_back(m.code);
          outside_is_person = outside_is_person || m.person;
        }
      }
    }
    std::vector<ActorMention> pair;
    auto consider = [&](const ActorMention& m) {
      // ("The Kremlin said the two leaders agreed": an institution speaking
      // of leaders does not rule out its own.)
      const bool own_leader = people && m.person && !outside_is_person;
      if (pair.size() == count || !m.resolved() || SameText(m.how, "place") || (people && !m.person) ||
          (!own_leader && std::find(outside.begin(), outside.end(), m.code) != outside.end())) {
        return;
      }
      ActorMention copy = m;
      if (state) copy.code = m.code.substr(0, 3);
      if (std::ranges::all_of(pair, [&](const ActorMention& chosen) { return TwoParties(chosen, copy); })) {
        pair.push_back(std::move(copy));
      }
    };
    // "Spain, Ireland and Norway ... the three countries": more than two
    // are the members of the nearest list of that many before it.
    if (count > 2) {
      const NounPhrase* list = nullptr;
      for (const NounPhrase& each : analysis.nps) {
        if (each.kind == NounPhraseKind::kCoordination && each.end <= np.begin && each.members.size() == count &&
            (list == nullptr || each.end > list->end)) {
          list = &each;
        }
      }
      if (list == nullptr) continue;
      for (uint32_t member : analysis.indices(list->members)) {
        if (found->mention_of_np[member] >= 0) consider(found->mentions[found->mention_of_np[member]]);
      }
    }
    // This sentence's, nearest first (mentions are not in text order).
    std::vector<const ActorMention*> before;
    for (const ActorMention& m : found->mentions) {
      if (m.end <= np.begin) before.push_back(&m);
    }
    std::stable_sort(before.begin(), before.end(),
                     [](const ActorMention* a, const ActorMention* b) { return a->end > b->end; });
    // (Not where things happen: "talks in Muscat, the Omani capital, where
    // the two sides met".)
    for (const ActorMention* m : before) {
      if (count == 2 && !sentence_coding::NamedAsWhere(analysis, *m)) consider(*m);
    }
    // (The last dyad is two parties only.)
    if (pair.size() < count && count == 2) {
      pair.clear();
      for (const ActorMention& m : history.last_dyad) consider(m);
    }
    if (pair.size() < count) continue;
    if (named) Supersede(n, found);
    std::vector<int32_t> copies;
    for (ActorMention& mention : pair) {
      mention.begin = np.begin;
      mention.end = np.end;
      mention.how = "reference";
      mention.person = false;
      mention.plural = true;
      copies.push_back(static_cast<int32_t>(found->mentions.size()));
      found->Add(std::move(mention), static_cast<int32_t>(n));
    }
    found->mention_of_np[n] = copies.front();
    (*group_of_np)[n] = std::move(copies);
  }
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

// Makes NP `n` stand for every one of `antecedents` (not empty): one
// mention each, grouped, how `how` ("pronoun", "included").
void StandForAll(uint32_t n, const std::vector<int32_t>& antecedents, const char* how,
                 std::vector<std::vector<int32_t>>* group_of_np, MatchedMentions* found) {
  const NounPhrase& np = found->analysis.nps[n];
  std::vector<int32_t> copies;
  for (int32_t m : antecedents) {
    ActorMention mention = found->mentions[m];  // a copy: Add may grow the vector
    mention.begin = np.begin;
    mention.end = np.end;
    mention.how = how;
    copies.push_back(static_cast<int32_t>(found->mentions.size()));
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
  found->mention_of_np[n] = copies.front();
  (*group_of_np)[n] = std::move(copies);
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

}  // namespace

namespace {

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

void ResolveInclusions(const std::vector<const dict::Agent*>& agent_only,
                       std::vector<std::vector<int32_t>>* group_of_np, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    const int32_t own = found->mention_of_np[n];
    if (np.kind != NounPhraseKind::kBase || agent_only[n] != nullptr || analysis.tags[np.head] != PosTag::kNNS ||
        (own >= 0 && found->mentions[own].end > np.head) || !(*group_of_np)[n].empty()) {
      continue;
    }
    const std::vector<int32_t> included = IncludedActors(analysis, n, found->mention_of_np, found->mentions);
    if (!included.empty()) StandForAll(n, included, "included", group_of_np, found);
  }
}

void ShareAppositions(MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    int32_t other = analysis.nps[n].apposition;
    if (other == kNone) continue;
    int32_t mine = found->mention_of_np[n];
    int32_t theirs = found->mention_of_np[other];
    if (theirs >= 0 && (mine < 0 || !found->mentions[mine].resolved()) && found->mentions[theirs].resolved()) {
      ActorMention copy = found->mentions[theirs];
      copy.how = "apposition";
      copy.begin = analysis.nps[n].begin;
      copy.end = analysis.nps[n].end;
      found->Add(std::move(copy), static_cast<int32_t>(n));
    } else if (mine >= 0 && theirs < 0 && found->mentions[mine].resolved()) {
      found->mention_of_np[other] = mine;
    }
  }
}

}  // namespace khaldun
