// Token: one Penn Treebank token of a normalised text.
#ifndef KHALDUN_TEXT_TOKEN_H_
#define KHALDUN_TEXT_TOKEN_H_

#include <cstdint>
#include <string_view>

#include "text/span.h"

namespace khaldun {

// What the tokeniser already knows about a token's shape; the tagger and the
// sentence splitter use these instead of re-scanning characters.
enum TokenShape : uint8_t {
  kWord = 0,         // letters, possibly with hyphens/apostrophes/digits inside
  kNumber = 1,       // 12, 1,200, 3.5, 2019, 17-day is kWord (hyphenated)
  kPunctuation = 2,  // , ; : . ? ! -- ... ( ) [ ] { } `` '' ' $ % # etc.
  kAbbreviation = 3, // a word that keeps its period: U.S., Gen., a.m., J.
  kSymbol = 4,       // URL, e-mail, @handle, #hashtag
};

struct Token {
  // PTB form: usually the normalised characters (a view into the normalised
  // text), but quotes become `` and '' (static strings).
  std::string_view text;
  Span span;  // bytes of the normalised text the token covers
  TokenShape shape = kWord;
  bool capitalized = false;     // first character is an upper-case letter
  bool space_before = false;    // whitespace precedes it in the text
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_TOKEN_H_
