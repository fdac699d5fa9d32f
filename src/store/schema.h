// The event store's schema: one list of versioned migrations, the same SQL
// for SQLite and PostgreSQL, applied in order when a store is opened.
//
// Version history (docs/storage.md describes every column):
//   1  documents, sentences, events, actor_mentions, schema_version
//   2  the date/aggregation index and the aggregated_events view (GDELT-style counts)
//   3  events.location_country_fips/_adm1_code; actor_mentions.location_* (where each actor is)
// A migration is never edited once released; a change is a new migration.
#ifndef KHALDUN_STORE_SCHEMA_H_
#define KHALDUN_STORE_SCHEMA_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/sql_connection.h"

namespace khaldun::store {

struct Migration {
  int version = 0;                          // 1, 2, ... in order
  std::string_view description;
  std::vector<std::string_view> statements;  // run in one transaction
};

// Now in UTC as the store writes timestamps (applied_at, coded_at):
// "2026-11-29T07:41:08Z".
std::string UtcNow();

// Every migration, oldest first.
const std::vector<Migration>& Migrations();

// The version a store opened by this build ends at.
int LatestSchemaVersion();

// The version recorded in `connection`'s schema_version table; 0 when the
// database has no schema yet.
Result<int> CurrentSchemaVersion(SqlConnection& connection);

// Brings the database up to `target_version` (default: the latest), each
// migration in its own transaction together with its schema_version row.
// Fails, changing nothing, when the database is newer than this build knows.
Status Migrate(SqlConnection& connection, int target_version = 0);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SCHEMA_H_
