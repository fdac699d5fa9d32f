// Guessing the candidate tags of a word the lexicon lacks, from its shape,
// its suffix and (when loaded) WordNet's lemma lists.
#ifndef KHALDUN_LANG_UNKNOWN_WORDS_H_
#define KHALDUN_LANG_UNKNOWN_WORDS_H_

#include <optional>
#include <string_view>

#include "lang/pos_tag.h"
#include "lang/wordnet.h"

namespace khaldun::lang_internal {

struct Guess {
  PosTag tag;           // the most likely tag
  PosTagSet candidates; // includes `tag`; alternatives the context may pick
};

// ClosedShapeTag below, whole and out of line (it calls this for the tokens
// it does not answer in line).
std::optional<PosTag> ClosedShapeTagOutOfLine(std::string_view word);

// Tags for a token that is punctuation, a number or a symbol, decided by its
// characters alone (",", "``", "-LRB-", "1,200", "3.5"); nullopt otherwise.
// In line for the usual token, a word opening with an ASCII letter (only
// "US$" of those has a closed shape): the tagger asks for every token.
inline std::optional<PosTag> ClosedShapeTag(std::string_view word) {
  if (!word.empty() && word[0] != 'U' && ((word[0] >= 'a' && word[0] <= 'z') || (word[0] >= 'A' && word[0] <= 'Z'))) {
    return std::nullopt;
  }
  return ClosedShapeTagOutOfLine(word);
}

// The best guess for an unknown word. `wordnet` may be null.
Guess GuessUnknown(std::string_view word, const WordNet* wordnet);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_UNKNOWN_WORDS_H_
