// The embedded backend: the event store in one SQLite file.
#ifndef KHALDUN_STORE_SQLITE_STORE_H_
#define KHALDUN_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/event_store.h"
#include "store/sql_connection.h"

namespace khaldun::store {

// Opens (creating when absent) the SQLite database at `path` in WAL mode
// with synchronous=NORMAL (a committed batch survives a killed process;
// a power cut may lose the last commits but never leaves half a document),
// foreign keys not enforced (CascadesDeletes is false: the store deletes a
// document's rows itself), 2 KiB pages when it creates the file, and a
// busy timeout, so a reader can query while
// `khaldun code` writes. Fails with "sqlite: PATH: ..." when the file
// cannot be opened or is not a database.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path);

// OpenSqliteConnection, migrated and wrapped as an EventStore.
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const dict::EventCodeTable* codes);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SQLITE_STORE_H_
