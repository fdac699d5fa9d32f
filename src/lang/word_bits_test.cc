#include "lang/word_bits.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
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
      {MayEndTwoWordPreposition(word), kPrepositionPairEndBit},
      {MayBeThirdOfMultiWordPreposition(word), kPrepositionThirdBit},
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
      {"according", "to"}, {"as", "well", "as"}, {"out", "of"}, {"Up", "to"}, {"by", "way", "of"},
      {"along", "with"}, {"such", "as"}, {"apart", "from"}, {"in", "addition", "to"}, {"with", "regard", "to"}};
  for (const auto& phrase : phrases) {
    ASSERT_GT(MultiWordPrepositionLength(phrase), 0u) << phrase[0];
    EXPECT_TRUE(HasBit(WordBitsOf(phrase[0]), kPrepositionFirstBit)) << phrase[0];
    EXPECT_TRUE(HasBit(WordBitsOf(phrase[1]), kPrepositionSecondBit)) << phrase[1];
    // The chunker's test before it looks a phrase up (FindMultiWordPrepositions).
    EXPECT_TRUE(HasBit(WordBitsOf(phrase[1]), kPrepositionPairEndBit) ||
                (phrase.size() > 2 && HasBit(WordBitsOf(phrase[2]), kPrepositionThirdBit)))
        << phrase[0] << ' ' << phrase[1];
  }
}

// The chunker looks a phrase up only where the bits allow one: random runs
// of the phrases' words (and others), in random case, that the bits rule
// out must have no multi-word preposition.
TEST(WordBitsTest, PrepositionBitsRuleOutOnlyWordsThatOpenNoPhrase) {
  const std::vector<std::string> vocabulary = {
      "on", "in", "with", "as", "because", "ahead", "according", "due", "instead", "out", "prior", "along", "such",
      "apart", "close", "next", "regardless", "together", "up", "thanks", "away", "outside", "by", "behalf",
      "front", "addition", "response", "support", "favor", "favour", "charge", "the", "spite", "way", "regard",
      "respect", "well", "of", "to", "from", "wake", "a", "Gondor", "said"};
  std::mt19937 random(20261202);
  size_t found = 0;
  for (int round = 0; round < 200000; ++round) {
    std::vector<std::string> text(2 + random() % 3);
    for (std::string& word : text) {
      word = vocabulary[random() % vocabulary.size()];
      if (random() % 4 == 0) word[0] = static_cast<char>(std::toupper(word[0]));
    }
    const std::vector<std::string_view> words(text.begin(), text.end());
    const size_t length = MultiWordPrepositionLength(words);
    found += length > 0;
    const bool allowed = HasBit(WordBitsOf(words[0]), kPrepositionFirstBit) &&
                         HasBit(WordBitsOf(words[1]), kPrepositionSecondBit) &&
                         (HasBit(WordBitsOf(words[1]), kPrepositionPairEndBit) ||
                          (words.size() > 2 && HasBit(WordBitsOf(words[2]), kPrepositionThirdBit)));
    if (!allowed) {
      ASSERT_EQ(length, 0u) << text[0] << ' ' << text[1];
    }
  }
  EXPECT_GT(found, 100u);  // the runs do hit phrases
}

}  // namespace
}  // namespace khaldun::word_classes
