// EventStore: where coded documents and their events are kept, and how they
// are read back.
//
// A document is never split: a batch of documents is written in one
// transaction, in which each document replaces everything the store knew
// about it (its row, sentences, events and actor mentions). So coding the
// same documents again never duplicates an event, and a process killed
// mid-run leaves every batch it committed complete and no partial one. The schema
// (store/schema.h) is the same for every backend; docs/storage.md describes
// it.
#ifndef KHALDUN_STORE_EVENT_STORE_H_
#define KHALDUN_STORE_EVENT_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "code/event.h"
#include "dict/event_codes.h"
#include "ingest/document.h"

namespace khaldun::store {

// One sentence as the store keeps it.
struct SentenceRecord {
  uint32_t number = 0;         // 1-based, as Event::sentence
  std::string text;            // as normalised (Event::sentence_text)
  std::optional<Span> span;    // bytes of Document::text, when the caller knows them
};

// What coding found in a document besides its events.
struct DocumentSummary {
  uint32_t sentence_count = 0;          // sentences the coder saw
  std::vector<SentenceRecord> sentences;  // the sentences to keep (may be fewer than sentence_count)

  // The summary `khaldun code` can give: the sentence count, and the
  // sentences that carry at least one event (number and text taken from the
  // events), in sentence order.
  static DocumentSummary FromEvents(uint32_t sentence_count, const std::vector<Event>& events);
};

// One event row, with what the store derived from its code.
struct StoredEvent {
  Event event;                        // every field as written, location included (sentence_text from the sentences table)
  uint32_t number = 0;                // 0-based position among the document's events
  std::string root_code;              // "04" for "042"
  std::string base_code;              // "042" for "0421"
  int quad_class = 0;                 // 1..4, 0 when the code is malformed
  std::optional<double> goldstein;    // from the event code table; absent when unknown
  std::string document_source;        // Document::source of the event's document
  std::string document_url;
};

// Events counted the GDELT way: the same (date, source, target, code,
// location) reported by several documents is one event.
struct AggregatedEvent {
  std::string date;         // "" when unknown
  std::string source_code;
  std::string target_code;
  std::string code;
  std::string root_code;
  int quad_class = 0;
  std::optional<double> goldstein;
  std::string location_name;
  std::string location_country;
  uint64_t mentions = 0;    // event rows (one per sentence that coded it)
  uint64_t sources = 0;     // distinct Document::source values ("" counts as one)
  uint64_t articles = 0;    // distinct documents
  std::string first_document;  // smallest document id, to find an example
};

// One document to write with WriteDocuments; the pointers must stay valid
// during the call.
struct DocumentWrite {
  const Document* document = nullptr;
  DocumentSummary summary;
  const std::vector<Event>* events = nullptr;  // the document's events, in order
};

// What WriteDocuments did with a batch.
struct WriteReport {
  uint64_t written = 0;           // documents committed
  std::vector<Status> failures;   // one per document not written, in batch order; each message names it

  bool ok() const { return failures.empty(); }
};

// Filters for Query and QueryAggregated; an empty field does not filter.
struct EventQuery {
  std::string actor;        // code prefix matched on the source or the target ("PAK" matches "PAKGOV")
  std::string code;         // CAMEO event code prefix ("04" matches "042")
  std::string since;        // YYYY-MM-DD, inclusive
  std::string until;        // YYYY-MM-DD, inclusive
  std::string document;     // exactly this document id (aggregated: the first document)
  std::optional<uint64_t> limit;
};

class EventStore {
 public:
  virtual ~EventStore() = default;

  // Writes the documents of `batch` in order, in one transaction in which
  // each document (keyed by DocumentKey) replaces its row, sentences,
  // events and actor mentions. A document is stored whole or not at all: a
  // process killed during the call leaves every earlier call's documents
  // complete and no part of this batch. A document that fails (its failure
  // message starts "document <key>: ") is left as it was before the call
  // (its earlier version, if any, stays), and the rest of the batch is
  // still written (then each document in a transaction of its own);
  // documents already committed are never lost. A document appearing twice
  // in a batch ends as its last version.
  virtual WriteReport WriteDocuments(const std::vector<DocumentWrite>& batch) = 0;

  // WriteDocuments for one document: its failure, or Ok once it is committed.
  Status WriteDocument(const Document& document, const DocumentSummary& summary, const std::vector<Event>& events) {
    WriteReport report = WriteDocuments({DocumentWrite{&document, summary, &events}});
    return report.ok() ? Status::Ok() : report.failures.front();
  }

  // Events matching `query`, ordered by date, document id and event number.
  virtual Result<std::vector<StoredEvent>> Query(const EventQuery& query) = 0;

  // Aggregated events matching `query` (the filters apply to the aggregated
  // fields), ordered by date, source, target and code.
  virtual Result<std::vector<AggregatedEvent>> QueryAggregated(const EventQuery& query) = 0;

  // Number of documents stored.
  virtual Result<uint64_t> CountDocuments() = 0;

  // The schema version of the open database (store/schema.h).
  virtual Result<int> SchemaVersion() = 0;
};

// The key a document is stored under: its id, or "sha256:<hex of the text>"
// when it has none.
std::string DocumentKey(const Document& document);
// The same, when the text's ContentHash (store/content_hash.h) is known.
std::string DocumentKey(const Document& document, std::string_view content_hash);

// Opens (creating and migrating as needed) the store named by `target`:
// "postgresql://..." or "postgres://..." (or a libpq "host=... dbname=..."
// string) is PostgreSQL; anything else is a SQLite file path. `codes` (may be
// null; must outlive the store) supplies Goldstein weights.
Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& target, const dict::EventCodeTable* codes);

// True when `target` names a PostgreSQL database rather than a SQLite file.
bool IsPostgresTarget(const std::string& target);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_EVENT_STORE_H_
