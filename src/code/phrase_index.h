// PhraseIndex: finds dictionary phrases in a sequence of word keys.
//
// Phrases are kept in a trie over the hashes (WordKeyHash) of their words,
// so that finding the longest phrase at a position walks only as far as
// some phrase goes on, whatever the number of phrases sharing a first word.
// Hashes may collide: a phrase found is compared word by word before it is
// returned.
//
// Layout: the coder asks about nearly every word of every sentence, and the
// walk is bound by memory, not by instructions (a large dictionary's edges
// are megabytes). Finish() lays out what a step reads next to each other:
// a node's phrases are one run of a flat array, their words one run of
// another, the letters one string (and TrieEdges answers most steps that
// find no edge without a look in its table).
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

  // Lays the phrases added out for lookups; call after the last Add() and
  // before the first lookup.
  void Finish();

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

  size_t size() const { return phrases_.size(); }

 private:
  // A phrase as Finish() lays it out: its words are words_[first_word...],
  // as many as its node's depth.
  struct Phrase {
    uint32_t payload;
    uint32_t first_word;
  };
  // A word of a phrase: text_.substr(offset, size).
  struct Word {
    uint32_t offset;
    uint32_t size;
  };
  // A phrase as added, until Finish().
  struct Added {
    std::vector<std::string> words;
    uint32_t payload;
    uint32_t node;  // the trie node it ends at
  };
  static constexpr uint32_t kRoot = 0;
  static constexpr size_t kFilterBits = 1 << 14;

  bool SameKey(std::string_view key, Word word) const {
    return key.size() == word.size && std::memcmp(key.data(), text_.data() + word.offset, key.size()) == 0;
  }

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
    for (uint32_t p = first_phrase_[node]; p < first_phrase_[node + 1]; ++p) {
      const Phrase& phrase = phrases_[p];
      bool same = true;
      for (size_t k = 0; k < depth && same; ++k) same = SameKey(keys[at + k], words_[phrase.first_word + k]);
      if (!same) continue;
      const int s = score(phrase.payload);
      if (s > best_score) {
        best = {phrase.payload, static_cast<uint32_t>(depth)};
        best_score = s;
      }
    }
    return best;
  }

  std::vector<Added> added_;  // emptied by Finish()
  uint32_t nodes_ = 1;        // node kRoot is the root
  TrieEdges children_;
  std::vector<uint32_t> first_phrase_ = std::vector<uint32_t>(2, 0);  // node n's phrases are phrases_[first_phrase_[n]...first_phrase_[n + 1]]
  std::vector<Phrase> phrases_;         // by node, then in the order added
  std::vector<Word> words_;
  std::string text_;
  std::vector<uint64_t> first_words_ = std::vector<uint64_t>(kFilterBits / 64, 0);  // see MayStartWith
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_PHRASE_INDEX_H_
