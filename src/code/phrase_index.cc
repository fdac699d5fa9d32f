#include "code/phrase_index.h"

namespace khaldun {

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  const size_t bit = (WordKeyHash(words[0]) >> 1) % kFilterBits;
  first_words_[bit / 64] |= uint64_t{1} << (bit % 64);
  uint32_t node = kRoot;
  for (const std::string& word : words) {
    bool added = false;
    node = children_.FindOrAdd(node, WordKeyHash(word), static_cast<uint32_t>(nodes_.size()), &added);
    if (added) nodes_.emplace_back();
  }
  nodes_[node].entries.push_back(id);
  entries_.push_back({std::move(words), payload});
}

}  // namespace khaldun
