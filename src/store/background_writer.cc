#include "store/background_writer.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace khaldun::store {

BackgroundWriter::BackgroundWriter(EventStore& store, size_t max_queued)
    : store_(store), max_queued_(std::max<size_t>(max_queued, 1)), thread_([this] { Run(); }) {}

BackgroundWriter::~BackgroundWriter() { Finish(); }

void BackgroundWriter::Submit(CodedBatch batch) {
  std::unique_lock lock(mutex_);
  has_room_.wait(lock, [&] { return queue_.size() < max_queued_; });
  queue_.push_back(std::move(batch));
  has_work_.notify_one();
}

std::vector<Status> BackgroundWriter::TakeFailures() {
  std::lock_guard lock(mutex_);
  std::vector<Status> taken;
  taken.swap(failures_);
  return taken;
}

void BackgroundWriter::Finish() {
  {
    std::lock_guard lock(mutex_);
    finishing_ = true;
  }
  has_work_.notify_one();
  if (thread_.joinable()) thread_.join();
}

uint64_t BackgroundWriter::written() const {
  std::lock_guard lock(mutex_);
  return written_;
}

uint64_t BackgroundWriter::failed() const {
  std::lock_guard lock(mutex_);
  return failed_;
}

void BackgroundWriter::Run() {
  std::vector<DocumentWrite> writes;
  for (;;) {
    CodedBatch batch;
    {
      std::unique_lock lock(mutex_);
      has_work_.wait(lock, [&] { return !queue_.empty() || finishing_; });
      if (queue_.empty()) return;  // finishing, and everything is written
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    has_room_.notify_one();
    writes.clear();
    for (size_t d = 0; d < batch.documents.size(); ++d) {
      writes.push_back({&batch.documents[d], DocumentSummary::FromEvents(batch.sentence_counts[d], batch.events[d]),
                        &batch.events[d]});
    }
    WriteReport report = store_.WriteDocuments(writes);
    std::lock_guard lock(mutex_);
    written_ += report.written;
    failed_ += report.failures.size();
    std::move(report.failures.begin(), report.failures.end(), std::back_inserter(failures_));
  }
}

}  // namespace khaldun::store
