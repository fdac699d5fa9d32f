#include "geo/fips_table.h"

#include <charconv>
#include <unordered_set>

#include "geo/table_rows.h"

namespace khaldun {
namespace {

bool IsUpperCode(std::string_view code) {
  if (code.size() != 2) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::optional<FipsAdmin1> ParseAdmin1Rule(std::string_view word) {
  if (word == "fips") return FipsAdmin1::kFips;
  if (word == "digits") return FipsAdmin1::kDigits;
  if (word == "usps") return FipsAdmin1::kUsps;
  if (word == "-") return FipsAdmin1::kNone;
  return std::nullopt;
}

// "31.20,34.20,31.62,34.60" -> a box; nullopt unless four numbers, min <= max.
std::optional<FipsBox> ParseBox(std::string_view text) {
  const std::vector<std::string_view> parts = SplitFields(text, ',');
  if (parts.size() != 4) return std::nullopt;
  double values[4];
  for (size_t i = 0; i < 4; ++i) {
    const char* end = parts[i].data() + parts[i].size();
    auto [ptr, ec] = std::from_chars(parts[i].data(), end, values[i]);
    if (ec != std::errc() || ptr != end) return std::nullopt;
  }
  FipsBox box{values[0], values[1], values[2], values[3]};
  if (box.lat_min > box.lat_max || box.lon_min > box.lon_max) return std::nullopt;
  return box;
}

bool IsAlnumUpper(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Result<FipsTable> FipsTable::Read(const std::string& path, Diagnostics* diagnostics) {
  FipsTable table;
  std::unordered_set<std::string> fips_seen;
  Status status = ForEachTableRow(path, "FIPS country table", [&](uint64_t line_number,
                                                                  std::span<const std::string_view> fields) {
    if (fields.size() < 4 || fields.size() > 5) {
      diagnostics->Error(path, line_number,
                         "expected 4 or 5 tab-separated fields (iso2, fips, admin1, name[, box]), got " +
                             std::to_string(fields.size()));
      return;
    }
    FipsRow row;
    row.line = line_number;
    row.iso2 = std::string(fields[0]);
    row.fips = fields[1] == "-" ? std::string() : std::string(fields[1]);
    row.name = std::string(fields[3]);
    const std::optional<FipsAdmin1> rule = ParseAdmin1Rule(fields[2]);
    if (fields.size() == 5 && !fields[4].empty()) row.box = ParseBox(fields[4]);
    if (!IsUpperCode(row.iso2)) {
      diagnostics->Error(path, line_number, "iso2 must be two capital letters, got '" + row.iso2 + "'");
    } else if (fields[1] != "-" && !IsUpperCode(row.fips)) {
      diagnostics->Error(path, line_number,
                         "fips must be two capital letters or -, got '" + std::string(fields[1]) + "'");
    } else if (!rule) {
      diagnostics->Error(path, line_number,
                         "admin1 must be fips, digits, usps or -, got '" + std::string(fields[2]) + "'");
    } else if (fields.size() == 5 && !fields[4].empty() && !row.box) {
      diagnostics->Error(path, line_number, "bad box '" + std::string(fields[4]) +
                                                "' (lat_min,lon_min,lat_max,lon_max in decimal degrees)");
    } else if (row.box && row.fips.empty()) {
      diagnostics->Error(path, line_number, "a row with a box needs a FIPS code");
    } else if (!row.box && table.main_row_.contains(row.iso2)) {
      diagnostics->Error(path, line_number,
                         "second row for " + row.iso2 + " (only rows with a box may repeat a country)");
    } else if (!row.fips.empty() && !fips_seen.insert(row.fips).second) {
      diagnostics->Error(path, line_number, "FIPS code " + row.fips + " given to a second row");
    } else {
      row.admin1 = *rule;
      if (row.box) {
        table.boxed_rows_.push_back(table.rows_.size());
      } else {
        table.main_row_.emplace(row.iso2, table.rows_.size());
      }
      table.rows_.push_back(std::move(row));
    }
  });
  if (!status.ok()) return status;
  return table;
}

const FipsRow* FipsTable::MainRow(std::string_view iso2) const {
  auto it = main_row_.find(std::string(iso2));
  return it == main_row_.end() ? nullptr : &rows_[it->second];
}

std::string_view FipsTable::Country(std::string_view iso2, double lat, double lon) const {
  for (size_t index : boxed_rows_) {
    const FipsRow& row = rows_[index];
    if (row.iso2 == iso2 && row.box->Contains(lat, lon)) return row.fips;
  }
  const FipsRow* row = MainRow(iso2);
  return row != nullptr ? std::string_view(row->fips) : std::string_view();
}

std::string_view FipsTable::Admin1(std::string_view iso2, std::string_view admin1) const {
  const FipsRow* row = MainRow(iso2);
  if (row == nullptr || row->fips.empty() || admin1.size() != 2 || admin1 == "00") return {};
  if (!IsAlnumUpper(admin1[0]) || !IsAlnumUpper(admin1[1])) return {};
  switch (row->admin1) {
    case FipsAdmin1::kFips:
    case FipsAdmin1::kUsps: return admin1;
    case FipsAdmin1::kDigits: return IsDigit(admin1[0]) && IsDigit(admin1[1]) ? admin1 : std::string_view();
    case FipsAdmin1::kNone: break;
  }
  return {};
}

}  // namespace khaldun
