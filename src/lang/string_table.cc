#include "lang/string_table.h"

#include <bit>

namespace khaldun {

void StringTable::Reserve(size_t expected) {
  size_t capacity = std::bit_ceil(expected * 2 + 16);
  if (capacity <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  const size_t mask = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].length != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void StringTable::Grow() { Reserve(slots_.size()); }

uint32_t* StringTable::Insert(std::string_view key, uint32_t value) {
  if (key.empty()) return nullptr;
  // Keep the load factor at or below one half: probes stay short.
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const uint32_t hash = Hash(key);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].length != 0) {
    Slot& slot = slots_[i];
    if (slot.hash == hash && slot.length == key.size() &&
        std::string_view(arena_.data() + slot.offset, slot.length) == key) {
      return &slot.value;
    }
    i = (i + 1) & mask;
  }
  Slot& slot = slots_[i];
  slot.hash = hash;
  slot.offset = static_cast<uint32_t>(arena_.size());
  slot.length = static_cast<uint32_t>(key.size());
  slot.value = value;
  arena_.append(key);
  ++size_;
  return &slot.value;
}

}  // namespace khaldun
