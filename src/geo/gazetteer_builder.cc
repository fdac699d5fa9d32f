#include "geo/gazetteer_builder.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <charconv>
#include <iterator>

#include "geo/name_folding.h"

namespace khaldun {
namespace {

// Synthetic ids for places that are not GeoNames cities (GeoNames ids stay
// below 2^28, so these never collide).
constexpr uint32_t kCountryIdBase = 0xE0000000;
constexpr uint32_t kProvinceIdBase = 0xE1000000;

Result<nlohmann::json> ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::Error(path + ": not valid JSON");
  return json;
}

std::string StringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A city-like place: only cities match cities, provinces match provinces.
bool SameKind(FeatureType a, FeatureType b) {
  auto kind = [](FeatureType t) {
    return t == FeatureType::kCapital ? FeatureType::kCity : t == FeatureType::kAdmin2 ? FeatureType::kRegion : t;
  };
  return kind(a) == kind(b);
}

double LinkRadiusKm(FeatureType type) {
  switch (type) {
    case FeatureType::kCity:
    case FeatureType::kCapital: return 30;
    case FeatureType::kCountry: return 20000;
    default: return 300;
  }
}

}  // namespace

size_t GazetteerBuilder::AddEntry(GazetteerEntry entry) {
  const std::string key = FoldName(entry.place.name);
  const size_t index = writer_.Add(std::move(entry));
  by_folded_name_[key].push_back(index);
  return index;
}

void GazetteerBuilder::AddName(size_t index, const std::string& name) {
  GazetteerEntry& entry = writer_.entry(index);
  const std::string key = FoldName(name);
  if (key.empty() || key == FoldName(entry.place.name)) return;
  for (const std::string& alias : entry.aliases) {
    if (FoldName(alias) == key) return;
  }
  entry.aliases.push_back(name);
  by_folded_name_[key].push_back(index);
}

Status GazetteerBuilder::AddCountries(const std::string& iso3166_1_path, const std::string& world_countries_path) {
  Result<nlohmann::json> iso = ReadJson(iso3166_1_path);
  if (!iso.ok()) return iso.status();
  Result<nlohmann::json> world = ReadJson(world_countries_path);
  if (!world.ok()) return world.status();
  std::unordered_map<std::string, const nlohmann::json*> iso_by_alpha3;
  for (const nlohmann::json& country : iso.value()["3166-1"]) {
    iso3_by_iso2_[StringField(country, "alpha_2")] = StringField(country, "alpha_3");
    iso_by_alpha3[StringField(country, "alpha_3")] = &country;
  }
  for (const nlohmann::json& country : world.value()) {
    GazetteerEntry entry;
    Place& place = entry.place;
    place.type = FeatureType::kCountry;
    place.name = country["name"].value("common", "");
    place.country_iso2 = StringField(country, "cca2");
    place.country_iso3 = StringField(country, "cca3");
    if (place.name.empty() || place.country_iso3.size() != 3) continue;
    if (place.country_iso3 == "UNK") place.country_iso3 = "XKX";  // Kosovo: the code news archives use
    iso3_by_iso2_.emplace(place.country_iso2, place.country_iso3);
    const nlohmann::json& latlng = country["latlng"];
    if (!latlng.is_array() || latlng.size() != 2) continue;
    place.lat = latlng[0].get<double>();
    place.lon = latlng[1].get<double>();
    const std::string numeric = StringField(country, "ccn3");
    uint32_t code = 999;  // no ISO numeric code (Kosovo)
    std::from_chars(numeric.data(), numeric.data() + numeric.size(), code);
    place.id = kCountryIdBase + code;
    entry.aliases.push_back(country["name"].value("official", ""));
    if (auto it = iso_by_alpha3.find(place.country_iso3); it != iso_by_alpha3.end()) {
      for (const char* field : {"name", "official_name", "common_name"}) {
        const std::string name = StringField(*it->second, field);
        if (!name.empty() && name.find(',') == std::string::npos) entry.aliases.push_back(name);
      }
    }
    for (const nlohmann::json& spelling : country["altSpellings"]) {
      const std::string name = spelling.get<std::string>();
      if (name != place.country_iso2) entry.aliases.push_back(name);  // "UK", "USA" yes; "AF" no
    }
    if (auto demonyms = country.find("demonyms"); demonyms != country.end() && demonyms->contains("eng")) {
      const nlohmann::json& eng = (*demonyms)["eng"];
      for (const char* gender : {"m", "f"}) {
        const std::string demonym = StringField(eng, gender);
        if (!demonym.empty()) entry.demonyms.push_back(demonym);
      }
    }
    const size_t index = AddEntry(std::move(entry));
    for (const std::string& alias : std::vector<std::string>(writer_.entry(index).aliases)) {
      by_folded_name_[FoldName(alias)].push_back(index);
    }
    ++stats_.countries;
  }
  return Status::Ok();
}

void GazetteerBuilder::AddCities(const std::vector<GeoNamesCity>& cities) {
  // Historical, abandoned and destroyed places are not where news happens.
  static constexpr std::string_view kSkipped[] = {"PPLH", "PPLQ", "PPLW", "PPLCH"};
  for (const GeoNamesCity& city : cities) {
    if (std::find(std::begin(kSkipped), std::end(kSkipped), city.feature_code) != std::end(kSkipped)) continue;
    GazetteerEntry entry;
    Place& place = entry.place;
    place.name = city.name;
    place.type = city.feature_code == "PPLC" ? FeatureType::kCapital : FeatureType::kCity;
    place.country_iso2 = city.country_iso2;
    if (auto it = iso3_by_iso2_.find(city.country_iso2); it != iso3_by_iso2_.end()) place.country_iso3 = it->second;
    place.lat = city.lat;
    place.lon = city.lon;
    place.population = city.population;
    place.id = city.id;
    place.admin1_code = city.admin1_code;  // GeoNames' own; AssignFipsCodes keeps it when it is FIPS
    const size_t index = AddEntry(std::move(entry));
    admin_groups_[{city.country_iso2, city.admin1_code}].push_back(index);
    if (city.feature_code == "PPLA" || city.feature_code == "PPLC") {
      seat_groups_.emplace(std::pair(city.country_iso2, FoldName(city.name)), std::pair(city.country_iso2, city.admin1_code));
    }
    ++stats_.cities;
  }
}

Status GazetteerBuilder::AddProvinces(const std::string& iso3166_2_path) {
  Result<nlohmann::json> iso = ReadJson(iso3166_2_path);
  if (!iso.ok()) return iso.status();
  uint32_t serial = 0;
  for (const nlohmann::json& subdivision : iso.value()["3166-2"]) {
    ++serial;
    if (subdivision.contains("parent")) continue;  // second level: districts, departments
    const std::string code = StringField(subdivision, "code");
    const size_t dash = code.find('-');
    if (dash == std::string::npos) continue;
    const std::string iso2 = code.substr(0, dash);
    const std::string name = StringField(subdivision, "name");
    // Codes agree only where GeoNames uses ISO letters (US states, ...);
    // numeric codes are FIPS or national and would mismatch (TR, JP, UA).
    const std::string suffix = code.substr(dash + 1);
    const bool alphabetic = std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    auto group = alphabetic ? admin_groups_.find({iso2, suffix}) : admin_groups_.end();
    if (group == admin_groups_.end()) {
      // Only a seat named like the province counts, and only a province seat (PPLA).
      auto seat = seat_groups_.find({iso2, FoldName(name)});
      if (seat != seat_groups_.end()) group = admin_groups_.find(seat->second);
    }
    if (group == admin_groups_.end()) {
      ++stats_.provinces_without_coordinates;
      continue;
    }
    GazetteerEntry entry;
    Place& place = entry.place;
    place.name = name;
    place.type = FeatureType::kAdmin1;
    place.country_iso2 = iso2;
    place.country_iso3 = iso3_by_iso2_.count(iso2) ? iso3_by_iso2_[iso2] : "";
    place.province = name;
    place.id = kProvinceIdBase + serial;
    place.admin1_code = group->first.second;
    double lat = 0;
    double lon = 0;
    for (size_t index : group->second) {
      Place& city = writer_.entry(index).place;
      lat += city.lat;
      lon += city.lon;
      city.province = name;
    }
    place.lat = lat / static_cast<double>(group->second.size());
    place.lon = lon / static_cast<double>(group->second.size());
    AddEntry(std::move(entry));
    ++stats_.provinces;
  }
  return Status::Ok();
}

void GazetteerBuilder::AddAliases(const std::vector<AliasRow>& rows, const std::string& path,
                                  Diagnostics* diagnostics) {
  for (const AliasRow& row : rows) {
    size_t best = SIZE_MAX;
    double best_km = LinkRadiusKm(row.type);
    bool far_namesake = false;
    if (auto it = by_folded_name_.find(FoldName(row.canonical)); it != by_folded_name_.end()) {
      for (size_t index : it->second) {
        const Place& place = writer_.entry(index).place;
        if (place.country_iso3 != row.country_iso3 || !SameKind(place.type, row.type)) continue;
        const double km = DistanceKm(place.lat, place.lon, row.lat, row.lon);
        if (km <= best_km) {
          best = index;
          best_km = km;
        } else {
          far_namesake = true;
        }
      }
    }
    if (best != SIZE_MAX) {
      AddName(best, row.name);
      Place& place = writer_.entry(best).place;
      if (place.province.empty()) place.province = row.province;
      if (place.population == 0) place.population = row.population;
      ++stats_.aliases_linked;
      continue;
    }
    if (far_namesake && row.canonical != row.name) {
      diagnostics->Warn(path, row.line, "'" + row.canonical + "' exists in " + row.country_iso3 +
                                            " but not near the row's coordinates; added as a new place");
    }
    GazetteerEntry entry;
    Place& place = entry.place;
    place.name = row.canonical;
    place.type = row.type;
    place.country_iso3 = row.country_iso3;
    for (const auto& [iso2, iso3] : iso3_by_iso2_) {
      if (iso3 == row.country_iso3) place.country_iso2 = iso2;
    }
    place.province = row.type == FeatureType::kAdmin1 && row.province.empty() ? row.canonical : row.province;
    place.lat = row.lat;
    place.lon = row.lon;
    place.population = row.population;
    place.id = kAliasPlaceIdBase + static_cast<uint32_t>(row.line);
    const size_t index = AddEntry(std::move(entry));
    AddName(index, row.name);
    ++stats_.aliases_added;
  }
}

void GazetteerBuilder::AssignFipsCodes(const FipsTable& table) {
  // Places the alias table added (Helmand, Marjah) have a province name but
  // no GeoNames code: take the code every other place of that province
  // agrees on (Lashkar Gah, Musa Qala: 10), none when they disagree.
  std::map<std::pair<std::string, std::string>, std::string> code_of_province;  // "" when they disagree
  for (size_t i = 0; i < writer_.size(); ++i) {
    const Place& place = writer_.entry(i).place;
    if (place.province.empty() || place.admin1_code.empty() || place.admin1_code == "00") continue;
    auto [it, inserted] = code_of_province.emplace(std::pair(place.country_iso2, FoldName(place.province)),
                                                   place.admin1_code);
    if (!inserted && it->second != place.admin1_code) it->second.clear();
  }
  for (size_t i = 0; i < writer_.size(); ++i) {
    Place& place = writer_.entry(i).place;
    if (place.admin1_code.empty() && !place.province.empty()) {
      auto it = code_of_province.find({place.country_iso2, FoldName(place.province)});
      if (it != code_of_province.end()) place.admin1_code = it->second;
    }
    place.country_fips = std::string(table.Country(place.country_iso2, place.lat, place.lon));
    place.admin1_code = std::string(table.Admin1(place.country_iso2, place.admin1_code));
    if (place.country_fips.empty()) ++stats_.without_fips_country;
    if (!place.admin1_code.empty()) ++stats_.with_fips_admin1;
  }
}

}  // namespace khaldun
