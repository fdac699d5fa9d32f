#include "geo/alias_table.h"

#include <charconv>
#include <string_view>

#include "geo/table_rows.h"

namespace khaldun {
namespace {

bool ParseDouble(std::string_view text, double* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return ec == std::errc() && ptr == end;
}

bool IsUpperCode(std::string_view code, size_t size) {
  if (code.size() != size) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

Result<std::vector<AliasRow>> ReadAliasTable(const std::string& path, Diagnostics* diagnostics) {
  std::vector<AliasRow> rows;
  Status status = ForEachTableRow(path, "alias table", [&](uint64_t line_number,
                                                           std::span<const std::string_view> fields) {
    if (fields.size() < 7 || fields.size() > 8) {
      diagnostics->Error(path, line_number, "expected 7 or 8 tab-separated fields, got " + std::to_string(fields.size()));
      return;
    }
    AliasRow row;
    row.line = line_number;
    row.name = std::string(fields[0]);
    row.canonical = fields[1].empty() || fields[1] == "-" ? row.name : std::string(fields[1]);
    const std::optional<FeatureType> type = ParseFeatureType(fields[2]);
    row.country_iso3 = std::string(fields[3]);
    row.province = std::string(fields[4]);
    uint32_t population = 0;
    if (fields.size() == 8 && !fields[7].empty()) {
      auto [ptr, ec] = std::from_chars(fields[7].data(), fields[7].data() + fields[7].size(), population);
      if (ec != std::errc() || ptr != fields[7].data() + fields[7].size()) {
        diagnostics->Error(path, line_number, "bad population '" + std::string(fields[7]) + "'");
        return;
      }
    }
    row.population = population;
    if (row.name.empty()) {
      diagnostics->Error(path, line_number, "empty name");
    } else if (!type) {
      diagnostics->Error(path, line_number, "unknown type '" + std::string(fields[2]) +
                                                "' (country, admin1, district, capital, city, region)");
    } else if (!IsUpperCode(row.country_iso3, 3)) {
      diagnostics->Error(path, line_number, "country must be an ISO 3166-1 alpha-3 code, got '" + row.country_iso3 + "'");
    } else if (!ParseDouble(fields[5], &row.lat) || !ParseDouble(fields[6], &row.lon) || row.lat < -90 ||
               row.lat > 90 || row.lon < -180 || row.lon > 180) {
      diagnostics->Error(path, line_number, "bad coordinates '" + std::string(fields[5]) + "', '" +
                                                std::string(fields[6]) + "' (decimal degrees lat, lon)");
    } else {
      row.type = *type;
      rows.push_back(std::move(row));
    }
  });
  if (!status.ok()) return status;
  return rows;
}

}  // namespace khaldun
