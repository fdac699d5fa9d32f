// khaldun query: events back out of a store written by `khaldun code --db`.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "dict/event_codes.h"
#include "out/event_writer.h"
#include "out/jsonl_writer.h"
#include "store/event_store.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun query --db PATH|URL [OPTIONS]\n"
    "\n"
    "Prints the events stored by `khaldun code --db`, oldest first, one a line.\n"
    "\n"
    "  --db PATH|URL          a SQLite file, or postgresql://... (required)\n"
    "  --actor CODE           source or target actor code starts with CODE (PAK: PAKGOV, PAKMIL...)\n"
    "  --code CODE            CAMEO event code starts with CODE (04: every consult)\n"
    "  --since YYYY-MM-DD     on or after this date\n"
    "  --until YYYY-MM-DD     on or before this date\n"
    "  --document ID          events of one document\n"
    "  --aggregated           one line per (date, source, target, code, location) with\n"
    "                         mention, source and article counts, as GDELT counts them\n"
    "  --limit N              at most N lines\n"
    "  --format F             tsv (default), jsonl (every field: those of `khaldun code --format\n"
    "                         jsonl` and what the store adds), or csv, gdelt, plover as\n"
    "                         `khaldun code` writes them; --aggregated: tsv or jsonl\n"
    "  --no-header            no TSV header line\n";

bool IsDate(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
         s.find_first_not_of("0123456789-") == std::string::npos;
}

const char* Dash(const std::string& s) { return s.empty() ? "-" : s.c_str(); }

std::string Number(const std::optional<double>& value) {
  if (!value) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", *value);
  return buffer;
}

void Print(const nlohmann::json& j) {
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
}

void PrintEvent(const store::StoredEvent& s, bool jsonl, const dict::EventCodeTable* codes) {
  const Event& e = s.event;
  if (!jsonl) {
    std::printf("%s\t%u\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", e.document_id.c_str(), e.sentence,
                Dash(e.date), e.source.code.c_str(), e.target.code.c_str(), e.code.c_str(), s.root_code.c_str(),
                s.quad_class, Number(s.goldstein).c_str(), Dash(e.location.name), Dash(e.location.country_iso3));
    return;
  }
  // The fields of `khaldun code --format jsonl`, then what the store adds.
  nlohmann::json j = out::EventToJson(e, codes);
  j["event"] = s.number;
  j["root_code"] = s.root_code;
  j["base_code"] = s.base_code;
  j["quad_class"] = s.quad_class;
  j["goldstein"] = s.goldstein ? nlohmann::json(*s.goldstein) : nlohmann::json(nullptr);
  j["document_source"] = s.document_source;
  j["document_url"] = s.document_url;
  Print(j);
}

void PrintAggregated(const store::AggregatedEvent& a, bool jsonl) {
  if (!jsonl) {
    std::printf("%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%llu\t%llu\t%llu\t%s\n", Dash(a.date), a.source_code.c_str(),
                a.target_code.c_str(), a.code.c_str(), a.root_code.c_str(), a.quad_class,
                Number(a.goldstein).c_str(), Dash(a.location_country), static_cast<unsigned long long>(a.mentions),
                static_cast<unsigned long long>(a.sources), static_cast<unsigned long long>(a.articles),
                a.first_document.c_str());
    return;
  }
  Print({{"date", a.date},
         {"source", a.source_code},
         {"target", a.target_code},
         {"code", a.code},
         {"root_code", a.root_code},
         {"quad_class", a.quad_class},
         {"goldstein", a.goldstein ? nlohmann::json(*a.goldstein) : nlohmann::json(nullptr)},
         {"location_name", a.location_name},
         {"location_country", a.location_country},
         {"mentions", a.mentions},
         {"sources", a.sources},
         {"articles", a.articles},
         {"first_document", a.first_document}});
}

}  // namespace

int RunQuery(const Args& args) {
  std::string target;
  store::EventQuery query;
  bool aggregated = false;
  out::EventFormat format = out::EventFormat::kTsv;
  bool header = true;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string error;
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", kUsage);
      return 0;
    } else if (arg == "--aggregated") {
      aggregated = true;
    } else if (arg == "--no-header") {
      header = false;
    } else if ((arg == "--db" || arg == "--actor" || arg == "--code" || arg == "--since" || arg == "--until" ||
                arg == "--document" || arg == "--limit" || arg == "--format") &&
               i + 1 < args.size()) {
      const std::string& value = args[++i];
      if (arg == "--db") target = value;
      else if (arg == "--actor") query.actor = value;
      else if (arg == "--document") query.document = value;
      else if (arg == "--code") {
        query.code = value;
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 4) {
          error = "--code wants 1 to 4 digits of a CAMEO code, not '" + value + "'";
        }
      } else if (arg == "--since" || arg == "--until") {
        (arg == "--since" ? query.since : query.until) = value;
        if (!IsDate(value)) error = arg + " wants YYYY-MM-DD, not '" + value + "'";
      } else if (arg == "--limit") {
        char* end = nullptr;
        unsigned long long n = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0') error = "--limit wants a number, not '" + value + "'";
        query.limit = n;
      } else if (std::optional<out::EventFormat> parsed = out::ParseEventFormat(value)) {
        format = *parsed;
      } else {
        error = "unknown --format '" + value + "' (want " + std::string(out::EventFormatNames()) + ")";
      }
    } else {
      std::fprintf(stderr, "khaldun query: unknown option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    }
    if (!error.empty()) {
      std::fprintf(stderr, "khaldun query: %s\n", error.c_str());
      return 2;
    }
  }
  if (target.empty()) {
    std::fprintf(stderr, "khaldun query: --db is required\n\n%s", kUsage);
    return 2;
  }
  const bool jsonl = format == out::EventFormat::kJsonl;
  if (aggregated && format != out::EventFormat::kTsv && !jsonl) {
    std::fprintf(stderr, "khaldun query: --aggregated is written as tsv or jsonl\n");
    return 2;
  }
  // Querying never creates a database: a mistyped path is an error.
  if (!store::IsPostgresTarget(target)) {
    if (std::FILE* probe = std::fopen(target.c_str(), "rb")) {
      std::fclose(probe);
    } else {
      std::fprintf(stderr, "khaldun query: %s: no such database\n", target.c_str());
      return 2;
    }
  }
  Result<std::unique_ptr<store::EventStore>> opened = store::OpenEventStore(target, nullptr);
  if (!opened.ok()) {
    std::fprintf(stderr, "khaldun query: %s\n", opened.status().message().c_str());
    return 2;
  }
  store::EventStore& events = *opened.value();
  if (aggregated) {
    Result<std::vector<store::AggregatedEvent>> rows = events.QueryAggregated(query);
    if (!rows.ok()) {
      std::fprintf(stderr, "khaldun query: %s\n", rows.status().message().c_str());
      return 2;
    }
    if (header && !jsonl) {
      std::puts("date\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tcountry\tmentions\tsources\tarticles\t"
                "first_document");
    }
    for (const store::AggregatedEvent& row : rows.value()) PrintAggregated(row, jsonl);
  } else {
    Result<std::vector<store::StoredEvent>> rows = events.Query(query);
    if (!rows.ok()) {
      std::fprintf(stderr, "khaldun query: %s\n", rows.status().message().c_str());
      return 2;
    }
    // Code names, Goldstein and PLOVER fields as `khaldun code` gives them.
    Diagnostics quiet_codes;
    Result<dict::EventCodeTable> codes = dict::EventCodeTable::Load(EventCodesPath(), &quiet_codes);
    const dict::EventCodeTable* code_table = codes.ok() ? &codes.value() : nullptr;
    if (format != out::EventFormat::kTsv && !jsonl) {
      out::WriterOptions options;
      options.codes = code_table;
      options.header = header;
      options.date_added = out::UtcTimestamp(std::time(nullptr));
      std::unique_ptr<out::EventWriter> writer = out::MakeEventWriter(format, options, stdout);
      writer->Begin();
      for (const store::StoredEvent& row : rows.value()) writer->Write(row.event);
      writer->End();
      return 0;
    }
    if (header && !jsonl) std::puts("document\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tlocation\tcountry");
    for (const store::StoredEvent& row : rows.value()) PrintEvent(row, jsonl, code_table);
  }
  return 0;
}

}  // namespace khaldun::cli
