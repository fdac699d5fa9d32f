// Coder rules about what has not happened and so is not coded: conditions
// (and whom a threat or an offer under one is aimed at),
// what is pressed for, called off, needed first, asked for, not achieved or
// only allowed, options not ruled out, what talks are about, what a document
// not issued says and what neither subject did; and what
// still is, a reaction to what was said. On the coder tests' fixture.
#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CodeWithVerbSyntax;
using coder_test::CoderTest;
using coder_test::Events;

TEST_F(CoderTest, AConditionHasNotHappened) {
  EXPECT_EQ(Code("If Pakistan attacks India, the United States will praise Afghanistan."), (Events{"USA 051 AFG"}));
  EXPECT_EQ(Code("Pakistan praised India unless Afghanistan attacked India."), (Events{"PAK 051 IND"}));
}

// A condition may hang on a participle of what waits for it.
TEST_F(CoderTest, AConditionOfAFuturesParticipleMakesItAThreat) {
  EXPECT_EQ(Code("Pakistan said it would impose restrictions on India, rising steadily until India stopped attacks."),
            (Events{"PAK 1321 IND"}));
  EXPECT_EQ(Code("Pakistan said it would impose restrictions on India, rising steadily."), (Events{"PAK 1721 IND"}));
}

// "in what X called ..." labels the deed: the deed is no speech's report, and the label codes no more than
// another's judgment of it.
TEST(CoderUnreal, ALabelOfTheDeedIsNoDeed) {
  const coder_test::ThreeStatesCoder code(R"(
actor KANDAHAR
  code AFG
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs CALL [---] petrarch2
  verb CALL
  pattern [111] * PROVOCATIVE
verbs STRIKE [---] petrarch2
  verb STRIKE {STRIKES STRUCK STRIKING}
  pattern [190] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan attacked India, in what Afghanistan called a response to provocative statements."),
            (Events{"PAK 190 IND"}));
  EXPECT_EQ(code("Pakistan attacked India, in what Afghanistan called a provocative act."),
            (Events{"PAK 190 IND", "AFG 111 PAK"}));
  EXPECT_EQ(code("Pakistan attacked India, in what Pakistani officials called a provocative act."),
            (Events{"PAK 190 IND"}));
  // A place right after the object is where it was struck.
  EXPECT_EQ(code("Pakistan struck a market in Kandahar."), (Events{"PAK 190 AFG"}));
}

// What is refused is refused even when it names no one: its rejection stands without a target.
TEST(CoderUnreal, WhatIsRefusedNamingNoOneIsRefusedAllTheSame) {
  const coder_test::ThreeStatesCoder code(R"(
verbs REFUSE [120] petrarch2
  verb REFUSE
verbs EXTEND [---] petrarch2
  verb EXTEND
  pattern [057] * DEAL
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan refused to extend the grain deal."), (Events{"PAK 127 ---"}));
  EXPECT_EQ(code("Pakistan refused to extend the grain deal with India."), (Events{"PAK 127 IND"}));
}

// A deed told as not done is no refusal of no one: "did not visit it in person" (but "will not visit" refuses).
TEST_F(CoderTest, ADeedToldAsNotDoneNamingNoOneIsNoRefusal) {
  EXPECT_TRUE(Code("Pakistan did not visit the shrine.").empty());
  EXPECT_EQ(Code("Pakistan will not visit the shrine."), (Events{"PAK 125 ---"}));
}

TEST_F(CoderTest, AThreatOrOfferIsAimedAtThePartyToItsCondition) {
  EXPECT_EQ(Code("Pakistan warned of consequences if India attacked Afghanistan."), (Events{"PAK 130 IND"}));
  EXPECT_EQ(Code("Pakistan agreed to a ceasefire unless India attacks Afghanistan."), (Events{"PAK 0356 IND"}));
  // A condition with no actor of its own leaves the threat without target.
  EXPECT_TRUE(Code("Pakistan warned of consequences if it was attacked.").empty());
  // Other codes take no target from a condition.
  EXPECT_EQ(Code("Pakistan protested if India attacked Afghanistan."), (Events{"PAK 140 ---"}));
}

TEST_F(CoderTest, AReportMadeInErrorIsNotNews) {
  EXPECT_EQ(Code("India said Pakistan called a ceasefire."), (Events{"PAK 0871 ---"}));
  // Only the statement is coded.
  EXPECT_EQ(Code("India mistakenly said Pakistan called a ceasefire."), (Events{"IND 010 PAK"}));
  EXPECT_EQ(Code("India wrongly said Pakistan called a ceasefire."), (Events{"IND 010 PAK"}));
}

TEST_F(CoderTest, AParticipleDescribingASiteIsNotNews) {
  // What the hospital is used for, not a deed of its own.
  EXPECT_EQ(coder_test::CodeWithVerbSyntax("petrarch2", "India snubbed a school sheltering Eomund."),
            (Events{"IND 163 AFG"}));
}

TEST_F(CoderTest, WhatSomeoneIsPressedToDoIsNotDone) {
  EXPECT_EQ(Code("Pakistan was pressured by India to help Afghanistan."), (Events{"IND 170 PAK"}));
  // Pressure a pattern codes as the pressing side's demand asks for the act.
  EXPECT_EQ(Code("Pakistan faces pressure from India to help Afghanistan."), (Events{"IND 103 PAK"}));
}

// What a punishment is over or for is its reason, told again, not a deed of this story.
TEST_F(CoderTest, WhatAPunishmentIsOverIsNotCoded) {
  EXPECT_EQ(Code("Pakistan imposed restrictions on India over India's attack on Afghanistan."),
            (Events{"PAK 1721 IND"}));
}

// A reported clause whose pattern names only its target, its subject ("+ * PRICE"), is the speaker's act
// on it: "will pay a heavy price" is a threat of whoever says it, or vows it.
TEST_F(CoderTest, WhoWillPayAPriceIsThreatenedByWhoeverSaysSo) {
  EXPECT_EQ(Code("India said Pakistan would pay a heavy price."), (Events{"IND 130 PAK"}));
  EXPECT_EQ(Code("India vowed that Pakistan would pay a heavy price."), (Events{"IND 130 PAK"}));
  // Not told by anyone: no event.
  EXPECT_TRUE(Code("Pakistan paid a heavy price.").empty());
}

TEST_F(CoderTest, AnIntentAskedForIsAskedForWhatItIntends) {
  // Agreeing to a ceasefire (0356) asked of Pakistan: an appeal to de-escalate.
  EXPECT_EQ(Code("India urged Pakistan to agree to a ceasefire."), (Events{"IND 0256 PAK"}));
  EXPECT_EQ(Code("India demanded that Pakistan agree to a ceasefire."), (Events{"IND 1056 PAK"}));
}

TEST_F(CoderTest, WhatIsCalledOffHasNotHappened) {
  EXPECT_TRUE(Code("Khalilzad's visit to Pakistan was postponed.", "2019-06-02").empty());
  EXPECT_EQ(Code("Khalilzad's visit to Pakistan was praised.", "2019-06-02"),
            (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
  // Phrasal verbs call off only with their particle.
  EXPECT_TRUE(Code("Khalilzad's visit to Pakistan was called off.", "2019-06-02").empty());
  EXPECT_TRUE(Code("Talks between Pakistan and India were put off.").empty());
  EXPECT_EQ(Code("Khalilzad's visit to Pakistan was called historic.", "2019-06-02"),
            (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
}

// What a modifier says is only possible or to come has not happened either.
TEST_F(CoderTest, APossibleOrPlannedEventHasNotHappened) {
  EXPECT_EQ(Code("Khalilzad's visit to Pakistan was praised.", "2019-06-02"),
            (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
  EXPECT_TRUE(Code("Khalilzad's possible visit to Pakistan was praised.", "2019-06-02").empty());
  EXPECT_TRUE(Code("Khalilzad's planned visit to Pakistan was praised.", "2019-06-02").empty());
}

TEST_F(CoderTest, WhatMustHappenFirstHasNotHappened) {
  EXPECT_EQ(Code("India praised Pakistan, and it will not attack Kabul until Afghanistan attacks India."),
            (Events{"IND 051 PAK"}));
  // So is a past that a future told in the past waits for; a past that
  // ended a past did happen.
  EXPECT_TRUE(Code("India said it would not praise Pakistan until Afghanistan attacked the Taliban.").empty());
  EXPECT_EQ(Code("India negotiated until Afghanistan attacked the Taliban."), (Events{"AFG 190 AFGINS"}));
  // A present after "before" has not happened yet.
  EXPECT_EQ(Code("The statement comes a day before Afghanistan attacks the Taliban."), (Events{}));
  EXPECT_EQ(Code("The statement came a day after Afghanistan attacked the Taliban."), (Events{"AFG 190 AFGINS"}));
  // So is a gerund after "before" that a future or a plan waits for; not one a past follows.
  EXPECT_EQ(Code("Before attacking the Taliban, Afghanistan will praise Pakistan."), (Events{"AFG 051 PAK"}));
  EXPECT_EQ(Code("Before attacking the Taliban, Afghanistan was scheduled to praise Pakistan."),
            (Events{"AFG 051 PAK"}));
  EXPECT_EQ(Code("Before attacking the Taliban, Afghanistan praised Pakistan."),
            (Events{"AFG 190 AFGINS", "AFG 051 PAK"}));
}

// A relative clause of what would, could or might be has not happened;
// one of what was done has.
TEST_F(CoderTest, ARelativeClauseOfWhatCouldBeHasNotHappened) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed India, which would kill Eomund."),
            (Events{"PAK 163 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed India, which killed Eomund."),
            (Events{"PAK 163 IND", "IND 1823 AFG"}));
}

TEST_F(CoderTest, ANominalEventAskedForHasNotHappened) {
  EXPECT_EQ(Code("Pakistan urged a parley between India and Afghanistan."), (Events{"PAK 020 IND", "PAK 020 AFG"}));
  // Praised, it had.
  EXPECT_EQ(Code("Pakistan praised a parley between India and Afghanistan."),
            (Events{"PAK 051 IND", "PAK 051 AFG", "IND 040 AFG", "AFG 040 IND"}));
  // What went on meanwhile has happened, whatever the clause it dates.
  EXPECT_EQ(Code("Pakistan agreed to praise India during the parley between Afghanistan and India."),
            (Events{"PAK 032 IND", "AFG 040 IND", "IND 040 AFG"}));
}

TEST_F(CoderTest, ANominalEventDueToHappenHasNotHappened) {
  EXPECT_TRUE(Code("Pakistan's attack on India was due to begin on Monday.").empty());
  EXPECT_TRUE(Code("Pakistan's attack on India is expected to begin on Monday.").empty());
  EXPECT_EQ(Code("Pakistan's attack on India began on Monday."), (Events{"PAK 190 IND"}));
}

TEST_F(CoderTest, WhatWasNotAchievedDidNotHappen) {
  EXPECT_TRUE(Code("Pakistan failed to praise India.").empty());
  // A failed attack was still an attack.
  EXPECT_EQ(Code("Pakistan failed to fight India."), (Events{"PAK 190 IND"}));
}

TEST_F(CoderTest, AnOptionNotRuledOutIsWeighed) {
  // Force kept open is a threat, not an attack; nor is it a rejection.
  EXPECT_EQ(Code("Pakistan did not rule out attacking India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistan refused to rule out attacking India."), (Events{"PAK 138 IND"}));
  // An exclusion not made keeps open what it would have rejected.
  EXPECT_EQ(Code("Pakistan ruled out talks with India."), (Events{"PAK 125 IND"}));
  EXPECT_EQ(Code("Pakistan has not ruled out talks with India."), (Events{"PAK 036 IND"}));
  // What others may do is speculation.
  EXPECT_TRUE(Code("Pakistan did not rule out that the Taliban would attack India.").empty());
}

// What a warning reports may happen is threatened, as what it says will
// happen is; said alone, it is speculation.
TEST_F(CoderTest, APossibilityWarnedOfIsThreatened) {
  EXPECT_EQ(Code("Pakistan warned that it could attack India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistan warned that it would attack India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistan said it could attack India."), (Events{}));
}

TEST_F(CoderTest, AnIngClauseAfterOnIsWhatTalksAreAbout) {
  EXPECT_EQ(Code("Pakistan met on ending the war in Afghanistan."), (Events{}));
}

// What talks, a summit or a deal are about is not done: a gerund after
// "on", "about" or "over" such a noun.
TEST_F(CoderTest, TheTopicOfAMeetingIsNoDeed) {
  EXPECT_EQ(Code("Pakistan signed a deal with India on attacking Afghanistan."), (Events{}));
  // Past phrases of place and time too.
  EXPECT_EQ(Code("Pakistan signed a deal in Kabul on Tuesday on attacking India."), (Events{}));
  // And what a plan is for.
  const coder_test::ThreeStatesCoder code(R"(
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan met India on a plan for attacking Afghanistan."),
            (Events{"PAK 040 IND"}));
}

// A reaction set off by a comma is to what was done or said, even after an
// aim that was not: the refusal drew the criticism.
TEST_F(CoderTest, AReactionAfterAnAimIsToTheDeed) {
  EXPECT_EQ(Code("Pakistan refused to rule out sending troops to take control of Kabul, drawing criticism from "
                 "Afghanistan."),
            (Events{"AFG 111 PAK"}));
}

// What someone is allowed to do has not happened yet.
TEST_F(CoderTest, WhatIsAllowedIsNotDone) {
  EXPECT_EQ(Code("Pakistan allowed India to attack Afghanistan."), (Events{"PAK 080 IND"}));
}

TEST_F(CoderTest, WhatADocumentNotIssuedSaysHasNotHappened) {
  EXPECT_EQ(Code("Pakistan failed to adopt a resolution urging India to negotiate."), (Events{}));
  EXPECT_EQ(Code("Pakistan adopted a resolution urging India to negotiate."), (Events{"PAK 026 IND"}));
  // (Several documents speak for who issued them as one does.)
  EXPECT_EQ(Code("Pakistan adopted resolutions urging India to negotiate."), (Events{"PAK 026 IND"}));
  // Nor one voted against, or not voted for.
  EXPECT_EQ(Code("Pakistan voted for a resolution urging India to negotiate."), (Events{"PAK 026 IND"}));
  EXPECT_EQ(Code("Pakistan voted against a resolution urging India to negotiate."), (Events{}));
  EXPECT_EQ(Code("Pakistan did not vote for a resolution urging India to negotiate."), (Events{}));
}

TEST_F(CoderTest, WhatNeitherDidIsNotDone) {
  EXPECT_EQ(Code("Neither Pakistan nor India attacked Afghanistan."), (Events{}));
  EXPECT_EQ(Code("Neither Pakistan nor India voted for a resolution urging Afghanistan to negotiate."), (Events{}));
}

// What a verb of avoiding governs has not happened, active or passive.
TEST_F(CoderTest, WhatIsAvoidedHasNotHappened) {
  EXPECT_EQ(Code("Pakistan praised India to avoid attacking Afghanistan."), (Events{"PAK 051 IND"}));
  EXPECT_EQ(Code("Pakistan withdrew from Kabul to avoid being attacked by India."), (Events{"PAK 0874 AFG"}));
}

// What a negated verb that codes nothing governs was not done, unless the
// negation affirms it ("did not hesitate to").
TEST_F(CoderTest, WhatANegatedVerbGovernsWasNotDone) {
  EXPECT_EQ(Code("Pakistan did not try to attack India."), (Events{}));
  EXPECT_EQ(Code("Pakistan said it was not trying to attack India."), (Events{}));
  EXPECT_EQ(Code("Pakistan did not hesitate to attack India."), (Events{"PAK 190 IND"}));
}

// A deed a date recalls is history: "the anniversary of the invasion".
TEST_F(CoderTest, ADeedAnAnniversaryRecallsIsNotNews) {
  EXPECT_EQ(Code("Khalilzad spoke on the anniversary of his visit to Pakistan."), (Events{}));
  EXPECT_EQ(Code("Khalilzad spoke during his visit to Pakistan."), (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
}

// What has yet to happen, and what a question asks about, have not happened.
TEST_F(CoderTest, WhatIsYetToHappenOrAskedAboutHasNotHappened) {
  EXPECT_EQ(Code("Pakistan has yet to attack India."), (Events{}));
  EXPECT_EQ(Code("Pakistan asked whether India would attack Afghanistan."), (Events{}));
  EXPECT_EQ(Code("Pakistan wondered whether India attacked Afghanistan."), (Events{}));
  // Nor has what is planned or due ("is to").
  EXPECT_EQ(Code("Pakistan is to attack India."), (Events{}));
  EXPECT_EQ(Code("Pakistan was to attack India."), (Events{}));
  EXPECT_EQ(Code("Pakistan is due to attack India."), (Events{}));
}

// A naming verb that judges talks ("called talks with X \"not smart\"")
// does not call for them.
TEST(CoderUnreal, TalksANamingVerbJudgesAreNotCalledFor) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
verbs CALL [---] petrarch2
  verb CALL {CALLS CALLED CALLING}
  pattern [026] * TALKS
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan called talks with India \"not smart\"."), (Events{}));
  EXPECT_EQ(code("Pakistan called talks with India pointless."), (Events{}));
  EXPECT_EQ(code("Pakistan called talks with India a waste of time."), (Events{}));
  // Without a judgment after them, the talks are what is called.
  EXPECT_EQ(code("Pakistan called talks with India on Monday."), (Events{"PAK 026 IND"}));
}

// What happened a span of weeks, months or years before is background.
TEST_F(CoderTest, WhatHappenedMonthsBeforeIsBackground) {
  EXPECT_EQ(coder_test::CodeWithVerbSyntax("petrarch2", "Pakistan praised India a year after India killed Eomund."),
            (Events{"PAK 051 IND"}));
  EXPECT_EQ(coder_test::CodeWithVerbSyntax("petrarch2", "Pakistan praised India after India killed Eomund."),
            (Events{"PAK 051 IND", "IND 1823 AFG"}));
  // So is what a first, a last or a superlative is reckoned from.
  EXPECT_EQ(Code("Pakistan and India held a meeting since Afghanistan attacked India."), (Events{"AFG 190 IND"}));
  EXPECT_TRUE(Code("Pakistan and India held their first meeting since Afghanistan attacked India.").empty());
  EXPECT_TRUE(Code("Pakistan and India held the largest meeting since Afghanistan attacked India.").empty());
  // And what a perfect is reckoned from.
  EXPECT_EQ(coder_test::CodeWithVerbSyntax("petrarch2", "Pakistan has praised India since India killed Eomund."),
            (Events{"PAK 051 IND"}));
  // A deed a noun tells weeks before is background too.
  EXPECT_EQ(Code("Pakistan praised India, six weeks after India's attack on Afghanistan."), (Events{"PAK 051 IND"}));
  EXPECT_EQ(Code("Pakistan praised India after India's attack on Afghanistan."),
            (Events{"PAK 051 IND", "IND 190 AFG"}));
}

// "offered to halt attacks and to open talks": an infinitive joined to
// another is, as the first is, what the verb governing both intends or
// refuses, not a deed done; what that verb coded of the first stays.
TEST_F(CoderTest, AnInfinitiveJoinedToAnotherIsUnderTheSameVerb) {
  EXPECT_EQ(Code("Pakistan agreed to withdraw and to negotiate with India."), (Events{"PAK 036 IND"}));
  EXPECT_EQ(Code("Pakistan refused to attack India or to negotiate with Afghanistan."),
            (Events{"PAK 120 IND", "PAK 125 AFG"}));
  // So is a bare verb joined to a that-clause's: what is asked for.
  EXPECT_EQ(Code("Pakistan asked that India reconsider and praise the Afghan government."), (Events{"PAK 022 IND"}));
  // Or to a report's: what a speaker says it would do is its intention.
  EXPECT_EQ(Code("Pakistan said it would reconsider and attack the Afghan government."), (Events{"PAK 138 AFGGOV"}));
}

// An event a clause only supposes has not happened: an indefinite subject of
// "would", "could", "might" or "may".
TEST_F(CoderTest, AnEventOnlySupposedIsNotCoded) {
  EXPECT_EQ(Code("A Pakistani attack on India would be a disaster."), (Events{}));
  EXPECT_EQ(Code("A Pakistani attack on India was a disaster."), (Events{"PAK 190 IND"}));
  // So is any event with "any" or "no", wherever it stands.
  EXPECT_EQ(Code("Any Pakistani attack on India was a disaster."), (Events{}));
  EXPECT_EQ(Code("No Pakistani attack on India took place."), (Events{}));
}

// A gerund right after a rejection's verb is what is rejected, not done.
TEST_F(CoderTest, WhatIsRuledOutIsRejectedNotDone) {
  EXPECT_EQ(Code("Pakistan ruled out negotiating with India."), (Events{"PAK 125 IND"}));
}

}  // namespace
}  // namespace khaldun
