#include "store/sql_event_store.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "store/content_hash.h"
#include "store/schema.h"

namespace khaldun::store {
namespace {

constexpr char kInsertDocument[] =
    "INSERT INTO documents (id, content_hash, date, source, url, title, extra, format, origin_file, origin_line, "
    "sentence_count, event_count, coded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
constexpr char kInsertSentence[] =
    "INSERT INTO sentences (document_id, number, text, begin_offset, end_offset) VALUES ($1, $2, $3, $4, $5)";
// The location columns of events and actor_mentions, in the order
// AddLocation binds them and ReadLocation reads them.
constexpr std::string_view kLocationColumns[] = {
    "location_source", "location_name", "location_type", "location_country", "location_country_iso2",
    "location_country_name", "location_province", "location_lat", "location_lon", "location_place_id",
    "location_evidence", "location_country_fips", "location_adm1_code"};
constexpr size_t kLocationColumnCount = std::size(kLocationColumns);

// ", t.location_source, t.location_name, ..." (no "t." when `table` is empty).
std::string LocationColumns(std::string_view table) {
  std::string out;
  for (std::string_view column : kLocationColumns) {
    out += ", ";
    if (!table.empty()) out.append(table).append(".");
    out += column;
  }
  return out;
}

// "INSERT INTO table (columns) VALUES ($1, $2, ...), ...": `rows` rows,
// one placeholder a column.
std::string InsertSql(std::string_view table, std::string_view columns, size_t rows = 1) {
  std::string sql = "INSERT INTO " + std::string(table) + " (" + std::string(columns) + ") VALUES ";
  const size_t count = static_cast<size_t>(std::count(columns.begin(), columns.end(), ',')) + 1;
  for (size_t row = 0; row < rows; ++row) {
    sql += row > 0 ? ", (" : "(";
    for (size_t i = 1; i <= count; ++i) sql += (i > 1 ? ", $" : "$") + std::to_string(row * count + i);
    sql += ")";
  }
  return sql;
}

// The statements are built once; the connection's statement cache is keyed
// by their text.
const std::string& InsertEventSql() {
  static const std::string sql = InsertSql(
      "events",
      "document_id, number, sentence, date, date_origin, source_code, source_text, source_begin, source_end, "
      "target_code, target_text, target_begin, target_end, code, root_code, base_code, quad_class, goldstein, "
      "verb_text, verb_begin, verb_end, pattern, pattern_entry, notes, reported_by, issues" +
          LocationColumns("") + ", location_key");
  return sql;
}
// An event's two actor mentions, source then target: one statement costs
// less than two.
const std::string& InsertMentionsSql() {
  static const std::string sql = InsertSql(
      "actor_mentions",
      "document_id, event_number, role, code, text, begin_offset, end_offset, how, entries" + LocationColumns(""), 2);
  return sql;
}
// Takes the document's sentences, events and actor mentions with it where
// the schema's ON DELETE CASCADE is enforced (PostgreSQL): one statement,
// and for a new document one index probe that finds nothing.
constexpr char kDeleteDocument[] = "DELETE FROM documents WHERE id = $1";
// Where it is not (SQLite, whose foreign key checks cost more than these
// three probes of primary keys that start with document_id), children first.
constexpr const char* kDeleteDocumentRows[] = {"DELETE FROM actor_mentions WHERE document_id = $1",
                                               "DELETE FROM events WHERE document_id = $1",
                                               "DELETE FROM sentences WHERE document_id = $1"};

// Column order of SelectEventsSql; ReadEvent follows it.
const std::string& SelectEventsSql() {
  static const std::string sql =
      "SELECT e.document_id, e.number, e.sentence, e.date, e.date_origin, e.source_code, e.source_text, "
      "e.source_begin, e.source_end, e.target_code, e.target_text, e.target_begin, e.target_end, e.code, "
      "e.root_code, e.base_code, e.quad_class, e.goldstein, e.verb_text, e.verb_begin, e.verb_end, e.pattern, "
      "e.pattern_entry, e.notes, e.reported_by, e.issues, s.text, d.source, d.url, sm.how, sm.entries, tm.how, "
      "tm.entries" +
      LocationColumns("e") + LocationColumns("sm") + LocationColumns("tm") +
      " FROM events e JOIN documents d ON d.id = e.document_id "
      "LEFT JOIN sentences s ON s.document_id = e.document_id AND s.number = e.sentence "
      "LEFT JOIN actor_mentions sm ON sm.document_id = e.document_id AND sm.event_number = e.number "
      "AND sm.role = 'source' "
      "LEFT JOIN actor_mentions tm ON tm.document_id = e.document_id AND tm.event_number = e.number "
      "AND tm.role = 'target'";
  return sql;
}
constexpr char kSelectAggregated[] =
    "SELECT a.date, a.source_code, a.target_code, a.code, a.root_code, a.quad_class, a.goldstein, "
    "a.location_name, a.location_country, a.mentions, a.sources, a.articles, a.first_document "
    "FROM aggregated_events a";

SqlValue Int(uint64_t n) { return static_cast<int64_t>(n); }
// Text bound without a copy (it must outlive the Run); NULL when empty.
SqlValue View(std::string_view text) { return text; }
SqlValue ViewOrNull(std::string_view text) { return text.empty() ? SqlValue{} : SqlValue{text}; }

// Replaces `*params` with `values`, keeping the vector's storage.
template <typename... Values>
void SetParams(std::vector<SqlValue>* params, Values&&... values) {
  params->clear();
  (params->emplace_back(std::forward<Values>(values)), ...);
}

// A JSON array of strings. Items of plain printable ASCII (dictionary
// "file:line" entries, issue codes, most notes) are quoted as they are;
// a list with anything else goes through nlohmann::json, which escapes it
// and repairs invalid UTF-8. Both give the same text for the same list.
std::string JsonList(const std::vector<std::string>& items) {
  if (items.empty()) return "[]";
  std::string out = "[";
  for (const std::string& item : items) {
    for (char c : item) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte >= 0x7f || c == '"' || c == '\\') {
        return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      }
    }
    if (out.size() > 1) out += ',';
    out += '"';
    out += item;
    out += '"';
  }
  out += ']';
  return out;
}

std::vector<std::string> ParseJsonList(const std::optional<std::string>& text) {
  std::vector<std::string> items;
  if (!text) return items;
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_array()) return items;
  for (const nlohmann::json& item : j) {
    if (item.is_string()) items.push_back(item.get<std::string>());
  }
  return items;
}

// The document's uninterpreted JSONL fields as one JSON object text.
std::string ExtraJson(const Document& document) {
  std::string out = "{";
  for (const auto& [name, raw] : document.extra_fields) {
    if (out.size() > 1) out += ',';
    out += nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += ':';
    out += raw.empty() ? "null" : raw;
  }
  return out + "}";
}

const char* FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kPlain: return "plain";
    case DocumentFormat::kJsonl: return "jsonl";
    case DocumentFormat::kHtml: return "html";
  }
  return "plain";
}

// What makes two locations the same place for the aggregation: the
// gazetteer id, else country and name; "" when there is no location.
std::string LocationKey(const EventLocation& location) {
  if (!location.found()) return "";
  if (location.place_id != 0) return "place:" + std::to_string(location.place_id);
  return location.country_iso3 + ":" + location.name;
}

// Appends the kLocationColumns of `location`, viewing it. The source is
// kept even when it is "none"; the rest is NULL when there is no value.
void AddLocation(const EventLocation& location, std::vector<SqlValue>* params) {
  const bool found = location.found();
  params->insert(params->end(),
                 {View(location.source), ViewOrNull(location.name), ViewOrNull(location.feature_type),
                  ViewOrNull(location.country_iso3), ViewOrNull(location.country_iso2),
                  ViewOrNull(location.country_name), ViewOrNull(location.province),
                  found ? SqlValue{location.lat} : SqlValue{}, found ? SqlValue{location.lon} : SqlValue{},
                  location.place_id != 0 ? Int(location.place_id) : SqlValue{}, ViewOrNull(location.evidence),
                  ViewOrNull(location.country_fips), ViewOrNull(location.adm1_code)});
}

// InsertEventSql's parameters; they view `key` and `event`.
void EventParams(std::string_view key, uint32_t number, const Event& event, const dict::EventCodeTable* codes,
                 std::vector<SqlValue>* params) {
  const dict::EventCodeInfo* info = codes != nullptr ? codes->Find(event.code) : nullptr;
  std::string root = dict::RootCode(event.code);
  int quad = info != nullptr ? info->quad_class : (root.empty() ? 0 : dict::QuadClassOfRoot(std::atoi(root.c_str())));
  SetParams(params,
            View(key),
            Int(number),
            Int(event.sentence),
            ViewOrNull(event.date),
            View(DateOriginName(event.date_origin)),
            View(event.source.code),
            View(event.source.text),
            Int(event.source.span.begin),
            Int(event.source.span.end),
            View(event.target.code),
            View(event.target.text),
            Int(event.target.span.begin),
            Int(event.target.span.end),
            View(event.code),
            std::move(root),
            dict::BaseCode(event.code),
            int64_t{quad},
            info != nullptr ? SqlValue{info->goldstein} : SqlValue{},
            View(event.verb_text),
            Int(event.verb_span.begin),
            Int(event.verb_span.end),
            View(event.pattern),
            View(event.pattern_entry),
            JsonList(event.notes),
            View(event.reported_by),
            JsonList(event.issues));
  AddLocation(event.location, params);
  params->emplace_back(LocationKey(event.location));
}

// One row of InsertMentionsSql's parameters, appended; they view `key` and `actor`.
void AddMention(std::string_view key, uint32_t number, std::string_view role, const EventActor& actor,
                std::vector<SqlValue>* params) {
  params->insert(params->end(), {View(key), Int(number), View(role), View(actor.code), View(actor.text),
                                 Int(actor.span.begin), Int(actor.span.end), View(actor.how),
                                 JsonList(actor.entries)});
  AddLocation(actor.location, params);
}

const std::string& Text(const SqlRow& row, size_t column) {
  static const std::string kEmpty;
  return row[column] ? *row[column] : kEmpty;
}
uint64_t Unsigned(const SqlRow& row, size_t column) {
  return row[column] ? std::strtoull(row[column]->c_str(), nullptr, 10) : 0;
}
std::optional<double> Real(const SqlRow& row, size_t column) {
  if (!row[column]) return std::nullopt;
  return std::strtod(row[column]->c_str(), nullptr);
}

DateOrigin ParseDateOrigin(const std::string& name) {
  for (DateOrigin origin : {DateOrigin::kDocument, DateOrigin::kDateline, DateOrigin::kOption}) {
    if (name == DateOriginName(origin)) return origin;
  }
  return DateOrigin::kUnknown;
}

// The kLocationColumns starting at `column`. A row stored before the
// columns existed reads as no location ("none") or without its FIPS codes.
EventLocation ReadLocation(const SqlRow& row, size_t column) {
  EventLocation location;
  if (row[column]) location.source = *row[column];
  location.name = Text(row, column + 1);
  location.feature_type = Text(row, column + 2);
  location.country_iso3 = Text(row, column + 3);
  location.country_iso2 = Text(row, column + 4);
  location.country_name = Text(row, column + 5);
  location.province = Text(row, column + 6);
  location.lat = Real(row, column + 7).value_or(0);
  location.lon = Real(row, column + 8).value_or(0);
  location.place_id = static_cast<uint32_t>(Unsigned(row, column + 9));
  location.evidence = Text(row, column + 10);
  location.country_fips = Text(row, column + 11);
  location.adm1_code = Text(row, column + 12);
  return location;
}

// A row of SelectEventsSql.
StoredEvent ReadEvent(const SqlRow& row) {
  StoredEvent out;
  Event& e = out.event;
  e.document_id = Text(row, 0);
  out.number = static_cast<uint32_t>(Unsigned(row, 1));
  e.sentence = static_cast<uint32_t>(Unsigned(row, 2));
  e.date = Text(row, 3);
  e.date_origin = ParseDateOrigin(Text(row, 4));
  e.source.code = Text(row, 5);
  e.source.text = Text(row, 6);
  e.source.span = {static_cast<uint32_t>(Unsigned(row, 7)), static_cast<uint32_t>(Unsigned(row, 8))};
  e.target.code = Text(row, 9);
  e.target.text = Text(row, 10);
  e.target.span = {static_cast<uint32_t>(Unsigned(row, 11)), static_cast<uint32_t>(Unsigned(row, 12))};
  e.code = Text(row, 13);
  out.root_code = Text(row, 14);
  out.base_code = Text(row, 15);
  out.quad_class = static_cast<int>(Unsigned(row, 16));
  out.goldstein = Real(row, 17);
  e.verb_text = Text(row, 18);
  e.verb_span = {static_cast<uint32_t>(Unsigned(row, 19)), static_cast<uint32_t>(Unsigned(row, 20))};
  e.pattern = Text(row, 21);
  e.pattern_entry = Text(row, 22);
  e.notes = ParseJsonList(row[23]);
  e.reported_by = Text(row, 24);
  e.issues = ParseJsonList(row[25]);
  e.sentence_text = Text(row, 26);
  out.document_source = Text(row, 27);
  out.document_url = Text(row, 28);
  e.source.how = Text(row, 29);
  e.source.entries = ParseJsonList(row[30]);
  e.target.how = Text(row, 31);
  e.target.entries = ParseJsonList(row[32]);
  e.location = ReadLocation(row, 33);
  e.source.location = ReadLocation(row, 33 + kLocationColumnCount);
  e.target.location = ReadLocation(row, 33 + 2 * kLocationColumnCount);
  return out;
}

AggregatedEvent ReadAggregated(const SqlRow& row) {
  AggregatedEvent out;
  out.date = Text(row, 0);
  out.source_code = Text(row, 1);
  out.target_code = Text(row, 2);
  out.code = Text(row, 3);
  out.root_code = Text(row, 4);
  out.quad_class = static_cast<int>(Unsigned(row, 5));
  out.goldstein = Real(row, 6);
  out.location_name = Text(row, 7);
  out.location_country = Text(row, 8);
  out.mentions = Unsigned(row, 9);
  out.sources = Unsigned(row, 10);
  out.articles = Unsigned(row, 11);
  out.first_document = Text(row, 12);
  return out;
}

// Appends " WHERE ..." for `query` on the table alias `t` (events or the
// aggregated view) and the parameters it uses.
void AddFilters(const EventQuery& query, const std::string& t, bool has_document, std::string* sql,
                std::vector<SqlValue>* params) {
  std::vector<std::string> conditions;
  auto next = [&](std::string value) {
    params->push_back(std::move(value));
    return "$" + std::to_string(params->size());
  };
  auto prefix = [&](const std::string& column, const std::string& placeholder, size_t length) {
    return "substr(" + t + "." + column + ", 1, " + std::to_string(length) + ") = " + placeholder;
  };
  if (!query.actor.empty()) {
    std::string p = next(query.actor);
    conditions.push_back("(" + prefix("source_code", p, query.actor.size()) + " OR " +
                         prefix("target_code", p, query.actor.size()) + ")");
  }
  if (!query.code.empty()) conditions.push_back(prefix("code", next(query.code), query.code.size()));
  if (!query.since.empty()) conditions.push_back(t + ".date >= " + next(query.since));
  if (!query.until.empty()) conditions.push_back(t + ".date <= " + next(query.until));
  if (!query.document.empty()) {
    conditions.push_back((has_document ? t + ".document_id = " : t + ".first_document = ") + next(query.document));
  }
  for (size_t i = 0; i < conditions.size(); ++i) *sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
}

}  // namespace

DocumentSummary DocumentSummary::FromEvents(uint32_t sentence_count, const std::vector<Event>& events) {
  DocumentSummary summary;
  summary.sentence_count = sentence_count;
  for (const Event& event : events) {
    if (!summary.sentences.empty() && summary.sentences.back().number >= event.sentence) continue;
    summary.sentences.push_back({event.sentence, event.sentence_text, std::nullopt});
  }
  return summary;
}

Result<std::unique_ptr<EventStore>> SqlEventStore::Open(std::unique_ptr<SqlConnection> connection,
                                                        const dict::EventCodeTable* codes) {
  if (Status migrated = Migrate(*connection); !migrated.ok()) return migrated;
  return std::unique_ptr<EventStore>(new SqlEventStore(std::move(connection), codes));
}

Status SqlEventStore::WriteRows(const Document& document, std::string_view key, std::string_view content_hash,
                                std::string_view coded_at, const DocumentSummary& summary,
                                const std::vector<Event>& events) {
  SqlConnection& db = *connection_;
  std::vector<SqlValue>& params = params_;
  SetParams(&params, View(key));
  if (!db.CascadesDeletes()) {
    for (const char* sql : kDeleteDocumentRows) {
      if (Status s = db.Run(sql, params, nullptr); !s.ok()) return s;
    }
  }
  if (Status s = db.Run(kDeleteDocument, params, nullptr); !s.ok()) return s;
  SetParams(&params, View(key), View(content_hash), ViewOrNull(document.date), ViewOrNull(document.source),
            ViewOrNull(document.url), ViewOrNull(document.title), ExtraJson(document),
            View(FormatName(document.format)), ViewOrNull(document.origin_file), Int(document.origin_line),
            Int(summary.sentence_count), Int(events.size()), View(coded_at));
  Status s = db.Run(kInsertDocument, params, nullptr);
  if (!s.ok()) return s;
  for (const SentenceRecord& sentence : summary.sentences) {
    SetParams(&params, View(key), Int(sentence.number), View(sentence.text),
              sentence.span ? Int(sentence.span->begin) : SqlValue{},
              sentence.span ? Int(sentence.span->end) : SqlValue{});
    if (s = db.Run(kInsertSentence, params, nullptr); !s.ok()) return s;
  }
  for (uint32_t n = 0; n < events.size(); ++n) {
    EventParams(key, n, events[n], codes_, &params);
    if (s = db.Run(InsertEventSql(), params, nullptr); !s.ok()) return s;
    params.clear();
    AddMention(key, n, "source", events[n].source, &params);
    AddMention(key, n, "target", events[n].target, &params);
    if (s = db.Run(InsertMentionsSql(), params, nullptr); !s.ok()) return s;
  }
  return Status::Ok();
}

WriteReport SqlEventStore::WriteDocuments(const std::vector<DocumentWrite>& batch) {
  WriteReport report;
  const std::string coded_at = UtcNow();
  // Hashed once: the hash is a column, and the key of a document without an id.
  std::vector<std::string> hashes;
  std::vector<std::string> keys;
  for (const DocumentWrite& write : batch) {
    hashes.push_back(ContentHash(write.document->text));
    keys.push_back(DocumentKey(*write.document, hashes.back()));
  }
  auto write_rows = [&](size_t d) {
    return WriteRows(*batch[d].document, keys[d], hashes[d], coded_at, batch[d].summary, *batch[d].events);
  };
  // The whole batch in one transaction: a commit appends every page it
  // changed to the WAL (SQLite) or flushes the WAL (PostgreSQL), so one
  // commit for the batch writes a page that several documents share once
  // rather than once per document.
  if (batch.size() > 1) {
    Status status = InTransaction(*connection_, [&]() -> Status {
      for (size_t d = 0; d < batch.size(); ++d) {
        if (Status s = write_rows(d); !s.ok()) return s;
      }
      return Status::Ok();
    });
    if (status.ok()) {
      report.written = batch.size();
      return report;
    }
    // Something failed and nothing of the batch was kept: write each
    // document in a transaction of its own, so that only the documents
    // that fail are left out.
  }
  for (size_t d = 0; d < batch.size(); ++d) {
    Status status = InTransaction(*connection_, [&]() -> Status { return write_rows(d); });
    if (status.ok()) {
      ++report.written;
    } else {
      report.failures.push_back(Status::Error("document " + keys[d] + ": " + status.message()));
    }
  }
  return report;
}

Result<std::vector<StoredEvent>> SqlEventStore::Query(const EventQuery& query) {
  std::string sql = SelectEventsSql();
  std::vector<SqlValue> params;
  AddFilters(query, "e", true, &sql, &params);
  sql += " ORDER BY COALESCE(e.date, ''), e.document_id, e.number";
  if (query.limit) sql += " LIMIT " + std::to_string(*query.limit);
  std::vector<SqlRow> rows;
  if (Status s = connection_->Run(sql, params, &rows); !s.ok()) return s;
  std::vector<StoredEvent> events;
  events.reserve(rows.size());
  for (const SqlRow& row : rows) events.push_back(ReadEvent(row));
  return events;
}

Result<std::vector<AggregatedEvent>> SqlEventStore::QueryAggregated(const EventQuery& query) {
  std::string sql = kSelectAggregated;
  std::vector<SqlValue> params;
  AddFilters(query, "a", false, &sql, &params);
  sql += " ORDER BY COALESCE(a.date, ''), a.source_code, a.target_code, a.code, a.location_key";
  if (query.limit) sql += " LIMIT " + std::to_string(*query.limit);
  std::vector<SqlRow> rows;
  if (Status s = connection_->Run(sql, params, &rows); !s.ok()) return s;
  std::vector<AggregatedEvent> events;
  events.reserve(rows.size());
  for (const SqlRow& row : rows) events.push_back(ReadAggregated(row));
  return events;
}

Result<uint64_t> SqlEventStore::CountDocuments() {
  std::vector<SqlRow> rows;
  if (Status s = connection_->Run("SELECT COUNT(*) FROM documents", {}, &rows); !s.ok()) return s;
  return rows.empty() ? uint64_t{0} : Unsigned(rows[0], 0);
}

Result<int> SqlEventStore::SchemaVersion() { return CurrentSchemaVersion(*connection_); }

}  // namespace khaldun::store
