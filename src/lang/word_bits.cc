#include "lang/word_bits.h"

namespace khaldun::word_classes {

uint32_t WordBitsOf(std::string_view word) {
  uint32_t bits = static_cast<uint32_t>(AuxiliaryOf(word)) << kAuxiliaryShift;
  if (IsDateWord(word)) bits |= kDateWordBit;
  if (IsPeriodWord(word)) bits |= kPeriodWordBit;
  if (IsPeriodDeterminer(word)) bits |= kPeriodDeterminerBit;
  if (IsDayWord(word)) bits |= kDayWordBit;
  if (IsSubordinator(word)) bits |= kSubordinatorBit;
  if (IsNegation(word)) bits |= kNegationBit;
  if (IsFutureModal(word)) bits |= kFutureModalBit;
  if (MayOpenMultiWordPreposition(word)) bits |= kPrepositionFirstBit;
  if (MayContinueMultiWordPreposition(word)) bits |= kPrepositionSecondBit;
  return bits;
}

}  // namespace khaldun::word_classes
