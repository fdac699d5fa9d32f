// A closed word list for the tagger and phrase rules: `WordSet` packs and
// sorts its words at compile time, and `Contains` compares ASCII
// case-insensitively without allocating. Declare sets `static constexpr`
// (`static constexpr auto kBe = MakeSet("be", "is", ...)`).
#ifndef KHALDUN_LANG_WORD_SET_H_
#define KHALDUN_LANG_WORD_SET_H_

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun::lang_internal {

static_assert(std::endian::native == std::endian::little, "WordSet packs keys little-endian");

namespace word_set_internal {

inline constexpr size_t kMaxLength = 24;
constexpr char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// One of 256 bits for a word's length, first and last letter; the words of
// a set mostly differ in one of the three.
constexpr uint32_t FilterBit(size_t length, char first, char last) {
  const uint32_t letters = static_cast<unsigned char>(first) * 31u + static_cast<unsigned char>(last);
  const uint32_t mixed = letters * 0x9E3779B1u + static_cast<uint32_t>(length) * 0x85EBCA77u;
  return mixed >> 24;
}

}  // namespace word_set_internal

// A closed word list, packed into a hash table at compile time. Most tokens
// are not in a given list, so a lookup first rejects by length, then by a
// 256-bit filter of (length, first letter, last letter); only then is the
// word loaded and lower-cased into a 24-byte integer key (whole-word loads,
// no byte loop, no memcpy call) and looked up with integer compares, mostly
// in one probe: a few ns per token, no allocation.
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(std::array<std::string_view, N> words) {
    for (const std::string_view word : words) {
      if (word.empty() || word.size() > kMaxLength || word[0] == '\0') {
        throw "WordSet: words must have 1-24 bytes, the first not NUL";
      }
      const Key key = Pack(word);
      size_t i = SlotOf(key);
      while (!slots_[i].empty() && !(slots_[i] == key)) i = (i + 1) & kMask;
      slots_[i] = key;  // a repeated word lands on itself
      lengths_ |= uint32_t{1} << word.size();
      const uint32_t bit = word_set_internal::FilterBit(word.size(), word[0], word.back());
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  // The length test in line at the caller (most words have no length of
  // the set's: "not" and "n't" are three bytes), the rest out of line.
  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength || (lengths_ & (uint32_t{1} << word.size())) == 0) {
      return false;
    }
    return ContainsOfLength(word);
  }

  // The lengths of the words (bit n: a word of n bytes) and the 256-bit
  // filter of their (length, first, last letter), for a WordSetFilter.
  constexpr uint32_t lengths() const { return lengths_; }
  constexpr uint64_t filter(size_t i) const { return filter_[i]; }

 private:
  [[gnu::noinline]] bool ContainsOfLength(std::string_view word) const {
    const uint32_t bit = word_set_internal::FilterBit(word.size(), word_set_internal::Lower(word[0]),
                                                      word_set_internal::Lower(word.back()));
    if ((filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return false;
    const Key key = LoadLower(word);
    for (size_t i = SlotOf(key);; i = (i + 1) & kMask) {
      if (slots_[i] == key) return true;
      if (slots_[i].empty()) return false;
    }
  }

  static constexpr size_t kMaxLength = word_set_internal::kMaxLength;
  // At most half full, so that a miss ends after a probe or two.
  static constexpr size_t kSlots = std::bit_ceil(2 * N);
  static constexpr size_t kMask = kSlots - 1;
  static constexpr int kShift = 64 - std::countr_zero(kSlots);
  // The bytes of a word, eight to an integer, zero padded.
  struct Key {
    uint64_t w[3] = {0, 0, 0};
    constexpr bool operator==(const Key& o) const {
      return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2];
    }
    constexpr bool empty() const { return w[0] == 0; }  // no word starts with NUL
  };
  static constexpr size_t SlotOf(const Key& key) {
    const uint64_t mixed = key.w[0] ^ (key.w[1] * 0xFF51AFD7ED558CCDull) ^ (key.w[2] * 0xC4CEB9FE1A85EC53ull);
    return static_cast<size_t>((mixed * 0x9E3779B97F4A7C15ull) >> kShift);
  }
  static constexpr Key Pack(std::string_view word) {
    Key key{};
    for (size_t i = 0; i < word.size(); ++i) {
      key.w[i >> 3] |= uint64_t{static_cast<unsigned char>(word[i])} << ((i & 7) * 8);
    }
    return key;
  }
  // Pack() of the lower-cased word (1-24 bytes), from whole-word loads:
  // little-endian loads put byte i where Pack does; overlapping loads cover
  // the tail without reading past the word.
  static Key LoadLower(std::string_view word) {
    const char* p = word.data();
    const size_t n = word.size();
    Key key{};
    if (n >= 8) {
      size_t w = 0;
      for (; (w + 1) * 8 <= n; ++w) std::memcpy(&key.w[w], p + w * 8, 8);
      if (const size_t rest = n - w * 8; rest > 0) {
        uint64_t last;
        std::memcpy(&last, p + n - 8, 8);
        key.w[w] = last >> (8 * (8 - rest));
      }
    } else if (n >= 4) {
      uint32_t low, high;
      std::memcpy(&low, p, 4);
      std::memcpy(&high, p + n - 4, 4);
      key.w[0] = low | (uint64_t{high} << (8 * (n - 4)));
    } else {
      key.w[0] = uint64_t{static_cast<unsigned char>(p[0])} |
                 (uint64_t{static_cast<unsigned char>(p[n >> 1])} << (8 * (n >> 1))) |
                 (uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (n - 1)));
    }
    for (uint64_t& w : key.w) w = LowerEight(w);
    return key;
  }
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
  std::array<Key, kSlots> slots_{};
  uint32_t lengths_ = 0;
  uint64_t filter_[4] = {0, 0, 0, 0};
};

// The first two tests of several WordSets at once (length; length with
// first and last letter): false when no set can hold a word, so that a
// caller asking many sets about one word rejects most words with one test.
class WordSetFilter {
 public:
  template <size_t... N>
  constexpr explicit WordSetFilter(const WordSet<N>&... sets) {
    ((lengths_ |= sets.lengths()), ...);
    for (size_t i = 0; i < 4; ++i) ((filter_[i] |= sets.filter(i)), ...);
  }
  // False when no set holds `word` (ASCII case ignored); true when one may.
  bool MayContain(std::string_view word) const {
    if (word.empty() || word.size() > word_set_internal::kMaxLength ||
        (lengths_ & (uint32_t{1} << word.size())) == 0) {
      return false;
    }
    const uint32_t bit = word_set_internal::FilterBit(word.size(), word_set_internal::Lower(word[0]),
                                                      word_set_internal::Lower(word.back()));
    return (filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) != 0;
  }

 private:
  uint32_t lengths_ = 0;
  uint64_t filter_[4] = {0, 0, 0, 0};
};

// A WordSet of the given words (lower case, 1-24 bytes each).
template <typename... Words>
constexpr auto MakeSet(Words... words) {
  return WordSet<sizeof...(Words)>(std::array<std::string_view, sizeof...(Words)>{words...});
}

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_WORD_SET_H_
