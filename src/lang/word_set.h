// A closed word list for the tagger and phrase rules: `WordSet` packs and
// sorts its words at compile time, and `Contains` compares ASCII
// case-insensitively without allocating. Declare sets `static constexpr`
// (`static constexpr auto kBe = MakeSet("be", "is", ...)`).
#ifndef KHALDUN_LANG_WORD_SET_H_
#define KHALDUN_LANG_WORD_SET_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun::lang_internal {

static_assert(std::endian::native == std::endian::little, "WordSet packs keys little-endian");

// A closed word list, packed and sorted at compile time. Most tokens are not
// in a given list, so a lookup first rejects by length and first letter (two
// bit tests); only then is the word lower-cased into a 24-byte integer key
// and binary-searched with integer compares: a few ns per token, no
// allocation, no memcmp calls.
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(std::array<std::string_view, N> words) {
    for (size_t k = 0; k < N; ++k) {
      const std::string_view word = words[k];
      if (word.empty() || word.size() > kMaxLength) throw "WordSet: words must have 1-24 bytes";
      keys_[k] = Pack(word);
      lengths_ |= uint32_t{1} << word.size();
      initials_ |= uint64_t{1} << (static_cast<unsigned char>(word[0]) & 63);
    }
    std::sort(keys_.begin(), keys_.end());
  }
  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength || (lengths_ & (uint32_t{1} << word.size())) == 0) {
      return false;
    }
    const char first = Lower(word[0]);
    if ((initials_ & (uint64_t{1} << (static_cast<unsigned char>(first) & 63))) == 0) return false;
    // Packed and lower-cased eight bytes at a time (a byte loop cost ~10
    // instructions a byte); little-endian loads put byte i where Pack does.
    unsigned char bytes[kMaxLength] = {};
    std::memcpy(bytes, word.data(), word.size());
    Key key{};
    for (size_t w = 0; w * 8 < word.size(); ++w) {
      uint64_t v;
      std::memcpy(&v, bytes + w * 8, 8);
      key.w[w] = LowerEight(v);
    }
    return std::binary_search(keys_.begin(), keys_.end(), key);
  }

 private:
  static constexpr size_t kMaxLength = 24;
  // The bytes of a word, eight to an integer, zero padded.
  struct Key {
    uint64_t w[3] = {0, 0, 0};
    constexpr bool operator<(const Key& o) const {
      if (w[0] != o.w[0]) return w[0] < o.w[0];
      if (w[1] != o.w[1]) return w[1] < o.w[1];
      return w[2] < o.w[2];
    }
  };
  static constexpr Key Pack(std::string_view word) {
    Key key{};
    for (size_t i = 0; i < word.size(); ++i) {
      key.w[i >> 3] |= uint64_t{static_cast<unsigned char>(word[i])} << ((i & 7) * 8);
    }
    return key;
  }
  static constexpr char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  // Lower() on each byte of `v` at once: a byte gets 0x20 when it is in
  // 'A'..'Z' (its top bit clear, >= 0x41 and not >= 0x5B); no carries cross
  // bytes, since every sum stays below 0x100.
  static uint64_t LowerEight(uint64_t v) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    const uint64_t low7 = v & (0x7F * kOnes);
    const uint64_t at_least_a = low7 + (0x3F * kOnes);
    const uint64_t above_z = low7 + (0x25 * kOnes);
    const uint64_t upper = (at_least_a ^ above_z) & ~v & (0x80 * kOnes);
    return v | (upper >> 2);
  }
  std::array<Key, N> keys_{};
  uint32_t lengths_ = 0;
  uint64_t initials_ = 0;
};

// A WordSet of the given words (lower case, 1-24 bytes each).
template <typename... Words>
constexpr auto MakeSet(Words... words) {
  return WordSet<sizeof...(Words)>(std::array<std::string_view, sizeof...(Words)>{words...});
}

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_WORD_SET_H_
