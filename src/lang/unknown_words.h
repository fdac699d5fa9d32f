// Guessing the candidate tags of a word the lexicon lacks, from its shape,
// its suffix and (when loaded) WordNet's lemma lists.
#ifndef KHALDUN_LANG_UNKNOWN_WORDS_H_
#define KHALDUN_LANG_UNKNOWN_WORDS_H_

#include <string_view>

#include "lang/pos_tag.h"
#include "lang/wordnet.h"

namespace khaldun::lang_internal {

struct Guess {
  PosTag tag;           // the most likely tag
  PosTagSet candidates; // includes `tag`; alternatives the context may pick
};

// Tags for a token that is punctuation, a number or a symbol, decided by its
// characters alone (",", "``", "-LRB-", "1,200", "3.5"); nullopt otherwise.
std::optional<PosTag> ClosedShapeTag(std::string_view word);

// The best guess for an unknown word. `wordnet` may be null.
Guess GuessUnknown(std::string_view word, const WordNet* wordnet);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_UNKNOWN_WORDS_H_
