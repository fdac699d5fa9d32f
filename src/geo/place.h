// Place: one entry of the gazetteer, as the geolocator hands it to events.
#ifndef KHALDUN_GEO_PLACE_H_
#define KHALDUN_GEO_PLACE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace khaldun {

// What kind of place an entry is. Order matters to nobody; values are stored
// in the compiled gazetteer, so never renumber them.
enum class FeatureType : uint8_t {
  kCountry = 0,  // a sovereign state or territory with an ISO 3166-1 code
  kAdmin1 = 1,   // a first-level division: province, state, governorate
  kCapital = 2,  // a national capital (GeoNames PPLC)
  kCity = 3,     // any other populated place: city, town, village
  kRegion = 4,   // a named region that is not an administrative unit (Darfur)
  kAdmin2 = 5,   // a district
};

// "country", "admin1", "capital", "city", "region", "district".
std::string_view FeatureTypeName(FeatureType type);
// The inverse of FeatureTypeName; nullopt for an unknown word.
std::optional<FeatureType> ParseFeatureType(std::string_view name);

struct Place {
  std::string name;              // display name, as the source spells it ("Lashkar Gāh")
  FeatureType type = FeatureType::kCity;
  std::string country_iso3;      // "AFG"; empty for a place outside any country
  std::string country_iso2;      // "AF"
  std::string province;          // first-level division name when known ("Helmand")
  double lat = 0;                // WGS84 degrees
  double lon = 0;
  uint32_t population = 0;       // 0 when unknown
  uint32_t id = 0;               // stable within one compiled gazetteer; GeoNames id when from GeoNames
  // FIPS 10-4 country code (GDELT's), from data/geo/fips-countries.tsv:
  // "AF", "GM" for Germany, "WE"/"GZ" in Palestine; "" when unmapped.
  std::string country_fips;
  // The first-level division's FIPS 10-4 code within the country, from
  // GeoNames admin1 codes where they are FIPS ("10" for Helmand, "08" for
  // Islamabad; US: the state's postal code, as GDELT uses); "" when unknown.
  std::string admin1_code;
};

// Ids of places the alias table (data/geo/aliases.tsv) defines, from line
// numbers: towns and regions written in for the news.
inline constexpr uint32_t kAliasPlaceIdBase = 0xE2000000;
inline bool IsAliasTablePlace(const Place& place) { return (place.id & 0xFF000000u) == kAliasPlaceIdBase; }

// How precise a kind of place is: 0 city or capital, 1 district, 2 province,
// 3 region, 4 country. Lower wins when several places are named.
int Specificity(FeatureType type);

// Great-circle distance between two places' coordinates, in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace khaldun

#endif  // KHALDUN_GEO_PLACE_H_
