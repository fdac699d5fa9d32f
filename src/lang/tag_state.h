// The tagger's working state for one sentence, shared by its internal steps
// (lexical lookup, unknown-word guessing, contextual rules). Not public API.
#ifndef KHALDUN_LANG_TAG_STATE_H_
#define KHALDUN_LANG_TAG_STATE_H_

#include <span>
#include <string_view>

#include "lang/pos_tag.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {

struct TokenState {
  std::string_view word;
  PosTagSet candidates = 0;  // tags a rule may choose from
  PosTag tag = PosTag::kNN;  // current choice
  bool known = false;        // found in the lexicon (else guessed)
  bool capitalized = false;  // first byte is an ASCII upper-case letter

  bool Can(PosTag t) const { return HasTag(candidates, t); }
  bool Is(PosTag t) const { return tag == t; }
};

// ASCII case-insensitive equality against a lower-case literal.
inline bool WordIs(std::string_view word, std::string_view lower) { return word_classes::EqualsLower(word, lower); }

// Rewrites the tags of `sentence` using context (see context_rules.cc).
void ApplyContextRules(std::span<TokenState> sentence);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_TAG_STATE_H_
