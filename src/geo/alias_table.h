// AliasTable: the project's own place names (data/geo/aliases.tsv).
//
// News spells places in ways GeoNames lacks ("Lashkar Gah", "Musa Qala",
// "Makkah", "Kiev") and names provinces and regions the city list has no
// coordinates for ("Helmand province", "Darfur"). Each row is a fact written
// for this project; see the header comment of data/geo/aliases.tsv.
#ifndef KHALDUN_GEO_ALIAS_TABLE_H_
#define KHALDUN_GEO_ALIAS_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "geo/place.h"

namespace khaldun {

struct AliasRow {
  std::string name;       // the spelling news uses
  std::string canonical;  // the gazetteer's name for the place (== name when new)
  FeatureType type = FeatureType::kCity;
  std::string country_iso3;
  std::string province;
  double lat = 0;
  double lon = 0;
  uint32_t population = 0;
  uint64_t line = 0;  // 1-based line in the file
};

// Reads the alias table. A malformed row is reported to `diagnostics` as
// "path:line: ..." and skipped; only an unreadable file fails.
Result<std::vector<AliasRow>> ReadAliasTable(const std::string& path, Diagnostics* diagnostics);

}  // namespace khaldun

#endif  // KHALDUN_GEO_ALIAS_TABLE_H_
