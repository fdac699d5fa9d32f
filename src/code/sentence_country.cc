#include "code/sentence_country.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "base/same_text.h"
#include "code/actor_places.h"
#include "code/actor_references.h"
#include "code/roles.h"
#include "code/sufferers.h"
#include "code/word_key.h"
#include "lang/word_classes.h"

namespace khaldun {

bool NamesPeacekeepers(const SentenceAnalysis& analysis, const NounPhrase& np) {
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (word_classes::IsPeacekeepingWord(analysis.words[k])) return true;
  }
  return false;
}

namespace {

// Institutions every state has of its own, which its government acts on at
// home: "the opposition", "parliament". (Not its forces: what it orders
// them to do is aimed at others, "ordered the army to seize the buffer
// zone".)
bool IsDomesticInstitution(std::string_view word) {
  return SameTextAsAny(word, "opposition", "parliament", "judiciary", "legislature", "senate", "congress", "cabinet");
}

// The country of the government (a GOV, LEG or JUD actor of a country)
// whose clause has NP `n`, a bare domestic institution ("the opposition",
// with "the" or no determiner, no possessor), as its object or a
// preposition's object; the actor of a clause without one is its
// controller's or its parent's ("declared martial law, accusing the
// opposition"). With `armed_opposition`, NP `n` is instead any phrase
// without possessor (its role being rebels or insurgents: "resumed peace
// talks with Muslim rebels in Kuala Lumpur"), and the government (GOV
// only) must be the subject written in its clause. Else "".
std::string CountryOfGovernmentActingOn(const SentenceAnalysis& analysis, uint32_t n,
                                        const std::vector<ActorMention>& mentions,
                                        const std::vector<int32_t>& mention_of_np, bool armed_opposition = false) {
  const NounPhrase& np = analysis.nps[n];
  if (np.kind != NounPhraseKind::kBase || np.possessor != kNone) return "";
  if (!armed_opposition &&
      (!IsDomesticInstitution(analysis.words[np.head]) || np.head != np.end - 1 ||
       (np.determiner != kNone && !word_classes::EqualsLower(analysis.words[np.determiner], "the")))) {
    return "";
  }
  for (const Clause& clause : analysis.clauses) {
    const auto objects = analysis.indices(clause.objects);
    bool acts_on = std::find(objects.begin(), objects.end(), n) != objects.end();
    // (Not the doer a passive's "by" names: "was pressured by Congress".)
    for (uint32_t pp : analysis.indices(clause.preps)) {
      acts_on |= analysis.pps[pp].object_np == static_cast<int32_t>(n) && clause.agent_np != static_cast<int32_t>(n) &&
                 !SameText(analysis.words[analysis.pps[pp].preposition], "by");
    }
    if (!acts_on) continue;
    const Clause* doer = &clause;
    while (!armed_opposition && doer->actor_np() == kNone && doer->parent_clause != kNone) {
      doer = &analysis.clauses[doer->parent_clause];
    }
    const int32_t actor_np = armed_opposition ? doer->subject_np : doer->actor_np();
    const int32_t actor = actor_np == kNone ? -1 : mention_of_np[actor_np];
    if (actor < 0 || !mentions[actor].resolved()) return "";
    const std::string& code = mentions[actor].code;
    const std::string_view role = code.size() >= 6 ? std::string_view(code).substr(3, 3) : std::string_view();
    if (!BeginsWithACountry(code) || (role != "GOV" && (armed_opposition || (role != "LEG" && role != "JUD")))) {
      return "";
    }
    return code.substr(0, 3);
  }
  return "";
}

// The country of the state organ or opposition (GOV, LEG, JUD, ELI, PTY,
// OPP) that role NP `n`, a force of no known country, arrests, detains or
// jails, or fires on ("Mutinous soldiers detained Malian President Keita",
// "National Guard troops fired tear gas at protesters in Caracas"): a
// state's forces hold and repress their own; else "".
std::string CountryOfThoseTheyHold(const SentenceAnalysis& analysis, uint32_t n, const std::vector<ActorMention>& mentions,
                                   const std::vector<int32_t>& mention_of_np) {
  auto domestic = [&](int32_t np) -> std::string {
    // (Of a coordination, its first member: "detained President Keita and
    // Prime Minister Cisse".)
    if (np != kNone && mention_of_np[np] < 0 && analysis.nps[np].kind == NounPhraseKind::kCoordination) {
      np = static_cast<int32_t>(analysis.indices(analysis.nps[np].members).front());
    }
    const int32_t m = np == kNone ? -1 : mention_of_np[np];
    if (m < 0 || !mentions[m].resolved() || mentions[m].code.size() < 6 || !BeginsWithACountry(mentions[m].code)) {
      return "";
    }
    const std::string_view role = std::string_view(mentions[m].code).substr(3, 3);
    return SameTextAsAny(role, "GOV", "LEG", "JUD", "ELI", "PTY", "OPP") ? mentions[m].code.substr(0, 3) : "";
  };
  for (const Clause& clause : analysis.clauses) {
    const int32_t doer = clause.verb.passive ? clause.agent_np : clause.actor_np();
    if (doer != static_cast<int32_t>(n)) continue;
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    if (SameTextAsAny(lemma, "arrest", "detain", "jail", "imprison")) {
      const auto objects = analysis.indices(clause.objects);
      const int32_t held = clause.verb.passive ? clause.subject_np
                           : objects.empty()   ? kNone
                                               : static_cast<int32_t>(objects.front());
      if (std::string country = domestic(held); !country.empty()) return country;
      continue;
    }
    if (!SameTextAsAny(lemma, "fire", "shoot", "open")) continue;
    for (uint32_t p : analysis.indices(clause.preps)) {
      if (!SameTextAsAny(analysis.words[analysis.pps[p].preposition], "at", "on")) continue;
      if (std::string country = domestic(analysis.pps[p].object_np); !country.empty()) return country;
    }
  }
  return "";
}

// The country of the police, court, intelligence service or government
// that arrests, detains, charges, tries or sentences NP `n` (its active
// object, or a passive's subject with a "by" doer), or "": "Ecuadorean
// police ... arrested former Vice President Jorge Glas" holds one of its own.
std::string CountryOfStateHolding(const SentenceAnalysis& analysis, uint32_t n, const std::vector<ActorMention>& mentions,
                                  const std::vector<int32_t>& mention_of_np) {
  for (const Clause& clause : analysis.clauses) {
    // (Whom it frees or pardons it held: "Nicaragua freed 222 political
    // prisoners and put them on a flight to Washington".)
    if (!SameTextAsAny(analysis.lemma(clause.verb.lemma), "arrest", "detain", "charge", "sentence", "convict",
                       "jail", "imprison", "prosecute", "indict", "try", "free", "release", "pardon")) {
      continue;
    }
    const auto objects = analysis.indices(clause.objects);
    // (Or a member of it: "freed opposition figure Siarhei Tsikhanouski and
    // 13 other prisoners".)
    auto is_or_has = [&](int32_t np) {
      if (np == static_cast<int32_t>(n)) return true;
      if (np == kNone || analysis.nps[np].kind != NounPhraseKind::kCoordination) return false;
      const auto members = analysis.indices(analysis.nps[np].members);
      return std::find(members.begin(), members.end(), n) != members.end();
    };
    const bool held = clause.verb.passive ? is_or_has(clause.subject_np) && clause.agent_np != kNone
                                          : !objects.empty() && is_or_has(static_cast<int32_t>(objects.front()));
    if (!held) continue;
    const int32_t doer_np = clause.verb.passive ? clause.agent_np : clause.actor_np();
    int32_t doer = doer_np == kNone ? -1 : mention_of_np[doer_np];
    // (A pronoun is resolved only later: "the SBU said it had detained a
    // woman" holds one of the SBU's own.)
    if (doer < 0 && doer_np != kNone && analysis.nps[doer_np].pronoun) {
      const std::string_view word = analysis.words[analysis.nps[doer_np].head];
      const PronounKind kind = SameTextAsAny(word, "it", "It") ? PronounKind::kGroupSingular : KindOfPronoun(word);
      doer = Antecedent(kind, analysis.nps[doer_np].begin, mentions);
    }
    if (doer < 0 || !mentions[doer].resolved() || !BeginsWithACountry(mentions[doer].code)) return "";
    const std::string& code = mentions[doer].code;
    const std::string_view role = code.size() >= 6 ? std::string_view(code).substr(3, 3) : std::string_view();
    if (code.size() != 3 && role != "COP" && role != "JUD" && role != "GOV" && role != "SPY") return "";
    return code.substr(0, 3);
  }
  return "";
}

}  // namespace

void ShareCoordinatedCountry(bool tabari_codes, const std::vector<const dict::Agent*>& agent_only,
                             MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kCoordination) continue;
    std::string country;
    for (uint32_t member : analysis.indices(np.members)) {
      int32_t m = found->mention_of_np[member];
      if (m >= 0 && found->mentions[m].resolved() && country.empty()) country = found->mentions[m].code.substr(0, 3);
    }
    if (country.empty()) continue;
    // "US and British activists": a bare country before a member with a role
    // shares that role, when it is a nationality or an acronym (a country's
    // name is a party of its own: "between Israel and Palestinian militant
    // groups").
    std::string role_code;
    for (uint32_t member : analysis.indices(np.members)) {
      int32_t m = found->mention_of_np[member];
      if (m >= 0 && SameText(found->mentions[m].how, "actor+agent")) role_code = found->mentions[m].code.substr(3);
    }
    if (!role_code.empty()) {
      for (uint32_t member : analysis.indices(np.members)) {
        int32_t m = found->mention_of_np[member];
        const NounPhrase& phrase = analysis.nps[member];
        auto modifier_form = [&] {
          return analysis.tags[phrase.begin] != PosTag::kNNP || word_classes::IsAcronym(analysis.words[phrase.begin]);
        };
        bool bare = m >= 0 && found->mentions[m].code.size() == 3 && SameText(found->mentions[m].how, "actor") &&
                    phrase.end - phrase.begin == 1 && phrase.determiner == kNone && modifier_form();
        if (bare) {
          found->mentions[m].code += role_code;
          found->mentions[m].how = "actor+shared role";
        }
      }
    }
    for (uint32_t member : analysis.indices(np.members)) {
      int32_t m = found->mention_of_np[member];
      if (m < 0 || found->mentions[m].resolved() || agent_only[member] == nullptr) continue;
      found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[member]);
      found->mentions[m].how = "sibling+agent";
    }
  }
}

void TakeCompoundPrefixCountry(const CompiledDictionary& dictionary, dict::DateNumber date, bool tabari_codes,
                               const std::vector<const dict::Agent*>& agent_only, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  const dict::Dictionary& dict = dictionary.dictionary();
  auto actor_fit = [&](uint32_t a) { return ActorFitOnDate(dict, a, date); };
  // (`forces`: whether the role is armed; "Iran-linked militias" are not
  // thereby Iran's, while an "Israel-linked ship" is Israel's.)
  auto compound_prefix_country = [&](std::string_view word, bool forces) -> std::string {
    static constexpr std::string_view kSuffixes[] = {"-led", "-owned", "-flagged", "-registered", "-operated",
                                                     "-linked", "-based"};
    std::string_view prefix;
    bool led = false;
    for (std::string_view suffix : kSuffixes) {
      if (forces && suffix == "-linked") continue;
      if (word.size() > suffix.size() && word.ends_with(suffix)) {
        prefix = word.substr(0, word.size() - suffix.size());
        led = suffix == "-led";
      }
    }
    if (prefix.empty()) return "";
    const std::string key_text = WordKey(prefix);
    const std::string_view key = key_text;
    const size_t hash = WordKeyHash(key);
    PhraseIndex::Match leader = dictionary.actors().LongestBest(std::span<const std::string_view>(&key, 1),
                                                                std::span<const size_t>(&hash, 1), 0, 1, actor_fit);
    if (leader.length == 0) return "";
    const dict::DatedCode* code = dict::ResolveCode(dict.actors[leader.payload].codes, date);
    // (An organisation leads too: "NATO-led troops" -> IGOWSTNATMIL.)
    if (code == nullptr || !(code->code.size() == 3 || (led && StartsWithText(code->code, "IGO")))) return "";
    return code->code;
  };
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr) continue;
    for (uint32_t k = analysis.nps[n].begin; k < analysis.nps[n].head; ++k) {
      const std::string country = compound_prefix_country(analysis.words[k], IsForceRole(agent_only[n]->code));
      if (country.empty()) continue;
      found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[n]);
      found->mentions[m].how = "compound prefix+agent";
      break;
    }
  }
  // "rejected a US-backed plan", "an invitation to a UN-hosted conference": a thing whose maker a compound
  // before its head names, and no actor or role, is the maker's.
  if (tabari_codes) return;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || found->mention_of_np[n] >= 0 || agent_only[n] != nullptr) continue;
    for (uint32_t k = np.begin; k < np.head; ++k) {
      const std::string_view word = analysis.words[k];
      const size_t hyphen = word.rfind('-');
      if (hyphen == std::string_view::npos || hyphen == 0 ||
          !SameTextAsAny(word.substr(hyphen + 1), "backed", "sponsored", "proposed", "drafted", "hosted", "authored",
                         "funded", "imposed")) {
        continue;
      }
      const std::string key_text = WordKey(word.substr(0, hyphen));
      const std::string_view key = key_text;
      const size_t hash = WordKeyHash(key);
      const PhraseIndex::Match maker = dictionary.actors().LongestBest(
          std::span<const std::string_view>(&key, 1), std::span<const size_t>(&hash, 1), 0, 1, actor_fit);
      const dict::DatedCode* code =
          maker.length == 0 ? nullptr : dict::ResolveCode(dict.actors[maker.payload].codes, date);
      if (code == nullptr || code->code.empty()) continue;
      ActorMention mention;
      mention.begin = k;
      mention.end = k + 1;
      mention.code = code->code;
      mention.how = "compound prefix owner";
      mention.named = true;
      found->Add(std::move(mention), static_cast<int32_t>(n));
      break;
    }
  }
}

namespace {

// The country of the place an active clause whose subject is NP `n` names
// with a place preposition of its own ("rallied in London"), or "".
std::string CountryWhereTheyAct(const SentenceAnalysis& analysis, uint32_t n, const std::vector<bool>& as_place,
                                const std::vector<ActorMention>& mentions, const std::vector<int32_t>& mention_of_np) {
  // "Thousands of protesters", "a crowd of hundreds of protesters": the
  // phrase their "of" phrases belong to.
  int32_t unit = static_cast<int32_t>(n);
  for (int depth = 0; depth < 4; ++depth) {
    const int32_t of = analysis.nps[unit].pp_object_of;
    if (of == kNone || analysis.pps[of].attached_np == kNone ||
        !word_classes::EqualsLower(analysis.words[analysis.pps[of].preposition], "of")) {
      break;
    }
    unit = analysis.pps[of].attached_np;
  }
  // The country of a place phrase after a preposition of where ("in",
  // "at", "outside"...), or "".
  static constexpr std::string_view kWhere[] = {"in",     "at",     "near",  "outside", "inside", "across",
                                                "throughout", "around", "along", "within",  "through"};
  auto where = [&](const PrepPhrase& pp) -> std::string {
    const std::string_view preposition = analysis.words[pp.preposition];
    if (pp.object_np == kNone || !as_place[pp.object_np] || mention_of_np[pp.object_np] < 0 ||
        std::none_of(std::begin(kWhere), std::end(kWhere),
                     [&](std::string_view each) { return word_classes::EqualsLower(preposition, each); })) {
      return "";
    }
    const ActorMention& place = mentions[mention_of_np[pp.object_np]];
    return place.resolved() && BeginsWithACountry(place.code) ? place.code.substr(0, 3) : "";
  };
  for (const Clause& clause : analysis.clauses) {
    // (Their own act: not what is done to them, "victims killed in ...";
    // but a passive's "by" phrase acts: "was detained by police at a
    // Moscow airport".)
    const bool doer = clause.verb.passive ? clause.agent_np == static_cast<int32_t>(n) || clause.agent_np == unit
                                          : clause.subject_np == static_cast<int32_t>(n) || clause.subject_np == unit;
    if (!doer) continue;
    for (uint32_t p : analysis.indices(clause.preps)) {
      if (std::string country = where(analysis.pps[p]); !country.empty()) return country;
      // Where they went is not whose it is ("set fire to the Swedish
      // embassy"), but a place it is in says where they were ("... the
      // Swedish embassy in Baghdad").
      const int32_t goal = analysis.pps[p].object_np;
      if (goal == kNone) continue;
      for (uint32_t inner : analysis.indices(analysis.nps[goal].pps)) {
        if (std::string country = where(analysis.pps[inner]); !country.empty()) return country;
      }
    }
  }
  return "";
}

// The country of the place that insurgents or gunmen of no known country
// (NP `n`) take, hold or fight in: the place object of an active clause they
// are the subject of ("rebels seized Damascus"), or its phrase of where or
// "into" ("militants stormed into Kunduz", "gunmen opened fire on tourists
// in Kashmir"), or the phrase of where of a clause whose doers fight "with"
// or "against" them ("fought street battles with insurgents in the heart of
// Fallujah": a place's part is in it); failing a place, the country whose
// government such a clause has as its object ("rebels toppled the
// government of Chad"). Else "".
std::string CountryTheyFightIn(const SentenceAnalysis& analysis, uint32_t n, const std::vector<bool>& as_place,
                               const std::vector<ActorMention>& mentions, const std::vector<int32_t>& mention_of_np) {
  auto country_of_place = [&](int32_t np) -> std::string {
    if (np == kNone || mention_of_np[np] < 0) return "";
    const ActorMention& place = mentions[mention_of_np[np]];
    // (People are no place: "rammed a vehicle into Chinese engineers in Pakistan".)
    if (!(as_place[np] || SameText(place.how, "place")) || !place.resolved() || !BeginsWithACountry(place.code) ||
        (place.code.size() > 3 && !SameText(place.how, "place"))) {
      return "";
    }
    return place.code.substr(0, 3);
  };
  // "rebels toppled the government of Chad": a government is what its own
  // insurgents rise against (its forces may be abroad: "insurgents attacked
  // American troops").
  auto country_of_state = [&](int32_t np) -> std::string {
    if (mention_of_np[np] < 0) return "";
    const ActorMention& actor = mentions[mention_of_np[np]];
    if (!actor.resolved() || as_place[np] || SameText(actor.how, "place") || CountryPart(actor.code).empty() ||
        actor.code.size() < 6) {
      return "";
    }
    return std::string_view(actor.code).substr(3, 3) == "GOV" ? actor.code.substr(0, 3) : "";
  };
  // ("in the heart of Fallujah": a place's part is in it.)
  auto country_in = [&](int32_t np) -> std::string {
    if (np == kNone) return "";
    if (std::string country = country_of_place(np); !country.empty()) return country;
    for (uint32_t inner : analysis.indices(analysis.nps[np].pps)) {
      if (SameText(analysis.words[analysis.pps[inner].preposition], "of")) {
        return country_of_place(analysis.pps[inner].object_np);
      }
    }
    return "";
  };
  std::string state;
  for (const Clause& clause : analysis.clauses) {
    if (clause.verb.passive) continue;
    // (Or whom the clause's doers fight with: "fought street battles with insurgents in Fallujah".)
    const bool fought_with = std::ranges::any_of(analysis.indices(clause.preps), [&](uint32_t p) {
      return analysis.pps[p].object_np == static_cast<int32_t>(n) &&
             SameTextAsAny(analysis.words[analysis.pps[p].preposition], "with", "against");
    });
    if (clause.subject_np != static_cast<int32_t>(n) && !fought_with) continue;
    for (uint32_t object : analysis.indices(clause.objects)) {
      if (fought_with) break;
      if (std::string country = country_of_place(static_cast<int32_t>(object)); !country.empty()) return country;
      if (state.empty()) state = country_of_state(static_cast<int32_t>(object));
    }
    for (uint32_t p : analysis.indices(clause.preps)) {
      const std::string_view preposition = analysis.words[analysis.pps[p].preposition];
      if (!SameTextAsAny(preposition, "in", "into", "inside", "across", "throughout", "around", "near")) continue;
      if (std::string country = country_in(analysis.pps[p].object_np); !country.empty()) return country;
    }
  }
  return state;
}

}  // namespace

namespace {

// "after peace talks in Tokyo collapsed": where talks were held says
// nothing of whose the sentence's roles are.
bool NamesTalksVenue(const SentenceAnalysis& analysis, const ActorMention& m, const std::vector<bool>& as_place) {
  if (m.np < 0 || !(as_place[m.np] || SameText(m.how, "place"))) return false;
  const int32_t pp = analysis.nps[m.np].pp_object_of;
  if (pp == kNone) return false;
  const uint32_t preposition = analysis.pps[pp].preposition;
  if (preposition == 0 || !SameTextAsAny(analysis.words[preposition], "in", "at")) return false;
  const int32_t talks = analysis.np_of_word[preposition - 1];
  return talks != kNone && analysis.nps[talks].end == preposition &&
         word_classes::IsTalkNoun(analysis.words[analysis.nps[talks].head]);
}

// The word of `np` where the agent's title opens ("Attorney" of "Attorney
// General Consuelo Porras"), before its head; else the phrase's end.
uint32_t TitleStart(const SentenceAnalysis& analysis, const NounPhrase& np, const dict::Agent& agent) {
  if (agent.phrase.words.empty()) return np.end;
  const std::string& first = agent.phrase.words.front();  // upper case
  for (uint32_t k = np.begin; k < np.head; ++k) {
    const std::string_view word = analysis.words[k];
    if (word.size() == first.size() && std::equal(word.begin(), word.end(), first.begin(), [](char a, char b) {
          return std::toupper(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
        })) {
      return k;
    }
  }
  return np.end;
}

}  // namespace

void TakeSentenceCountry(bool tabari_codes, const std::vector<const dict::Agent*>& agent_only,
                         const std::vector<bool>& as_place, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  std::string only_country;
  bool several = false, named_as_place = false;
  uint32_t first_named = analysis.size();
  const ActorMention* venue_mention = nullptr;
  for (const ActorMention& m : found->mentions) {
    if (!m.resolved() || !m.named || !BeginsWithACountry(m.code)) continue;
    // "near the Afghan border" says where, not whose.
    if (m.np >= 0 && m.end <= analysis.nps[m.np].head &&
        word_classes::IsBorderNoun(analysis.words[analysis.nps[m.np].head])) {
      continue;
    }
    if (NamesTalksVenue(analysis, m, as_place)) {
      venue_mention = &m;
      continue;
    }
    std::string country = m.code.substr(0, 3);
    if (only_country.empty()) only_country = country;
    else if (country != only_country) several = true;
    first_named = std::min(first_named, m.begin);
    named_as_place |= SameText(m.how, "place") || (m.np >= 0 && as_place[m.np]);
  }
  // (Unless no other country is named: "blocked delegates to trade talks in Seattle".)
  if (only_country.empty() && venue_mention != nullptr) {
    only_country = venue_mention->code.substr(0, 3);
    first_named = venue_mention->begin;
    named_as_place = true;
  }
  // 0. Forces that hold or fire on a state's own are that state's.
  for (uint32_t n = 0; n < analysis.nps.size() && !tabari_codes; ++n) {
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr ||
        !SameTextAsAny(std::string_view(agent_only[n]->code).substr(0, 3), "MIL", "COP", "SPY")) {
      continue;
    }
    // (Police are rather of the place their act names: "arrested Imran
    // Khan at a hotel in Kandahar" is Afghan police's, step 2d.)
    if (SameText(std::string_view(agent_only[n]->code).substr(0, 3), "COP") &&
        !CountryWhereTheyAct(analysis, n, as_place, found->mentions, found->mention_of_np).empty()) {
      continue;
    }
    const std::string country = CountryOfThoseTheyHold(analysis, n, found->mentions, found->mention_of_np);
    if (country.empty()) continue;
    found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[n]);
    found->mentions[m].how = "holds its own+agent";
  }
  // On open water ("in the Red Sea"), ships and the people aboard are of
  // their flags, which the sentence's one country does not tell: "Houthi
  // fighters hijacked a cargo ship and took its crew hostage". So are
  // ships anywhere; a state's organs keep the country.
  const bool at_sea = std::ranges::any_of(analysis.nps, [&](const NounPhrase& np) {
    return np.pp_object_of != kNone && word_classes::IsWaterBodyNoun(analysis.words[np.head]);
  });
  auto afloat = [&](uint32_t n) {
    return !IsStateRole(agent_only[n]->code) &&
           (at_sea || word_classes::IsVesselNoun(analysis.words[analysis.nps[n].head]));
  };
  if (!only_country.empty() && !several) {
    for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
      int32_t m = found->mention_of_np[n];
      if (m >= 0 && agent_only[n] != nullptr && SameText(found->mentions[m].how, "reference") &&
          found->mentions[m].code.compare(0, 3, only_country) != 0 &&
          word_classes::IsInstitutionNoun(analysis.words[analysis.nps[n].head]) &&
          std::none_of(found->mentions.begin(), found->mentions.end(), [&](const ActorMention& other) {
            return other.end <= found->mentions[m].begin && other.code == found->mentions[m].code;
          })) {
        // "Thousands of Israelis protested against the government's
        // reform": an institution is the sentence's country's rather
        // than one an earlier sentence named.
        found->mentions[m].code = CombineCodesFor(tabari_codes, only_country, *agent_only[n]);
        found->mentions[m].how = "sentence country+agent";
        continue;
      }
      if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr) continue;
      // "the three countries' foreign ministers" are their possessor's.
      const int32_t owner = analysis.nps[n].possessor;
      if (owner != kNone && found->mention_of_np[owner] < 0 && !IsProperNoun(analysis.tags[analysis.nps[owner].head])) {
        continue;
      }
      if (!named_as_place && first_named > analysis.nps[n].begin && IsStateRole(agent_only[n]->code)) continue;
      // "the Puntland government": a name the dictionaries lack
      // says whose state role it is, and it is not the sentence's country
      // (while "Tigrayan civilians" are Ethiopia's).
      bool unknown_name = false;
      // (Only before the title: "Attorney General Consuelo Porras" is a
      // person's name after it.)
      const uint32_t title = TitleStart(analysis, analysis.nps[n], *agent_only[n]);
      for (uint32_t k = analysis.nps[n].begin; k < title; ++k) {
        // ("the National Assembly", "the Supreme Court": every state has one.)
        unknown_name |= IsProperNoun(analysis.tags[k]) && k != analysis.nps[n].head &&
                        !word_classes::IsGenericInstitutionWord(analysis.words[k]);
      }
      if (unknown_name && IsStateRole(agent_only[n]->code)) continue;
      if (NamesPeacekeepers(analysis, analysis.nps[n]) || afloat(n)) continue;
      // "seized two foreign tankers": foreign to the country named (a
      // foreign minister is the state's own).
      const bool foreign = HasModifier(analysis, analysis.nps[n], [](std::string_view word) {
        return word_classes::EqualsLower(word, "foreign");
      });
      if (foreign && agent_only[n]->code != "GOV") continue;
      // "journalists (killed) by Israeli forces": the other party's country
      // (not what a word of feeling is about: "students furious with the
      // government").
      bool other_party = false;
      for (uint32_t pp : analysis.indices(analysis.nps[n].pps)) {
        const uint32_t at = analysis.pps[pp].preposition;
        const std::string_view preposition = analysis.words[at];
        other_party |= (preposition == "by" || preposition == "against" || preposition == "with") &&
                       !word_classes::IsStanceAdjective(analysis.words[at - 1]);
      }
      if (other_party || SufferedFromCountry(analysis, n, only_country, found->mentions)) continue;
      found->mentions[m].code = CombineCodesFor(tabari_codes, only_country, *agent_only[n]);
      found->mentions[m].how = "sentence country+agent";
    }
  }
  // With several countries named, each role still without one whose
  // country `country_of` gives takes it, `how` saying why.
  auto with_several = [&](auto country_of, const char* how) {
    for (uint32_t n = 0; several && n < analysis.nps.size(); ++n) {
      const int32_t m = found->mention_of_np[n];
      if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr) continue;
      const std::string country = country_of(n);
      if (country.empty()) continue;
      found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[n]);
      found->mentions[m].how = how;
    }
  };
  auto armed = [&](uint32_t n, bool gunmen) {
    const std::string_view role = std::string_view(agent_only[n]->code).substr(0, 3);
    return SameTextAsAny(role, "REB", "INS", "SEP") || (gunmen && SameText(role, "UAF"));
  };
  // 2d'. "Yoon declared martial law, accusing the opposition of
  // sympathising with North Korea": the state's own institution is what its
  // government acts on.
  with_several([&](uint32_t n) { return CountryOfGovernmentActingOn(analysis, n, found->mentions, found->mention_of_np); },
               "government's own+agent");
  // 2d''. "Russia granted asylum to Assad after rebels seized Damascus":
  // insurgents and gunmen are of the place they take or fight in.
  with_several(
      [&](uint32_t n) {
        return armed(n, true) ? CountryTheyFightIn(analysis, n, as_place, found->mentions, found->mention_of_np)
                              : std::string();
      },
      "place they fight in+agent");
  // 2d'''. "The Philippine government resumed peace talks with Muslim
  // rebels in Kuala Lumpur": failing a place they fight in, rebels a
  // government acts on are its own.
  with_several(
      [&](uint32_t n) {
        return armed(n, false) ? CountryOfGovernmentActingOn(analysis, n, found->mentions, found->mention_of_np,
                                                             /*armed_opposition=*/true)
                               : std::string();
      },
      "government's own+agent");
  // 2d''''. Those a state's police, courts or government arrest or
  // sentence are its own.
  with_several([&](uint32_t n) { return CountryOfStateHolding(analysis, n, found->mentions, found->mention_of_np); },
               "held by its state+agent");
  // 2d'''''. "Navalny was detained by police at a Moscow airport after
  // flying home from Germany": police are of the place where they act.
  with_several(
      [&](uint32_t n) {
        return SameText(std::string_view(agent_only[n]->code).substr(0, 3), "COP")
                   ? CountryWhereTheyAct(analysis, n, as_place, found->mentions, found->mention_of_np)
                   : std::string();
      },
      "place of the act+agent");
  // 2d. "Israeli strikes killed 40 people, Gaza's health ministry said":
  // with two countries named, those the one harms are the other's.
  for (uint32_t n = 0; several && n < analysis.nps.size(); ++n) {
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr || IsStateRole(agent_only[n]->code) ||
        IsForceRole(agent_only[n]->code)) {
      continue;
    }
    std::string country = CountryOfSufferersBesideDoer(analysis, n, found->mentions);
    const char* how = "harmed country+agent";
    if (country.empty()) {
      // 2e. "Thousands of protesters rallied in London to demand a
      // ceasefire in Gaza": people are of the place where their own verb
      // says they act.
      country = CountryWhereTheyAct(analysis, n, as_place, found->mentions, found->mention_of_np);
      how = "place of the act+agent";
    }
    if (country.empty()) continue;
    found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[n]);
    found->mentions[m].how = how;
  }
}

void TakePlaceNameCountry(const Gazetteer& places, bool tabari_codes,
                          const std::vector<const dict::Agent*>& agent_only, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size() && !tabari_codes; ++n) {
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || found->mentions[m].resolved() || agent_only[n] == nullptr || IsStateRole(agent_only[n]->code)) {
      continue;
    }
    // The proper nouns right before the title: "Idlib" of "Idlib rebels".
    const NounPhrase& np = analysis.nps[n];
    const uint32_t title = std::min(TitleStart(analysis, np, *agent_only[n]), np.head);
    uint32_t begin = title;
    while (begin > np.begin && IsProperNoun(analysis.tags[begin - 1])) --begin;
    if (begin == title) continue;
    const std::string country = PlaceCountry(places, analysis.Text(begin, title));
    if (country.empty()) continue;
    found->mentions[m].code = CombineCodesFor(tabari_codes, country, *agent_only[n]);
    found->mentions[m].how = "place name+agent";
  }
}

}  // namespace khaldun
