// TrieEdges: the edges of a word trie, (node, word hash) -> child node, in
// one open-addressed table.
//
// PhraseIndex walks an edge for every word of every sentence it is asked
// about (actors, agents, discards, issues). A node-based hash map paid a
// division and a pointer chase per step and an allocation per edge at
// start-up; here a step is a multiply and, mostly, one cache line.
//
// That line is seldom in cache (a large dictionary's table is megabytes),
// and most steps find no edge: the next word of the sentence goes on no
// phrase. A bit array with eight bits a slot, set where an edge hashes,
// answers most of those from a few hundred kilobytes that stay cached;
// and, with those answered there, the table can be fuller (three quarters;
// longer runs of slots, but a smaller table and fewer misses for the steps
// that do find an edge).
#ifndef KHALDUN_CODE_TRIE_EDGES_H_
#define KHALDUN_CODE_TRIE_EDGES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace khaldun {

class TrieEdges {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The child of `node` along a word of `word_hash` (never 0: a WordKeyHash),
  // or kNone.
  uint32_t Find(uint32_t node, size_t word_hash) const {
    if (slots_.empty()) return kNone;
    const uint64_t mixed = Mix(node, word_hash);
    if (!HasBit(mixed)) return kNone;
    for (size_t i = mixed >> shift_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.word_hash == 0) return kNone;
      if (slot.word_hash == word_hash && slot.node == node) return slot.child;
    }
  }

  // The child of `node` along `word_hash` (not 0); when there is none yet,
  // it becomes `new_child` and `*added` is set.
  uint32_t FindOrAdd(uint32_t node, size_t word_hash, uint32_t new_child, bool* added);

  size_t size() const { return size_; }

 private:
  struct Slot {
    size_t word_hash = 0;  // 0: empty
    uint32_t node = 0;
    uint32_t child = 0;
  };

  static uint64_t Mix(uint32_t node, size_t word_hash) {
    return (word_hash ^ (node * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
  }
  // An edge's home slot, and its bit in bits_: the top bits of its Mix().
  size_t SlotOf(uint32_t node, size_t word_hash) const { return static_cast<size_t>(Mix(node, word_hash) >> shift_); }
  size_t BitOf(uint64_t mixed) const { return static_cast<size_t>(mixed >> (shift_ - kBitsPerSlotLog2)); }
  bool HasBit(uint64_t mixed) const {
    const size_t bit = BitOf(mixed);
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }
  void SetBit(uint64_t mixed) {
    const size_t bit = BitOf(mixed);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  void Grow();

  static constexpr int kBitsPerSlotLog2 = 3;
  std::vector<Slot> slots_;  // a power of two, at most three quarters full
  std::vector<uint64_t> bits_;  // (slots << kBitsPerSlotLog2) bits: whether an edge may hash there
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_TRIE_EDGES_H_
