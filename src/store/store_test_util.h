// Shared fixtures for the store tests: sample documents and events, a
// field-by-field comparison, and the behaviour every backend must show
// (run against SQLite always and PostgreSQL when a server is configured).
#ifndef KHALDUN_STORE_STORE_TEST_UTIL_H_
#define KHALDUN_STORE_STORE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "dict/event_codes.h"
#include "store/event_store.h"

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

}  // namespace khaldun::store::testing

#endif  // KHALDUN_STORE_STORE_TEST_UTIL_H_
