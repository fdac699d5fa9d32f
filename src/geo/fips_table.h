// FipsTable: ISO 3166-1 alpha-2 -> FIPS 10-4 country codes, and which
// GeoNames admin1 codes are FIPS first-level division codes
// (data/geo/fips-countries.tsv; its header comment gives the source and the
// choices: Palestine split into West Bank WE and Gaza Strip GZ by a box,
// Aland, Bonaire and the U.S. Minor Outlying Islands deliberately unmapped).
//
// GDELT writes FIPS codes where ISO codes differ for ~100 countries
// (Germany GM, United Kingdom UK, China CH, Iraq IZ). The gazetteer builder
// stores each place's codes; nothing reads the table at run time.
#ifndef KHALDUN_GEO_FIPS_TABLE_H_
#define KHALDUN_GEO_FIPS_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace khaldun {

// Which GeoNames admin1 codes of a country are FIPS division codes.
enum class FipsAdmin1 : uint8_t {
  kNone,    // none: GeoNames uses ISO or national codes there
  kFips,    // every two-character code but "00"
  kDigits,  // only numeric two-character codes but "00"
  kUsps,    // US state postal codes (GDELT's ADM1 codes for the US)
};

struct FipsBox {
  double lat_min = 0, lon_min = 0, lat_max = 0, lon_max = 0;
  bool Contains(double lat, double lon) const {
    return lat >= lat_min && lat <= lat_max && lon >= lon_min && lon <= lon_max;
  }
};

struct FipsRow {
  std::string iso2;  // "DE"
  std::string fips;  // "GM"; "" for a deliberately unmapped country ("-" in the file)
  FipsAdmin1 admin1 = FipsAdmin1::kNone;
  std::string name;
  std::optional<FipsBox> box;  // the row covers only places inside
  uint64_t line = 0;           // 1-based line in the file
};

class FipsTable {
 public:
  // Reads the table. A malformed row, a second row for a country without a
  // box, or a FIPS code given to two rows is reported to `diagnostics` as
  // "path:line: ..." and skipped; only an unreadable file fails.
  static Result<FipsTable> Read(const std::string& path, Diagnostics* diagnostics);

  // The FIPS code of a place of ISO country `iso2` at (lat, lon): a boxed
  // row holding the point, else the country's row; "" when the country is
  // unmapped or not listed. Never a guess.
  std::string_view Country(std::string_view iso2, double lat, double lon) const;
  // `admin1` (a GeoNames admin1 code of a place in `iso2`) when the
  // country's rule says it is a FIPS division code and the country has a
  // FIPS code, else "".
  std::string_view Admin1(std::string_view iso2, std::string_view admin1) const;
  // True when `iso2` has a row (mapped or deliberately unmapped).
  bool Lists(std::string_view iso2) const { return main_row_.contains(std::string(iso2)); }

  const std::vector<FipsRow>& rows() const { return rows_; }

 private:
  const FipsRow* MainRow(std::string_view iso2) const;

  std::vector<FipsRow> rows_;
  std::unordered_map<std::string, size_t> main_row_;  // iso2 -> its row without a box
  std::vector<size_t> boxed_rows_;                    // rows with a box (Gaza Strip, Jan Mayen)
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_FIPS_TABLE_H_
