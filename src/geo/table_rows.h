// The project's tab-separated data tables (data/geo/aliases.tsv,
// fips-countries.tsv): the lines that are neither empty nor comments ("#"),
// split at tabs, with their line numbers for "path:line" diagnostics.
#ifndef KHALDUN_GEO_TABLE_ROWS_H_
#define KHALDUN_GEO_TABLE_ROWS_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace khaldun {

// `text` split at every `separator` (empty fields kept).
std::vector<std::string_view> SplitFields(std::string_view text, char separator);

// Calls `row` with the 1-based line number and the tab-separated fields of
// every data line of `path` (a trailing CR is dropped). Fails with
// "path: cannot open <what>" only when the file cannot be read.
Status ForEachTableRow(const std::string& path, std::string_view what,
                       const std::function<void(uint64_t line, std::span<const std::string_view> fields)>& row);

}  // namespace khaldun

#endif  // KHALDUN_GEO_TABLE_ROWS_H_
