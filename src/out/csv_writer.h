// CsvWriter: events as RFC 4180 comma-separated values, for spreadsheets.
//
// Records end with CRLF; a field containing a comma, a double quote, CR or
// LF is enclosed in double quotes, with each double quote doubled. Columns
// (header line unless options.header is false): document, sentence, date,
// date_origin, source, source_text, target, target_text, code, code_name,
// goldstein, quad_class, plover_event, plover_mode, plover_context, verb,
// location, location_source, country, province, lat, lon, sentence_text.
#ifndef KHALDUN_OUT_CSV_WRITER_H_
#define KHALDUN_OUT_CSV_WRITER_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "out/event_writer.h"

namespace khaldun::out {

// `field` as RFC 4180 wants it: as is, or quoted with quotes doubled.
std::string CsvField(std::string_view field);

class CsvWriter : public EventWriter {
 public:
  CsvWriter(WriterOptions options, std::FILE* out) : options_(std::move(options)), out_(out) {}

  // The header record, unless options.header is false.
  void Begin() override;
  void Write(const Event& event) override;

 private:
  WriterOptions options_;
  std::FILE* out_;
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_CSV_WRITER_H_
