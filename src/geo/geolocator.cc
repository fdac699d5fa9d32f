#include "geo/geolocator.h"

#include <algorithm>

#include "geo/name_folding.h"
#include "geo/place_resolver.h"

namespace khaldun {
namespace {

void AddCountry(std::vector<std::string>* countries, std::string_view iso3) {
  if (iso3.empty()) return;
  if (std::find(countries->begin(), countries->end(), iso3) == countries->end()) countries->emplace_back(iso3);
}

std::string Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t()");
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find_last_not_of(" \t()");
  return std::string(text.substr(begin, end - begin + 1));
}

std::string EvidenceText(const PlaceMention& mention) {
  std::string text = mention.preposition.empty() ? mention.text : mention.preposition + " " + mention.text;
  if (mention.designator && mention.role == MentionRole::kDesignated) {
    text += " (" + std::string(FeatureTypeName(*mention.designator)) + ")";
  }
  return text;
}

}  // namespace

std::string_view LocationSourceName(LocationSource source) {
  switch (source) {
    case LocationSource::kNone: return "none";
    case LocationSource::kSentence: return "sentence";
    case LocationSource::kDateline: return "dateline";
    case LocationSource::kActorCountry: return "actor_country";
  }
  return "none";
}

std::optional<Place> Geolocator::ResolveDateline(std::string_view dateline, std::string_view country_hint) const {
  // "KABUL, Afghanistan" / "Lashkar Gah (Afghanistan)": the second part is context.
  const size_t split = dateline.find_first_of(",(");
  const std::string place_part = Trim(dateline.substr(0, split));
  if (place_part.empty()) return std::nullopt;
  ResolveContext context;
  if (split != std::string_view::npos) {
    std::vector<CandidateRef> candidates;
    if (const std::optional<uint32_t> key = gazetteer_->FindKey(FoldName(Trim(dateline.substr(split + 1))))) {
      gazetteer_->CandidatesOf(*key, /*include_demonyms=*/false, &candidates);
    }
    for (const CandidateRef& c : candidates) {
      const PlaceFacts place = gazetteer_->FactsOf(c.place);
      if (place.type == FeatureType::kCountry || place.type == FeatureType::kAdmin1) {
        AddCountry(&context.named_countries, place.country_iso3);
      }
    }
  }
  AddCountry(&context.hint_countries, country_hint);
  return ResolvePlace(*gazetteer_, place_part, context);
}

std::vector<std::pair<const PlaceMention*, Place>> Geolocator::ResolveMentions(
    std::span<const PlaceMention> mentions, std::string_view dateline, std::string_view country_hint) const {
  // Countries the sentence names come first as context, then the dateline's, then the hint.
  ResolveContext context;
  context.named_countries.reserve(mentions.size());  // at most one each: no reallocation
  context.hint_countries.reserve(2);
  for (const PlaceMention& mention : mentions) {
    const std::optional<size_t> alone = ChooseCandidate(mention.candidates, *gazetteer_, ResolveContext{});
    if (!alone) continue;
    const PlaceFacts place = gazetteer_->FactsOf(mention.candidates[*alone].place);
    if (place.type == FeatureType::kCountry) AddCountry(&context.named_countries, place.country_iso3);
  }
  if (!dateline.empty()) {
    if (const std::optional<Place> place = ResolveDateline(dateline, country_hint)) {
      AddCountry(&context.hint_countries, place->country_iso3);
    }
  }
  AddCountry(&context.hint_countries, country_hint);

  std::vector<std::pair<const PlaceMention*, Place>> resolved;
  resolved.reserve(mentions.size());
  for (size_t m = 0; m < mentions.size(); ++m) {
    const PlaceMention& mention = mentions[m];
    context.type_hint = mention.designator;
    if (m + 1 < mentions.size()) {
      // "Arlington, Virginia", "White House, Tennessee": a province named
      // right after a place says which namesake it is.
      if (const std::optional<Place> place = InProvinceNamedNext(mention, mentions[m + 1], context)) {
        resolved.emplace_back(&mention, *place);
        continue;
      }
    }
    if (const std::optional<size_t> best = ChooseCandidate(mention.candidates, *gazetteer_, context)) {
      resolved.emplace_back(&mention, gazetteer_->PlaceAt(mention.candidates[*best].place));
    }
  }
  return resolved;
}

std::optional<Place> Geolocator::InProvinceNamedNext(const PlaceMention& mention, const PlaceMention& next,
                                                     const ResolveContext& context) const {
  // (A name with one place has no namesake to choose among.)
  if (next.begin < mention.end || next.begin - mention.end > 1 || next.demonym || mention.candidates.size() < 2) {
    return std::nullopt;
  }
  std::vector<Place> provinces;
  for (const CandidateRef& named : next.candidates) {
    if (gazetteer_->FactsOf(named.place).type == FeatureType::kAdmin1) provinces.push_back(gazetteer_->PlaceAt(named.place));
  }
  if (provinces.empty()) return std::nullopt;
  // Each of the mention's places is built once, whatever the provinces.
  std::vector<CandidateRef> inside;
  for (const CandidateRef& candidate : mention.candidates) {
    const Place place = gazetteer_->PlaceAt(candidate.place);
    if (place.type == FeatureType::kAdmin1) continue;
    const bool in_one = std::any_of(provinces.begin(), provinces.end(), [&](const Place& province) {
      const bool same_code = !place.admin1_code.empty() && place.admin1_code == province.admin1_code;
      const bool same_name = !place.province.empty() && FoldName(place.province) == FoldName(province.name);
      return place.country_iso3 == province.country_iso3 && (same_code || same_name);
    });
    if (in_one) inside.push_back(candidate);
  }
  const std::optional<size_t> best = ChooseCandidate(inside, *gazetteer_, context);
  if (!best) return std::nullopt;
  return gazetteer_->PlaceAt(inside[*best].place);
}

Location Geolocator::Locate(std::span<const Token> sentence, std::string_view dateline,
                            std::string_view country_hint) const {
  const std::vector<PlaceMention> mentions = FindMentions(sentence);
  return LocateAmong(ResolveMentions(mentions, dateline, country_hint), dateline, country_hint);
}

Location Geolocator::LocateAmong(const std::vector<std::pair<const PlaceMention*, Place>>& resolved,
                                 std::string_view dateline, std::string_view country_hint) const {
  const bool has_destination = std::any_of(resolved.begin(), resolved.end(), [](const auto& r) {
    return r.first->role == MentionRole::kDestination;
  });
  const std::pair<const PlaceMention*, Place>* best = nullptr;
  for (const auto& candidate : resolved) {
    const MentionRole role = candidate.first->role;
    if (role == MentionRole::kBare || (role == MentionRole::kOrigin && has_destination)) continue;
    if (best == nullptr || Specificity(candidate.second.type) < Specificity(best->second.type)) best = &candidate;
  }
  if (best != nullptr && Specificity(best->second.type) > 0) {
    // "Hyderabad in Sindh province", "Tripoli, Lebanon": a city named just
    // before the broader place, in the same country, is the more precise answer.
    for (const auto& candidate : resolved) {
      if (candidate.first->end <= best->first->begin && best->first->begin - candidate.first->end <= 2 &&
          Specificity(candidate.second.type) < Specificity(best->second.type) &&
          candidate.second.country_iso3 == best->second.country_iso3) {
        best = &candidate;
        break;
      }
    }
  }
  if (best == nullptr) {
    // A bare city (not a country: "Pakistan said" is an actor, not a place).
    for (const auto& candidate : resolved) {
      if (candidate.first->role == MentionRole::kBare && Specificity(candidate.second.type) < 4) {
        best = &candidate;
        break;
      }
    }
  }
  if (best != nullptr) return Location{LocationSource::kSentence, best->second, EvidenceText(*best->first)};
  if (!dateline.empty()) {
    if (std::optional<Place> place = ResolveDateline(dateline, country_hint)) {
      return Location{LocationSource::kDateline, std::move(*place), "dateline " + std::string(dateline)};
    }
  }
  for (const auto& candidate : resolved) {  // a country just named: "visited the UAE"
    if (candidate.second.type == FeatureType::kCountry) {
      return Location{LocationSource::kSentence, candidate.second, EvidenceText(*candidate.first)};
    }
  }
  if (!country_hint.empty()) {
    if (std::optional<Place> country = gazetteer_->Country(country_hint)) {
      return Location{LocationSource::kActorCountry, std::move(*country), "actor country " + std::string(country_hint)};
    }
  }
  return Location{};
}

}  // namespace khaldun
