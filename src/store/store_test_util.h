// Shared fixtures for the store tests: sample documents and events, a
// field-by-field comparison, and the behaviour every backend must show
// (run against SQLite always and PostgreSQL when a server is configured).
#ifndef KHALDUN_STORE_STORE_TEST_UTIL_H_
#define KHALDUN_STORE_STORE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "dict/event_codes.h"
#include "store/event_store.h"
#include "store/sql_connection.h"

namespace khaldun::store::testing {

// A fresh empty directory under $TMPDIR (or /tmp), removed by the caller.
std::string MakeTempDir();
void RemoveTree(const std::string& path);

// The project's CAMEO event code table (loaded once).
const dict::EventCodeTable& Codes();

// A document with every field set, and two events with every field set.
Document SampleDocument(const std::string& id, const std::string& source);
std::vector<Event> SampleEvents(const std::string& document_id);

// EXPECTs that `stored` holds exactly `event`.
void ExpectSameEvent(const Event& event, const StoredEvent& stored);

// The behaviour of any backend; each takes an empty store.
void CheckRoundTrip(EventStore& store);
void CheckIdempotentRewrite(EventStore& store);
void CheckAggregation(EventStore& store);
void CheckQueryFilters(EventStore& store);
void CheckDocumentWithoutId(EventStore& store);
void CheckFailedDocumentDoesNotStopTheBatch(EventStore& store);
void CheckBatchWithADocumentTwice(EventStore& store);

// Schema upgrades: `connection` holds a database at schema version 2 (no
// FIPS codes, no actor locations), and WriteVersion2Rows stores one
// document "old" with one event in it, as a khaldun of that version did.
// CheckMigratedFromVersion2 takes the store opened (and so migrated) over
// it: the old event reads back as it was, without the new fields, and new
// documents keep them.
void WriteVersion2Rows(SqlConnection& connection);
void CheckMigratedFromVersion2(EventStore& store);

}  // namespace khaldun::store::testing

#endif  // KHALDUN_STORE_STORE_TEST_UTIL_H_
