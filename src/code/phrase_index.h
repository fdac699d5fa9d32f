// PhraseIndex: finds dictionary phrases in a sequence of word keys.
//
// Phrases are kept in a trie over the hashes (WordKeyHash) of their words,
// so that finding the longest phrase at a position walks only as far as
// some phrase goes on, whatever the number of phrases sharing a first word.
// Hashes may collide: a phrase found is compared word by word before it is
// returned.
#ifndef KHALDUN_CODE_PHRASE_INDEX_H_
#define KHALDUN_CODE_PHRASE_INDEX_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "code/trie_edges.h"
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

  // Nothing to do any more (phrases are ready as added); kept so that
  // builders state when they are done.
  void Finish() {}

  // The longest phrase matching keys[at...] (within `limit` words), or
  // Match{0,0} when none does; of phrases of the same length, the first
  // added that `accept` takes (`accept` filters payloads). `hashes` are the
  // WordKeyHashes of `keys`.
  template <typename Accept>
  Match Longest(std::span<const std::string_view> keys, std::span<const size_t> hashes, size_t at, size_t limit,
                Accept accept) const {
    auto score = [&accept](uint32_t payload) { return accept(payload) ? 1 : 0; };
    return LongestBest(keys, hashes, at, limit, score);
  }

  // Like Longest(), but of the phrases of the longest matching length the
  // one whose payload `score` rates highest (the first added on a tie); a
  // score of 0 rejects the payload.
  template <typename Score>
  Match LongestBest(std::span<const std::string_view> keys, std::span<const size_t> hashes, size_t at, size_t limit,
                    Score score) const {
    if (at >= limit || !MayStartWith(hashes[at])) return {};
    return LongestBelow(kRoot, keys, hashes, at, 0, limit, score);
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
  // A trie node: the phrases that end here, in the order they were added.
  struct Node {
    std::vector<uint32_t> entries;
  };
  static constexpr uint32_t kRoot = 0;

  // `key == word`, as std::string's == makes it (a size test, then a memcmp
  // call): string_view's == is an out-of-line compare.
  static bool SameKey(std::string_view key, const std::string& word) {
    return key.size() == word.size() && std::memcmp(key.data(), word.data(), key.size()) == 0;
  }
  static constexpr size_t kFilterBits = 1 << 14;

  // The longest match of the phrases below `node`, which `depth` words
  // starting at `at` led to; deeper nodes first.
  template <typename Score>
  Match LongestBelow(uint32_t node, std::span<const std::string_view> keys, std::span<const size_t> hashes, size_t at,
                     size_t depth, size_t limit, Score& score) const {
    if (at + depth < limit) {
      const uint32_t child = children_.Find(node, hashes[at + depth]);
      if (child != TrieEdges::kNone) {
        Match deeper = LongestBelow(child, keys, hashes, at, depth + 1, limit, score);
        if (deeper.length > 0) return deeper;
      }
    }
    Match best;
    int best_score = 0;
    for (uint32_t id : nodes_[node].entries) {
      const Entry& entry = entries_[id];
      bool same = true;
      for (size_t k = 0; k < depth && same; ++k) same = SameKey(keys[at + k], entry.words[k]);
      if (!same) continue;
      const int s = score(entry.payload);
      if (s > best_score) {
        best = {entry.payload, static_cast<uint32_t>(depth)};
        best_score = s;
      }
    }
    return best;
  }

  std::vector<Entry> entries_;
  std::vector<Node> nodes_ = std::vector<Node>(1);  // nodes_[kRoot] is the root
  TrieEdges children_;
  std::vector<uint64_t> first_words_ = std::vector<uint64_t>(kFilterBits / 64, 0);  // see MayStartWith
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_PHRASE_INDEX_H_
