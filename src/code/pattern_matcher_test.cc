// How a pattern's words meet a clause's words, on a small dictionary of its
// own: which phrase a pattern's preposition may be.
#include <string>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::Events;

// A leading "(OF ...)" is the verb's own "of" ("pulled out of"), never the
// "of" of a common noun inside another of the verb's phrases.
TEST(PatternMatcher, AnOfAfterANounInAnotherPhraseIsThatNouns) {
  const coder_test::ThreeStatesCoder code(R"(
verbs WITHDRAW [0874] petrarch2
  verb WITHDRAW
  verb +PULL_OUT
  pattern [127] * (OF DEAL)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan pulled out of the deal with India."), (Events{"PAK 127 IND"}));
  EXPECT_EQ(code("Pakistan withdrew from India under the terms of the deal."), (Events{"PAK 0874 IND"}));
  // (Past a name, an "of" may still be the verb's.)
  EXPECT_EQ(code("Pakistan pulled out on Monday of the deal with India."), (Events{"PAK 127 IND"}));
}

// An "at" phrase is where something was done, not what: "demanded at a
// meeting" is no "* MEETING".
TEST(PatternMatcher, AnAtPhraseIsTheVenue) {
  const coder_test::ThreeStatesCoder code(R"(
verbs DEMAND [100] petrarch2
  verb DEMAND
  pattern [106] * MEETING
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan demanded a meeting with India."), (Events{"PAK 106 IND"}));
  EXPECT_EQ(code("Pakistan demanded at a meeting on Monday that India pay compensation."), (Events{"PAK 100 IND"}));
}

// A day's date phrase says when: a pattern's noun and its preposition read
// past it ("imposed sanctions on Monday against India").
TEST(PatternMatcher, ADaysDatePhraseIsReadPast) {
  const coder_test::ThreeStatesCoder code(R"(
verbs IMPOSE [---] petrarch2
  verb IMPOSE
  pattern [163] * SANCTIONS (AGAINST +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan imposed sanctions on Monday against India."), (Events{"PAK 163 IND"}));
  EXPECT_EQ(code("Pakistan imposed sanctions in Kabul against India."), (Events{}));
}

// An infinitive right after a noun a rival pattern of the same root names is
// that noun's purpose: what is asked for is the noun, whichever pattern scores
// more and whichever comes first.
TEST(PatternMatcher, AnInfinitiveAfterANamedNounIsItsPurpose) {
  for (const char* order : {"  pattern [0231] * CREDIT\n  pattern [0211] * (TO IMPORT OIL)\n",
                            "  pattern [0211] * (TO IMPORT OIL)\n  pattern [0231] * CREDIT\n"}) {
    const coder_test::ThreeStatesCoder code(std::string("verbs ASK [020] petrarch2\n  verb ASK\n") + order);
    ASSERT_TRUE(code.ok()) << code.error();
    EXPECT_EQ(code("Pakistan asked India for credit to import oil."), (Events{"PAK 0231 IND"})) << order;
    // Asked to do it, the infinitive is what is asked for.
    EXPECT_EQ(code("Pakistan asked India to import oil."), (Events{"PAK 0211 IND"})) << order;
  }
}

// A unit is what its "of" phrase names: between roots, "a brigade of doctors"
// is doctors, whichever pattern comes first.
TEST(PatternMatcher, AUnitIsWhatItsOfPhraseNames) {
  for (const char* order : {"  pattern [073] * DOCTORS\n  pattern [154] * BRIGADE\n",
                            "  pattern [154] * BRIGADE\n  pattern [073] * DOCTORS\n"}) {
    const coder_test::ThreeStatesCoder code(std::string("verbs SEND [---] petrarch2\n  verb SEND\n") + order);
    ASSERT_TRUE(code.ok()) << code.error();
    EXPECT_EQ(code("Pakistan sent a brigade of 52 doctors to India."), (Events{"PAK 073 IND"})) << order;
    EXPECT_EQ(code("Pakistan sent a brigade to India."), (Events{"PAK 154 IND"})) << order;
  }
}

}  // namespace
}  // namespace khaldun
