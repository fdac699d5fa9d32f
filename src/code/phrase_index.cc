#include "code/phrase_index.h"

#include <algorithm>

namespace khaldun {

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  uint32_t id = static_cast<uint32_t>(entries_.size());
  const size_t bit = (StringHash{}(words[0]) >> 1) % kFilterBits;
  first_words_[bit / 64] |= uint64_t{1} << (bit % 64);
  buckets_[words[0]].push_back(id);
  entries_.push_back({std::move(words), payload});
}

void PhraseIndex::Finish() {
  for (auto& [word, ids] : buckets_) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return entries_[a].words.size() > entries_[b].words.size();
    });
  }
}

}  // namespace khaldun
