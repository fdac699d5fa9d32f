// PatternFirstWords: a verb family's patterns by the first literal word
// each needs (CompiledDictionary::PatternNeeds::first_word), so that the
// clause coder looks up the clause's words instead of testing every pattern
// of a family (families of the Phoenix verbs hold up to ~400 patterns, and
// most patterns' first word is not in the clause).
//
// It finds exactly the patterns a linear scan finds: those without a first
// word, and those whose first word equals the key or lemma hash of some
// word of the clause; in pattern order, each once.
#ifndef KHALDUN_CODE_PATTERN_FIRST_WORDS_H_
#define KHALDUN_CODE_PATTERN_FIRST_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace khaldun {

class PatternFirstWords {
 public:
  PatternFirstWords() = default;
  // `first_words[p]`: the WordKeyHash of pattern p's first needed word, or
  // 0 when it needs none (it is then always a candidate).
  explicit PatternFirstWords(std::span<const size_t> first_words);

  size_t patterns() const { return patterns_; }

  // Sets `*bits` to one bit per pattern (bit p % 64 of word p / 64), set for
  // the candidates among the words whose hashes are `keys` and `lemmas`
  // (the same length: a word's key and its lemma's key).
  void Mark(std::span<const size_t> keys, std::span<const size_t> lemmas, std::vector<uint64_t>* bits) const;

  // The same as pattern indexes, in increasing order (tests, benchmarks).
  std::vector<uint32_t> Candidates(std::span<const size_t> keys, std::span<const size_t> lemmas) const;

 private:
  // Open addressing, at most half full: a word's slot holds its hash (0:
  // empty) and its patterns, [begin, end) of `ids_`.
  struct Slot {
    size_t hash = 0;
    uint32_t begin = 0, end = 0;
  };
  const Slot* Find(size_t hash) const;
  // A word's bit in `bits_`, and its home slot: the top bits of one product.
  size_t BitOf(size_t hash) const;

  size_t patterns_ = 0;
  std::vector<Slot> slots_;
  int shift_ = 64;
  // Eight bits a slot, set where a word of the table hashes: most words of
  // a clause begin none of the family's patterns, and a look here, a
  // sixteenth of the table's size, mostly in cache, says so (code/trie_edges.h).
  std::vector<uint64_t> bits_;
  std::vector<uint32_t> ids_;
  std::vector<uint64_t> always_;  // bits of the patterns without a first word
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_PATTERN_FIRST_WORDS_H_
