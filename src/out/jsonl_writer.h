// JsonlWriter: one JSON object an event, every field with its provenance.
//
// The record (docs/output-formats.md): document, sentence, date, date_origin,
// source/target {code, text, begin, end, how, entries, location}, code,
// code_name, verb {text, begin, end}, pattern, pattern_entry, notes,
// reported_by, issues, sentence_text, location {source, evidence, name,
// feature_type, country, country_iso2, country_fips, country_name, province,
// adm1_code, lat, lon, place_id} (an actor's location has the same shape), and,
// when the code table knows the code, goldstein, quad_class and
// plover {event, mode, context}. Invalid UTF-8 is replaced, never fatal.
#ifndef KHALDUN_OUT_JSONL_WRITER_H_
#define KHALDUN_OUT_JSONL_WRITER_H_

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "out/event_writer.h"

namespace khaldun::out {

// Every field of an event as JSON; `codes` may be null.
nlohmann::json EventToJson(const Event& event, const dict::EventCodeTable* codes);

// The location object of the JSON record ({"source": "none"} when unknown).
nlohmann::json LocationToJson(const EventLocation& location);

// Appends the text of EventToJson(event, codes).dump(-1, ' ', false,
// error_handler_t::replace), the same bytes, without building the DOM: what
// JsonlWriter writes.
void AppendEventJson(const Event& event, const dict::EventCodeTable* codes, std::string* out);

class JsonlWriter : public EventWriter {
 public:
  JsonlWriter(WriterOptions options, std::FILE* out) : options_(std::move(options)), out_(out) {}

  void Write(const Event& event) override;

 private:
  WriterOptions options_;
  std::FILE* out_;
  std::string line_;  // reused for every line
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_JSONL_WRITER_H_
