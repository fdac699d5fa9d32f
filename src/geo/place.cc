#include "geo/place.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

namespace khaldun {
namespace {

constexpr std::array<std::pair<FeatureType, std::string_view>, 6> kTypeNames = {{
    {FeatureType::kCountry, "country"},
    {FeatureType::kAdmin1, "admin1"},
    {FeatureType::kCapital, "capital"},
    {FeatureType::kCity, "city"},
    {FeatureType::kRegion, "region"},
    {FeatureType::kAdmin2, "district"},
}};

}  // namespace

std::string_view FeatureTypeName(FeatureType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type) return name;
  }
  return "unknown";
}

std::optional<FeatureType> ParseFeatureType(std::string_view name) {
  for (const auto& [t, n] : kTypeNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

int Specificity(FeatureType type) {
  switch (type) {
    case FeatureType::kCity:
    case FeatureType::kCapital: return 0;
    case FeatureType::kAdmin2: return 1;
    case FeatureType::kAdmin1: return 2;
    case FeatureType::kRegion: return 3;
    case FeatureType::kCountry: return 4;
  }
  return 4;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (lat2 - lat1) * kRad;
  const double dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace khaldun
