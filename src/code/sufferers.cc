#include "code/sufferers.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun {

namespace {

// Whether actor `code` is a state's authority over its own people, a court,
// police or government (any role but an armed force's), as opposed to its
// armed forces or the state itself, which harm others' people too.
bool ActsOnItsOwnPeople(std::string_view code) {
  const std::string_view role = code.size() > 3 ? code.substr(3) : std::string_view();
  return !role.empty() && (!IsForceRole(role) || role.starts_with("COP"));
}

}  // namespace

int32_t PlaceOfSufferers(const SentenceAnalysis& analysis, uint32_t n, bool force_role,
                         const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions) {
  const NounPhrase& role = analysis.nps[n];
  // "Three boys and a woman were wounded": the coordination is the subject.
  uint32_t whole = role.coordination != kNone ? static_cast<uint32_t>(role.coordination) : n;
  // "killing hundreds of civilians": the quantity is the object.
  if (const int32_t of = analysis.nps[whole].pp_object_of;
      of != kNone && analysis.pps[of].attached_np != kNone && analysis.words[analysis.pps[of].preposition] == "of") {
    const int32_t quantity = analysis.pps[of].attached_np;
    const NounPhrase& head = analysis.nps[quantity];
    const std::string_view word = analysis.words[head.head];
    if (analysis.tags[head.head] == PosTag::kCD || word == "dozens" || word == "hundreds" || word == "thousands" ||
        word == "scores" || word == "millions" || word == "dozen" || word == "number") {
      whole = static_cast<uint32_t>(quantity);
    }
  }
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    auto objects = analysis.indices(clause.objects);
    const bool sufferer = clause.verb.passive ? clause.subject_np == static_cast<int32_t>(whole)
                                              : std::find(objects.begin(), objects.end(), whole) != objects.end();
    if (!sufferer) continue;
    if (force_role && !word_classes::IsHarmVerb(analysis.lemma(clause.verb.lemma))) return kNone;
    // The place a locative PP of clause `k` from token `from` on names;
    // kNone for none, kOpenWater for open water, which is no one's.
    constexpr int32_t kOpenWater = -2;
    auto place_in = [&](int32_t k, uint32_t from, bool entered) -> int32_t {
      int32_t location = kNone;  // the object of the last locative PP passed
      for (const PrepPhrase& pp : analysis.pps) {
        if (pp.clause != k || pp.preposition < from || pp.object_np == kNone) continue;
        const std::string_view preposition = analysis.words[pp.preposition];
        const bool locative = preposition == "in" || preposition == "at" || preposition == "near" ||
                              preposition == "outside" || preposition == "across" || (entered && preposition == "into");
        if (!locative && !(preposition == "of" && location != kNone && pp.attached_np == location)) continue;
        location = pp.object_np;
        const NounPhrase& object = analysis.nps[pp.object_np];
        // "a tanker seized in the Gulf of Oman".
        if (word_classes::IsWaterBodyNoun(analysis.words[object.head])) return kOpenWater;
        const int32_t m = mention_of_np[pp.object_np];
        if (object.kind == NounPhraseKind::kBase && m >= 0 && mentions[m].resolved() &&
            mentions[m].begin <= object.head && object.head < mentions[m].end) {
          return pp.object_np;
        }
      }
      return kNone;
    };
    const int32_t own = place_in(static_cast<int32_t>(c), std::max(role.end, analysis.nps[whole].end), false);
    if (own != kNone) return own == kOpenWater ? kNone : own;
    // "An Israeli strike on a tent camp in Rafah killed 45 people": an
    // assault that is the subject says where, in its own phrases.
    if (!clause.verb.passive && clause.subject_np != kNone &&
        word_classes::IsAssaultNoun(analysis.words[analysis.nps[clause.subject_np].head])) {
      std::vector<int32_t> phrase = {clause.subject_np};
      for (const PrepPhrase& pp : analysis.pps) {
        if (pp.object_np == kNone || std::find(phrase.begin(), phrase.end(), pp.attached_np) == phrase.end()) continue;
        phrase.push_back(pp.object_np);
        const std::string_view preposition = analysis.words[pp.preposition];
        if (preposition != "in" && preposition != "at" && preposition != "near" && preposition != "on") continue;
        const NounPhrase& object = analysis.nps[pp.object_np];
        const int32_t m = mention_of_np[pp.object_np];
        if (object.kind == NounPhraseKind::kBase && m >= 0 && mentions[m].resolved() &&
            SameText(mentions[m].how, "place") && mentions[m].begin <= object.head && object.head < mentions[m].end) {
          return pp.object_np;
        }
      }
    }
    // "stormed into southern Israel, killing hundreds of civilians": what a
    // participle set off by a comma tells happened where its clause's act did.
    // (And a participle coordinated with it: "..., killing civilians and
    // taking dozens of hostages".)
    const Clause* participle = &clause;
    if (participle->kind == ClauseKind::kCoordinated && participle->parent_clause != kNone) {
      participle = &analysis.clauses[participle->parent_clause];
    }
    if (participle->kind == ClauseKind::kParticipial && participle->antecedent_np == kNone &&
        participle->parent_clause != kNone && participle->verb.begin > 0 &&
        analysis.words[participle->verb.begin - 1] == ",") {
      const int32_t parents = place_in(participle->parent_clause, 0, true);
      return parents == kOpenWater ? kNone : parents;
    }
    return kNone;
  }
  return kNone;
}


bool SufferedFromCountry(const SentenceAnalysis& analysis, uint32_t n, const std::string& country,
                         const std::vector<ActorMention>& mentions) {
  for (const Clause& clause : analysis.clauses) {
    if (!clause.verb.passive || clause.subject_np != static_cast<int32_t>(n) || clause.agent_np == kNone) continue;
    const NounPhrase& doer = analysis.nps[clause.agent_np];
    bool only_by_doer = true, by_authority = false;
    for (const ActorMention& m : mentions) {
      if (!m.resolved() || m.code.compare(0, 3, country) != 0) continue;
      const bool in_doer = m.begin >= doer.begin && m.end <= doer.end;
      only_by_doer &= in_doer;
      by_authority |= in_doer && ActsOnItsOwnPeople(m.code);
    }
    // ("Ten protesters were detained by Russian police" are Russia's.)
    return only_by_doer && !by_authority;
  }
  return false;
}

std::string CountryOfSufferersBesideDoer(const SentenceAnalysis& analysis, uint32_t n,
                                         const std::vector<ActorMention>& mentions) {
  std::string first, second;
  for (const ActorMention& m : mentions) {
    if (!m.resolved() || !m.named || !BeginsWithACountry(m.code)) continue;
    const std::string country = m.code.substr(0, 3);
    if (first.empty() || first == country) {
      first = country;
    } else if (second.empty() || second == country) {
      second = country;
    } else {
      return "";  // three countries: no telling
    }
  }
  if (second.empty()) return "";
  // "hundreds of civilians": the phrase a quantity's "of" hangs the role from.
  uint32_t unit = n;
  if (const int32_t of = analysis.nps[n].pp_object_of;
      of != kNone && analysis.pps[of].attached_np != kNone &&
      word_classes::EqualsLower(analysis.words[analysis.pps[of].preposition], "of")) {
    unit = static_cast<uint32_t>(analysis.pps[of].attached_np);
  }
  for (const Clause& clause : analysis.clauses) {
    auto objects = analysis.indices(clause.objects);
    auto is_object = [&](uint32_t np) { return std::find(objects.begin(), objects.end(), np) != objects.end(); };
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    // "fired on protesters", "shot at demonstrators", "opened fire on".
    bool fired_at = false;
    for (uint32_t pp : analysis.indices(clause.preps)) {
      fired_at |= !clause.verb.passive && analysis.pps[pp].object_np == static_cast<int32_t>(n) &&
                  SameTextAsAny(lemma, "fire", "shoot", "open") &&
                  SameTextAsAny(analysis.words[analysis.pps[pp].preposition], "on", "at", "upon");
    }
    const bool sufferer = clause.verb.passive ? clause.subject_np == static_cast<int32_t>(n)
                                              : is_object(n) || (unit != n && is_object(unit)) || fired_at;
    if (!sufferer) continue;
    // ("took 250 hostages": taking people as hostages harms them.)
    const bool hostages = SameTextAsAny(lemma, "take", "hold", "seize") &&
                          SameTextAsAny(analysis.lemma(analysis.nps[n].head), "hostage", "captive");
    if (!word_classes::IsHarmVerb(lemma) && !hostages && !fired_at) return "";
    const int32_t doer_np = clause.verb.passive ? clause.agent_np : clause.actor_np();
    if (doer_np == kNone) return "";
    const NounPhrase& doer = analysis.nps[doer_np];
    std::string doer_country;
    for (const ActorMention& m : mentions) {
      if (!m.resolved() || m.begin < doer.full_begin || m.end > doer.end) continue;
      // ("A Tunisian court jailed a man for helping militants in Lebanon":
      // only a state's arms or the state itself harm the other's.)
      if (ActsOnItsOwnPeople(m.code)) return "";
      // (The first: an owner before what it names, "Israel's Gaza offensive".)
      if (doer_country.empty()) doer_country = m.code.substr(0, 3);
    }
    // ("Kerry said Syrian government forces had killed 1,429 civilians ...
    // on the outskirts of Damascus": harmed where the doer's own state is,
    // they are its people, not the speaker's.)
    // (Up to the next clause with a subject of its own.)
    uint32_t act_end = static_cast<uint32_t>(analysis.words.size());
    for (const Clause& next : analysis.clauses) {
      if (next.subject_np != kNone && next.begin > clause.verb.end) act_end = std::min(act_end, next.begin);
    }
    for (const ActorMention& m : mentions) {
      if (!doer_country.empty() && SameText(m.how, "place") && m.begin >= clause.verb.end && m.end <= act_end &&
          m.code.starts_with(doer_country)) {
        return doer_country;
      }
    }
    if (doer_country == first) return second;
    if (doer_country == second) return first;
    return "";
  }
  return "";
}

std::vector<int32_t> IncludedActors(const SentenceAnalysis& analysis, uint32_t n,
                                    const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions) {
  const uint32_t end = analysis.nps[n].end;
  for (const Clause& clause : analysis.clauses) {
    const uint32_t at = clause.verb.main_verb;
    if (clause.verb.begin != at || (at != end && !(at == end + 1 && analysis.words[end] == ",")) ||
        analysis.lemma(clause.verb.lemma) != "include" || clause.objects.empty()) {
      continue;
    }
    // (Each object: "including Hamas and Fatah" may read as two.)
    std::vector<uint32_t> members;
    for (uint32_t object : analysis.indices(clause.objects)) {
      if (analysis.nps[object].kind == NounPhraseKind::kCoordination) {
        for (uint32_t member : analysis.indices(analysis.nps[object].members)) members.push_back(member);
      } else {
        members.push_back(object);
      }
    }
    std::vector<int32_t> found;
    for (uint32_t member : members) {
      const int32_t m = mention_of_np[member];
      if (m < 0 || !mentions[m].resolved() || mentions[m].how == "place") return {};
      found.push_back(m);
    }
    return found;
  }
  return {};
}

}  // namespace khaldun
