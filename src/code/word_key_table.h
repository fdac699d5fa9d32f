// WordKeyTable: word keys to their indexes, looked up by the WordKeyHash
// the coder has already computed for every word and lemma of a sentence.
//
// The clause coder asks for the verb forms of each verb and noun it codes,
// by its key and by its lemma's: a std::unordered_map lookup hashes the key
// again, divides for the bucket and walks a node list; here one multiply
// finds the slot and the key is compared only on a hash match. Finds
// exactly what a map from key to index finds.
#ifndef KHALDUN_CODE_WORD_KEY_TABLE_H_
#define KHALDUN_CODE_WORD_KEY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/same_text.h"

namespace khaldun {

class WordKeyTable {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  WordKeyTable() = default;
  // Key i gets index i. The keys must be distinct, and the bytes they view
  // must outlive the table.
  explicit WordKeyTable(const std::vector<std::string_view>& keys);

  // The index of `key`, whose WordKeyHash is `hash`; kAbsent when the key
  // is not in the table.
  uint32_t Find(std::string_view key, size_t hash) const {
    if (slots_.empty()) return kAbsent;
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>((hash * kMix) >> shift_);; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && SameBytes(slot.key, key)) return slot.index;
      if (slot.hash == 0) return kAbsent;
    }
  }

 private:
  static constexpr uint64_t kMix = 0x9E3779B97F4A7C15ull;
  // Open addressing, at most half full; hash 0 marks an empty slot
  // (WordKeyHash is never 0).
  struct Slot {
    size_t hash = 0;
    std::string_view key;
    uint32_t index = 0;
  };
  std::vector<Slot> slots_;
  int shift_ = 64;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_WORD_KEY_TABLE_H_
