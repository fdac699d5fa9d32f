// The context rules on hand-built tag states: the rules that move a token
// outside its candidates must still reach it past the tests that skip the
// tokens no rule can move (MayMoveForward, MayMoveBackward).
#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "lang/context_rule_words.h"
#include "lang/pos_tag.h"
#include "lang/tag_state.h"
#include "lang/word_classes.h"

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
  t.word_bits = RuleWordBitsOf(word);
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

TEST(ContextRules, ANounFirstParticipleAfterAPluralNounWithItsAgentIsAParticiple) {
  const PosTagSet participle = TagBit(T::kVBN) | TagBit(T::kVBD);
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("protesters", T::kNNS), Token("shot", T::kNN, participle),
                  Token("by", T::kIN), Token("police", T::kNN), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNNS, T::kVBN, T::kIN, T::kNN, T::kPeriod}));
  // After a singular noun it is a compound's noun.
  EXPECT_EQ(Tags({Token("a", T::kDT), Token("production", T::kNN), Token("cut", T::kNN, participle),
                  Token("by", T::kIN), Token("Rohan", T::kNNP), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNN, T::kNN, T::kIN, T::kNNP, T::kPeriod}));
}

TEST(ContextRules, AnIngFormAfterAPlacesNameBeforeAPhraseOpensAParticiple) {
  const PosTagSet gerund = TagBit(T::kVBG);
  EXPECT_EQ(Tags({Token("a", T::kDT), Token("fort", T::kNN), Token("in", T::kIN), Token("Osgiliath", T::kNNP),
                  Token("housing", T::kNN, gerund), Token("senior", T::kJJ), Token("Rohan", T::kNNP),
                  Token("officials", T::kNNS), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNN, T::kIN, T::kNNP, T::kVBG, T::kJJ, T::kNNP, T::kNNS, T::kPeriod}));
  // Before a noun it is a compound's noun.
  EXPECT_EQ(Tags({Token("in", T::kIN), Token("Osgiliath", T::kNNP), Token("housing", T::kNN, gerund),
                  Token("market", T::kNN), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kIN, T::kNNP, T::kNN, T::kNN, T::kPeriod}));
}

TEST(ContextRules, ADeedsIngFormAfterADeterminedNounBeforeOfHeadsThePhrase) {
  const PosTagSet noun = TagBit(T::kNN);
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("fatal", T::kJJ), Token("police", T::kNN),
                  Token("shooting", T::kVBG, noun), Token("of", T::kIN), Token("a", T::kDT), Token("rider", T::kNN),
                  Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kJJ, T::kNN, T::kNN, T::kIN, T::kDT, T::kNN, T::kPeriod}));
  // Not without a determiner, nor the form of a verb that takes "of".
  EXPECT_EQ(Tags({Token("police", T::kNN), Token("shooting", T::kVBG, noun), Token("of", T::kIN),
                  Token("Rohan", T::kNNP), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNN, T::kVBG, T::kIN, T::kNNP, T::kPeriod}));
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("minister", T::kNN), Token("speaking", T::kVBG, noun),
                  Token("of", T::kIN), Token("Rohan", T::kNNP), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNN, T::kVBG, T::kIN, T::kNNP, T::kPeriod}));
}

TEST(ContextRules, APastFormOfThreatAfterAPhrasesAndIsASecondVerb) {
  const PosTagSet past = TagBit(T::kVBD) | TagBit(T::kJJ);
  EXPECT_EQ(Tags({Token("Rohan", T::kNNP), Token("suspended", T::kVBD), Token("Gondor", T::kNNP), Token("over", T::kIN),
                  Token("the", T::kDT), Token("raid", T::kNN), Token("and", T::kCC),
                  Token("threatened", T::kVBN, past), Token("sanctions", T::kNNS), Token(".", T::kPeriod)})[7],
            T::kVBD);
  // Another past form there qualifies the noun: "aid for refugees and displaced people".
  EXPECT_EQ(Tags({Token("Rohan", T::kNNP), Token("sent", T::kVBD), Token("aid", T::kNN), Token("for", T::kIN),
                  Token("the", T::kDT), Token("refugees", T::kNNS), Token("and", T::kCC),
                  Token("displaced", T::kVBN, past), Token("people", T::kNNS), Token(".", T::kPeriod)})[7],
            T::kJJ);
}

TEST(ContextRules, AnAdjectiveBeforeAPossessiveIsItsOwner) {
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("Gondor", T::kNNP), Token("military", T::kJJ, TagBit(T::kNN)),
                  Token("'s", T::kPOS), Token("chief", T::kNN), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kDT, T::kNNP, T::kNN, T::kPOS, T::kNN, T::kPeriod}));
  // Not an adjective with no noun reading.
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("Gondor", T::kNNP), Token("military", T::kJJ), Token("'s", T::kPOS),
                  Token("chief", T::kNN), Token(".", T::kPeriod)})[2],
            T::kJJ);
}

TEST(ContextRules, ANounFirstIngFormBeforeAParticleIsTheVerbs) {
  const PosTagSet gerund = TagBit(T::kVBG);
  EXPECT_EQ(Tags({Token("a", T::kDT), Token("decree", T::kNN), Token("formally", T::kRB),
                  Token("ruling", T::kNN, gerund), Token("out", T::kRP), Token("talks", T::kNNS),
                  Token(".", T::kPeriod)})[3],
            T::kVBG);
  // Not before a preposition: "the ruling on Rohan".
  EXPECT_EQ(Tags({Token("the", T::kDT), Token("ruling", T::kNN, gerund), Token("on", T::kIN), Token("Rohan", T::kNNP),
                  Token(".", T::kPeriod)})[1],
            T::kNN);
}

TEST(ContextRules, APastFormAfterWhenAndItsSubjectIsTheVerb) {
  const PosTagSet past = TagBit(T::kVBN) | TagBit(T::kVBD);
  EXPECT_EQ(Tags({Token("riders", T::kNNS), Token("were", T::kVBD), Token("wounded", T::kVBN), Token("when", T::kWRB),
                  Token("a", T::kDT), Token("tank", T::kNN), Token("fired", T::kVBN, past), Token("at", T::kIN),
                  Token("a", T::kDT), Token("tower", T::kNN), Token(".", T::kPeriod)})[6],
            T::kVBD);
}

TEST(ContextRules, ANounFirstBareVerbOfAThatClauseBeforeANameIsTheVerb) {
  const PosTagSet verb = TagBit(T::kVB);
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("demanded", T::kVBD), Token("that", T::kIN),
                  Token("Rohan", T::kNNP), Token("release", T::kNN, verb), Token("Grima", T::kNNP),
                  Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kVBD, T::kIN, T::kNNP, T::kVB, T::kNNP, T::kPeriod}));
  // Not before a day: "the release Friday" is a noun.
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("said", T::kVBD), Token("that", T::kIN), Token("the", T::kDT),
                  Token("release", T::kNN, verb), Token("Friday", T::kNNP), Token("was", T::kVBD),
                  Token("delayed", T::kVBN), Token(".", T::kPeriod)})[4],
            T::kNN);
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

TEST(ContextRules, AFloatingQuantifierAfterTheSubjectIsAnAdverb) {
  EXPECT_EQ(Tags({Token("Gondor", T::kNNP), Token("and", T::kCC), Token("Rohan", T::kNNP), Token("both", T::kDT),
                  Token("condemned", T::kVBN, TagBit(T::kVBD)), Token("Mordor", T::kNNP), Token(".", T::kPeriod)}),
            (std::vector<T>{T::kNNP, T::kCC, T::kNNP, T::kRB, T::kVBD, T::kNNP, T::kPeriod}));
}

// RuleWordBitsOf against the lists and functions it stands for, the simple
// way, on the listed words, their other cases and random words.
uint32_t SimpleRuleWordBits(std::string_view word) {
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  const auto in = [&](std::set<std::string> words) { return words.count(lower) > 0; };
  uint32_t bits = 0;
  const std::set<std::string> compass = {"north",     "south",     "east",       "west",       "northeast",  "northwest",
                                         "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"};
  if (in({"to", "not", "n't", "as", "that", "close", "north", "south", "east", "west"})) bits |= kReadByForwardRulesBit;
  if (compass.count(lower) > 0) bits |= kCompassBit;
  if (in({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"})) {
    bits |= kDemonymPrefixBit;
  }
  if (word_classes::IsNameParticle(word)) bits |= kNameParticleBit;
  if (lower == "'s") bits |= kApostropheSBit;
  if (context::IsBe(word)) bits |= kBeBit;
  if (context::IsHave(word)) bits |= kHaveBit;
  if (context::IsDo(word)) bits |= kDoBit;
  if (context::IsSubordinator(word)) bits |= kSubordinatorBit;
  if (in({"both", "all", "each"})) bits |= kFloatingQuantifierBit;
  if (in({"early", "late"})) bits |= kEarlyOrLateBit;
  return bits;
}

TEST(RuleWordBits, AgreeWithTheWordLists) {
  std::vector<std::string> words = {
      "to", "not", "n't", "as", "that", "close", "North", "south", "EAST", "west", "central", "Southeast", "de",
      "bin", "von", "'s", "'S", "is", "was", "been", "'re", "became", "has", "had", "'ve", "'d", "do", "Did",
      "said", "told", "warned", "claimed", "announced", "believed", "warns", "after", "Because", "whether",
      "both", "All", "each", "early", "Late", "the", "government", "", "a", "tos", "nott", "sai", "northern"};
  std::mt19937 random(14);
  const std::string letters = "abcdeilnorstw'ADE";
  for (int i = 0; i < 20000; ++i) {
    std::string word(1 + random() % 9, ' ');
    for (char& c : word) c = letters[random() % letters.size()];
    words.push_back(word);
  }
  for (const std::string& word : words) EXPECT_EQ(RuleWordBitsOf(word), SimpleRuleWordBits(word)) << word;
}

}  // namespace
}  // namespace khaldun::lang_internal
