#include "code/phrase_index.h"

#include <algorithm>

namespace khaldun {

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  uint32_t id = static_cast<uint32_t>(entries_.size());
  const size_t hash = WordKeyHash(words[0]);
  const size_t bit = (hash >> 1) % kFilterBits;
  first_words_[bit / 64] |= uint64_t{1} << (bit % 64);
  std::vector<Bucket>& buckets = buckets_[hash];
  auto bucket = std::find_if(buckets.begin(), buckets.end(), [&](const Bucket& b) { return b.first_word == words[0]; });
  if (bucket == buckets.end()) bucket = buckets.insert(buckets.end(), Bucket{words[0], {}});
  bucket->ids.push_back(id);
  entries_.push_back({std::move(words), payload});
}

void PhraseIndex::Finish() {
  for (auto& [hash, buckets] : buckets_) {
    for (Bucket& bucket : buckets) {
      std::stable_sort(bucket.ids.begin(), bucket.ids.end(), [&](uint32_t a, uint32_t b) {
        return entries_[a].words.size() > entries_[b].words.size();
      });
    }
  }
}

}  // namespace khaldun
