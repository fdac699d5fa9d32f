#include "store/schema.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <string>

namespace khaldun::store {
namespace {

// Types are chosen to mean the same in both databases: TEXT, BIGINT (SQLite
// INTEGER affinity), DOUBLE PRECISION (SQLite REAL affinity). Dates are
// YYYY-MM-DD text, timestamps ISO-8601 UTC text, lists JSON text.
constexpr std::string_view kCreateDocuments = R"(CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  date TEXT,
  source TEXT,
  url TEXT,
  title TEXT,
  extra TEXT NOT NULL DEFAULT '{}',
  format TEXT NOT NULL,
  origin_file TEXT,
  origin_line BIGINT,
  sentence_count BIGINT NOT NULL,
  event_count BIGINT NOT NULL,
  coded_at TEXT NOT NULL))";

constexpr std::string_view kCreateSentences = R"(CREATE TABLE sentences (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  text TEXT NOT NULL,
  begin_offset BIGINT,
  end_offset BIGINT,
  PRIMARY KEY (document_id, number)))";

constexpr std::string_view kCreateEvents = R"(CREATE TABLE events (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  sentence BIGINT NOT NULL,
  date TEXT,
  date_origin TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_begin BIGINT NOT NULL,
  source_end BIGINT NOT NULL,
  target_code TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_begin BIGINT NOT NULL,
  target_end BIGINT NOT NULL,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  base_code TEXT NOT NULL,
  quad_class BIGINT NOT NULL,
  goldstein DOUBLE PRECISION,
  verb_text TEXT NOT NULL,
  verb_begin BIGINT NOT NULL,
  verb_end BIGINT NOT NULL,
  pattern TEXT NOT NULL,
  pattern_entry TEXT NOT NULL,
  notes TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  issues TEXT NOT NULL,
  location_source TEXT,
  location_name TEXT,
  location_type TEXT,
  location_country TEXT,
  location_country_iso2 TEXT,
  location_country_name TEXT,
  location_province TEXT,
  location_lat DOUBLE PRECISION,
  location_lon DOUBLE PRECISION,
  location_place_id BIGINT,
  location_evidence TEXT,
  location_key TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (document_id, number)))";

constexpr std::string_view kCreateActorMentions = R"(CREATE TABLE actor_mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  event_number BIGINT NOT NULL,
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  how TEXT NOT NULL,
  entries TEXT NOT NULL,
  PRIMARY KEY (document_id, event_number, role)))";

constexpr std::string_view kCreateAggregated = R"(CREATE VIEW aggregated_events AS
SELECT e.date AS date, e.source_code AS source_code, e.target_code AS target_code,
       e.code AS code, e.location_key AS location_key,
       MIN(e.root_code) AS root_code, MIN(e.quad_class) AS quad_class, MIN(e.goldstein) AS goldstein,
       MIN(e.location_name) AS location_name, MIN(e.location_country) AS location_country,
       COUNT(*) AS mentions,
       COUNT(DISTINCT COALESCE(d.source, '')) AS sources,
       COUNT(DISTINCT e.document_id) AS articles,
       MIN(e.document_id) AS first_document
FROM events e JOIN documents d ON d.id = e.document_id
GROUP BY e.date, e.source_code, e.target_code, e.code, e.location_key)";

// Version 3: GDELT's FIPS codes for the event's place, and where each actor
// is (GDELT's Actor1Geo/Actor2Geo) with the same location columns as events.
// SQLite adds one column per ALTER TABLE, so one statement per column.
constexpr std::string_view kAddGeography[] = {
    "ALTER TABLE events ADD COLUMN location_country_fips TEXT",
    "ALTER TABLE events ADD COLUMN location_adm1_code TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_source TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_name TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_type TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_country TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_country_iso2 TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_country_name TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_province TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_lat DOUBLE PRECISION",
    "ALTER TABLE actor_mentions ADD COLUMN location_lon DOUBLE PRECISION",
    "ALTER TABLE actor_mentions ADD COLUMN location_place_id BIGINT",
    "ALTER TABLE actor_mentions ADD COLUMN location_evidence TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_country_fips TEXT",
    "ALTER TABLE actor_mentions ADD COLUMN location_adm1_code TEXT",
};

}  // namespace

std::string UtcNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "documents, sentences, events, actor mentions",
       {kCreateDocuments, kCreateSentences, kCreateEvents, kCreateActorMentions}},
      {2, "query indexes and the aggregated_events view",
       // Few indexes on purpose: every one costs each insert. Queries filter
       // on dates (range) and on code prefixes (scans within the date range).
       {"CREATE INDEX events_aggregate ON events (date, source_code, target_code, code, location_key)",
        kCreateAggregated}},
      {3, "GDELT FIPS country and ADM1 codes, actor locations",
       {std::begin(kAddGeography), std::end(kAddGeography)}},
      // events_aggregate put each event at a place set by its codes, so a
      // document's events changed as many index pages as it has events, and
      // a commit writes every changed page. An index on the date alone
      // keeps what the queries use it for (date ranges); the aggregation
      // groups the rows it reads by sorting them. Rows of one date follow
      // each other in it (then by rowid), so a document adds to one page.
      {4, "events indexed by date only, which costs a commit fewer pages",
       {"DROP INDEX events_aggregate", "CREATE INDEX events_date ON events (date)"}},
  };
  return kMigrations;
}

int LatestSchemaVersion() { return Migrations().back().version; }

Result<int> CurrentSchemaVersion(SqlConnection& connection) {
  Result<bool> exists = connection.HasTable("schema_version");
  if (!exists.ok()) return exists.status();
  if (!exists.value()) return 0;
  std::vector<SqlRow> rows;
  Status status = connection.Run("SELECT MAX(version) FROM schema_version", {}, &rows);
  if (!status.ok()) return status;
  if (rows.empty() || rows[0].empty() || !rows[0][0]) return 0;
  return std::atoi(rows[0][0]->c_str());
}

Status Migrate(SqlConnection& connection, int target_version) {
  if (target_version <= 0) target_version = LatestSchemaVersion();
  Status created = connection.Execute(
      "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
      "applied_at TEXT NOT NULL)");
  if (!created.ok()) return created;
  Result<int> current = CurrentSchemaVersion(connection);
  if (!current.ok()) return current.status();
  if (current.value() > LatestSchemaVersion()) {
    return Status::Error(std::string(connection.backend()) + ": the database has schema version " +
                         std::to_string(current.value()) + ", newer than this khaldun knows (" +
                         std::to_string(LatestSchemaVersion()) + "); use a newer khaldun");
  }
  for (const Migration& migration : Migrations()) {
    if (migration.version <= current.value() || migration.version > target_version) continue;
    Status status = InTransaction(connection, [&]() -> Status {
      for (std::string_view statement : migration.statements) {
        if (Status s = connection.Execute(statement); !s.ok()) return s;
      }
      return connection.Run("INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, $3)",
                            {int64_t{migration.version}, std::string(migration.description), UtcNow()}, nullptr);
    });
    if (!status.ok()) {
      return Status::Error("schema migration " + std::to_string(migration.version) + " failed: " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace khaldun::store
