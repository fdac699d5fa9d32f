// BackgroundWriter: stores coded documents on a thread of its own, so that
// coding and storing overlap (with a second core, storing then takes little
// from coding throughput). Batches are written in the order they are
// submitted, each in one transaction (EventStore::WriteDocuments); a
// bounded queue keeps memory in check by making Submit wait while the
// writer is behind.
#ifndef KHALDUN_STORE_BACKGROUND_WRITER_H_
#define KHALDUN_STORE_BACKGROUND_WRITER_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "base/status.h"
#include "code/event.h"
#include "ingest/document.h"
#include "store/event_store.h"

namespace khaldun::store {

// Documents coded together, handed over to the writer: three parallel
// vectors, one entry per document.
struct CodedBatch {
  std::vector<Document> documents;
  std::vector<std::vector<Event>> events;  // each document's events, in order
  std::vector<uint32_t> sentence_counts;   // sentences the coder saw in each document
};

class BackgroundWriter {
 public:
  // Starts the writer thread. `store` must outlive the writer, and only the
  // writer thread uses it until Finish returns. At most `max_queued` (at
  // least 1) submitted batches wait while one is being written.
  BackgroundWriter(EventStore& store, size_t max_queued);
  // Finish, when it was not called.
  ~BackgroundWriter();
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  // Queues `batch` to be written after every batch submitted before it;
  // waits while `max_queued` batches are already waiting.
  void Submit(CodedBatch batch);

  // The documents that could not be written since the last call, one
  // failure each (the message names the document), in write order. Never
  // waits for the writer.
  std::vector<Status> TakeFailures();

  // Waits until every submitted batch is written, then stops the thread.
  // Submit must not be called after.
  void Finish();

  // Documents committed, and documents that failed, so far.
  uint64_t written() const;
  uint64_t failed() const;

 private:
  void Run();

  EventStore& store_;
  const size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable has_work_;   // a batch was queued, or finishing
  std::condition_variable has_room_;   // a batch left the queue
  std::deque<CodedBatch> queue_;
  std::vector<Status> failures_;
  uint64_t written_ = 0;
  uint64_t failed_ = 0;
  bool finishing_ = false;
  std::thread thread_;  // last: starts once everything above is ready
};

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_BACKGROUND_WRITER_H_
