#include "geo/place_resolver.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "base/same_text.h"
#include "geo/name_folding.h"
#include "geo/word_list.h"

namespace khaldun {

namespace {

// The score of docs/geo.md from what it depends on.
double Score(const PlaceFacts& place, NameMatch match, const ResolveContext& context) {
  double score = 0;
  switch (place.type) {
    case FeatureType::kCountry: score = 8; break;
    case FeatureType::kAdmin1:
    case FeatureType::kRegion: score = 5; break;
    case FeatureType::kAdmin2: score = 4.5; break;
    case FeatureType::kCapital: score = std::log10(std::max<double>(place.population, 1000)) + 1.5; break;
    case FeatureType::kCity: score = std::log10(std::max<double>(place.population, 1000)); break;
  }
  if (match == NameMatch::kAlias) score += 0.5;
  if (context.type_hint) {
    const FeatureType hint = *context.type_hint;
    const bool city_like = place.type == FeatureType::kCity || place.type == FeatureType::kCapital;
    if (hint == place.type || (hint == FeatureType::kCity && city_like) ||
        (hint == FeatureType::kCapital && city_like)) {
      score += 6;
    } else if (hint == FeatureType::kAdmin2 && place.type == FeatureType::kAdmin1) {
      score += 4;  // "X district" where we only know the province X
    } else if (hint == FeatureType::kAdmin1 && place.type == FeatureType::kRegion) {
      score += 4;
    }
  }
  auto in = [&place](std::span<const std::string_view> countries) {  // (compared in line, not by memcmp calls)
    return !place.country_iso3.empty() && std::any_of(countries.begin(), countries.end(), [&](std::string_view c) {
             return SameBytes(c, place.country_iso3);
           });
  };
  if (in(context.named_countries)) {
    score += 5;
  } else if (in(context.hint_countries)) {
    score += 3;
  }
  return score;
}

}  // namespace

double ScoreCandidate(const Candidate& candidate, const ResolveContext& context) {
  const Place& place = candidate.place;
  return Score(PlaceFacts{place.type, place.population, place.country_iso3}, candidate.match, context);
}

std::optional<Candidate> ChooseCandidate(std::span<const Candidate> candidates, const ResolveContext& context) {
  std::optional<Candidate> best;
  double best_score = 0;
  for (const Candidate& candidate : candidates) {
    const double score = ScoreCandidate(candidate, context);
    if (!best || score > best_score) {
      best = candidate;
      best_score = score;
    }
  }
  return best;
}

std::optional<size_t> ChooseCandidate(std::span<const CandidateRef> candidates, const Gazetteer& gazetteer,
                                      const ResolveContext& context) {
  // One candidate is the best whatever its score: most names have one place.
  if (candidates.size() == 1) return 0;
  std::optional<size_t> best;
  double best_score = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const double score = Score(gazetteer.FactsOf(candidates[i].place), candidates[i].match, context);
    if (!best || score > best_score) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

std::optional<FeatureType> DesignatorType(std::string_view word) {
  static constexpr WordList kAdmin1(std::array<std::string_view, 9>{
      "province", "governorate", "state", "region", "oblast", "prefecture", "provinces", "territory", "wilayat"});
  static constexpr WordList kAdmin2(std::array<std::string_view, 3>{"district", "county", "districts"});
  static constexpr WordList kCity(std::array<std::string_view, 4>{"city", "town", "village", "port"});
  if (kAdmin1.Contains(word)) return FeatureType::kAdmin1;
  if (kAdmin2.Contains(word)) return FeatureType::kAdmin2;
  if (kCity.Contains(word)) return FeatureType::kCity;
  if (word == "capital") return FeatureType::kCapital;
  return std::nullopt;
}

std::optional<Place> ResolvePlace(const Gazetteer& gazetteer, std::string_view name, const ResolveContext& context) {
  const std::optional<uint32_t> place = ResolvePlaceIndex(gazetteer, name, context);
  if (!place) return std::nullopt;
  return gazetteer.PlaceAt(*place);
}

std::optional<uint32_t> ResolvePlaceIndex(const Gazetteer& gazetteer, std::string_view name,
                                          const ResolveContext& context) {
  const std::string folded = FoldName(name);
  std::vector<CandidateRef> candidates;
  if (const std::optional<uint32_t> key = gazetteer.FindKey(folded)) {
    gazetteer.CandidatesOf(*key, /*include_demonyms=*/false, &candidates);
  }
  ResolveContext designated = context;
  if (candidates.empty()) {
    const size_t space = folded.rfind(' ');
    if (space != std::string::npos) {
      if (std::optional<FeatureType> type = DesignatorType(std::string_view(folded).substr(space + 1))) {
        if (const std::optional<uint32_t> key = gazetteer.FindKey(std::string_view(folded).substr(0, space))) {
          gazetteer.CandidatesOf(*key, /*include_demonyms=*/false, &candidates);
        }
        designated.type_hint = type;
      }
    }
  }
  const std::optional<size_t> best = ChooseCandidate(candidates, gazetteer, designated);
  if (!best) return std::nullopt;
  return candidates[*best].place;
}

}  // namespace khaldun
