// SqlConnection: the little of a SQL database the event store needs, so one
// implementation of the store (store/sql_event_store.h) serves SQLite and
// PostgreSQL alike.
//
// Statements use PostgreSQL's $1, $2, ... placeholders, numbered in the
// order they first appear; SQLite reads them as named parameters in the same
// order, so one SQL text works on both.
#ifndef KHALDUN_STORE_SQL_CONNECTION_H_
#define KHALDUN_STORE_SQL_CONNECTION_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"

namespace khaldun::store {

// A parameter: NULL, an integer, a real or text; text either owned, or a
// view of text the caller keeps alive until Run returns (no copy).
using SqlValue = std::variant<std::monostate, int64_t, double, std::string, std::string_view>;
// A result row: every column as text, or nullopt for NULL.
using SqlRow = std::vector<std::optional<std::string>>;

// Hashes SQL texts so that a statement cache keyed by std::string can be
// searched with a std::string_view (no copy of the text per Run). Only the
// length and both ends are hashed: statements are long (an event insert is
// some 800 characters), differ at their start (table) or end (filters), and
// the cache compares whole texts anyway.
struct SqlTextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const noexcept {
    constexpr size_t kEnd = 48;
    if (text.size() <= 2 * kEnd) return std::hash<std::string_view>{}(text);
    const size_t ends = std::hash<std::string_view>{}(text.substr(0, kEnd)) * 31 +
                        std::hash<std::string_view>{}(text.substr(text.size() - kEnd));
    return ends ^ text.size();
  }
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // Runs one or more parameterless statements separated by ';' (DDL,
  // BEGIN/COMMIT). The error names the backend and the statement.
  virtual Status Execute(std::string_view sql) = 0;

  // Runs one statement with `params`, preparing it on first use and reusing
  // the prepared statement afterwards (`sql` is the cache key). Appends the
  // result rows to `*rows` when it is not null.
  virtual Status Run(std::string_view sql, const std::vector<SqlValue>& params, std::vector<SqlRow>* rows) = 0;

  // True when a table or view of this name exists in the current schema.
  virtual Result<bool> HasTable(std::string_view name) = 0;

  // "sqlite" or "postgresql", for messages.
  virtual const char* backend() const = 0;

  // True when deleting a document deletes its sentences, events and actor
  // mentions (the schema's ON DELETE CASCADE is enforced); when false, the
  // store deletes them itself.
  virtual bool CascadesDeletes() const { return true; }
};

// Runs BEGIN, `body`, then COMMIT; ROLLBACK when `body` or COMMIT fails.
// Returns the first failure: then nothing `body` did is kept.
template <typename Body>
Status InTransaction(SqlConnection& connection, Body&& body) {
  if (Status begun = connection.Execute("BEGIN"); !begun.ok()) return begun;
  Status status = body();
  if (status.ok()) status = connection.Execute("COMMIT");
  if (!status.ok()) (void)connection.Execute("ROLLBACK");
  return status;
}

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SQL_CONNECTION_H_
