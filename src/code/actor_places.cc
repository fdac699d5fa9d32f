#include "code/actor_places.h"

#include <algorithm>
#include <cctype>

#include "base/same_text.h"
#include "code/name_edges.h"
#include "geo/gazetteer.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// Prepositions that name a place rather than a participant. By length
// first: this is asked of every preposition of every sentence.
bool IsPlacePreposition(std::string_view w) {
  switch (w.size()) {
    case 2: return SameTextAsAny(w, "in", "In", "at", "At", "to");
    case 4: return SameTextAsAny(w, "near", "into");
    case 6: return SameTextAsAny(w, "across", "inside", "around", "within", "toward");
    case 7: return SameTextAsAny(w, "outside", "towards", "through");
    case 10: return SameText(w, "throughout");
    default: return false;
  }
}

// The kind-of-place phrase NP `np` is "of" ("the northern town" of
// "the northern town of Sinjar"), or kNone.
int32_t KindOfPlaceNp(const SentenceAnalysis& analysis, const NounPhrase& np) {
  const int32_t pp = np.pp_object_of;
  if (pp == kNone || !SameText(analysis.words[analysis.pps[pp].preposition], "of")) return kNone;
  const int32_t kind = analysis.pps[pp].attached_np;
  return kind != kNone && word_classes::IsPlaceNoun(analysis.words[analysis.nps[kind].head]) ? kind : kNone;
}

// Nouns of what is given or sold, whose "to" phrase names who receives it:
// "military aid to Kyiv" is aid to Ukraine's government, not a place.
bool IsGiftNoun(std::string_view w) {
  return SameTextAsAny(w, "aid", "assistance", "support", "weapons", "arms", "deliveries", "shipments", "funding",
                       "loans", "loan", "sales", "exports", "supplies");
}

// Envoys posted to a capital are accredited to its government: "its ambassador to Madrid".
bool IsPostedEnvoyNoun(std::string_view w) {
  return SameTextAsAny(w, "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "consul");
}

// Smaller towns share their names with too many people and places.
constexpr uint32_t kMinCityPopulation = 100000;
// A place the text calls a town may be small, though not a hamlet of no
// recorded people, of which every country has namesakes.
constexpr uint32_t kMinTownPopulation = 1000;

// A city this many times bigger than every namesake elsewhere is the one
// news means: "Odessa" is Ukraine's, not Texas's.
constexpr uint32_t kDominantCityFactor = 5;

// PlaceCountry for cities of at least `least` people.
std::string CountryOfPlaces(const Gazetteer& places, std::string_view text, uint32_t least) {
  std::string country;
  bool agree = true, any_area = false;
  // The biggest city, and the biggest of another country than its.
  const Place* biggest = nullptr;
  const std::vector<Candidate> candidates = places.Lookup(text);
  for (const Candidate& candidate : candidates) {
    const Place& place = candidate.place;
    // (A town the alias table defines was written in for the news: "Avdiivka".)
    const bool big_city = (place.type == FeatureType::kCity &&
                           (place.population >= least || IsAliasTablePlace(place))) ||
                          place.type == FeatureType::kCapital;
    const bool area = place.type == FeatureType::kCountry || place.type == FeatureType::kAdmin1 ||
                      place.type == FeatureType::kRegion;
    if (candidate.common_word || !(big_city || area) || place.country_iso3.empty()) continue;
    any_area |= area;
    if (!area && (biggest == nullptr || place.population > biggest->population)) biggest = &place;
    if (!country.empty() && country != place.country_iso3) agree = false;
    country = place.country_iso3;
  }
  if (agree) return country;
  if (any_area || biggest == nullptr) return "";
  for (const Candidate& candidate : candidates) {
    const Place& place = candidate.place;
    if (place.country_iso3 != biggest->country_iso3 &&
        static_cast<uint64_t>(place.population) * kDominantCityFactor > biggest->population) {
      return "";
    }
  }
  return biggest->country_iso3;
}

}  // namespace

std::string PlaceCountry(const Gazetteer& places, std::string_view text, bool called_a_town) {
  // (Big cities first: "the city of Jalalabad" is Afghanistan's, whatever
  // towns elsewhere share the name.)
  std::string country = CountryOfPlaces(places, text, kMinCityPopulation);
  if (country.empty() && called_a_town) country = CountryOfPlaces(places, text, kMinTownPopulation);
  return country;
}

bool IsCityOf(const Gazetteer& places, std::string_view text, std::string_view iso3) {
  for (const Candidate& candidate : places.Lookup(text)) {
    const Place& place = candidate.place;
    if ((place.type == FeatureType::kCapital || place.type == FeatureType::kCity) && place.country_iso3 == iso3) {
      return true;
    }
  }
  return false;
}

void MarkPlaceNps(const SentenceAnalysis& analysis, std::vector<bool>* as_place) {
  for (const PrepPhrase& pp : analysis.pps) {
    if (pp.object_np == kNone) continue;
    // "the Black Sea port of Odesa", "the outskirts of Kabul", "took
    // control of Goma", "seized most of Aleppo", "north of Moscow", "the
    // mayor of Istanbul".
    const int32_t before = pp.preposition > 0 ? analysis.np_of_word[pp.preposition - 1] : kNone;
    const std::string_view before_head = before != kNone ? analysis.words[analysis.nps[before].head] : "";
    const bool of_place = SameText(analysis.words[pp.preposition], "of") && pp.preposition > 0 &&
                          ((before != kNone && (word_classes::IsPlaceNoun(before_head) ||
                                                word_classes::IsLocalOfficeNoun(before_head))) ||
                           word_classes::IsShareNoun(analysis.words[pp.preposition - 1]) ||
                           word_classes::IsCompassPoint(analysis.words[pp.preposition - 1]));
    // "a drone attack on Tel Aviv", "strikes against Rafah", "dropped
    // bombs on Aleppo".
    const bool hit_place = (SameText(analysis.words[pp.preposition], "on") ||
                            SameText(analysis.words[pp.preposition], "against")) &&
                           before != kNone &&
                           (word_classes::IsAssaultNoun(before_head) ||
                            word_classes::IsWeaponNoun(analysis.lemma(analysis.nps[before].head)));
    // "pulled its troops out of Kherson", "drove them out of Mosul".
    const bool out_of = SameText(analysis.words[pp.preposition], "out") && pp.preposition + 1 < analysis.size() &&
                        SameText(analysis.words[pp.preposition + 1], "of");
    if (!of_place && !hit_place && !out_of && !IsPlacePreposition(analysis.words[pp.preposition])) continue;
    if (SameText(analysis.words[pp.preposition], "to") && before != kNone &&
        (IsGiftNoun(before_head) || IsPostedEnvoyNoun(before_head))) {
      continue;
    }
    const NounPhrase& object = analysis.nps[pp.object_np];
    (*as_place)[pp.object_np] = true;
    if (object.kind == NounPhraseKind::kCoordination) {
      for (uint32_t member : analysis.indices(object.members)) (*as_place)[member] = true;
    }
  }
}

std::vector<bool> VerbObjects(const SentenceAnalysis& analysis) {
  std::vector<bool> object_of_verb;
  MarkVerbObjects(analysis, &object_of_verb);
  return object_of_verb;
}

void MarkVerbObjects(const SentenceAnalysis& analysis, std::vector<bool>* object_of_verb) {
  object_of_verb->assign(analysis.nps.size(), false);
  for (const Clause& clause : analysis.clauses) {
    for (uint32_t object : analysis.indices(clause.objects)) {
      (*object_of_verb)[object] = true;
      if (analysis.nps[object].kind != NounPhraseKind::kCoordination) continue;
      for (uint32_t member : analysis.indices(analysis.nps[object].members)) (*object_of_verb)[member] = true;
    }
  }
}

bool OwnsAPlace(const SentenceAnalysis& analysis, uint32_t n) {
  int32_t owner = static_cast<int32_t>(n);
  for (int depth = 0; depth < 3; ++depth) {
    int32_t owned = kNone;
    for (uint32_t m = 0; m < analysis.nps.size() && owned == kNone; ++m) {
      if (analysis.nps[m].possessor == owner) owned = static_cast<int32_t>(m);
    }
    if (owned == kNone) return false;
    const std::string_view head = analysis.words[analysis.nps[owned].head];
    if (word_classes::IsPlaceNoun(head) || word_classes::IsSiteNoun(head)) return true;
    owner = owned;
  }
  return false;
}

bool CityAreaNamed(const SentenceAnalysis& analysis, const NounPhrase& np, uint32_t name_begin) {
  for (uint32_t w = np.begin; w < name_begin && w < analysis.words.size(); ++w) {
    if (word_classes::IsCityAreaWord(analysis.words[w])) return true;
  }
  return false;
}

bool CapturedPlace(const SentenceAnalysis& analysis, uint32_t n) {
  for (const Clause& clause : analysis.clauses) {
    if (!word_classes::IsCaptureVerb(analysis.lemma(clause.verb.lemma))) continue;
    if (clause.verb.passive ? clause.subject_np == static_cast<int32_t>(n)
                            : std::ranges::any_of(analysis.indices(clause.objects),
                                                  [&](uint32_t object) { return object == n; })) {
      return true;
    }
  }
  return false;
}

bool PlaceHitByForce(const SentenceAnalysis& analysis, uint32_t n) {
  for (const Clause& clause : analysis.clauses) {
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    const bool strike = SameTextAsAny(lemma, "strike", "hit");
    // "Ukrainian drones attacked Moscow"; "Trump attacked Beijing" is words.
    const int32_t doer = clause.verb.passive ? clause.agent_np : clause.subject_np;
    const bool weapon_attack = SameTextAsAny(lemma, "attack", "target") && doer != kNone &&
                               (word_classes::IsWeaponNoun(analysis.lemma(analysis.nps[doer].head)) ||
                                word_classes::IsVehicleNoun(analysis.words[analysis.nps[doer].head]));
    if (!strike && !weapon_attack &&
        !SameTextAsAny(lemma, "shell", "bomb", "bombard", "pound", "raid", "besiege", "blockade")) {
      continue;
    }
    if (clause.verb.particle != kNone) continue;  // "hit out at Washington"
    if (clause.verb.passive ? clause.subject_np != static_cast<int32_t>(n)
                            : std::ranges::none_of(analysis.indices(clause.objects),
                                                   [&](uint32_t object) { return object == n; })) {
      continue;
    }
    // "hit Moscow with sanctions" is no blow, "struck Kyiv with missiles" is.
    for (uint32_t pp : analysis.indices(clause.preps)) {
      const PrepPhrase& phrase = analysis.pps[pp];
      if (strike && phrase.object_np != kNone && SameText(analysis.words[phrase.preposition], "with") &&
          !word_classes::IsWeaponNoun(analysis.lemma(analysis.nps[phrase.object_np].head))) {
        return false;
      }
    }
    return true;
  }
  return false;
}

bool PlaceLeft(const SentenceAnalysis& analysis, uint32_t n) {
  const NounPhrase& np = analysis.nps[n];
  if (!ObjectOfFrom(analysis, np)) return false;
  // (The clause the "from" phrase belongs to: "the army said troops
  // withdrew from Kabul" is the withdrawal's.)
  const int32_t c = analysis.pps[np.pp_object_of].clause;
  if (c == kNone || analysis.clauses[c].verb.passive) return false;
  return SameTextAsAny(analysis.lemma(analysis.clauses[c].verb.lemma), "withdraw", "retreat", "pull", "flee",
                       "evacuate", "escape", "redeploy");
}

bool ObjectOfFrom(const SentenceAnalysis& analysis, const NounPhrase& np) {
  return np.pp_object_of != kNone && SameText(analysis.words[analysis.pps[np.pp_object_of].preposition], "from");
}

bool GazetteerPlaceMention(const Gazetteer& places, const SentenceAnalysis& analysis, const NounPhrase& np,
                           std::string_view possessor_country, std::string_view kind_country, ActorMention* mention) {
  // A place the dictionary lacks stands for its country (a target only for what is
  // done to places: force, protest, visits).
  uint32_t first = np.determiner != kNone && static_cast<uint32_t>(np.determiner) == np.begin ? np.begin + 1 : np.begin;
  // "in occupied Melitopol", "in southern Khan Younis": who holds it or
  // which part is no name, unless the gazetteer has the whole
  // ("Pakistan-administered Kashmir" is Pakistan's, "Kashmir" India's).
  const uint32_t whole = first;
  while (first + 1 < np.end && (analysis.tags[first] == PosTag::kJJ || analysis.tags[first] == PosTag::kVBN) &&
         (!std::isupper(static_cast<unsigned char>(analysis.words[first].front())) ||
          analysis.words[first].find('-') != std::string_view::npos)) {
    ++first;
  }
  // "in Kaduna state", "Helmand Province": the division's name.
  uint32_t last = np.end;
  if (last - first >= 2 && word_classes::IsAdministrativeDivisionWord(analysis.words[last - 1])) --last;
  bool proper = first < last;
  for (uint32_t k = first; k < last && proper; ++k) proper = IsProperNoun(analysis.tags[k]);
  // "the Kramatorsk railway station": a site named after its place is in
  // that place (the name alone is the mention).
  uint32_t name_end = np.end;
  if (!proper && word_classes::IsSiteNoun(analysis.words[np.head]) && np.head + 1 == np.end) {
    name_end = first;
    while (name_end < np.head && IsProperNoun(analysis.tags[name_end])) ++name_end;
    auto lower = [](std::string_view w) { return std::islower(static_cast<unsigned char>(w[0])) != 0; };
    proper = name_end > first &&
             std::all_of(analysis.words.begin() + name_end, analysis.words.begin() + np.end, lower);
    last = name_end;
  }
  if (!proper) return false;
  if (TailOfLongerName(analysis, first)) return false;
  // "the northern town of Sinjar": the text vouches for a town too small
  // to be taken for one unasked; so does a verb of force or capture that
  // takes it ("Russian troops shelled Bakhmut", "seized Kidal").
  const bool in_analysis = &np >= analysis.nps.data() && &np < analysis.nps.data() + analysis.nps.size();
  const uint32_t n = in_analysis ? static_cast<uint32_t>(&np - analysis.nps.data()) : 0;
  const bool town = KindOfPlaceNp(analysis, np) != kNone ||
                    (in_analysis && (PlaceHitByForce(analysis, n) || CapturedPlace(analysis, n)));
  std::string country = whole < first ? PlaceCountry(places, analysis.Text(whole, last), town) : "";
  if (!country.empty()) first = whole;
  if (country.empty()) country = PlaceCountry(places, analysis.Text(first, last), town);
  if (country.empty() && last < np.end) country = PlaceCountry(places, analysis.Text(first, np.end), town);
  if (country.empty()) return false;
  // "the Solomon Islands capital's Chinatown": a place its possessor
  // names is in the possessor's country, whatever other country has a
  // place of that name; an unplaced possessor ("the city's") places nothing.
  if (np.possessor != kNone) {
    if (possessor_country.empty()) return false;
    country = std::string(possessor_country);
  } else if (!kind_country.empty()) {
    country = std::string(kind_country);  // "the northern Mozambican town of Palma"
  }
  *mention = ActorMention{};
  mention->begin = first;
  mention->end = name_end;
  mention->code = std::move(country);
  mention->how = "place";
  mention->entries.push_back(kGazetteerEntry);
  mention->named = true;
  return true;
}

std::string_view KindOfPlaceCountry(const SentenceAnalysis& analysis, uint32_t n,
                                    const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions) {
  const int32_t kind = KindOfPlaceNp(analysis, analysis.nps[n]);
  if (kind == kNone || mention_of_np[kind] < 0) return {};
  const ActorMention& qualifier = mentions[mention_of_np[kind]];
  if (!qualifier.resolved() || qualifier.end > analysis.nps[kind].head) return {};
  for (uint32_t k = qualifier.begin; k < qualifier.end; ++k) {
    if (analysis.words[k].find('-') != std::string_view::npos) return {};
  }
  const std::string_view code = qualifier.code;
  return code.size() >= 3 ? code.substr(0, 3) : std::string_view();
}

void PlacesInTheCountryNamedAfterThem(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                                      std::vector<ActorMention>* mentions) {
  for (ActorMention& place : *mentions) {
    if (!SameText(place.how, "place") || place.entries.empty() || !IsGazetteerEntry(place.entries.front()) ||
        place.end + 1 >= analysis.size() || !word_classes::EqualsLower(analysis.words[place.end], "in")) {
      continue;
    }
    const int32_t np = analysis.np_of_word[place.end + 1];
    if (np == kNone || mention_of_np[np] < 0) continue;
    const ActorMention& country = (*mentions)[mention_of_np[np]];
    const uint32_t head = analysis.nps[np].head;
    if (!country.resolved() || country.code.size() != 3 || !SameText(country.how, "actor") || country.begin > head ||
        head >= country.end) {
      continue;
    }
    place.code = country.code;
  }
}

}  // namespace khaldun
