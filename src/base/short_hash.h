// ShortKeyHash: a fast 64-bit hash for short strings (words, place names).
//
// Words and names are mostly under 16 bytes: 8-byte loads and two
// multiplies per word, inline, where std::hash calls an out-of-line murmur
// that cost a third of a table lookup. Not for untrusted keys (no seed).
#ifndef KHALDUN_BASE_SHORT_HASH_H_
#define KHALDUN_BASE_SHORT_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun {

inline uint64_t ShortKeyHash(std::string_view key) {
  const char* p = key.data();
  size_t n = key.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v;
    if (n >= 4) {  // two overlapping 4-byte loads cover 4..7 bytes
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      v = (uint64_t{hi} << 32) | lo;
    } else {
      v = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    h = (h ^ v) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

}  // namespace khaldun

#endif  // KHALDUN_BASE_SHORT_HASH_H_
