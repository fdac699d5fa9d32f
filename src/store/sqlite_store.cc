#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "store/sql_event_store.h"

namespace khaldun::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;

// A new database gets 2 KiB pages rather than 4 KiB: every commit appends
// each page it changed, whole, to the WAL, and a commit changes a few pages
// of each table and index, many of them only in part. (1 KiB pages cost
// more: deeper trees, an events row to a page.) The pragma must come first,
// before journal_mode writes the database header; on an existing database
// it does nothing.
//
// WAL with synchronous=NORMAL: a commit is one append to the WAL file, no
// fsync, and survives a killed process (a power cut may lose the last
// commits, never consistency). khaldun code commits every batch, so the
// WAL is checkpointed into the database every 32768 pages (64 MiB at 2 KiB
// pages) rather than SQLite's 1000: each checkpoint costs two fsyncs and
// copies pages that later commits change again. The page cache is 64 MiB so
// that inserts find index pages in memory.
//
// Foreign keys are left off (SQLite's default): enforcing them looks up the
// document for every sentence, event and mention row inserted, which cost
// some 6% of writing. The store deletes a document's rows itself
// (SqlConnection::CascadesDeletes), and it is their only writer.
constexpr char kPragmas[] =
    "PRAGMA page_size = 2048; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
    "PRAGMA wal_autocheckpoint = 32768; PRAGMA cache_size = -65536";

class SqliteConnection : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Status Execute(std::string_view sql) override {
    // Every document is a transaction: keep its BEGIN and COMMIT prepared.
    if (sql == "BEGIN" || sql == "COMMIT" || sql == "ROLLBACK") return Run(sql, {}, nullptr);
    char* message = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string error = message != nullptr ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      return Failure(error, text);
    }
    return Status::Ok();
  }

  Status Run(std::string_view sql, const std::vector<SqlValue>& params, std::vector<SqlRow>* rows) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* statement = prepared.value();
    if (sqlite3_bind_parameter_count(statement) != static_cast<int>(params.size())) {
      return Failure("statement wants " + std::to_string(sqlite3_bind_parameter_count(statement)) +
                         " parameters, got " + std::to_string(params.size()),
                     sql);
    }
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      const SqlValue& value = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(value)) {
        rc = sqlite3_bind_null(statement, index);
      } else if (const int64_t* n = std::get_if<int64_t>(&value)) {
        rc = sqlite3_bind_int64(statement, index, *n);
      } else if (const double* d = std::get_if<double>(&value)) {
        rc = sqlite3_bind_double(statement, index, *d);
      } else {
        // Bound without a copy: `params` outlives the statement's use of it.
        std::string_view s = std::holds_alternative<std::string>(value) ? std::string_view(std::get<std::string>(value))
                                                                         : std::get<std::string_view>(value);
        rc = sqlite3_bind_text(statement, index, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) return Finish(statement, sql);
    }
    for (;;) {
      int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return Finish(statement, sql);
      if (rows == nullptr) continue;
      SqlRow row(static_cast<size_t>(sqlite3_column_count(statement)));
      for (size_t c = 0; c < row.size(); ++c) {
        const int column = static_cast<int>(c);
        if (sqlite3_column_type(statement, column) == SQLITE_NULL) continue;
        const unsigned char* text = sqlite3_column_text(statement, column);
        row[c] = std::string(reinterpret_cast<const char*>(text),
                             static_cast<size_t>(sqlite3_column_bytes(statement, column)));
      }
      rows->push_back(std::move(row));
    }
    // Every parameter is bound again by the next Run, so the bindings need no clearing.
    sqlite3_reset(statement);
    return Status::Ok();
  }

  Result<bool> HasTable(std::string_view name) override {
    std::vector<SqlRow> rows;
    Status status = Run("SELECT 1 FROM sqlite_master WHERE name = $1", {std::string(name)}, &rows);
    if (!status.ok()) return status;
    return !rows.empty();
  }

  const char* backend() const override { return "sqlite"; }
  bool CascadesDeletes() const override { return false; }

 private:
  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
      return Failure(sqlite3_errmsg(db_), sql);
    }
    // $1, $2, ... must be numbered in order of first use (sql_connection.h).
    for (int i = 1; i <= sqlite3_bind_parameter_count(statement); ++i) {
      const char* name = sqlite3_bind_parameter_name(statement, i);
      if (name == nullptr || name != "$" + std::to_string(i)) {
        sqlite3_finalize(statement);
        return Failure("placeholders must be $1, $2, ... in order of first use", sql);
      }
    }
    statements_.emplace(std::string(sql), statement);
    return statement;
  }

  // Resets a failed statement and reports the error.
  Status Finish(sqlite3_stmt* statement, std::string_view sql) {
    std::string error = sqlite3_errmsg(db_);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return Failure(error, sql);
  }

  Status Failure(const std::string& error, std::string_view sql) const {
    std::string head(sql.substr(0, 60));
    for (char& c : head) {
      if (c == '\n') c = ' ';
    }
    return Status::Error("sqlite: " + path_ + ": " + error + " (in: " + head + (sql.size() > 60 ? "...)" : ")"));
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*, SqlTextHash, std::equal_to<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path) {
  // Without memory statistics SQLite's allocations take no global mutex;
  // the store never reads them. Only possible before SQLite initializes
  // (the first open), so later calls fail harmlessly.
  static const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kNoMemoryStatistics;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string error = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Error("sqlite: " + path + ": " + error);
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  auto connection = std::make_unique<SqliteConnection>(db, path);
  Status status = connection->Execute(kPragmas);
  if (!status.ok()) return status;
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const dict::EventCodeTable* codes) {
  Result<std::unique_ptr<SqlConnection>> connection = OpenSqliteConnection(path);
  if (!connection.ok()) return connection.status();
  return SqlEventStore::Open(std::move(connection).value(), codes);
}

}  // namespace khaldun::store
