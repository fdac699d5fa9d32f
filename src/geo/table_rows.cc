#include "geo/table_rows.h"

#include <fstream>

namespace khaldun {

std::vector<std::string_view> SplitFields(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    fields.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return fields;
}

Status ForEachTableRow(const std::string& path, std::string_view what,
                       const std::function<void(uint64_t line, std::span<const std::string_view> fields)>& row) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open " + std::string(what));
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = SplitFields(line, '\t');
    row(line_number, fields);
  }
  return Status::Ok();
}

}  // namespace khaldun
