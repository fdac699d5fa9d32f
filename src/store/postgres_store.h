// The server backend: the event store in a PostgreSQL database, through
// libpq. Same schema and SQL as the SQLite backend (store/schema.h).
#ifndef KHALDUN_STORE_POSTGRES_STORE_H_
#define KHALDUN_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "store/event_store.h"
#include "store/sql_connection.h"

namespace khaldun::store {

// Connects to `conninfo` (a "postgresql://user@host:port/db?options=..." URL
// or a libpq "key=value" string). The schema is created in the connection's
// current schema (set search_path with options=-csearch_path%3DNAME to keep
// several stores in one database). Server notices are dropped. Fails with
// "postgresql: ..." and libpq's message when the server cannot be reached.
Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& conninfo);

// OpenPostgresConnection, migrated and wrapped as an EventStore.
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& conninfo, const dict::EventCodeTable* codes);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_POSTGRES_STORE_H_
