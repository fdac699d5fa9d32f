// SqlEventStore: the EventStore over any SqlConnection. Holds the SQL that
// writes and reads documents; the backends only run it.
#ifndef KHALDUN_STORE_SQL_EVENT_STORE_H_
#define KHALDUN_STORE_SQL_EVENT_STORE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "store/event_store.h"
#include "store/sql_connection.h"

namespace khaldun::store {

class SqlEventStore : public EventStore {
 public:
  // Migrates `connection` to the latest schema and returns the store over
  // it. `codes` (may be null) must outlive the store.
  static Result<std::unique_ptr<EventStore>> Open(std::unique_ptr<SqlConnection> connection,
                                                  const dict::EventCodeTable* codes);

  WriteReport WriteDocuments(const std::vector<DocumentWrite>& batch) override;
  Result<std::vector<StoredEvent>> Query(const EventQuery& query) override;
  Result<std::vector<AggregatedEvent>> QueryAggregated(const EventQuery& query) override;
  Result<uint64_t> CountDocuments() override;
  Result<int> SchemaVersion() override;

 private:
  SqlEventStore(std::unique_ptr<SqlConnection> connection, const dict::EventCodeTable* codes)
      : connection_(std::move(connection)), codes_(codes) {}
  // Replaces one document's rows; the caller runs it in a transaction.
  Status WriteRows(const Document& document, std::string_view key, std::string_view content_hash,
                   std::string_view coded_at, const DocumentSummary& summary, const std::vector<Event>& events);

  std::unique_ptr<SqlConnection> connection_;
  const dict::EventCodeTable* codes_;
  std::vector<SqlValue> params_;  // reused for every row written
};

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SQL_EVENT_STORE_H_
