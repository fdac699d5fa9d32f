// SameText: whether a string is exactly a given literal, compared in line.
//
// The coder tests words, codes and mention kinds against literals on every
// token and mention ("of", "and", "---", "place"). `std::string ==
// "literal"` calls an out-of-line compare (a strlen and a memcmp call, some
// 60 instructions), and GCC 12 at -O2 leaves `std::string_view ==` out of
// line too (a call and a memcmp call). SameText knows the literal's length
// at compile time: a size test, then a memcmp of constant size that the
// compiler turns into one or two integer compares.
#ifndef KHALDUN_BASE_SAME_TEXT_H_
#define KHALDUN_BASE_SAME_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun {

// Whether `text` equals `literal` byte for byte (no case folding).
template <size_t N>
inline bool SameText(std::string_view text, const char (&literal)[N]) {
  static_assert(N >= 1, "a string literal");
  return text.size() == N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

// Whether `a` and `b` hold the same bytes: for short words (a token and
// its lemma), in line with whole-word loads rather than a memcmp call;
// overlapping loads cover the tail without reading past either text.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (b.size() != n) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto load8 = [](const char* at) {
    uint64_t v;
    std::memcpy(&v, at, 8);
    return v;
  };
  auto load4 = [](const char* at) {
    uint32_t v;
    std::memcpy(&v, at, 4);
    return v;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 <= n; i += 8) {
      if (load8(p + i) != load8(q + i)) return false;
    }
    return load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

// Whether `text` begins with `literal`: `starts_with` in line. GCC 12
// leaves std::string_view's starts_with, ends_with and compare out of line
// (a call, a strlen and a memcmp call), and the coder asks them of every
// mention's code ("---", "IGO", roots such as "04").
template <size_t N>
inline bool StartsWithText(std::string_view text, const char (&literal)[N]) {
  return text.size() >= N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

// Whether `text` ends with `literal`, in line.
template <size_t N>
inline bool EndsWithText(std::string_view text, const char (&literal)[N]) {
  return text.size() >= N - 1 && std::memcmp(text.data() + text.size() - (N - 1), literal, N - 1) == 0;
}

// `a.compare(b)`'s sign (bytes as unsigned, then the shorter first), in
// line: for ordering short codes ("01" <= root <= "05").
inline int CompareText(std::string_view a, std::string_view b) {
  const size_t n = a.size() < b.size() ? a.size() : b.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// Whether `text` equals one of `literals`.
template <size_t... N>
inline bool SameTextAsAny(std::string_view text, const char (&... literals)[N]) {
  return (SameText(text, literals) || ...);
}

}  // namespace khaldun

#endif  // KHALDUN_BASE_SAME_TEXT_H_
