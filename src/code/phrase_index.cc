#include "code/phrase_index.h"

namespace khaldun {

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  const size_t bit = (WordKeyHash(words[0]) >> 1) % kFilterBits;
  first_words_[bit / 64] |= uint64_t{1} << (bit % 64);
  uint32_t node = kRoot;
  for (const std::string& word : words) {
    bool added = false;
    node = children_.FindOrAdd(node, WordKeyHash(word), nodes_, &added);
    if (added) ++nodes_;
  }
  added_.push_back({std::move(words), payload, node});
}

void PhraseIndex::Finish() {
  // Phrases by node, a node's in the order added (which breaks ties).
  first_phrase_.assign(nodes_ + 1, 0);
  for (const Added& phrase : added_) ++first_phrase_[phrase.node + 1];
  for (uint32_t n = 0; n < nodes_; ++n) first_phrase_[n + 1] += first_phrase_[n];
  std::vector<uint32_t> next(first_phrase_.begin(), first_phrase_.end() - 1);
  phrases_.resize(added_.size());
  words_.clear();
  text_.clear();
  for (const Added& phrase : added_) {
    phrases_[next[phrase.node]++] = {phrase.payload, static_cast<uint32_t>(words_.size())};
    for (const std::string& word : phrase.words) {
      words_.push_back({static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(word.size())});
      text_ += word;
    }
  }
  added_ = {};
}

}  // namespace khaldun
