// ShortWordKey: a word of up to 22 bytes and a small tag, as a key of
// per-thread memo tables (lemma_cache.h, lexical_tag_cache.h).
//
// The word's bytes are held as (overlapping) loads that cover each byte,
// so two words of one size are the same exactly when their loads are: a
// key compares with four integer compares, no memcmp, and hashes with a few
// multiplies.
#ifndef KHALDUN_LANG_SHORT_WORD_KEY_H_
#define KHALDUN_LANG_SHORT_WORD_KEY_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun {

struct ShortWordKey {
  // Bytes a word may have to make a key.
  static constexpr size_t kMaxBytes = 22;
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;

  uint64_t head = 0, tail = 0, middle = 0;
  uint32_t size_and_extra = kEmpty;  // size | extra << 8; kEmpty: no word (an empty slot)

  // The key of `word` (at most kMaxBytes bytes) with `extra` (a tag, a flag).
  static ShortWordKey Of(std::string_view word, uint8_t extra) {
    const char* p = word.data();
    const size_t n = word.size();
    ShortWordKey key;
    key.size_and_extra = static_cast<uint32_t>(n) | (static_cast<uint32_t>(extra) << 8);
    if (n >= 8) {
      std::memcpy(&key.head, p, 8);
      std::memcpy(&key.tail, p + n - 8, 8);
      if (n > 16) std::memcpy(&key.middle, p + 8, 8);
    } else if (n >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      key.head = head;
      key.tail = tail;
    } else if (n > 0) {
      key.head = static_cast<unsigned char>(p[0]) |
                 (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
                 (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    return key;
  }

  uint8_t extra() const { return static_cast<uint8_t>(size_and_extra >> 8); }

  // A slot of a table of 2^bits slots.
  size_t Slot(int bits) const {
    const uint64_t hash = head * 0x9E3779B97F4A7C15ull + tail * 0xC2B2AE3D27D4EB4Full +
                          middle * 0x165667B19E3779F9ull + size_and_extra * 0x27D4EB2F165667C5ull;
    return static_cast<size_t>(hash >> (64 - bits));
  }

  friend bool operator==(const ShortWordKey&, const ShortWordKey&) = default;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_SHORT_WORD_KEY_H_
