#include "code/joined_words.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/ascii_case.h"
#include "code/word_key.h"

namespace khaldun {
namespace {

// Whether one of the eight bytes of `v` is '_'.
bool UnderscoreIn(uint64_t v) { return ByteInEight(v, '_'); }

// Whether `key` holds a '_': eight bytes at a time, for this runs on every
// word of every sentence.
inline bool HasUnderscore(std::string_view key) {
  const char* text = key.data();
  const size_t size = key.size();
  if (size == 0) return false;
  if (size < 4) {  // first, middle and last byte cover every position
    return UnderscoreIn(static_cast<uint8_t>(text[0]) | (uint64_t{static_cast<uint8_t>(text[size / 2])} << 8) |
                        (uint64_t{static_cast<uint8_t>(text[size - 1])} << 16) | (0x20202020ull << 24));
  }
  uint64_t v;
  if (size < 8) {
    uint32_t low, high;
    std::memcpy(&low, text, 4);
    std::memcpy(&high, text + size - 4, 4);
    return UnderscoreIn(low | (uint64_t{high} << 32));
  }
  for (size_t i = 0; i + 8 <= size; i += 8) {
    std::memcpy(&v, text + i, 8);
    if (UnderscoreIn(v)) return true;
  }
  std::memcpy(&v, text + size - 8, 8);
  return UnderscoreIn(v);
}

// Whether `key` joins words: a '_' between two of its characters.
bool Joins(std::string_view key) {
  if (!HasUnderscore(key)) return false;
  const size_t at = key.find('_');
  return at != std::string_view::npos && at > 0 && key.back() != '_';
}

}  // namespace

bool JoinedWords::Reset(std::span<const std::string_view> keys) {
  parts_.clear();
  part_keys_.clear();
  part_hashes_.clear();
  start_.clear();
  bool any = false;
  for (std::string_view key : keys) any |= HasUnderscore(key);  // no branch: almost never true
  if (!any || std::none_of(keys.begin(), keys.end(), [](std::string_view key) { return Joins(key); })) {
    return false;
  }
  for (std::string_view key : keys) {
    start_.push_back(static_cast<uint32_t>(parts_.size()));
    if (!Joins(key)) {
      parts_.emplace_back(key);
      continue;
    }
    std::string_view rest = key;
    while (!rest.empty()) {
      const size_t cut = rest.find('_');
      const std::string_view part = rest.substr(0, cut);
      if (!part.empty()) parts_.emplace_back(part);
      if (cut == std::string_view::npos) break;
      rest.remove_prefix(cut + 1);
    }
  }
  start_.push_back(static_cast<uint32_t>(parts_.size()));
  for (const std::string& part : parts_) {
    part_keys_.push_back(part);
    part_hashes_.push_back(WordKeyHash(part));
  }
  return true;
}

bool JoinedWords::Reset(std::span<const std::string> keys) {
  const std::vector<std::string_view> views(keys.begin(), keys.end());
  return Reset(views);
}

}  // namespace khaldun
