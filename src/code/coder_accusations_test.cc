// Coder rules for reports of violence: saying another did it accuses the
// doer (112), claiming one's own claims responsibility (015), on the coder
// tests' fixture. Accusations a pattern names ("accused India of shelling")
// are in coder_rules_test.cc. A report of a visit to come is its plan
// whoever reports it.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CoderTest;
using coder_test::Events;

TEST_F(CoderTest, SayingAnotherDidViolenceAccusesIt) {
  EXPECT_EQ(Code("Afghanistan said Pakistan attacked India."), (Events{"AFG 112 PAK", "PAK 190 IND"}));
  // A report credited after it is told names its source, as wire copy
  // does; it charges no one.
  EXPECT_EQ(Code("Pakistan attacked India, Afghanistan said."), (Events{"PAK 190 IND"}));
  // Each doer the report names is charged.
  EXPECT_EQ(Code("Afghanistan said Pakistan and the Taliban attacked India."),
            (Events{"AFG 112 PAK", "PAK 190 IND", "AFGINS 190 IND", "AFG 112 AFGINS"}));
  EXPECT_EQ(Code("Pakistan attacked India on Monday, Afghanistan said on Tuesday."), (Events{"PAK 190 IND"}));
  // Claiming one's own is claiming responsibility, aimed at the victim.
  EXPECT_EQ(Code("Pakistan claimed it attacked India."), (Events{"PAK 015 IND", "PAK 190 IND"}));
  // So is claiming "to have" done it.
  EXPECT_EQ(Code("Pakistan claimed to have attacked India."), (Events{"PAK 015 IND", "PAK 190 IND"}));
  // Each victim of one's own deed is claimed.
  EXPECT_EQ(Code("Pakistan claimed it attacked India and Afghanistan."),
            (Events{"PAK 015 IND", "PAK 190 IND", "PAK 190 AFG", "PAK 015 AFG"}));
  // Not what is still to come, nor a state's own organs.
  const Events future = Code("Afghanistan said Pakistan will attack India.");
  EXPECT_EQ(std::count(future.begin(), future.end(), "AFG 112 PAK"), 0);
  EXPECT_EQ(Code("Pakistani officials said Pakistani soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
  // Nor witnesses, who report: civilians, police, teachers, doctors, journalists.
  EXPECT_EQ(Code("Afghan civilians said Pakistan attacked India."), (Events{"PAK 190 IND"}));
  // Arming the speaking state's own rebels is hostile too; arming others is not.
  EXPECT_EQ(Code("Afghanistan said Pakistan provided weapons to Afghan insurgents."),
            (Events{"AFG 112 PAK", "PAK 072 AFGINS"}));
  EXPECT_EQ(Code("India said Pakistan provided weapons to Afghan insurgents."), (Events{"PAK 072 AFGINS"}));
}

TEST_F(CoderTest, AVisitToComeIsPlannedWhoeverAnnouncesIt) {
  // The visitor's own state announcing it, or the host's, or another's: the visitor intends to meet (036), and
  // the host hosts nothing yet.
  EXPECT_EQ(Code("Pakistan will visit India, Pakistan said."), (Events{"PAK 036 IND"}));
  EXPECT_EQ(Code("Pakistan will visit India, India said."), (Events{"PAK 036 IND"}));
  EXPECT_EQ(Code("Pakistan will visit India, Afghanistan said."), (Events{"PAK 036 IND"}));
  // What was done is reported as done.
  EXPECT_EQ(Code("Pakistan visited India, Afghanistan said."), (Events{"PAK 042 IND", "IND 043 PAK"}));
}

TEST_F(CoderTest, ItAimedAtInWhatAStateSaysIsTheStateAccusing) {
  // "it" after "at" is the speaker, and the statement that named no one
  // until then accuses the doer.
  EXPECT_EQ(Code("India said rockets were fired at it from Pakistan."), (Events{"PAK 194 IND", "IND 112 PAK"}));
  EXPECT_EQ(Code("India said Pakistan lobbed shells at it."), (Events{"IND 112 PAK", "PAK 190 IND"}));
  // Not in what a person says: "it" is then something else, so only the
  // accusation is coded.
  EXPECT_EQ(Code("Imran Khan said rockets were fired at it from Afghanistan."), (Events{"PAKGOV 112 AFG"}));
}

TEST(CoderAccusations, AClaimIsAimedAtWhomTheClaimedDeedStruck) {
  coder_test::ThreeStatesCoder code(R"(
actor GONDOR_FRONT
  code INDINS
agent ~CVL CIVILIAN
verbs CLAIM [010] petrarch2
  verb CLAIM
  pattern [015] * RESPONSIBILITY
verbs KILL [190] petrarch2
  verb KILL
  pattern [190] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The Gondor Front claimed responsibility for the bombing that killed Afghan civilians."),
            (Events{"INDINS 015 AFGCVL", "INDINS 190 AFGCVL"}));
}

// An accusation whose "of" clause (or the purpose the parse hung on it)
// names a crime of gain is one of crime (1121).
TEST(CoderAccusations, AnAccusationOfACrimeOfGainIs1121) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ACCUSE [112] petrarch2
  verb ACCUSE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan accused India of bribing officials."), (Events{"PAK 1121 IND"}));
  EXPECT_EQ(code("Pakistan accused India of spending hundreds of millions to buy votes."),
            (Events{"PAK 1121 IND"}));
  EXPECT_EQ(code("Pakistan accused India of buying time."), (Events{"PAK 112 IND"}));
}

// The gerund's charge holds where the parse first hung it on a relative clause
// of the accused, and its victim is not the accused.
TEST(CoderAccusations, AChargePastARelativeClauseIsTheAccusations) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ACCUSE [112] petrarch2
  verb ACCUSE
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan accused the Indian government that rules the region of attacking an army base."),
            (Events{"PAK 1123 IND"}));
  // What the charge alleges names the victim, never whom it charges.
  EXPECT_EQ(code("Pakistan accused the group that rules the region of attacking India."), (Events{}));
}

// Carrying out strikes or raids is aggression (1123); blame laid on a bare
// thing blames no one, though the clause above struck someone.
TEST(CoderAccusations, StrikesCarriedOutAreAggressionAndBlameOnAThingIsNoAccusation) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ACCUSE [112] petrarch2
  verb ACCUSE
  verb BLAME
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan accused India of carrying out air strikes."), (Events{"PAK 1123 IND"}));
  EXPECT_EQ(code("Pakistan attacked India, blaming human error."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(code("Pakistan attacked India, blaming the government."), (Events{"PAK 190 IND", "PAK 112 IND"}));
}

}  // namespace
}  // namespace khaldun
