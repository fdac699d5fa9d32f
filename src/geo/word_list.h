// WordList: a short closed list of lower-case words for the place rules
// (locative prepositions, compass words, designators such as "province").
//
// The rules ask it of most words around every place name, and most words
// are in no list: a 64-bit filter of (length, first byte) turns them away
// before any bytes are compared; the rest are compared with the words of
// the same length and first byte only. Declare lists `static constexpr`.
#ifndef KHALDUN_GEO_WORD_LIST_H_
#define KHALDUN_GEO_WORD_LIST_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace khaldun {

template <size_t N>
class WordList {
 public:
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (const std::string_view word : words) {
      if (word.empty()) throw "WordList: words must not be empty";
      filter_ |= uint64_t{1} << FilterBit(word);
    }
  }

  // Whether `word` is one of the list's words, byte for byte.
  constexpr bool Contains(std::string_view word) const {
    if (word.empty() || ((filter_ >> FilterBit(word)) & 1) == 0) return false;
    for (const std::string_view candidate : words_) {
      if (candidate.size() == word.size() && candidate[0] == word[0] && candidate == word) return true;
    }
    return false;
  }
  // Contains(`word` with its ASCII letters lower-cased), without a
  // lower-cased copy: the filter turns most words away first.
  constexpr bool ContainsIgnoringCase(std::string_view word) const {
    if (word.empty() || ((filter_ >> FilterBit(word.size(), Lower(word[0]))) & 1) == 0) return false;
    for (const std::string_view candidate : words_) {
      if (candidate.size() == word.size() && EqualsLowered(word, candidate)) return true;
    }
    return false;
  }

 private:
  static constexpr char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  static constexpr bool EqualsLowered(std::string_view word, std::string_view lower) {
    for (size_t i = 0; i < word.size(); ++i) {
      if (Lower(word[i]) != lower[i]) return false;
    }
    return true;
  }
  static constexpr uint32_t FilterBit(size_t size, char first) {
    return (static_cast<uint32_t>(size) * 7 + static_cast<unsigned char>(first)) % 64;
  }
  static constexpr uint32_t FilterBit(std::string_view word) { return FilterBit(word.size(), word[0]); }

  std::array<std::string_view, N> words_;
  uint64_t filter_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_WORD_LIST_H_
