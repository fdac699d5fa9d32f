// WordBits: the closed word classes of one word as the bits of an integer.
//
// The phrase and clause rules ask a few classes of the same words many
// times a sentence (is the head a date or period word, is this "in" a
// subordinator, which auxiliary is this verb); each answer is a WordSet
// look-up. The language analyser classifies every word once, with its
// lemma (the per-thread lemma cache keeps the bits beside the lemma), into
// SentenceAnalysis::word_bits, and the rules test bits.
#ifndef KHALDUN_LANG_WORD_BITS_H_
#define KHALDUN_LANG_WORD_BITS_H_

#include <cstdint>
#include <string_view>

#include "lang/word_classes.h"

namespace khaldun::word_classes {

// One bit per class; each is what the function named answers for the word.
enum WordBit : uint32_t {
  kDateWordBit = 1u << 0,           // IsDateWord
  kPeriodWordBit = 1u << 1,         // IsPeriodWord
  kPeriodDeterminerBit = 1u << 2,   // IsPeriodDeterminer
  kDayWordBit = 1u << 3,            // IsDayWord
  kSubordinatorBit = 1u << 4,       // IsSubordinator
  kNegationBit = 1u << 5,           // IsNegation
  kFutureModalBit = 1u << 6,        // IsFutureModal
  kPrepositionFirstBit = 1u << 7,   // MayOpenMultiWordPreposition
  kPrepositionSecondBit = 1u << 8,  // MayContinueMultiWordPreposition
  kPrepositionPairEndBit = 1u << 9, // MayEndTwoWordPreposition
  kPrepositionThirdBit = 1u << 10,  // MayBeThirdOfMultiWordPreposition
};
// AuxiliaryOf's answer sits in the bits from here up.
inline constexpr int kAuxiliaryShift = 11;

// Every class of `word`, as the functions named above answer them.
// (Defined in word_classes.cc, beside the word lists: one filter over all
// of them rejects most words at once.)
uint32_t WordBitsOf(std::string_view word);

// Whether `bits` has `bit`.
inline bool HasBit(uint32_t bits, WordBit bit) { return (bits & bit) != 0; }

// AuxiliaryOf(word) for bits = WordBitsOf(word).
inline Auxiliary AuxiliaryOfBits(uint32_t bits) { return static_cast<Auxiliary>(bits >> kAuxiliaryShift); }

}  // namespace khaldun::word_classes

#endif  // KHALDUN_LANG_WORD_BITS_H_
