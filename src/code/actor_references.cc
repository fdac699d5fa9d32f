#include "code/actor_references.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/roles.h"
#include "code/sufferers.h"
#include "code/target_search.h"
#include "lang/word_classes.h"

namespace khaldun {

void ResolveSurnames(const std::vector<std::string_view>& keys, const ActorHistory& history,
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
    const std::string_view key = keys[np.head];
    const ActorMention* earlier = nullptr;
    for (auto it = found->mentions.rbegin(); it != found->mentions.rend() && earlier == nullptr; ++it) {
      if (it->end <= np.begin && SameBytes(it->surname, key)) earlier = &*it;
    }
    for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && earlier == nullptr; ++it) {
      if (SameBytes(it->surname, key)) earlier = &*it;
    }
    if (earlier == nullptr) continue;
    ActorMention mention = *earlier;
    mention.begin = np.head;
    mention.end = np.head + 1;
    mention.how = "surname";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

namespace {

// The last resolved person named (a mention with a surname) ending by
// `before`, whom "his" or "her" there stands for; -1 when none.
int32_t LastPersonNamedBefore(const std::vector<ActorMention>& mentions, uint32_t before) {
  for (int32_t m = static_cast<int32_t>(mentions.size()) - 1; m >= 0; --m) {
    if (mentions[m].end <= before && mentions[m].resolved() && !mentions[m].surname.empty()) return m;
  }
  return -1;
}

}  // namespace

void ResolvePossessedPhrases(const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                             MatchedMentions* found, bool deeds_only) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (found->mention_of_np[n] >= 0 || agent_only[n] != nullptr || absorbed_by[n] >= 0) continue;
    if (deeds_only && (np.possessor == kNone || !(word_classes::IsDeedNoun(analysis.lemma(np.head)) ||
                                                   word_classes::IsPersonalPropertyNoun(analysis.lemma(np.head))))) {
      continue;
    }
    if (np.possessor == kNone && np.determiner != kNone && np.kind == NounPhraseKind::kBase &&
        np.head == np.begin + 1 && KindOfPronoun(analysis.words[np.determiner]) == PronounKind::kPerson &&
        SameTextAsAny(analysis.words[np.head], "country", "nation", "homeland")) {
      // "said his country would never recognise Kosovo": the state of the
      // one named last, a person by name or else anyone of a state.
      int32_t owner = LastPersonNamedBefore(found->mentions, np.begin);
      for (int32_t m = static_cast<int32_t>(found->mentions.size()) - 1; m >= 0 && owner < 0; --m) {
        const ActorMention& before = found->mentions[m];
        if (before.end <= np.begin && before.resolved() && BeginsWithACountry(before.code)) owner = m;
      }
      if (owner >= 0) {
        ActorMention mention;
        mention.code = found->mentions[owner].code.substr(0, 3);
        mention.entries = found->mentions[owner].entries;
        mention.named = true;
        mention.begin = np.begin;
        mention.end = np.end;
        mention.how = "possessor";
        found->Add(std::move(mention), static_cast<int32_t>(n));
      }
      continue;
    }
    if (np.possessor == kNone) {
      // "opened fire on his motorcade", "raided her home": a person's
      // residence or vehicle is that person's, the one named last.
      if (np.determiner == kNone || np.kind != NounPhraseKind::kBase ||
          KindOfPronoun(analysis.words[np.determiner]) != PronounKind::kPerson ||
          !word_classes::IsPersonalPropertyNoun(analysis.words[np.head])) {
        continue;
      }
      if (const int32_t owner = LastPersonNamedBefore(found->mentions, np.begin); owner >= 0) {
        ActorMention mention = found->mentions[owner];
        mention.begin = np.begin;
        mention.end = np.end;
        mention.person = false;
        mention.how = "possessor";
        found->Add(std::move(mention), static_cast<int32_t>(n));
      }
      continue;
    }
    // "Europe's largest nuclear plant", "the world's biggest": a region's
    // possessive before a superlative ranks, it does not own (while
    // "India's largest base" is India's).
    if (np.begin < np.end && analysis.tags[np.begin] == PosTag::kJJS &&
        word_classes::IsRegionWord(analysis.words[analysis.nps[np.possessor].head])) {
      continue;
    }
    const int32_t owner = found->mention_of_np[np.possessor];
    if (owner < 0 || !found->mentions[owner].resolved()) continue;
    ActorMention mention = found->mentions[owner];
    mention.begin = np.begin;
    mention.end = np.end;
    mention.how = "possessor";
    // "Imran Khan's supporters" are many, no one person: "they" may be them.
    if (analysis.tags[np.head] == PosTag::kNNS || analysis.tags[np.head] == PosTag::kNNPS) {
      mention.plural = true;
      mention.person = false;
    }
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

void ResolveFollowers(const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                      MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  // "Sudanese paramilitaries loyal to Hemedti": armed men loyal to the
  // leader of an armed group are that group's, whatever their nationality.
  for (const PrepPhrase& pp : analysis.pps) {
    const int32_t men = pp.attached_np;
    if (men == kNone || pp.preposition < 1 || !word_classes::EqualsLower(analysis.words[pp.preposition], "to") ||
        !word_classes::IsAllegianceWord(analysis.words[pp.preposition - 1]) || found->mention_of_np[men] < 0 ||
        found->mention_of_np[pp.object_np] < 0) {
      continue;
    }
    ActorMention& follower = found->mentions[found->mention_of_np[men]];
    const ActorMention& leader = found->mentions[found->mention_of_np[pp.object_np]];
    if (follower.resolved() && leader.resolved() && IsForceRole(RoleOf(follower.code)) &&
        IsNonStateArmedRole(RoleOf(leader.code))) {
      follower.code = leader.code;
    }
  }
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || found->mention_of_np[n] >= 0 || agent_only[n] != nullptr ||
        absorbed_by[n] >= 0 ||
        !SameTextAsAny(analysis.lemma(np.head), "supporter", "follower", "loyalist", "backer", "partisan", "member",
                       "critic", "opponent", "rival")) {
      continue;
    }
    // (A state office-holder's critics are its opposition, TakeSupportersAsCrowds; anyone else's no one known.)
    const bool against = SameTextAsAny(analysis.lemma(np.head), "critic", "opponent", "rival");
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
      leader = LastPersonNamedBefore(found->mentions, np.begin);
    } else if (leader < 0) {
      leader = Antecedent(kind, np.begin, found->mentions);
    }
    if (leader < 0) continue;
    if (against && !(found->mentions[leader].code.size() >= 6 && IsStateActor(found->mentions[leader].code))) continue;
    ActorMention mention = found->mentions[leader];
    // (Critics are the opposition from the start: "Critics of Erdogan accused him" is not Erdogan accusing.)
    if (against) mention.code = std::string(CountryPart(mention.code)) + "OPP";
    mention.begin = np.begin;
    mention.end = np.end;
    mention.person = false;
    mention.plural = true;
    mention.how = "pronoun";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

void ReadOwnersOverModifiers(MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || np.possessor == kNone || found->mention_of_np[np.possessor] < 0) continue;
    const ActorMention& modifier = found->mentions[m];
    const int32_t owner = found->mention_of_np[np.possessor];
    // (The owner's own organ or officer says more: "Russia's FSB security
    // service", "Qatar's Prime Minister Sheikh Mohammed".)
    if (modifier.np == static_cast<int32_t>(n) && modifier.end <= np.head && modifier.begin >= np.begin &&
        found->mentions[owner].resolved() && CountryPart(modifier.code) != CountryPart(found->mentions[owner].code)) {
      found->mention_of_np[n] = owner;
    }
  }
}

void TakeSupportersAsCrowds(MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (ActorMention& mention : found->mentions) {
    if (mention.np < 0 || !mention.resolved() || mention.code.size() < 6 || !IsStateActor(mention.code)) continue;
    const NounPhrase& np = analysis.nps[mention.np];
    // (The crowd's own phrase, or a name before its head: "Trump supporters".)
    const std::string_view lemma = analysis.lemma(np.head);
    const bool crowd = SameTextAsAny(lemma, "supporter", "follower", "backer");
    const bool opponents = SameTextAsAny(lemma, "opponent", "rival", "critic", "foe", "adversary", "detractor");
    if (mention.begin > np.head || mention.end > np.end || !(crowd || opponents)) continue;
    mention.code = std::string(CountryPart(mention.code)) + (crowd ? "CVL" : "OPP");
    mention.end = std::max(mention.end, np.head + 1);
    mention.person = false;
    mention.plural = true;
    mention.surname.clear();
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
    // "the bloc", "the West African bloc", "the alliance": the organisation of
    // states named last.
    const bool bloc = word_classes::EqualsLower(head, "bloc") || word_classes::EqualsLower(head, "alliance");
    // "accusing the kingdom of hostile actions": a state by the kind of
    // its government, never the state of whoever acts on it.
    const bool monarchy = word_classes::EqualsLower(head, "kingdom") || word_classes::EqualsLower(head, "emirate") ||
                          word_classes::EqualsLower(head, "sultanate");
    // ("the state" alone is no reference: "state media", "the state of".)
    if (!group && !capital && !bloc && !monarchy && !word_classes::EqualsLower(head, "country") &&
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
    if (qualified || monarchy) {
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

bool ActsOnIt(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const NounPhrase& np,
              const ActorMention& m) {
  const int32_t c = analysis.clause_of_word[np.begin];
  if (c == kNone || np.begin < analysis.clauses[c].verb.end) return false;
  const int32_t subject = analysis.clauses[c].actor_np();
  if (subject == kNone) return false;
  // (Nor one that is itself a subject, of a clause within: "struck what the military called hideouts".)
  for (const Clause& clause : analysis.clauses) {
    if (clause.subject_np != kNone && analysis.nps[clause.subject_np].begin == np.begin) return false;
  }
  return std::ranges::any_of(mentions, [&](const ActorMention& named) {
    return named.resolved() && named.code == m.code && named.begin >= analysis.nps[subject].full_begin &&
           named.end <= analysis.nps[subject].end;
  });
}

bool TwoParties(const ActorMention& a, const ActorMention& b) {
  // (Prefixes compared in line: string's starts_with is a call and a memcmp call.)
  auto starts_with = [](std::string_view code, std::string_view prefix) {
    return code.size() >= prefix.size() && SameBytes(code.substr(0, prefix.size()), prefix);
  };
  return a.resolved() && b.resolved() && !SameText(a.how, "place") && !SameText(b.how, "place") &&
         !starts_with(a.code, b.code) && !starts_with(b.code, a.code);
}

void NoteDyad(const ActorMention& source, const ActorMention& target, ActorHistory* history) {
  if (!TwoParties(source, target)) return;
  // Copied into the two kept slots: assigning {source, target} copied each
  // mention twice (into the list, then into the vector), every string and
  // entry list allocated anew. (The two are the sentence's mentions, never
  // the history's own.)
  history->last_dyad.resize(2);
  history->last_dyad[0] = source;
  history->last_dyad[1] = target;
  history->last_doer = source;
}

uint32_t SurnameWord(std::string_view code, uint32_t begin, uint32_t end) {
  return SameTextAsAny(CountryPart(code), "CHN", "TWN", "KOR", "PRK") ? begin : end - 1;
}

void NoteDoer(const ActorMention& doer, ActorHistory* history) {
  if (doer.resolved() && !SameText(doer.how, "place")) history->last_doer = doer;
}

bool IsPairPhrase(const SentenceAnalysis& analysis, uint32_t n, bool* state, bool* people, uint32_t* count) {
  const NounPhrase& np = analysis.nps[n];
  if (np.kind != NounPhraseKind::kBase || np.pronoun) return false;
  using word_classes::EqualsLower;
  if (count != nullptr) *count = 2;
  // Every pair phrase opens with "both" or "the": most phrases are turned
  // away by the first word's length alone (this runs twice for every NP).
  if (const size_t first = analysis.words[np.begin].size(); first != 3 && first != 4) return false;
  const bool both = EqualsLower(analysis.words[np.begin], "both") && np.head == np.begin + 1;
  // "the two sides", and "the three countries", "the four states": as
  // many parties.
  bool the_number = EqualsLower(analysis.words[np.begin], "the") && np.head == np.begin + 2 &&
                    EqualsLower(analysis.words[np.begin + 1], "two");
  // (One or two qualifiers may come between for more than two: "the three European governments", "the three
  // Central American countries".)
  bool qualified = np.head == np.begin + 3 || np.head == np.begin + 4;
  for (uint32_t k = np.begin + 2; qualified && k < np.head; ++k) {
    qualified = analysis.tags[k] == PosTag::kJJ || analysis.tags[k] == PosTag::kNNP;
  }
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

void ResolveDeedsToldBefore(const ActorHistory& history, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  if (!history.last_doer.resolved() || analysis.clauses.empty()) return;
  const ActorMention& doer = history.last_doer;
  const Clause& first = analysis.clauses[0];
  const int32_t subject = first.actor_np();
  const uint32_t subject_begin = subject != kNone ? analysis.nps[subject].full_begin : 0;
  const uint32_t subject_end = subject != kNone ? analysis.nps[subject].end : 0;
  for (uint32_t object : analysis.indices(first.objects)) {
    const NounPhrase& np = analysis.nps[object];
    if (found->mention_of_np[object] >= 0 || !IsDeedReference(analysis, static_cast<int32_t>(object))) continue;
    bool told_here = false, own = false;
    for (const ActorMention& m : found->mentions) {
      if (!m.resolved() || m.end > np.begin) continue;
      const bool subjects = m.begin >= subject_begin && m.end <= subject_end && subject != kNone;
      told_here |= !subjects;
      own |= subjects && m.code.compare(0, 3, doer.code, 0, 3) == 0;
    }
    if (told_here || own) continue;
    ActorMention mention = doer;
    mention.begin = np.begin;
    mention.end = np.end;
    mention.np = static_cast<int32_t>(object);
    mention.person = false;
    mention.how = "deed doer";
    found->Add(std::move(mention), static_cast<int32_t>(object));
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

void KeepSurnamesOfTitledNames(const std::vector<std::string_view>& keys, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (ActorMention& mention : found->mentions) {
    if (!mention.resolved() || !mention.person || mention.plural || !mention.surname.empty() || mention.np < 0 ||
        SameText(mention.how, "place")) {
      continue;
    }
    const NounPhrase& np = analysis.nps[static_cast<size_t>(mention.np)];
    // (A copy from an apposition spans the whole phrase: its name is all of it.)
    const uint32_t after_title = SameText(mention.how, "apposition") ? np.begin : mention.end;
    const uint32_t name_begin = std::max(np.name_begin, after_title);
    if (np.kind != NounPhraseKind::kBase || np.end < name_begin + 2 || np.end > name_begin + 4) continue;
    bool name = true;
    for (uint32_t w = name_begin; w < np.end && name; ++w) {
      name = analysis.tags[w] == PosTag::kNNP && !analysis.words[w].empty() && analysis.words[w][0] >= 'A' &&
             analysis.words[w][0] <= 'Z';
    }
    if (name) mention.surname = keys[SurnameWord(mention.code, name_begin, np.end)];
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
  ShareWhatTheyAreBelievedToBe(found);
}

void ShareWhatTheyAreBelievedToBe(MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (const Clause& believed : analysis.clauses) {
    if (believed.kind != ClauseKind::kParticipial || !believed.verb.passive || believed.antecedent_np == kNone ||
        believed.complement_clause == kNone || !word_classes::IsBeliefVerb(analysis.lemma(believed.verb.lemma))) {
      continue;
    }
    const Clause& infinitive = analysis.clauses[static_cast<size_t>(believed.complement_clause)];
    if (infinitive.verb.end >= analysis.size() || analysis.lemma(infinitive.verb.main_verb) != "be") continue;
    const int32_t what = analysis.np_of_word[infinitive.verb.end];
    if (what == kNone || analysis.nps[what].full_begin != infinitive.verb.end) continue;
    // The phrase, or the group its members belong to: "members of al-Shabaab".
    int32_t theirs = found->mention_of_np[what];
    for (uint32_t pp : analysis.indices(analysis.nps[what].pps)) {
      if (theirs >= 0 && found->mentions[theirs].resolved()) break;
      if (SameText(analysis.words[analysis.pps[pp].preposition], "of")) theirs = found->mention_of_np[analysis.pps[pp].object_np];
    }
    // Only a named actor says more than the noun's role: "gunmen" are not the "jihadists" role either way.
    if (theirs < 0 || !found->mentions[theirs].resolved() || !SameText(found->mentions[theirs].how, "actor")) continue;
    const int32_t noun = believed.antecedent_np;
    const int32_t mine = found->mention_of_np[noun];
    if (mine >= 0 && found->mentions[mine].resolved() && SameText(found->mentions[mine].how, "actor")) continue;
    ActorMention copy = found->mentions[theirs];
    copy.how = "believed to be";
    copy.begin = analysis.nps[noun].begin;
    copy.end = analysis.nps[noun].end;
    copy.person = false;
    found->Add(std::move(copy), noun);
  }
}

}  // namespace khaldun
