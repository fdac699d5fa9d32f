#include "code/actor_matcher.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <span>

#include "base/same_text.h"
#include "code/actor_match_state.h"
#include "code/actor_places.h"
#include "code/actor_references.h"
#include "code/agent_accumulation.h"
#include "code/band_members.h"
#include "code/joined_words.h"
#include "code/name_edges.h"
#include "code/nationality_lists.h"
#include "code/roles.h"
#include "code/sentence_country.h"
#include "code/group_leaders.h"
#include "code/sufferers.h"
#include "code/tabari_agent_codes.h"
#include "code/tabari_former.h"
#include "code/tabari_gapped_names.h"
#include "code/tabari_name_then_title.h"
#include "code/tabari_hyphens.h"
#include "geo/gazetteer.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

using Hit = ActorMatcherHit;

bool IsPluralTag(PosTag tag) { return tag == PosTag::kNNS || tag == PosTag::kNNPS; }

// Whether a dictionary name of two words or more names a body, not a
// person: "WAGNER_GROUP", "ISLAMIC_STATE", "NATIONAL_MOVEMENT_FOR_THE_
// LIBERATION_OF_AZAWAD" are an "its", whatever alias the text uses.
bool NamesABody(const dict::Phrase& name) {
  return std::ranges::any_of(name.words, [](const std::string& word) { return word_classes::IsBodyNameWord(word); });
}

bool IsDefinite(std::string_view word) {
  return word == "the" || word == "The" || word == "this" || word == "This" || word == "these" ||
         word == "These" || word == "those" || word == "Those" || word == "that" || word == "That";
}

// The hit whose span holds `head`, else the last one.
const Hit* HitAtHead(const std::vector<Hit>& hits, uint32_t head) {
  for (const Hit& hit : hits) {
    if (hit.begin <= head && head < hit.end) return &hit;
  }
  return hits.empty() ? nullptr : &hits.back();
}

// Whether a role code is part of `code` after its country/IGO root.
bool HasRole(const std::string& code, const std::string& role) {
  return !role.empty() && code.size() > 3 && code.find(role, 3) != std::string::npos;
}

// TABARI reads words, not phrases: a name with gaps runs on across phrases
// (code/tabari_gapped_names.h), and a name right before a title that opens
// with an adjective is that title's actor (code/tabari_name_then_title.h).
// Out of line: the other formats never run it.
[[gnu::noinline]] void JoinTabariPhrases(const SentenceAnalysis& analysis, const CompiledDictionary& dictionary,
                                         const std::vector<std::string_view>& keys,
                                         const std::vector<size_t>& key_hashes, dict::DateNumber date,
                                         std::vector<uint32_t>* scan_begin, std::vector<int32_t>* absorbed_by) {
  const dict::Dictionary& dict = dictionary.dictionary();
  JoinTabariGappedNames(analysis, dictionary.gapped_actors(), dict, date, keys, scan_begin, absorbed_by);
  // (The phrase indexes alone: enough to tell a name or a title.)
  auto holds = [&](const PhraseIndex& index, auto fits) {
    return [&, fits](uint32_t begin, uint32_t end) {
      for (uint32_t k = begin; k < end; ++k) {
        if (index.LongestBest(keys, key_hashes, k, end, fits).length > 0) return true;
      }
      return false;
    };
  };
  JoinNameAndTitleAfter(analysis, holds(dictionary.actors(), [&](uint32_t a) { return ActorFitOnDate(dict, a, date); }),
                        holds(dictionary.agents(), [](uint32_t) { return 1; }), scan_begin, absorbed_by);
}

}  // namespace

// Whether an IGO's forces keep their role: "UN peacekeepers" -> IGOUNOMIL,
// while "UN officials" are the UN itself.
bool IgoForces(const std::string& actor, const dict::Agent& agent) {
  return actor.size() > 3 && actor.starts_with("IGO") && SameText(agent.code, "MIL") &&
         actor.find("MIL", 3) == std::string::npos;
}

std::string CombineCodes(const std::string& actor, const dict::Agent& agent) {
  if (IgoForces(actor, agent)) return actor + agent.code;
  if (actor.size() != 3 || agent.code.empty()) return actor;
  // "human rights activists Amnesty International": an NGM actor is no
  // more an NGM for the agent (TABARI: a redundant agent is not added).
  if (actor == agent.code) return actor;
  return agent.placement == dict::AgentPlacement::kAppend ? actor + agent.code : agent.code + actor;
}

void ActorMatcher::Match(const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
                         const std::vector<size_t>& key_hashes, dict::DateNumber date, const ActorHistory& history, bool convert_agents,
                         std::vector<ActorMention>* mentions, std::vector<int32_t>* mention_of_np,
                         std::vector<std::vector<int32_t>>* group_of_np, ActorMatcherScratch* scratch_space,
                         std::vector<std::string>* trace) const {
  const dict::Dictionary& dict = dictionary_->dictionary();
  // TABARI joins codes block by block (code/tabari_agent_codes.h).
  const bool tabari_codes = dictionary_->HasOnlyTabariVerbs();
  auto combine = [tabari_codes](const std::string& actor, const dict::Agent& agent) {
    return CombineCodesFor(tabari_codes, actor, agent);
  };
  mentions->clear();
  mention_of_np->assign(analysis.nps.size(), -1);
  group_of_np->resize(analysis.nps.size());
  for (std::vector<int32_t>& group : *group_of_np) group.clear();
  // The resolved mentions an NP names: its own, or its coordination's members'.
  auto named_by = [&](int32_t np) {
    std::vector<int32_t> out;
    if (np == kNone) return out;
    const NounPhrase& phrase = analysis.nps[np];
    if (phrase.kind == NounPhraseKind::kCoordination) {
      for (uint32_t member : analysis.indices(phrase.members)) {
        int32_t m = (*mention_of_np)[member];
        if (m >= 0 && (*mentions)[m].resolved()) out.push_back(m);
      }
    } else if ((*mention_of_np)[np] >= 0 && (*mentions)[(*mention_of_np)[np]].resolved()) {
      out.push_back((*mention_of_np)[np]);
    }
    return out;
  };
  // Per-NP working state in the caller's buffers, which only grow: six
  // fresh vectors a sentence cost six allocations. Every slot is reset here.
  ActorMatcherScratch& scratch = *scratch_space;
  const size_t nps = analysis.nps.size();
  std::vector<const dict::Agent*>& agent_only = scratch.agent_only;
  std::vector<uint32_t>& agent_payload = scratch.agent_payload;
  std::vector<bool>& agent_is_head = scratch.agent_is_head;  // "troops", not "military support"
  std::vector<bool>& as_place = scratch.as_place;
  std::vector<uint32_t>& scan_begin = scratch.scan_begin;
  std::vector<int32_t>& absorbed_by = scratch.absorbed_by;
  agent_only.assign(nps, nullptr);
  agent_payload.assign(nps, 0);
  agent_is_head.assign(nps, false);
  std::vector<std::vector<const dict::Agent*>>& inner_agents = scratch.inner_agents;
  if (inner_agents.size() < nps) inner_agents.resize(nps);
  for (size_t n = 0; n < nps; ++n) inner_agents[n].clear();
  std::vector<const dict::Agent*>& actor_agent = scratch.actor_agent;
  actor_agent.assign(nps, nullptr);
  const bool accumulate_agents = dictionary_->HasPetrarch1Syntax();
  as_place.assign(nps, false);
  scan_begin.assign(nps, 0);
  absorbed_by.assign(nps, -1);

  MatchedMentions found{analysis, *mentions, *mention_of_np, trace};
  auto add = [&found](ActorMention&& mention, int32_t np) { found.Add(std::move(mention), np); };

  // NPs a preposition names as places ("in Kabul", "to Helmand and Kandahar").
  MarkPlaceNps(analysis, &as_place);

  // Objects of verbs: a bare place name there is a place ("Russian troops shelled Kherson").
  MarkVerbObjects(analysis, &scratch.object_of_verb);
  const std::vector<bool>& object_of_verb = scratch.object_of_verb;

  // A name that runs through a possessive ("the People's Peace Movement") is read from its possessor's first
  // word; the possessor is absorbed. Two actors may share a phrase ("President Bush" for both Bushes): the one
  // with a dated role holding on the date beats one that falls back to its undated default; a country named
  // just before the name beats both ("Jordan's King Abdullah" in 2010, when Saudi Arabia had one too).
  std::string_view country_before;  // set while scanning an NP (a view: no mention is added meanwhile)
  auto actor_fit = [&](uint32_t a) {
    const int fit = ActorFitOnDate(dict, a, date);
    return fit > 0 && !country_before.empty() && NamesCountry(dict, a, date, country_before) ? fit + 2 : fit;
  };
  // A word joined with '_' ("Minas_Tirith") is also read as its words; so,
  // with TABARI's dictionaries, is one joined with '-' ("Minas-Tirith"
  // meets MINAS_TIRITH; code/tabari_hyphens.h).
  JoinedWords joined;
  const bool has_joined = tabari_codes && HasHyphenJoin(keys) ? joined.Reset(HyphensAsJoins(keys)) : joined.Reset(keys);
  // A compass word cuts a name from a longer one: "the west bank of the
  // Dnipro" is not the West Bank, nor "the West Bank" the West.
  const bool cased = WrittenWithCapitals(analysis);
  // Longest actor or agent phrase at token k within `limit`.
  auto actors_at = [&](uint32_t k, uint32_t limit) {
    PhraseIndex::Match match = dictionary_->actors().LongestBest(keys, key_hashes, k, limit, actor_fit);
    if (match.length > 0 &&
        (AfterEthnic(analysis, k) || CompassNameCut(analysis, cased, k, k + match.length, limit) ||
         OpensASeasName(analysis, k + match.length) || NamesADivision(analysis, k + match.length))) {
      return PhraseIndex::Match{};
    }
    if (has_joined) {
      const PhraseIndex::Match parts = joined.LongestBest(dictionary_->actors(), k, limit, actor_fit);
      if (parts.length > match.length) match = parts;
    }
    // A TABARI phrase with gaps ("LORD ELROND": "the Lord of Rivendell Elrond") when it
    // spans more.
    if (!dictionary_->gapped_actors().empty()) {
      for (const GappedPhrases::Match& gapped : dictionary_->gapped_actors().MatchesAt(keys, k, limit)) {
        if (gapped.length > match.length && actor_fit(gapped.actor) > 0) match = {gapped.actor, gapped.length};
      }
    }
    // A TABARI stem ("KUWAIT") meets a longer name it begins ("Kuwaiti"),
    // a capitalised one: "ENT" is no stem of "entire".
    if (match.length == 0 && k < limit && !analysis.words[k].empty() &&
        analysis.words[k][0] >= 'A' && analysis.words[k][0] <= 'Z') {  // (isupper in the C locale, in line)
      for (uint32_t a : dictionary_->ActorStemsOf(keys[k])) {
        if (actor_fit(a) > 0) return PhraseIndex::Match{a, 1};
      }
    }
    return match;
  };
  auto agents_at = [&](uint32_t k, uint32_t limit) {
    PhraseIndex::Match match = dictionary_->agents().Longest(keys, key_hashes, k, limit, [](uint32_t) { return true; });
    if (has_joined) {
      const PhraseIndex::Match parts = joined.LongestBest(dictionary_->agents(), k, limit, [](uint32_t) { return 1; });
      if (parts.length > match.length) match = parts;
    }
    return match;
  };
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    scan_begin[n] = np.begin;
    if (np.kind != NounPhraseKind::kBase || np.possessor == kNone) continue;
    const NounPhrase& owner = analysis.nps[np.possessor];
    if (owner.kind != NounPhraseKind::kBase || owner.pronoun) continue;
    uint32_t start = owner.determiner != kNone && static_cast<uint32_t>(owner.determiner) == owner.begin
                         ? owner.begin + 1 : owner.begin;
    PhraseIndex::Match name = actors_at(start, np.end);
    if (name.length > 0 && start + name.length > np.begin) {
      scan_begin[n] = start;
      absorbed_by[np.possessor] = static_cast<int32_t>(n);
    }
  }
  // Likewise a name or title that runs through "of", "for", "and" or "in"
  // ("Secretary of State Hillary Clinton", "National League for
  // Democracy", "Justice and Equality Movement", "al-Qaeda in the Arabian
  // Peninsula"): the NP after the word is read from the first one's start
  // when a dictionary entry spans both.
  auto is_name_joint = [](std::string_view w) {
    return SameTextAsAny(w, "of", "for", "and", "in", "&");
  };
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || absorbed_by[n] >= 0 || np.end + 1 >= analysis.size() ||
        !is_name_joint(analysis.words[np.end])) {
      continue;
    }
    const int32_t next = analysis.np_of_word[np.end + 1];
    if (next < 0 || absorbed_by[next] >= 0 || scan_begin[next] != analysis.nps[next].begin) continue;
    const NounPhrase& after = analysis.nps[next];
    if (after.kind != NounPhraseKind::kBase || after.begin != np.end + 1 || after.possessor != kNone) continue;
    for (uint32_t k = scan_begin[n]; k < np.end; ++k) {
      // The entry may run on through further NPs ("Popular Front | for the
      // Liberation | of Palestine"): the NP it ends in absorbs them all.
      PhraseIndex::Match actor = actors_at(k, analysis.size());
      PhraseIndex::Match agent = agents_at(k, analysis.size());
      const uint32_t end = k + std::max(actor.length, agent.length);
      if (end <= np.end + 1) continue;
      const int32_t last = analysis.np_of_word[end - 1];
      if (last < 0 || analysis.nps[last].kind != NounPhraseKind::kBase || analysis.nps[last].begin < after.begin) break;
      for (uint32_t m = 0; m < analysis.nps.size(); ++m) {
        const NounPhrase& between = analysis.nps[m];
        if (m != static_cast<uint32_t>(last) && between.kind == NounPhraseKind::kBase && between.begin >= np.begin &&
            between.begin < analysis.nps[last].begin) {
          absorbed_by[m] = last;
        }
      }
      scan_begin[last] = scan_begin[n];
      break;
    }
  }

  if (tabari_codes) JoinTabariPhrases(analysis, *dictionary_, keys, key_hashes, date, &scan_begin, &absorbed_by);

  // 1. Named actors and agents inside each base NP.
  std::vector<Hit>& actors = scratch.actors;  // of one NP
  std::vector<Hit>& agents = scratch.agents;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || absorbed_by[n] >= 0) continue;
    actors.clear();
    agents.clear();
    // The possessor's country ("Jordan's"), then each country word met in
    // the NP ("Jordanian").
    country_before = {};
    if (np.possessor != kNone && found.mention_of_np[np.possessor] >= 0) {
      country_before = CountryPart(found.mentions[found.mention_of_np[np.possessor]].code);
    }
    // An institution a dictionary gives one country ("SENATE" -> USAGOVLEG)
    // is also a role ("senate" -> LEG): after another country ("Kenya's
    // Senate", "the French Senate") it is that country's, so the role wins.
    // (TABARI reads the entry as written.)
    auto another_countrys = [&](const PhraseIndex::Match& actor, uint32_t k) {
      if (country_before.empty() || tabari_codes) return false;
      const dict::DatedCode* code = dict::ResolveCode(dict.actors[actor.payload].codes, date);
      if (code == nullptr || code->code.size() <= 3) return false;
      const std::string_view country = CountryPart(code->code);
      return !country.empty() && country != country_before && agents_at(k, np.end).length >= actor.length;
    };
    for (uint32_t k = scan_begin[n]; k < np.end;) {
      PhraseIndex::Match actor = actors_at(k, np.end);
      // A lone lower-case common noun after "a" or "an" is not a name: "an amnesty" is not Amnesty
      // International. (Legacy suites spell names in lower case on purpose, "ithilen's", so case alone is no test.)
      const bool common_noun =
          actor.length == 1 && !(analysis.words[k][0] >= 'A' && analysis.words[k][0] <= 'Z') &&
          (analysis.tags[k] == PosTag::kNN || analysis.tags[k] == PosTag::kNNS) && np.determiner != kNone &&
          (SameText(analysis.words[np.determiner], "a") || SameText(analysis.words[np.determiner], "an"));
      const bool after_actor = !actors.empty() && actors.back().end == k;
      const bool other_person = actor.length == 1 && dict.actors[actor.payload].name.phrase.words.size() >= 2 &&
                                AfterAnotherGivenName(analysis, scan_begin[n], k, after_actor) &&
                                agents_at(k - 1, np.end).length == 0;  // "Betssy Chavez" is not Hugo Chavez
      if (actor.length > 0 && !common_noun && !TailOfLongerName(analysis, k) && !other_person &&
          (actor.length > 1 || MayMatchProperWord(analysis.words[k])) && !another_countrys(actor, k)) {
        actors.push_back({k, k + actor.length, actor.payload});
        if (const dict::DatedCode* code = dict::ResolveCode(dict.actors[actor.payload].codes, date)) {
          country_before = CountryPart(code->code);
        }
        k += actor.length;
        continue;
      }
      PhraseIndex::Match agent = agents_at(k, np.end);
      if (agent.length > 0) {
        agents.push_back({k, k + agent.length, agent.payload});
        k += agent.length;
        continue;
      }
      ++k;
    }
    country_before = {};
    const Hit* agent_hit = HitAtHead(agents, np.head);
    // "military aid", "security cooperation": a role word before a thing
    // that no one is. (TABARI reads the words.)
    if (agent_hit != nullptr && !(agent_hit->begin <= np.head && np.head < agent_hit->end) && !tabari_codes &&
        word_classes::IsRoleThingNoun(analysis.words[np.head])) {
      agent_hit = nullptr;
    }
    const dict::Agent* agent = agent_hit ? &dict.agents[agent_hit->entry / 2] : nullptr;
    // TABARI: "former ministers" are elites, ELI (code/tabari_former.h);
    // so, otherwise, is a former holder of an office: "former Vice President
    // Jorge Glas" (a named person of the dictionaries keeps their own code).
    if (agent != nullptr &&
        (tabari_codes || SameTextAsAny(std::string_view(agent->code).substr(0, 3), "GOV", "LEG", "JUD")) &&
        FormerAmong(analysis, scan_begin[n], agent_hit->begin)) {
      agent = &TabariFormerAgent();
    }
    // PETRARCH-1 also reads the agent phrases inside the main one ("main
    // opposition group" holds "opposition group"); their codes accumulate.
    if (accumulate_agents && agent_hit != nullptr) {
      for (uint32_t k = agent_hit->begin + 1; k < agent_hit->end; ++k) {
        PhraseIndex::Match inner = agents_at(k, np.end);
        if (inner.length > 0) inner_agents[n].push_back(&dict.agents[inner.payload / 2]);
      }
    }
    if (const Hit* primary = HitAtHead(actors, np.head)) {
      const dict::Actor& actor = dict.actors[primary->entry];
      const dict::DatedCode* code = dict::ResolveCode(actor.codes, date);
      // "President Alpha Conde" in a report dated the day after his fall: a
      // title before the name says the office the event found him in.
      auto left_it = [&] {  // "former", "ousted", "deposed", "late": he had left it
        for (uint32_t k = np.begin; k < primary->begin; ++k) {
          for (std::string_view word : {"former", "ousted", "deposed", "late"}) {
            if (word_classes::EqualsLower(analysis.words[k], word)) return true;
          }
        }
        return false;
      };
      if (agent != nullptr && agent->code == "GOV" && agent_hit->begin < primary->begin && !tabari_codes &&
          code != nullptr && code->code.size() >= 3 && std::string_view(code->code).substr(3) != "GOV" && !left_it()) {
        if (const dict::DatedCode* held = dict::RecentlyEndedCode(actor.codes, date, 7, "GOV")) code = held;
      }
      ActorMention mention;
      mention.begin = std::min(primary->begin, agent_hit ? agent_hit->begin : primary->begin);
      mention.end = std::max(primary->end, agent_hit ? agent_hit->end : primary->end);
      mention.code = code->code;
      mention.how = "actor";
      mention.entries.push_back(code->where.line ? code->where : actor.name.where);
      mention.named = true;
      // A capital named as a place, or modifying another noun ("the Beijing marathon", "Kabul residents"), or
      // one area of it ("central Islamabad"), or owning a place or site ("Beirut's southern suburbs", "Kyiv's
      // main children's hospital"), captured, left ("withdrew from Mogadishu") or hit by force ("missiles struck
      // Kyiv") is its country, not its government. (TABARI knows no places: its entry's code holds.)
      const bool modifier = !(primary->begin <= np.head && np.head < primary->end);
      const bool government = places_ != nullptr && !tabari_codes && mention.code.size() == 6 &&
                              mention.code.compare(3, 3, "GOV") == 0;
      if (government &&
          (as_place[n] || modifier || CityAreaNamed(analysis, np, primary->begin) || OwnsAPlace(analysis, n) ||
           CapturedPlace(analysis, n) || PlaceLeft(analysis, n) || PlaceHitByForce(analysis, n)) &&
          IsCityOf(*places_, analysis.Text(primary->begin, primary->end), std::string_view(mention.code).substr(0, 3))) {
        mention.code.resize(3);
        mention.how = "place";
      }
      // So is a city standing for an organisation seated there, named as a
      // place: "Speaking in Brussels" is in Belgium, not the EU's.
      if (places_ != nullptr && !tabari_codes && as_place[n] && StartsWithText(mention.code, "IGO")) {
        const std::string name = analysis.Text(primary->begin, primary->end);
        if (std::string country = PlaceCountry(*places_, name); !country.empty() && IsCityOf(*places_, name, country)) {
          mention.code = std::move(country);
          mention.how = "place";
        }
      }
      // A person: a named entry of two words or more ("IMRAN_KHAN") whose
      // code has a role, unlike countries ("UNITED_STATES") and IGOs, but
      // for an IGO's or NGO's officer, whose roles are dated or include a
      // state's ("ANTONIO_GUTERRES": IGOUNO since 2017, PRTGOV before).
      // Nor an institution ("INDIAN_ARMY": "the Indian army said its forces").
      const bool organisation = IsBodyCode(code->code);
      const bool officer = std::ranges::any_of(actor.codes, [](const dict::DatedCode& held) {
        return held.when.kind != dict::DateRestriction::Kind::kAlways || BeginsWithACountry(held.code);
      });
      mention.person = actor.name.phrase.words.size() >= 2 && code->code.size() > 3 && (!organisation || officer) &&
                       !word_classes::IsInstitutionNoun(analysis.words[np.head]) && !NamesABody(actor.name.phrase);
      // A name after the body's and a title is a person: "State Department
      // spokesman Matthew Miller", "Hamas leader Yahya Sinwar".
      if (modifier && np.head > primary->end && analysis.tags[np.head] == PosTag::kNNP &&
          std::any_of(analysis.words.begin() + primary->end, analysis.words.begin() + np.head,
                      [](std::string_view word) { return std::islower(static_cast<unsigned char>(word[0])) != 0; })) {
        mention.person = true;
      }
      // A name whose head is a common plural ("Houthi rebels") is a group;
      // so is a people named alone ("Five Americans", "the Palestinians";
      // not "the Philippines").
      if (analysis.tags[np.head] == PosTag::kNNS ||
          (primary->begin == np.head && primary->end == np.head + 1 && NamesAPeople(analysis, np))) {
        mention.person = false;
        mention.plural = true;
      }
      if (mention.person && primary->end - primary->begin >= 2) {
        mention.surname = keys[SurnameWord(mention.code, primary->begin, primary->end)];
      }
      // ("Taliban police" -> AFGCOP: LendsItsState.)
      const bool organ = !tabari_codes && agent != nullptr && !mention.person && LendsItsState(mention.code, agent->code);
      if (agent != nullptr && (mention.code.size() == 3 || tabari_codes || IgoForces(mention.code, *agent) || organ)) {
        mention.code = combine(organ ? mention.code.substr(0, 3) : mention.code, *agent);
        mention.how = "actor+agent";
        if (accumulate_agents) actor_agent[n] = agent;
        mention.entries.push_back(agent->where);
        mention.plural = agent_hit->entry % 2 == 1 || IsPluralTag(analysis.tags[np.head]);
        // "the Indian army" is an "it", not a "he": "said its forces ...".
        mention.person = !mention.plural && !word_classes::IsInstitutionNoun(analysis.words[np.head]);
        // A prefix role named before the actor adds its code in front: "an
        // MSF Rohan envoy" is an NGO's Rohan government member.
        for (const Hit& other : agents) {
          const dict::Agent& before = dict.agents[other.entry / 2];
          if (&other == agent_hit || other.end > primary->begin || before.code.empty() ||
              before.placement != dict::AgentPlacement::kPrepend || mention.code.starts_with(before.code)) {
            continue;
          }
          mention.code = before.code + mention.code;
          mention.entries.push_back(before.where);
          mention.begin = std::min(mention.begin, other.begin);
        }
      }
      add(std::move(mention), static_cast<int32_t>(n));
    } else if (agent != nullptr) {
      agent_only[n] = agent;
      agent_payload[n] = agent_hit->entry;
      agent_is_head[n] = agent_hit->begin <= np.head && np.head < agent_hit->end;
    } else if (places_ != nullptr && (as_place[n] || object_of_verb[n] || ObjectOfFrom(analysis, np))) {
      // "in Texas", "shelled Kherson", "withdrew from Kherson".
      ActorMention mention;
      const std::string_view kind_country = KindOfPlaceCountry(analysis, n, found.mention_of_np, found.mentions);
      if (!GazetteerPlaceMention(*places_, analysis, np, country_before, kind_country, &mention)) continue;
      add(std::move(mention), static_cast<int32_t>(n));
    }
  }

  PlacesInTheCountryNamedAfterThem(analysis, *mention_of_np, mentions);  // "Solhan in northern Burkina Faso"
  // 1'. "Crowds of protesters" are protesters. (TABARI reads the words.)
  if (!tabari_codes) AbsorbBandsIntoMembers(analysis, *mention_of_np, &agent_only, &absorbed_by);
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    if (absorbed_by[n] >= 0) (*mention_of_np)[n] = (*mention_of_np)[absorbed_by[n]];
  }

  // 1a. "Indian and Chinese soldiers": nationalities that share a head.
  // (Holding one reference, the std::function is stored in place.)
  const std::function<PhraseIndex::Match(uint32_t, uint32_t)> actor_phrase_at =
      [&actors_at](uint32_t k, uint32_t limit) { return actors_at(k, limit); };
  ShareNationalityHeads(analysis, dict, date, actor_phrase_at, mentions, mention_of_np, group_of_np, trace);

  // 1a'. "Ghani" after "Ashraf Ghani": a lone name the dictionaries lack is
  // the person named earlier in the sentence or the document with that surname.
  ResolveSurnames(keys, history, agent_only, absorbed_by, &found);

  // 1a''. "the country's air defences", "the country's president": "the country" (or "the nation") is the
  // state named last, earlier in this sentence or in the document.
  ResolveCountryReferences(history, agent_only, agent_is_head, &found);

  // 1a'''. "his supporters": whom the pronoun stands for.
  ResolveFollowers(agent_only, absorbed_by, &found);

  // 1a4. "both men": a pair phrase refers back (step 3b), it names no role.
  ForgetPairPhraseRoles(analysis, *mention_of_np, &agent_only);

  // 1b. "the Taliban's leader", "Pakistan's president": a possessed NP with no
  // actor or role of its own is the possessor's.
  ResolvePossessedPhrases(agent_only, absorbed_by, &found);

  // 2. Agents alone borrow a country from a possessor or an attached place,
  // or refer back to an earlier actor with that role.
  auto resolve_role = [&](uint32_t n) {
    const dict::Agent* agent = agent_only[n];
    const NounPhrase& np = analysis.nps[n];
    bool persons_own = false;  // "his forces", "Putin's forces"
    ActorMention mention;
    mention.begin = std::min(np.begin, scan_begin[n]);  // "special envoy for Afghanistan"
    mention.end = np.end;
    mention.plural = agent_payload[n] % 2 == 1 || IsPluralTag(analysis.tags[np.head]);
    mention.person = !mention.plural && !word_classes::IsInstitutionNoun(analysis.words[np.head]);
    mention.entries.push_back(agent->where);
    const ActorMention* base = nullptr;
    // A title read on through "for" ("Pakistan's special envoy for
    // Afghanistan") has the possessor of the phrase it starts in.
    int32_t possessor = np.possessor;
    if (possessor == kNone && scan_begin[n] < np.begin && analysis.np_of_word[scan_begin[n]] >= 0) {
      possessor = analysis.nps[analysis.np_of_word[scan_begin[n]]].possessor;
    }
    if (possessor != kNone && (*mention_of_np)[possessor] >= 0 && (*mentions)[(*mention_of_np)[possessor]].resolved()) {
      base = &(*mentions)[(*mention_of_np)[possessor]];
      mention.how = "possessor+agent";
      persons_own = base->person;
    } else if (const PronounKind possessive =
                   np.determiner != kNone ? KindOfPronoun(analysis.words[np.determiner]) : PronounKind::kNotAPronoun;
               possessive == PronounKind::kGroup || possessive == PronounKind::kGroupSingular ||
               (possessive == PronounKind::kPerson &&
                (IsForceRole(agent->code) || std::string_view(agent->code).find("GOV") != std::string_view::npos))) {
      // "Serbia put its troops on alert": the group the possessive refers to;
      // "Putin said his forces ...", "Hasina and her government": the
      // person's (forces and government only: "his lawyer" speaks for no
      // one).
      const int32_t owner = Antecedent(possessive, np.begin, *mentions);
      if (owner >= 0) {
        base = &(*mentions)[owner];
        mention.how = "pronoun+agent";
        persons_own = possessive == PronounKind::kPerson;
      }
    }
    // "Lawmakers and officials in Kenya and Uganda": roles coordinated with
    // nothing but roles share the coordination's PPs.
    IndexRange pps = np.pps;
    if (pps.begin == pps.end) {
      for (const NounPhrase& coordination : analysis.nps) {
        if (coordination.kind != NounPhraseKind::kCoordination) continue;
        auto members = analysis.indices(coordination.members);
        if (std::find(members.begin(), members.end(), n) == members.end()) continue;
        if (std::all_of(members.begin(), members.end(), [&](uint32_t m) { return agent_only[m] != nullptr; })) {
          pps = coordination.pps;
        }
        break;
      }
    }
    std::vector<int32_t> places;
    const bool peacekeepers = NamesPeacekeepers(analysis, np);
    // "the three countries' foreign ministers in Beijing": a possessor,
    // even one no dictionary names, says whose they are.
    if (base == nullptr && np.possessor == kNone) {
      for (uint32_t pp : analysis.indices(pps)) {
        // "journalists killed by Israeli forces", "talks with Kabul": the
        // other party, not where the role belongs.
        const uint32_t at = analysis.pps[pp].preposition;
        const std::string_view preposition = analysis.words[at];
        // ("Rioters loyal to Bolsonaro" are his followers, as "of" him; armed men a state's leader's forces.)
        const bool loyal = preposition == "to" && word_classes::IsAllegianceWord(analysis.words[at - 1]);
        if (preposition == "by" || preposition == "against" || preposition == "with" || preposition == "for" ||
            (preposition == "to" && !loyal) ||
            (peacekeepers && preposition != "from" && preposition != "of")) {
          continue;
        }
        places = named_by(analysis.pps[pp].object_np);
        if (!places.empty()) {
          base = &(*mentions)[places.front()];
          // "a commander of Hezbollah": a member takes the group's code, so does one "from" a group
          // ("officials from Pakistan's opposition"); "protesters in Kabul", "troops from Rwanda": a place
          // or a state lends only its country.
          const bool member = (preposition == "of" || (preposition == "from" && base->code.size() > 3) ||
                               (loyal && (!IsForceRole(agent->code) || IsNonStateArmedRole(RoleOf(base->code))))) &&
                              places.size() == 1 && !SameText(base->how, "place");
          mention.how = member ? "member+agent" : "place+agent";
          break;
        }
      }
    }
    if (base == nullptr && np.possessor == kNone) {
      // A PP right after the role that the parser gave to the clause or to
      // a coordination: "Kenya and the government of Uganda" (the last
      // member's "of"); "met jailed activists from Belarus" (where people
      // are from, though "deployed troops in Iraq" are not Iraq's).
      for (const PrepPhrase& pp : analysis.pps) {
        if (pp.preposition != np.end) continue;
        const std::string_view preposition = analysis.words[pp.preposition];
        const bool of_coordination = preposition == "of" && pp.attached_np != kNone &&
                                     analysis.nps[pp.attached_np].kind == NounPhraseKind::kCoordination;
        // (Armed men of no state are where they are fought: "struck Islamist militants in central Mali".)
        const bool origin = (preposition == "from" || preposition == "in") && pp.attached_np == kNone &&
                            (!IsForceRole(agent->code) || (IsNonStateArmedRole(agent->code) && pp.clause != kNone &&
                             word_classes::IsForceVerb(analysis.lemma(analysis.clauses[pp.clause].verb.lemma))));
        if (of_coordination || origin) {
          places = named_by(pp.object_np);
          // (Several for a plural role: "Netanyahu and the foreign
          // ministers of the UAE and Bahrain".)
          if (places.size() == 1 || (places.size() > 1 && mention.plural)) {
            base = &(*mentions)[places.front()];
            mention.how = of_coordination && !SameText(base->how, "place") ? "member+agent" : "place+agent";
          } else {
            places.clear();
          }
        }
        break;
      }
    }
    if (base == nullptr && np.possessor == kNone && !peacekeepers) {
      const int32_t place = PlaceOfSufferers(analysis, n, IsForceRole(agent->code), *mention_of_np, *mentions);
      if (place != kNone) {
        base = &(*mentions)[(*mention_of_np)[place]];
        mention.how = "place+agent";
      }
    }
    // "24 hostages, including 13 Israelis": whom they include says whose,
    // when they are of one country.
    if (base == nullptr && np.possessor == kNone) {
      const std::vector<int32_t> included = IncludedActors(analysis, n, *mention_of_np, *mentions);
      if (!included.empty() && std::all_of(included.begin(), included.end(), [&](int32_t m) {
            return (*mentions)[m].code.compare(0, 3, (*mentions)[included.front()].code, 0, 3) == 0;
          })) {
        base = &(*mentions)[included.front()];
        mention.how = "place+agent";  // (its country only)
      }
    }
    // "rebel forces led by HTS", "the envoy the UN appointed": whoever leads or sent them.
    if (base == nullptr && np.possessor == kNone) {
      if (const int32_t principal = PrincipalNamedAfter(analysis, n, *mention_of_np, *mentions); principal >= 0) {
        base = &(*mentions)[principal];
        mention.how = "principal+agent";
      }
    }
    if (places.size() > 1) {
      // "lawmakers in Kandahar and Helmand": one actor per place. (TABARI
      // gives the role to the first place only: "the envoys of Rohan and
      // Gondor" are ROHGOV and GON.)
      std::vector<int32_t> group;
      for (int32_t place : places) {
        ActorMention each = mention;
        const bool bare = dictionary_->HasOnlyTabariVerbs() && place != places.front();
        each.code = bare ? (*mentions)[place].code : combine((*mentions)[place].code.substr(0, 3), *agent);
        each.entries.insert(each.entries.end(), (*mentions)[place].entries.begin(), (*mentions)[place].entries.end());
        group.push_back(static_cast<int32_t>(mentions->size()));
        add(std::move(each), static_cast<int32_t>(n));
      }
      (*mention_of_np)[n] = group.front();
      (*group_of_np)[n] = std::move(group);
      return;
    }
    if (base != nullptr) {
      // A place lends only its country: "protesters in Kabul" -> AFG + OPP (TABARI knows no places: an
      // actor's whole code is lent). So does a head of state or minister, possessor or a possessive
      // pronoun's antecedent, to an organ of the state: "Putin's forces", "Putin said his forces" -> RUSMIL;
      // a government, to its state's other organs: "the junta's soldiers" -> country + MIL; and bare plural
      // civilians, who only classify it: "Kyiv's main children's hospital" -> UKRHLH ("rebels' leader" stays).
      const bool owned = SameText(mention.how, "possessor+agent") || SameText(mention.how, "pronoun+agent");
      const bool classifying = SameText(mention.how, "possessor+agent") && base->code.ends_with("CVL") &&
                               analysis.nps[possessor].determiner == kNone &&
                               analysis.tags[analysis.nps[possessor].head] == PosTag::kNNS;
      const bool own_organ = !tabari_codes && ((persons_own && IsStateActor(base->code) && IsStateRole(agent->code)) ||
                                               (owned && !base->person && LendsItsState(base->code, agent->code)) ||
                                               classifying);
      // (A body is no place: "judges at the International Criminal Court"
      // are the court's.)
      const bool country_only = own_organ || (SameText(mention.how, "place+agent") && !IsBodyCode(base->code) &&
                                              (!tabari_codes || SameText(base->how, "place")));
      std::string code = country_only ? base->code.substr(0, 3) : base->code;
      mention.code = combine(code, *agent);
      mention.entries.insert(mention.entries.end(), base->entries.begin(), base->entries.end());
    } else {
      // "the envoy", "the insurgents": the last actor holding that role,
      // earlier in this sentence or in the document; "the militant group"
      // may be an international one ("Islamic State", IMG...). Without "the"
      // only this sentence ("UN troops left the town after gunmen seized
      // twelve peacekeepers").
      // "the international community", "global leaders" belong to no one
      // an earlier sentence named.
      const bool worldwide = HasModifier(analysis, np, [](std::string_view word) {
        return SameTextAsAny(word, "international", "global", "world");
      });
      const bool definite =
          np.determiner != kNone && IsDefinite(analysis.words[np.determiner]) && !worldwide;
      // (Not a title a reflexive takes on: "declared himself interim president".)
      const bool predicate = np.begin > 0 && SameTextAsAny(analysis.words[np.begin - 1], "himself", "herself",
                                                           "itself", "themselves");
      const bool bare =
          np.determiner == kNone && np.possessor == kNone && agent_is_head[n] && !worldwide && !predicate;
      auto fits = [&](const ActorMention& m) {
        return m.resolved() && (HasRole(m.code, agent->code) ||
                                (definite && IsNonStateArmedRole(agent->code) && StartsWithText(m.code, "IMG")));
      };
      for (auto it = mentions->rbegin(); (definite || bare) && it != mentions->rend() && mention.code.empty(); ++it) {
        if (it->end <= np.begin && fits(*it) && !ActsOnIt(analysis, *mentions, np, *it)) mention.code = it->code;
      }
      // Civilians of an earlier sentence are another group unless named
      // there: "500,000 people in Darfur" are not "the remaining hostages".
      const bool civilians = SameText(agent->code, "CVL");
      for (auto it = history.mentions.rbegin(); definite && it != history.mentions.rend() && mention.code.empty();
           ++it) {
        if (fits(*it) && (it->named || !civilians)) mention.code = it->code;
      }
      // Failing that, news names one armed group by turns "the rebels",
      // "the militants", "the paramilitary group": any such role will do (but
      // "the rebel stronghold" is a place, not a group).
      if (mention.code.empty() && definite && agent_is_head[n] && IsNonStateArmedRole(agent->code)) {
        auto armed = [](const ActorMention& m) {
          for (size_t k = 3; m.resolved() && k + 3 <= m.code.size(); k += 3) {
            if (IsNonStateArmedRole(std::string_view(m.code).substr(k, 3))) return true;
          }
          return false;
        };
        for (auto it = mentions->rbegin(); it != mentions->rend() && mention.code.empty(); ++it) {
          if (it->end <= np.begin && armed(*it)) mention.code = it->code;
        }
        for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && mention.code.empty(); ++it) {
          if (armed(*it)) mention.code = it->code;
        }
      }
      if (!mention.code.empty()) mention.how = "reference";
    }
    if (mention.code.empty()) {
      mention.code = (convert_agents ? "~" : "---") + agent->code;
      mention.how = "agent";
    }
    add(std::move(mention), static_cast<int32_t>(n));
  };
  // A role "of" or "from" a group that is itself a role comes after it:
  // "jailed members of Jordan's Brotherhood" are the Brotherhood's, which
  // has its country only once its own phrase is read; so are "soldiers
  // from Niger's presidential guard".
  std::vector<uint32_t>& deferred = scratch.deferred_roles;
  deferred.clear();
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    if (agent_only[n] == nullptr) continue;
    bool member_of_later_role = false;
    for (uint32_t pp : analysis.indices(analysis.nps[n].pps)) {
      const int32_t object = analysis.pps[pp].object_np;
      const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
      member_of_later_role |= (preposition == "of" || preposition == "from") && object != kNone &&
                              static_cast<uint32_t>(object) > n && agent_only[object] != nullptr;
    }
    if (member_of_later_role) {
      deferred.push_back(n);
    } else {
      resolve_role(n);
    }
  }
  for (uint32_t n : deferred) resolve_role(n);
  // The phrases a role read on through absorbed stand for it too.
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    if (absorbed_by[n] >= 0 && (*mention_of_np)[n] < 0) (*mention_of_np)[n] = (*mention_of_np)[absorbed_by[n]];
  }

  // 2b. "Danish media and government": a role without a country takes the country of a coordinated sibling.
  ShareCoordinatedCountry(tabari_codes, agent_only, &found);

  // 2b'. "Russia-led troops", "US-led forces": forces a country leads are
  // its own (a country the actor dictionary names alone, by name or
  // adjective); so are ships and firms it owns or flags ("a Greek-owned
  // cargo ship", "a British-flagged tanker").
  TakeCompoundPrefixCountry(*dictionary_, date, tabari_codes, agent_only, &found);

  // 2b''. "Sweden's NATO bid" is Sweden's. 2c. "Donetsk separatists": a role's place name gives its country.
  ReadOwnersOverModifiers(&found);
  // Else "As a mark of Afghans' anger ..., protesters resumed their walk": a role with no country of its own,
  // in a sentence that names exactly one country, belongs to that country. A state role before the only
  // country, named as a party rather than a place, is another state's: "The government thanked Japan for its
  // help" (but "protesters demanded the resignation of Malian President Keita"). 2d. With two countries
  // named, those the one harms are the other's, and "the opposition" a government acts on is its own.
  if (places_ != nullptr) TakePlaceNameCountry(*places_, tabari_codes, agent_only, &found);
  TakeSentenceCountry(tabari_codes, agent_only, as_place, &found);
  ResolvePossessedPhrases(agent_only, absorbed_by, &found, /*deeds_only=*/true);  // "the government's overhaul"

  // 2a. PETRARCH-1: a possessor's actor is the base of a name's role, and the agents inside the main
  // agent phrase add their codes to a code that its agent composed, however the country was found.
  if (accumulate_agents) AccumulatePetrarch1Agents(tabari_codes, actor_agent, inner_agents, &found);

  // 3. Pronouns: the last fitting actor in this sentence, else the document.
  ResolvePronouns(history, group_of_np, &found);

  // 3a. "their leader", "its spokesman": the group's.
  ResolveLeaderPossessives(history, &found);
  // 3b. "the two sides", "both leaders": the two parties named last; "condemned the strike" as a
  // sentence opens: the doer of the deed told last.
  ResolvePairReferences(history, group_of_np, &found);
  ResolveDeedsToldBefore(history, &found);

  // 3c. "factions including Hamas and Fatah": those included.
  ResolveInclusions(agent_only, group_of_np, &found);
  // 4. Appositions share what one side knows: "Zalmay Khalilzad, the US envoy"; a titled name keeps its surname.
  ShareAppositions(&found);
  KeepSurnamesOfTitledNames(keys, &found);
  // 5. "Trump supporters" are a crowd of civilians, not the office.
  TakeSupportersAsCrowds(&found);

  found.RetraceFinalCodes();
}

}  // namespace khaldun
