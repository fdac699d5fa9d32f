// WordKey: the form in which text words and dictionary words are compared.
//
// Dictionaries write phrases in upper case ("UNITED_STATES", "U.S.",
// "AL-QAEDA"); text has any case. Both sides are reduced to upper-case ASCII
// with periods removed ("U.S." and "US" both become "US"), so that spelling
// variants of abbreviations meet. Non-ASCII bytes are kept as they are.
#ifndef KHALDUN_CODE_WORD_KEY_H_
#define KHALDUN_CODE_WORD_KEY_H_

#include <string>
#include <string_view>

#include "base/short_hash.h"

namespace khaldun {

// Appends the key of `word` to `*out` (cleared first).
void MakeWordKey(std::string_view word, std::string* out);
std::string WordKey(std::string_view word);

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
