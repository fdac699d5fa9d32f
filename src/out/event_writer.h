// EventWriter: coded events out, in one of the formats of docs/output-formats.md.
//
// Every format is one class behind this interface (tsv_writer.h,
// jsonl_writer.h, csv_writer.h, gdelt_writer.h, plover_writer.h). A writer is
// used as Begin(), Write() per event in document order, End(); it writes to a
// FILE* it does not own and never closes.
#ifndef KHALDUN_OUT_EVENT_WRITER_H_
#define KHALDUN_OUT_EVENT_WRITER_H_

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "code/event.h"
#include "dict/event_codes.h"

namespace khaldun::out {

enum class EventFormat { kTsv, kJsonl, kCsv, kGdelt, kPlover };

// "tsv", "jsonl", "csv", "gdelt", "plover" -> the format; nullopt otherwise.
std::optional<EventFormat> ParseEventFormat(std::string_view name);
// The names ParseEventFormat accepts, for messages: "tsv, jsonl, csv, gdelt, plover".
std::string_view EventFormatNames();

struct WriterOptions {
  // The CAMEO code table (names, Goldstein, QuadClass, PLOVER); may be null,
  // and then those fields are left empty (QuadClass still follows the root).
  const dict::EventCodeTable* codes = nullptr;
  // Header line for the formats that have one (TSV, CSV; GDELT never has one).
  bool header = true;
  // GDELT DATEADDED, YYYYMMDDHHMMSS (UTC); "" writes an empty column. The
  // command line passes the time of the run; tests a fixed value.
  std::string date_added;
};

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Before the first event: the header, if the format has one.
  virtual void Begin() {}
  // One event; events come in document order, sentence order within one.
  virtual void Write(const Event& event) = 0;
  // After the last event; flushes what the format keeps back.
  virtual void End() {}
};

// `time` as YYYYMMDDHHMMSS in UTC, the form of WriterOptions::date_added.
std::string UtcTimestamp(std::time_t time);

// The writer of `format` writing to `out` (which must outlive it).
std::unique_ptr<EventWriter> MakeEventWriter(EventFormat format, WriterOptions options, std::FILE* out);
// The same by name; fails with "unknown format 'x' (want tsv, jsonl, ...)".
Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, WriterOptions options, std::FILE* out);

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_EVENT_WRITER_H_
