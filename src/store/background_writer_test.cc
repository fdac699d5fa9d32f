#include "store/background_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace khaldun::store {
namespace {

// Records what it is asked to write; refuses documents whose id starts with
// "bad"; can hold the writer inside WriteDocuments until released.
class FakeStore : public EventStore {
 public:
  WriteReport WriteDocuments(const std::vector<DocumentWrite>& batch) override {
    {
      std::unique_lock lock(mutex_);
      ++calls_;
      entered_.notify_all();
      released_cv_.wait(lock, [&] { return released_; });
    }
    WriteReport report;
    for (const DocumentWrite& write : batch) {
      const std::string& id = write.document->id;
      if (id.starts_with("bad")) {
        report.failures.push_back(Status::Error("document " + id + ": refused"));
        continue;
      }
      ++report.written;
      std::lock_guard lock(mutex_);
      written_.push_back(id + ":" + std::to_string(write.events->size()) + ":" +
                         std::to_string(write.summary.sentence_count));
    }
    return report;
  }
  Result<std::vector<StoredEvent>> Query(const EventQuery&) override { return std::vector<StoredEvent>{}; }
  Result<std::vector<AggregatedEvent>> QueryAggregated(const EventQuery&) override {
    return std::vector<AggregatedEvent>{};
  }
  Result<uint64_t> CountDocuments() override { return uint64_t{0}; }
  Result<int> SchemaVersion() override { return 0; }

  void Hold() {
    std::lock_guard lock(mutex_);
    released_ = false;
  }
  void Release() {
    std::lock_guard lock(mutex_);
    released_ = true;
    released_cv_.notify_all();
  }
  void WaitForCalls(int calls) {
    std::unique_lock lock(mutex_);
    entered_.wait(lock, [&] { return calls_ >= calls; });
  }
  std::vector<std::string> written() {
    std::lock_guard lock(mutex_);
    return written_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable entered_;
  std::condition_variable released_cv_;
  bool released_ = true;
  int calls_ = 0;
  std::vector<std::string> written_;
};

// A batch of documents with these ids; document i has i events and 10 + i sentences.
CodedBatch Batch(const std::vector<std::string>& ids) {
  CodedBatch batch;
  for (size_t i = 0; i < ids.size(); ++i) {
    Document document;
    document.id = ids[i];
    batch.documents.push_back(document);
    std::vector<Event> events(i);
    for (Event& event : events) event.document_id = ids[i];
    batch.events.push_back(events);
    batch.sentence_counts.push_back(static_cast<uint32_t>(10 + i));
  }
  return batch;
}

TEST(StoreBackgroundWriterTest, WritesEveryBatchInSubmissionOrder) {
  FakeStore store;
  BackgroundWriter writer(store, 2);
  std::vector<std::string> expected;
  for (int b = 0; b < 20; ++b) {
    std::vector<std::string> ids = {"d" + std::to_string(b) + "a", "d" + std::to_string(b) + "b"};
    expected.push_back(ids[0] + ":0:10");
    expected.push_back(ids[1] + ":1:11");
    writer.Submit(Batch(ids));
  }
  writer.Finish();
  EXPECT_EQ(store.written(), expected);
  EXPECT_EQ(writer.written(), 40u);
  EXPECT_EQ(writer.failed(), 0u);
  EXPECT_TRUE(writer.TakeFailures().empty());
}

TEST(StoreBackgroundWriterTest, AFailedDocumentIsReportedAndTheRestAreWritten) {
  FakeStore store;
  BackgroundWriter writer(store, 1);
  writer.Submit(Batch({"a", "bad1", "b"}));
  writer.Submit(Batch({"c", "bad2"}));
  writer.Finish();
  EXPECT_EQ(store.written(), (std::vector<std::string>{"a:0:10", "b:2:12", "c:0:10"}));
  std::vector<Status> failures = writer.TakeFailures();
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].message(), "document bad1: refused");
  EXPECT_EQ(failures[1].message(), "document bad2: refused");
  EXPECT_TRUE(writer.TakeFailures().empty());  // taken once
  EXPECT_EQ(writer.written(), 3u);
  EXPECT_EQ(writer.failed(), 2u);
}

TEST(StoreBackgroundWriterTest, SubmitWaitsWhileTheQueueIsFull) {
  constexpr size_t kQueued = 2;
  FakeStore store;
  store.Hold();
  BackgroundWriter writer(store, kQueued);
  std::atomic<int> submitted{0};
  std::thread producer([&] {
    for (int b = 0; b < 6; ++b) {
      writer.Submit(Batch({"d" + std::to_string(b)}));
      ++submitted;
    }
  });
  store.WaitForCalls(1);  // the writer holds batch 0
  // Batches 1 and 2 fit in the queue; batch 3 must wait for room. However
  // long we look, no more than 1 + kQueued submissions have returned.
  for (int look = 0; look < 2000 && submitted < static_cast<int>(1 + kQueued); ++look) std::this_thread::yield();
  for (int look = 0; look < 2000; ++look) {
    ASSERT_LE(submitted.load(), static_cast<int>(1 + kQueued));
    std::this_thread::yield();
  }
  store.Release();
  producer.join();
  writer.Finish();
  EXPECT_EQ(writer.written(), 6u);
}

TEST(StoreBackgroundWriterTest, FinishWithNothingSubmittedReturns) {
  FakeStore store;
  BackgroundWriter writer(store, 4);
  writer.Finish();
  writer.Finish();  // and again, as the destructor does
  EXPECT_EQ(writer.written(), 0u);
}

}  // namespace
}  // namespace khaldun::store
