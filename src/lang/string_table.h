// StringTable: an immutable-after-build map from short strings to uint32.
//
// The lexicon (112k words) and WordNet (150k lemmas) are looked up once or
// more per token, so they use one open-addressing table with all keys in a
// single arena: no node allocations, two cache misses per lookup at most.
#ifndef KHALDUN_LANG_STRING_TABLE_H_
#define KHALDUN_LANG_STRING_TABLE_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/short_hash.h"

namespace khaldun {

class StringTable {
 public:
  // Reserves room for about `expected` keys so building does not rehash.
  void Reserve(size_t expected);

  // Inserts `key` -> `value`; if `key` is already present keeps the first
  // value and returns a pointer to it, else returns a pointer to the new one.
  // The pointer stays valid until the next Insert.
  uint32_t* Insert(std::string_view key, uint32_t value);

  // The value stored for `key`, or nullopt.
  std::optional<uint32_t> Find(std::string_view key) const {
    if (slots_.empty() || key.empty()) return std::nullopt;
    const uint32_t hash = Hash(key);
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].length != 0) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && slot.length == key.size() &&
          SameKey(arena_.data() + slot.offset, key.data(), key.size())) {
        return slot.value;
      }
      i = (i + 1) & mask;
    }
    return std::nullopt;
  }

  size_t size() const { return size_; }
  // Approximate heap bytes, for memory reports.
  size_t MemoryBytes() const { return arena_.capacity() + slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;  // into arena_
    uint32_t length = 0;  // 0 marks an empty slot (keys are never empty)
    uint32_t value = 0;
  };
  static uint32_t Hash(std::string_view key) { return static_cast<uint32_t>(ShortKeyHash(key)); }
  static bool SameKey(const char* a, const char* b, size_t n) {
    // Most keys are short: compare in-line rather than call memcmp, a word
    // at a time (a byte loop cost ~4 instructions a byte); overlapping
    // loads cover the tail without reading past the keys.
    if (n >= 8) {
      for (size_t i = 0; i + 8 <= n; i += 8) {
        if (Load<uint64_t>(a + i) != Load<uint64_t>(b + i)) return false;
      }
      return Load<uint64_t>(a + n - 8) == Load<uint64_t>(b + n - 8);
    }
    if (n >= 4) {
      return Load<uint32_t>(a) == Load<uint32_t>(b) && Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
    }
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  template <typename Word>
  static Word Load(const char* p) {
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }
  void Grow();

  std::string arena_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_STRING_TABLE_H_
