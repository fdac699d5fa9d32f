#include "out/csv_writer.h"

#include <vector>

#include "out/field_text.h"

namespace khaldun::out {
namespace {

constexpr const char* kColumns[] = {
    "document",     "sentence",       "date",        "date_origin", "source",         "source_text",
    "target",       "target_text",    "code",        "code_name",   "goldstein",      "quad_class",
    "plover_event", "plover_mode",    "plover_context", "verb",     "location",       "location_source",
    "country",      "province",       "lat",         "lon",         "sentence_text"};

void WriteRecord(std::FILE* out, const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += CsvField(fields[i]);
  }
  line += "\r\n";
  WriteText(out, line);
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void CsvWriter::Begin() {
  if (options_.header) WriteRecord(out_, std::vector<std::string>(std::begin(kColumns), std::end(kColumns)));
}

void CsvWriter::Write(const Event& event) {
  const dict::EventCodeInfo* info = FindCode(options_.codes, event.code);
  const EventLocation& at = event.location;
  WriteRecord(out_, {event.document_id,
                     std::to_string(event.sentence),
                     event.date,
                     DateOriginName(event.date_origin),
                     event.source.code,
                     event.source.text,
                     event.target.code,
                     event.target.text,
                     event.code,
                     info != nullptr ? info->name : "",
                     info != nullptr ? FormatDecimal(info->goldstein, 1) : "",
                     info != nullptr ? std::to_string(info->quad_class) : "",
                     info != nullptr ? info->plover_event : "",
                     info != nullptr ? info->plover_mode : "",
                     info != nullptr ? info->plover_context : "",
                     event.verb_text,
                     at.name,
                     at.source,
                     at.country_iso3,
                     at.province,
                     at.found() ? FormatDecimal(at.lat, 4) : "",
                     at.found() ? FormatDecimal(at.lon, 4) : "",
                     event.sentence_text});
}

}  // namespace khaldun::out
