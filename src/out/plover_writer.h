// PloverWriter: events as PLOVER records, one JSON object a line.
//
// PLOVER (Political Language Ontology for Verifiable Event Records) describes
// an event by its type, mode and context rather than one code. The CAMEO code
// is mapped through the code table (dictionaries/cameo/event-codes.tsv).
// The record, documented field by field in docs/output-formats.md:
//   {"id": "DOC:SENTENCE:N", "date": "YYYY-MM-DD" | null,
//    "event_type": "CONSULT" | null, "mode": "visit" | null,
//    "context": ["military", ...],
//    "actor": {"code", "country", "text", "location": {...} | null},
//    "recipient": {...} | null (actor and recipient locations have the
//    shape of the event's),
//    "location": {"name", "country", "admin1", "lat", "lon", "feature_type",
//                 "source", "evidence"} | null,
//    "cameo": {"code", "root", "goldstein", "quad_class"},
//    "provenance": {"document", "sentence", "sentence_text", "verb",
//                   "pattern_entry"}}
// N counts the events of one sentence from 1. A code the table does not map
// to PLOVER gives event_type null (the record is still written).
#ifndef KHALDUN_OUT_PLOVER_WRITER_H_
#define KHALDUN_OUT_PLOVER_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "out/event_writer.h"

namespace khaldun::out {

// The PLOVER record of `event`; `id` is its "id" field; `codes` may be null.
nlohmann::json EventToPlover(const Event& event, const std::string& id, const dict::EventCodeTable* codes);

class PloverWriter : public EventWriter {
 public:
  PloverWriter(WriterOptions options, std::FILE* out) : options_(std::move(options)), out_(out) {}

  void Write(const Event& event) override;

 private:
  WriterOptions options_;
  std::FILE* out_;
  std::string last_document_;
  uint32_t last_sentence_ = 0;
  uint32_t count_in_sentence_ = 0;
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_PLOVER_WRITER_H_
