// JsonlParser: one JSON object per line into a Document.
//
// Known fields: id, date, source, url, title, text. Every other field is
// kept verbatim (raw JSON) in Document::extra_fields so it can be passed on.
#ifndef KHALDUN_INGEST_JSONL_PARSER_H_
#define KHALDUN_INGEST_JSONL_PARSER_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace khaldun {

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  JsonlParser(JsonlParser&&) noexcept;
  JsonlParser& operator=(JsonlParser&&) noexcept;

  // Parses `line` into `*document` (fields overwritten; origin fields left
  // alone). `padding_available` is how many readable bytes follow the line
  // in memory; with fewer than 64 the line is copied first. Fails with a
  // message (without file:line: the caller adds them) when the line is not
  // a JSON object, a known field has the wrong type, or `text` is missing.
  // An unreadable `date` is dropped and explained in `*warning` (else
  // cleared): the document itself is still good.
  Status Parse(std::string_view line, size_t padding_available, Document* document,
               std::string* warning);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace khaldun

#endif  // KHALDUN_INGEST_JSONL_PARSER_H_
