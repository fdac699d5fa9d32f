#include "geo/geolocator.h"

#include <algorithm>

#include "geo/country_codes.h"
#include "geo/name_folding.h"
#include "geo/place_resolver.h"

namespace khaldun {
namespace {

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
  const std::optional<uint32_t> place = DatelinePlace(dateline, country_hint);
  if (!place) return std::nullopt;
  return gazetteer_->PlaceAt(*place);
}

std::optional<uint32_t> Geolocator::DatelinePlace(std::string_view dateline, std::string_view country_hint) const {
  // "KABUL, Afghanistan" / "Lashkar Gah (Afghanistan)": the second part is context.
  const size_t split = dateline.find_first_of(",(");
  const std::string place_part = Trim(dateline.substr(0, split));
  if (place_part.empty()) return std::nullopt;
  CountryCodes named, hints;
  if (split != std::string_view::npos) {
    std::vector<CandidateRef> candidates;
    if (const std::optional<uint32_t> key = gazetteer_->FindKey(FoldName(Trim(dateline.substr(split + 1))))) {
      gazetteer_->CandidatesOf(*key, /*include_demonyms=*/false, &candidates);
    }
    for (const CandidateRef& c : candidates) {
      const PlaceFacts place = gazetteer_->FactsOf(c.place);
      if (place.type == FeatureType::kCountry || place.type == FeatureType::kAdmin1) {
        named.Add(place.country_iso3);
      }
    }
  }
  hints.Add(country_hint);
  return ResolvePlaceIndex(*gazetteer_, place_part,
                           ResolveContext{.named_countries = named.view(), .hint_countries = hints.view(), .type_hint = std::nullopt});
}

void Geolocator::ResolveMentions(std::span<const PlaceMention> mentions, std::string_view dateline,
                                 std::string_view country_hint, std::vector<ResolvedMention>* resolved) const {
  // Countries the sentence names come first as context, then the dateline's, then the hint.
  CountryCodes named, hints;
  const ResolveContext none;
  for (const PlaceMention& mention : mentions) {
    const std::optional<size_t> alone = ChooseCandidate(mention.candidates, *gazetteer_, none);
    if (!alone) continue;
    const PlaceFacts place = gazetteer_->FactsOf(mention.candidates[*alone].place);
    if (place.type == FeatureType::kCountry) named.Add(place.country_iso3);
  }
  if (!dateline.empty()) {
    if (const std::optional<uint32_t> place = DatelinePlace(dateline, country_hint)) {
      hints.Add(gazetteer_->FactsOf(*place).country_iso3);
    }
  }
  hints.Add(country_hint);
  ResolveContext context{.named_countries = named.view(), .hint_countries = hints.view(), .type_hint = std::nullopt};

  resolved->clear();
  for (size_t m = 0; m < mentions.size(); ++m) {
    const PlaceMention& mention = mentions[m];
    context.type_hint = mention.designator;
    std::optional<uint32_t> place;
    // "Arlington, Virginia", "White House, Tennessee": a province named
    // right after a place says which namesake it is.
    if (m + 1 < mentions.size()) place = InProvinceNamedNext(mention, mentions[m + 1], context);
    if (!place) {
      if (const std::optional<size_t> best = ChooseCandidate(mention.candidates, *gazetteer_, context)) {
        place = mention.candidates[*best].place;
      }
    }
    if (place) resolved->push_back(ResolvedMention{&mention, *place, gazetteer_->FactsOf(*place).type});
  }
}

std::optional<uint32_t> Geolocator::InProvinceNamedNext(const PlaceMention& mention, const PlaceMention& next,
                                                        const ResolveContext& context) const {
  // (A name with one place has no namesake to choose among.)
  if (next.begin < mention.end || next.begin - mention.end > 1 || next.demonym || mention.candidates.size() < 2) {
    return std::nullopt;
  }
  std::vector<PlaceView> provinces;
  for (const CandidateRef& named : next.candidates) {
    if (gazetteer_->FactsOf(named.place).type == FeatureType::kAdmin1) provinces.push_back(gazetteer_->ViewOf(named.place));
  }
  if (provinces.empty()) return std::nullopt;
  std::vector<CandidateRef> inside;
  for (const CandidateRef& candidate : mention.candidates) {
    const PlaceView place = gazetteer_->ViewOf(candidate.place);
    if (place.type == FeatureType::kAdmin1) continue;
    const bool in_one = std::any_of(provinces.begin(), provinces.end(), [&](const PlaceView& province) {
      const bool same_code = !place.admin1_code.empty() && place.admin1_code == province.admin1_code;
      const bool same_name = !place.province.empty() && FoldName(place.province) == FoldName(province.name);
      return place.country_iso3 == province.country_iso3 && (same_code || same_name);
    });
    if (in_one) inside.push_back(candidate);
  }
  const std::optional<size_t> best = ChooseCandidate(inside, *gazetteer_, context);
  if (!best) return std::nullopt;
  return inside[*best].place;
}

Location Geolocator::Locate(std::span<const Token> sentence, std::string_view dateline,
                            std::string_view country_hint) const {
  const std::vector<PlaceMention> mentions = FindMentions(sentence);
  std::vector<ResolvedMention> resolved;
  ResolveMentions(mentions, dateline, country_hint, &resolved);
  LocationChoice choice = LocateAmong(resolved, dateline, country_hint);
  if (!choice.found()) return Location{};
  return Location{choice.source, gazetteer_->PlaceAt(choice.place), std::move(choice.evidence)};
}

LocationChoice Geolocator::LocateAmong(std::span<const ResolvedMention> resolved, std::string_view dateline,
                                       std::string_view country_hint) const {
  const bool has_destination = std::any_of(resolved.begin(), resolved.end(), [](const ResolvedMention& r) {
    return r.mention->role == MentionRole::kDestination;
  });
  const ResolvedMention* best = nullptr;
  for (const ResolvedMention& candidate : resolved) {
    const MentionRole role = candidate.mention->role;
    if (role == MentionRole::kBare || (role == MentionRole::kOrigin && has_destination)) continue;
    if (best == nullptr || Specificity(candidate.type) < Specificity(best->type)) best = &candidate;
  }
  if (best != nullptr && Specificity(best->type) > 0) {
    // "Hyderabad in Sindh province", "Tripoli, Lebanon": a city named just
    // before the broader place, in the same country, is the more precise answer.
    for (const ResolvedMention& candidate : resolved) {
      if (candidate.mention->end <= best->mention->begin && best->mention->begin - candidate.mention->end <= 2 &&
          Specificity(candidate.type) < Specificity(best->type) &&
          gazetteer_->FactsOf(candidate.place).country_iso3 == gazetteer_->FactsOf(best->place).country_iso3) {
        best = &candidate;
        break;
      }
    }
  }
  if (best == nullptr) {
    // A bare city (not a country: "Pakistan said" is an actor, not a place).
    for (const ResolvedMention& candidate : resolved) {
      if (candidate.mention->role == MentionRole::kBare && Specificity(candidate.type) < 4) {
        best = &candidate;
        break;
      }
    }
  }
  if (best != nullptr) return LocationChoice{LocationSource::kSentence, best->place, EvidenceText(*best->mention)};
  if (!dateline.empty()) {
    if (const std::optional<uint32_t> place = DatelinePlace(dateline, country_hint)) {
      return LocationChoice{LocationSource::kDateline, *place, "dateline " + std::string(dateline)};
    }
  }
  for (const ResolvedMention& candidate : resolved) {  // a country just named: "visited the UAE"
    if (candidate.type == FeatureType::kCountry) {
      return LocationChoice{LocationSource::kSentence, candidate.place, EvidenceText(*candidate.mention)};
    }
  }
  if (!country_hint.empty()) {
    if (const std::optional<uint32_t> country = gazetteer_->CountryPlace(country_hint)) {
      return LocationChoice{LocationSource::kActorCountry, *country, "actor country " + std::string(country_hint)};
    }
  }
  return LocationChoice{};
}

}  // namespace khaldun
