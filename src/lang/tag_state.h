// The tagger's working state for one sentence, shared by its internal steps
// (lexical lookup, unknown-word guessing, contextual rules). Not public API.
#ifndef KHALDUN_LANG_TAG_STATE_H_
#define KHALDUN_LANG_TAG_STATE_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "lang/pos_tag.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {

// The closed word classes the context rules ask of a token's word, one bit
// each (RuleWordBitsOf). They depend on the word alone, so the tagger keeps
// them with its per-word lexical step (lexical_tag_cache.h) and the rules
// test a bit where they would look the word up in a WordSet, for every
// token and its neighbours, sentence after sentence.
enum RuleWordBit : uint32_t {
  kReadByForwardRulesBit = 1u << 0,  // a word some first-pass rule reads whatever its candidates
  kCompassBit = 1u << 1,             // "north", "south", "east", "west", "northeast"... (context::kCompassWords)
  kDemonymPrefixBit = 1u << 2,       // context::kDemonymPrefixes
  kNameParticleBit = 1u << 3,        // word_classes::IsNameParticle
  kApostropheSBit = 1u << 4,         // "'s"
  kBeBit = 1u << 5,                  // context::IsBe
  kHaveBit = 1u << 6,                // context::IsHave
  kDoBit = 1u << 7,                  // context::IsDo
  kSubordinatorBit = 1u << 8,        // context::IsSubordinator
  kFloatingQuantifierBit = 1u << 9,  // "both", "all", "each"
  kEarlyOrLateBit = 1u << 10,        // "early", "late"
};

// Every RuleWordBit of `word` (ASCII case ignored, as the word sets do).
// Defined in context_rules.cc, beside the rules.
uint32_t RuleWordBitsOf(std::string_view word);

struct TokenState {
  std::string_view word;
  PosTagSet candidates = 0;  // tags a rule may choose from
  PosTag tag = PosTag::kNN;  // current choice
  bool known = false;        // found in the lexicon (else guessed)
  bool capitalized = false;  // first byte is an ASCII upper-case letter
  uint32_t word_bits = 0;    // RuleWordBitsOf(word): set with the word

  bool Can(PosTag t) const { return HasTag(candidates, t); }
  bool Is(PosTag t) const { return tag == t; }
  // Whether the word is in the class of `bit`.
  bool Has(RuleWordBit bit) const { return (word_bits & bit) != 0; }
};

// ASCII case-insensitive equality against a lower-case literal.
inline bool WordIs(std::string_view word, std::string_view lower) { return word_classes::EqualsLower(word, lower); }

// Rewrites the tags of `sentence` using context (see context_rules.cc).
// Every token's word_bits must be RuleWordBitsOf(word).
void ApplyContextRules(std::span<TokenState> sentence);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_TAG_STATE_H_
