#include "code/pattern_first_words.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace khaldun {
namespace {

constexpr uint64_t kMix = 0x9E3779B97F4A7C15ull;
constexpr int kBitsPerSlotLog2 = 3;

}  // namespace

PatternFirstWords::PatternFirstWords(std::span<const size_t> first_words)
    : patterns_(first_words.size()), always_((first_words.size() + 63) / 64, 0) {
  // (hash, pattern) sorted by hash, then by pattern: each word's patterns
  // are one run of ids_, in pattern order.
  std::vector<std::pair<size_t, uint32_t>> pairs;
  for (uint32_t p = 0; p < first_words.size(); ++p) {
    if (first_words[p] == 0) {
      always_[p / 64] |= uint64_t{1} << (p % 64);
    } else {
      pairs.emplace_back(first_words[p], p);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  size_t words = 0;
  for (size_t k = 0; k < pairs.size(); ++k) words += k == 0 || pairs[k].first != pairs[k - 1].first;
  const size_t capacity = std::bit_ceil(std::max<size_t>(2 * words, 2));
  slots_.assign(capacity, Slot());
  shift_ = 64 - std::countr_zero(capacity);
  bits_.assign(((capacity << kBitsPerSlotLog2) + 63) / 64, 0);
  ids_.reserve(pairs.size());
  for (size_t k = 0; k < pairs.size();) {
    const size_t hash = pairs[k].first;
    size_t i = static_cast<size_t>((hash * kMix) >> shift_);
    while (slots_[i].hash != 0) i = (i + 1) & (capacity - 1);
    slots_[i].hash = hash;
    bits_[BitOf(hash) / 64] |= uint64_t{1} << (BitOf(hash) % 64);
    slots_[i].begin = static_cast<uint32_t>(ids_.size());
    for (; k < pairs.size() && pairs[k].first == hash; ++k) ids_.push_back(pairs[k].second);
    slots_[i].end = static_cast<uint32_t>(ids_.size());
  }
}

size_t PatternFirstWords::BitOf(size_t hash) const {
  return static_cast<size_t>((hash * kMix) >> (shift_ - kBitsPerSlotLog2));
}

const PatternFirstWords::Slot* PatternFirstWords::Find(size_t hash) const {
  if (const size_t bit = BitOf(hash); !((bits_[bit / 64] >> (bit % 64)) & 1)) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>((hash * kMix) >> shift_);; i = (i + 1) & mask) {
    if (slots_[i].hash == hash) return &slots_[i];
    if (slots_[i].hash == 0) return nullptr;
  }
}

void PatternFirstWords::Mark(std::span<const size_t> keys, std::span<const size_t> lemmas,
                             std::vector<uint64_t>* bits) const {
  bits->assign(always_.begin(), always_.end());
  if (ids_.empty()) return;
  auto mark = [&](size_t hash) {
    if (hash == 0) return;  // 0 never names a word (WordKeyHash is odd)
    const Slot* slot = Find(hash);
    if (slot == nullptr) return;
    for (uint32_t k = slot->begin; k < slot->end; ++k) (*bits)[ids_[k] / 64] |= uint64_t{1} << (ids_[k] % 64);
  };
  for (size_t k = 0; k < keys.size(); ++k) {
    mark(keys[k]);
    if (lemmas[k] != keys[k]) mark(lemmas[k]);
  }
}

std::vector<uint32_t> PatternFirstWords::Candidates(std::span<const size_t> keys,
                                                    std::span<const size_t> lemmas) const {
  std::vector<uint64_t> bits;
  Mark(keys, lemmas, &bits);
  std::vector<uint32_t> ids;
  for (size_t w = 0; w < bits.size(); ++w) {
    for (uint64_t word = bits[w]; word != 0; word &= word - 1) {
      ids.push_back(static_cast<uint32_t>(w * 64 + static_cast<size_t>(std::countr_zero(word))));
    }
  }
  return ids;
}

}  // namespace khaldun
