// khaldun query: events back out of a store written by `khaldun code --db`.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
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
    "  --format F             tsv (default) or jsonl\n"
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

void PrintEvent(const store::StoredEvent& s, bool jsonl) {
  const Event& e = s.event;
  if (!jsonl) {
    std::printf("%s\t%u\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", e.document_id.c_str(), e.sentence,
                Dash(e.date), e.source.code.c_str(), e.target.code.c_str(), e.code.c_str(), s.root_code.c_str(),
                s.quad_class, Number(s.goldstein).c_str(), Dash(e.location.name), Dash(e.location.country_iso3));
    return;
  }
  auto actor = [](const EventActor& a) {
    return nlohmann::json{{"code", a.code}, {"text", a.text}, {"begin", a.span.begin}, {"end", a.span.end},
                          {"how", a.how},   {"entries", a.entries}};
  };
  nlohmann::json j = {{"document", e.document_id},
                      {"event", s.number},
                      {"sentence", e.sentence},
                      {"date", e.date},
                      {"date_origin", DateOriginName(e.date_origin)},
                      {"source", actor(e.source)},
                      {"target", actor(e.target)},
                      {"code", e.code},
                      {"root_code", s.root_code},
                      {"base_code", s.base_code},
                      {"quad_class", s.quad_class},
                      {"goldstein", s.goldstein ? nlohmann::json(*s.goldstein) : nlohmann::json(nullptr)},
                      {"verb", {{"text", e.verb_text}, {"begin", e.verb_span.begin}, {"end", e.verb_span.end}}},
                      {"pattern", e.pattern},
                      {"pattern_entry", e.pattern_entry},
                      {"notes", e.notes},
                      {"reported_by", e.reported_by},
                      {"issues", e.issues},
                      {"sentence_text", e.sentence_text},
                      {"document_source", s.document_source},
                      {"document_url", s.document_url}};
  const EventLocation& l = e.location;
  j["location"] = {{"source", l.source}};
  if (l.found()) {
    j["location"].update({{"evidence", l.evidence},       {"name", l.name},         {"feature_type", l.feature_type},
                          {"country_iso3", l.country_iso3}, {"country_iso2", l.country_iso2},
                          {"country_name", l.country_name}, {"province", l.province}, {"lat", l.lat},
                          {"lon", l.lon},                   {"place_id", l.place_id}});
  }
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
  bool jsonl = false;
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
      } else if (value == "tsv" || value == "jsonl") {
        jsonl = value == "jsonl";
      } else {
        error = "unknown --format '" + value + "' (want tsv or jsonl)";
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
    if (header && !jsonl) std::puts("document\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tlocation\tcountry");
    for (const store::StoredEvent& row : rows.value()) PrintEvent(row, jsonl);
  }
  return 0;
}

}  // namespace khaldun::cli
