// PhraseIndex: finds dictionary phrases in a sequence of word keys.
//
// Phrases are indexed by their first word; all phrases starting with the
// same word are kept longest first, so the first one that matches at a
// position is the longest match there.
#ifndef KHALDUN_CODE_PHRASE_INDEX_H_
#define KHALDUN_CODE_PHRASE_INDEX_H_

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "code/word_key.h"

namespace khaldun {

class PhraseIndex {
 public:
  struct Match {
    uint32_t payload = 0;  // what Add() was given
    uint32_t length = 0;   // number of words matched
  };

  // Adds a phrase (word keys, see word_key.h) with a caller-defined payload.
  // Empty phrases are ignored. Call Finish() after the last Add().
  void Add(std::vector<std::string> words, uint32_t payload);

  // Sorts each bucket longest first (stable: earlier phrases win ties).
  void Finish();

  // The longest phrase matching keys[at...] (within `limit` words), or
  // nullopt-like Match{0,0} when none does. `accept` filters payloads.
  // `first_hash` is WordKeyHash(keys[at]), which callers usually hold.
  template <typename Accept>
  Match Longest(std::span<const std::string> keys, size_t first_hash, size_t at, size_t limit,
                Accept accept) const {
    if (!MayStartWith(first_hash)) return {};
    auto found = buckets_.find(first_hash);
    if (found == buckets_.end()) return {};
    for (const Bucket& bucket : found->second) {
      if (bucket.first_word != keys[at]) continue;
      for (uint32_t id : bucket.ids) {
        const Entry& entry = entries_[id];
        size_t n = entry.words.size();
        if (at + n > limit) continue;
        bool same = true;
        for (size_t k = 1; k < n && same; ++k) same = keys[at + k] == entry.words[k];
        if (same && accept(entry.payload)) return {entry.payload, static_cast<uint32_t>(n)};
      }
    }
    return {};
  }
  template <typename Accept>
  Match Longest(std::span<const std::string> keys, size_t at, size_t limit, Accept accept) const {
    return Longest(keys, WordKeyHash(keys[at]), at, limit, accept);
  }

  // False when no phrase starts with a word of this hash (WordKeyHash):
  // cheaper than Longest() for a caller that only wants to know. True may
  // be wrong.
  bool MayStartWith(size_t word_hash) const {
    const size_t bit = (word_hash >> 1) % kFilterBits;
    return (first_words_[bit / 64] >> (bit % 64)) & 1;
  }

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    uint32_t payload;
  };
  static constexpr size_t kFilterBits = 1 << 14;
  std::vector<Entry> entries_;
  std::vector<uint64_t> first_words_ = std::vector<uint64_t>(kFilterBits / 64, 0);  // see MayStartWith
  // The phrases starting with one word, longest first.
  struct Bucket {
    std::string first_word;
    std::vector<uint32_t> ids;
  };
  // Buckets by the WordKeyHash of their word (several only when hashes collide).
  std::unordered_map<size_t, std::vector<Bucket>, IdentityHash> buckets_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_PHRASE_INDEX_H_
