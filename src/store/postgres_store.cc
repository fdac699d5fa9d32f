#include "store/postgres_store.h"

#include <libpq-fe.h>

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "store/sql_event_store.h"

namespace khaldun::store {
namespace {

// Owns one PGresult.
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  Status Execute(std::string_view sql) override {
    std::string text(sql);
    PgResult result(PQexec(conn_, text.c_str()));
    return Check(result.get(), text);
  }

  Status Run(std::string_view sql, const std::vector<SqlValue>& params, std::vector<SqlRow>* rows) override {
    Result<std::string> name = Prepare(sql);
    if (!name.ok()) return name.status();
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& value = params[i];
      if (std::holds_alternative<std::monostate>(value)) continue;
      if (const int64_t* n = std::get_if<int64_t>(&value)) {
        texts[i] = std::to_string(*n);
      } else if (const double* d = std::get_if<double>(&value)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", *d);
        texts[i] = buffer;
      } else if (const std::string* text = std::get_if<std::string>(&value)) {
        texts[i] = *text;
      } else {
        texts[i] = std::get<std::string_view>(value);  // libpq wants NUL-terminated text
      }
      values[i] = texts[i].c_str();
    }
    PgResult result(PQexecPrepared(conn_, name.value().c_str(), static_cast<int>(params.size()), values.data(),
                                   nullptr, nullptr, 0));
    if (Status status = Check(result.get(), sql); !status.ok()) return status;
    if (rows == nullptr) return Status::Ok();
    const int columns = PQnfields(result.get());
    for (int r = 0; r < PQntuples(result.get()); ++r) {
      SqlRow row(static_cast<size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (!PQgetisnull(result.get(), r, c)) {
          row[static_cast<size_t>(c)] =
              std::string(PQgetvalue(result.get(), r, c), static_cast<size_t>(PQgetlength(result.get(), r, c)));
        }
      }
      rows->push_back(std::move(row));
    }
    return Status::Ok();
  }

  Result<bool> HasTable(std::string_view name) override {
    std::vector<SqlRow> rows;
    Status status = Run(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1",
        {std::string(name)}, &rows);
    if (!status.ok()) return status;
    return !rows.empty();
  }

  const char* backend() const override { return "postgresql"; }

 private:
  // The server-side name of `sql`'s prepared statement, preparing it first.
  Result<std::string> Prepare(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second;
    std::string name = "khaldun_" + std::to_string(statements_.size());
    std::string text(sql);
    PgResult result(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    if (Status status = Check(result.get(), sql); !status.ok()) return status;
    statements_.emplace(std::move(text), name);
    return name;
  }

  Status Check(const PGresult* result, std::string_view sql) const {
    ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Status::Ok();
    std::string error = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
    while (!error.empty() && (error.back() == '\n' || error.back() == ' ')) error.pop_back();
    std::string head(sql.substr(0, 60));
    for (char& c : head) {
      if (c == '\n') c = ' ';
    }
    return Status::Error("postgresql: " + error + " (in: " + head + (sql.size() > 60 ? "...)" : ")"));
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string, SqlTextHash, std::equal_to<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string error = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!error.empty() && (error.back() == '\n' || error.back() == ' ')) error.pop_back();
    PQfinish(conn);
    return Status::Error("postgresql: cannot connect: " + error);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return std::unique_ptr<SqlConnection>(std::make_unique<PostgresConnection>(conn));
}

Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& conninfo,
                                                      const dict::EventCodeTable* codes) {
  Result<std::unique_ptr<SqlConnection>> connection = OpenPostgresConnection(conninfo);
  if (!connection.ok()) return connection.status();
  return SqlEventStore::Open(std::move(connection).value(), codes);
}

}  // namespace khaldun::store
