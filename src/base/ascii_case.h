// ASCII case mapping eight bytes at a time, for the per-word hot paths
// (word keys, lemma lookups). Bytes other than ASCII letters, non-ASCII
// ones included, are left as they are.
#ifndef KHALDUN_BASE_ASCII_CASE_H_
#define KHALDUN_BASE_ASCII_CASE_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun {
namespace ascii_case_internal {

constexpr uint64_t kOnes = 0x0101010101010101ull;

// The top bit of each byte that lies in [lo, hi] (and is ASCII): no sum
// carries out of its byte.
inline uint64_t InRange(uint64_t v, char lo, char hi) {
  const uint64_t low7 = v & (0x7F * kOnes);
  const uint64_t at_least_lo = low7 + ((0x80 - lo) * kOnes);
  const uint64_t above_hi = low7 + ((0x80 - hi - 1) * kOnes);
  return (at_least_lo ^ above_hi) & ~v & (0x80 * kOnes);
}

}  // namespace ascii_case_internal

// Whether one of the eight bytes of `v` is `c` (exact for any `c`).
inline bool ByteInEight(uint64_t v, char c) {
  using ascii_case_internal::kOnes;
  const uint64_t x = v ^ (static_cast<uint8_t>(c) * kOnes);
  return ((x - kOnes) & ~x & (0x80 * kOnes)) != 0;
}

// Eight bytes with 'a'..'z' upper-cased.
inline uint64_t AsciiUpperEight(uint64_t v) { return v ^ (ascii_case_internal::InRange(v, 'a', 'z') >> 2); }
// Eight bytes with 'A'..'Z' lower-cased.
inline uint64_t AsciiLowerEight(uint64_t v) { return v | (ascii_case_internal::InRange(v, 'A', 'Z') >> 2); }

// Writes `text` lower-cased (ASCII letters only) to `out`, which has room
// for text.size() bytes and does not overlap `text`.
inline void AsciiLowerInto(std::string_view text, char* out) {
  const char* in = text.data();
  const size_t n = text.size();
  if (n >= 8) {  // eight at a time; an overlapping last load covers the tail
    uint64_t v;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&v, in + i, 8);
      v = AsciiLowerEight(v);
      std::memcpy(out + i, &v, 8);
    }
    std::memcpy(&v, in + n - 8, 8);
    v = AsciiLowerEight(v);
    std::memcpy(out + n - 8, &v, 8);
  } else if (n >= 4) {  // two overlapping halves
    uint32_t low, high;
    std::memcpy(&low, in, 4);
    std::memcpy(&high, in + n - 4, 4);
    const uint64_t v = AsciiLowerEight(low | (uint64_t{high} << 32));
    low = static_cast<uint32_t>(v);
    high = static_cast<uint32_t>(v >> 32);
    std::memcpy(out, &low, 4);
    std::memcpy(out + n - 4, &high, 4);
  } else {
    for (size_t i = 0; i < n; ++i) out[i] = in[i] >= 'A' && in[i] <= 'Z' ? static_cast<char>(in[i] + 32) : in[i];
  }
}

}  // namespace khaldun

#endif  // KHALDUN_BASE_ASCII_CASE_H_
