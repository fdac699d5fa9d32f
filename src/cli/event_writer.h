// EventWriter: events as tab-separated lines or JSON Lines.
#ifndef KHALDUN_CLI_EVENT_WRITER_H_
#define KHALDUN_CLI_EVENT_WRITER_H_

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "code/event.h"
#include "dict/event_codes.h"

namespace khaldun::cli {

enum class EventFormat { kTsv, kJsonl };

// Writes one event a line. `codes` (may be null) supplies the code names.
class EventWriter {
 public:
  EventWriter(EventFormat format, const dict::EventCodeTable* codes, std::FILE* out)
      : format_(format), codes_(codes), out_(out) {}

  // The TSV header line (nothing for JSONL).
  void WriteHeader();
  void Write(const Event& event);

 private:
  EventFormat format_;
  const dict::EventCodeTable* codes_;
  std::FILE* out_;
};

// Every field of an event, provenance included.
nlohmann::json EventToJson(const Event& event, const dict::EventCodeTable* codes);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_EVENT_WRITER_H_
