#include "code/word_key_table.h"

#include <algorithm>
#include <bit>

#include "code/word_key.h"

namespace khaldun {

WordKeyTable::WordKeyTable(const std::vector<std::string_view>& keys) {
  if (keys.empty()) return;
  const size_t capacity = std::bit_ceil(std::max<size_t>(2 * keys.size(), 2));
  slots_.assign(capacity, Slot());
  shift_ = 64 - std::countr_zero(capacity);
  for (uint32_t k = 0; k < keys.size(); ++k) {
    const size_t hash = WordKeyHash(keys[k]);
    size_t i = static_cast<size_t>((hash * kMix) >> shift_);
    while (slots_[i].hash != 0) i = (i + 1) & (capacity - 1);
    slots_[i] = Slot{hash, keys[k], k};
  }
}

}  // namespace khaldun
