// WordKey: the form in which text words and dictionary words are compared.
//
// Dictionaries write phrases in upper case ("UNITED_STATES", "U.S.",
// "AL-QAEDA"); text has any case. Both sides are reduced to upper-case ASCII
// with periods removed ("U.S." and "US" both become "US"), so that spelling
// variants of abbreviations meet. Non-ASCII bytes are kept as they are.
#ifndef KHALDUN_CODE_WORD_KEY_H_
#define KHALDUN_CODE_WORD_KEY_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/ascii_case.h"
#include "base/short_hash.h"

namespace khaldun {

// Appends the key of `word` to `*out` (cleared first).
void MakeWordKey(std::string_view word, std::string* out);
std::string WordKey(std::string_view word);

// WriteWordKey's words with a period, and the empty word, byte by byte.
size_t WriteWordKeyByBytes(std::string_view word, char* out);

// Writes the key of `word` to `out`, which has room for word.size() bytes
// (a key is never longer than its word), and returns the key's length. In
// line (forced: the coder's one caller is a long function) for a word
// without a period, as most are: eight bytes at a time, overlapping loads
// and stores covering the tail.
[[gnu::always_inline]] inline size_t WriteWordKey(std::string_view word, char* out) {
  const char* text = word.data();
  const size_t size = word.size();
  if (size == 0) return 0;
  if (size < 4) {  // the first, middle and last byte are every byte
    const auto byte = [text](size_t at) { return uint64_t{static_cast<uint8_t>(text[at])}; };
    const uint64_t v = byte(0) | (byte(size / 2) << 8) | (byte(size - 1) << 16);
    if (ByteInEight(v, '.')) return WriteWordKeyByBytes(word, out);
    const uint64_t upper = AsciiUpperEight(v);
    out[0] = static_cast<char>(upper);
    out[size / 2] = static_cast<char>(upper >> 8);
    out[size - 1] = static_cast<char>(upper >> 16);
    return size;
  }
  if (size < 8) {  // two overlapping 4-byte halves in one word
    uint32_t low, high;
    std::memcpy(&low, text, 4);
    std::memcpy(&high, text + size - 4, 4);
    const uint64_t v = low | (uint64_t{high} << 32);
    if (ByteInEight(v, '.')) return WriteWordKeyByBytes(word, out);
    const uint64_t upper = AsciiUpperEight(v);
    const auto upper_low = static_cast<uint32_t>(upper), upper_high = static_cast<uint32_t>(upper >> 32);
    std::memcpy(out, &upper_low, 4);
    std::memcpy(out + size - 4, &upper_high, 4);
    return size;
  }
  uint64_t v;
  for (size_t i = 0; i + 8 <= size; i += 8) {
    std::memcpy(&v, text + i, 8);
    if (ByteInEight(v, '.')) return WriteWordKeyByBytes(word, out);
    v = AsciiUpperEight(v);
    std::memcpy(out + i, &v, 8);
  }
  std::memcpy(&v, text + size - 8, 8);
  if (ByteInEight(v, '.')) return WriteWordKeyByBytes(word, out);
  v = AsciiUpperEight(v);
  std::memcpy(out + size - 8, &v, 8);
  return size;
}

// True when `word` as written in a text may stand for a dictionary entry
// word: an all-lower-case short word ("us", "it", "un") never matches an
// upper-case dictionary word, which names an actor or an acronym.
bool MayMatchProperWord(std::string_view word);

// A transparent string hash, so maps keyed by std::string can be searched
// with a std::string_view without building a string. Inline and made for
// short keys: the coder hashes every word and lemma of every sentence.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(ShortKeyHash(s)); }
};

// The hash the coder compares word keys by (never 0, so that 0 can mean
// "none").
inline size_t WordKeyHash(std::string_view key) { return StringHash{}(key) | 1; }

// For maps keyed by hashes already (WordKeyHash values).
struct IdentityHash {
  size_t operator()(size_t hash) const noexcept { return hash; }
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_WORD_KEY_H_
