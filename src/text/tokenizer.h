// Tokenizer: Penn Treebank tokens with offsets.
//
// Splits clitics ("Taliban's" -> Taliban 's, "won't" -> wo n't), punctuation
// and currency signs, turns straight double quotes into `` and '', keeps
// hyphenated words, numbers ("1,200", "3.5"), abbreviations ("U.S.",
// "Gen."), URLs, e-mail addresses, hashtags and handles whole. Expects
// normalised text (see normalizer.h): ASCII quotes and dashes.
#ifndef KHALDUN_TEXT_TOKENIZER_H_
#define KHALDUN_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/span.h"
#include "text/token.h"

namespace khaldun {

// Appends the tokens of `text[span]` to `*tokens`. Token texts are views
// into `text` (or static strings for quotes), so `text` must outlive them.
void Tokenize(std::string_view text, Span span, std::vector<Token>* tokens);

}  // namespace khaldun

#endif  // KHALDUN_TEXT_TOKENIZER_H_
