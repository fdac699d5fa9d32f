// The context rules on hand-built tag states: the rules that move a token
// outside its candidates must still reach it past the tests that skip the
// tokens no rule can move (MayMoveForward, MayMoveBackward).
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "lang/pos_tag.h"
#include "lang/tag_state.h"

namespace khaldun::lang_internal {
namespace {

using T = PosTag;

// A token whose only candidate is its tag, unless `more` adds others.
TokenState Token(std::string_view word, T tag, PosTagSet more = 0) {
  TokenState t;
  t.word = word;
  t.tag = tag;
  t.candidates = TagBit(tag) | more;
  t.known = true;
  t.capitalized = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  return t;
}

std::vector<T> Tags(std::vector<TokenState> sentence) {
  ApplyContextRules(sentence);
  std::vector<T> tags;
  for (const TokenState& t : sentence) tags.push_back(t.tag);
  return tags;
}

TEST(ContextRules, FixedWordsMoveWhateverTheirCandidates) {
  // "to" is TO and "not" RB by convention, even where the lexicon gave one
  // other tag only.
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("refused", T::kVBD), Token("to", T::kIN), Token("not", T::kNN),
                  Token("yield", T::kVB), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kVBD, T::kTO, T::kRB, T::kVB, T::kPeriod}));
}

TEST(ContextRules, AnEdAdjectiveBeforeByIsAParticipleEvenWithoutThatCandidate) {
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("truce", T::kNN), Token("brokered", T::kJJ), Token("by", T::kIN),
                  Token("Rohan", T::kNNP), Token("held", T::kVBD), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNN, T::kVBN, T::kIN, T::kNNP, T::kVBD, T::kPeriod}));
}

TEST(ContextRules, ACapitalisedVerbFormAfterACapitalisedWordJoinsTheName) {
  EXPECT_EQ(Tags({Token("Minas", T::kNNP), Token("Holds", T::kVBZ), Token("fell", T::kVBD),
                  Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kNNP, T::kVBD, T::kPeriod}));
}

TEST(ContextRules, ALowerCaseCompassAdverbBeforeANameModifiesIt) {
  EXPECT_EQ(Tags({Token("troops", T::kNNS), Token("massed", T::kVBD), Token("in", T::kIN), Token("south", T::kRB),
                  Token("Ithilien", T::kNNP), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNS, T::kVBD, T::kIN, T::kJJ, T::kNNP, T::kPeriod}));
}

TEST(ContextRules, AnUnambiguousLowerCaseWordStays) {
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("council", T::kNN), Token("met", T::kVBD), Token("envoys", T::kNNS),
                  Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNN, T::kVBD, T::kNNS, T::kPeriod}));
}

TEST(ContextRules, AnAmbiguousFormMovesToAnotherCandidate) {
  // After "has" a form that is also a participle is the participle.
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("has", T::kVBZ), Token("recalled", T::kJJ, TagBit(T::kVBN)),
                  Token("its", T::kPRPS), Token("envoy", T::kNN), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kVBZ, T::kVBN, T::kPRPS, T::kNN, T::kPeriod}));
}

TEST(ContextRules, EarlyOrLateBeforeAPrepositionSaysWhen) {
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("late", T::kJJ, TagBit(T::kRB)), Token("on", T::kIN),
                  Token("Tuesday", T::kNNP), Token("refused", T::kVBD), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kRB, T::kIN, T::kNNP, T::kVBD, T::kPeriod}));
  // Before a bare day it stays an adjective of the time phrase.
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("late", T::kJJ, TagBit(T::kRB)), Token("Tuesday", T::kNNP),
                  Token("refused", T::kVBD), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kJJ, T::kNNP, T::kVBD, T::kPeriod}));
}

}  // namespace
}  // namespace khaldun::lang_internal
