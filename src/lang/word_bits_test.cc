#include "lang/word_bits.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khaldun::word_classes {
namespace {

// What WordBitsOf must give: each class asked of its own function.
uint32_t Straightforward(std::string_view word) {
  uint32_t bits = static_cast<uint32_t>(AuxiliaryOf(word)) << kAuxiliaryShift;
  const std::pair<bool, WordBit> classes[] = {
      {IsDateWord(word), kDateWordBit},
      {IsPeriodWord(word), kPeriodWordBit},
      {IsPeriodDeterminer(word), kPeriodDeterminerBit},
      {IsDayWord(word), kDayWordBit},
      {IsSubordinator(word), kSubordinatorBit},
      {IsNegation(word), kNegationBit},
      {IsFutureModal(word), kFutureModalBit},
      {MayOpenMultiWordPreposition(word), kPrepositionFirstBit},
      {MayContinueMultiWordPreposition(word), kPrepositionSecondBit},
  };
  for (const auto& [in_class, bit] : classes) {
    if (in_class) bits |= bit;
  }
  return bits;
}

void ExpectAgree(std::string_view word) {
  const uint32_t bits = WordBitsOf(word);
  ASSERT_EQ(bits, Straightforward(word)) << "word '" << word << "'";
  ASSERT_EQ(AuxiliaryOfBits(bits), AuxiliaryOf(word)) << "word '" << word << "'";
}

// Every word of up to three characters over letters of both cases, the
// apostrophe and the period: all the short auxiliaries, negations,
// subordinators and preposition words, in every case.
TEST(WordBitsTest, AgreesOnEveryShortWord) {
  std::string alphabet = "'.";
  for (char c = 'a'; c <= 'z'; ++c) alphabet += {c, static_cast<char>(c - 'a' + 'A')};
  std::string word;
  for (char a : alphabet) {
    ExpectAgree(std::string(1, a));
    for (char b : alphabet) {
      ExpectAgree(std::string{a, b});
      for (char c : alphabet) {
        ExpectAgree(std::string{a, b, c});
        if (::testing::Test::HasFatalFailure()) return;
      }
    }
  }
}

// Longer words of every class (and near misses), as written, capitalised
// and in capitals.
TEST(WordBitsTest, AgreesOnLongerWords) {
  const std::vector<std::string> words = {
      "Monday", "wednesday", "Sept.", "sep.", "tonight", "overnight", "yesterday", "December", "decembers",
      "weekend", "months", "century", "season", "seasons", "hours", "earlier", "previous", "recent", "coming",
      "because", "although", "whereas", "whenever", "whether", "unless", "until", "cannot", "never", "shall",
      "having", "gotten", "getting", "being", "were", "does", "according", "regardless", "together", "outside",
      "behalf", "addition", "response", "support", "favour", "favor", "charge", "spite", "regard", "respect",
      "thanks", "instead", "ahead", "prior", "along", "apart", "close", "next", "away", "from", "with", "well",
      "mondays", "morning", "evening", "autumn", "winter", "quarter", "minutes", "same", "every", "each",
      "internationalisation", "counterrevolutionaries", "a-very-long-hyphenated-word-indeed", ""};
  for (const std::string& word : words) {
    ExpectAgree(word);
    std::string capitalised = word, capitals = word;
    if (!capitalised.empty()) capitalised[0] = static_cast<char>(std::toupper(capitalised[0]));
    for (char& c : capitals) c = static_cast<char>(std::toupper(c));
    ExpectAgree(capitalised);
    ExpectAgree(capitals);
  }
}

// The bits are a filter MultiWordPrepositionLength may rely on: no phrase
// without a first word that may open one and a second that may go on.
TEST(WordBitsTest, PrepositionBitsFilterPhrases) {
  const std::vector<std::vector<std::string_view>> phrases = {
      {"because", "of"}, {"In", "front", "of"}, {"on", "behalf", "of", "x"}, {"in", "the", "wake", "of"},
      {"according", "to"}, {"as", "well", "as"}, {"out", "of"}, {"Up", "to"}, {"by", "way", "of"}};
  for (const auto& phrase : phrases) {
    ASSERT_GT(MultiWordPrepositionLength(phrase), 0u) << phrase[0];
    EXPECT_TRUE(HasBit(WordBitsOf(phrase[0]), kPrepositionFirstBit)) << phrase[0];
    EXPECT_TRUE(HasBit(WordBitsOf(phrase[1]), kPrepositionSecondBit)) << phrase[1];
  }
}

}  // namespace
}  // namespace khaldun::word_classes
