#include "out/event_writer.h"

#include <utility>

#include "out/csv_writer.h"
#include "out/gdelt_writer.h"
#include "out/jsonl_writer.h"
#include "out/plover_writer.h"
#include "out/tsv_writer.h"

namespace khaldun::out {

std::optional<EventFormat> ParseEventFormat(std::string_view name) {
  if (name == "tsv") return EventFormat::kTsv;
  if (name == "jsonl") return EventFormat::kJsonl;
  if (name == "csv") return EventFormat::kCsv;
  if (name == "gdelt") return EventFormat::kGdelt;
  if (name == "plover") return EventFormat::kPlover;
  return std::nullopt;
}

std::string_view EventFormatNames() { return "tsv, jsonl, csv, gdelt, plover"; }

std::string UtcTimestamp(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02d", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                utc.tm_hour, utc.tm_min, utc.tm_sec);
  return text;
}

std::unique_ptr<EventWriter> MakeEventWriter(EventFormat format, WriterOptions options, std::FILE* out) {
  switch (format) {
    case EventFormat::kTsv: return std::make_unique<TsvWriter>(std::move(options), out);
    case EventFormat::kJsonl: return std::make_unique<JsonlWriter>(std::move(options), out);
    case EventFormat::kCsv: return std::make_unique<CsvWriter>(std::move(options), out);
    case EventFormat::kGdelt: return std::make_unique<GdeltWriter>(std::move(options), out);
    case EventFormat::kPlover: return std::make_unique<PloverWriter>(std::move(options), out);
  }
  return nullptr;
}

Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, WriterOptions options,
                                                     std::FILE* out) {
  std::optional<EventFormat> parsed = ParseEventFormat(format);
  if (!parsed) {
    return Status::Error("unknown format '" + std::string(format) + "' (want " + std::string(EventFormatNames()) +
                         ")");
  }
  return MakeEventWriter(*parsed, std::move(options), out);
}

}  // namespace khaldun::out
