// Coder rules that tie one clause of a sentence to another: a passive's
// subject holding a pattern's words, reactions and retaliations aimed at
// the doer before, vows, threats and promised responses, appeals and their
// infinitives, participles after a comma, and what goes on during another
// event. Rules within one phrase or actor are in coder_rules_test.cc.
#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CodeWithVerbSyntax;
using coder_test::CoderTest;
using coder_test::Events;

// A passive's subject is the active's object: the pattern's words may lie
// there ("a ceasefire was called" reads "CALL * &CEASEFIRE"); the "by"
// agent is the source and whom the active would aim it at the target.
TEST_F(CoderTest, APassiveSubjectHoldsThePatternsWords) {
  EXPECT_EQ(Code("A ceasefire with India was called by Pakistan."), (Events{"PAK 0871 IND"}));
  EXPECT_EQ(Code("A ceasefire with India was called by Pakistan."), Code("Pakistan called a ceasefire with India."));
  // The pattern's target in the verb's own phrase after it.
  EXPECT_EQ(Code("Talks were held with India by Pakistan."), (Events{"PAK 040 IND"}));
  EXPECT_EQ(Code("Talks with India should be held by Pakistan."), Code("Pakistan should hold talks with India."));
  // When the verb only carries out the deed its pattern names ([---]), the
  // people the deed names are no more its target than in the active.
  EXPECT_EQ(Code("Afghan prisoners were exchanged with India by Pakistan."),
            Code("Pakistan exchanged Afghan prisoners with India."));
  EXPECT_FALSE(Code("Afghan prisoners were exchanged with India by Pakistan.").empty());
  // With the state's emergency rule: the deed falls on the state's country.
  EXPECT_EQ(Code("An emergency was declared by Pakistan's government."), (Events{"PAKGOV 1724 PAK"}));
  // No doer named: no event; one named "by" a phrase of the verb is no
  // victim's ("with India" is whom the ceasefire is with).
  EXPECT_TRUE(Code("A ceasefire was called with India.").empty());
  // "no" before the pattern's words negates the deed, as "did not" does.
  EXPECT_EQ(Code("No ceasefire with India was called by Pakistan."), (Events{"PAK 1246 IND"}));
  EXPECT_EQ(Code("No ceasefire with India was called by Pakistan."),
            Code("Pakistan did not call a ceasefire with India."));
  // Those a deed is laid on are not its doers.
  EXPECT_TRUE(Code("Restrictions were imposed on Afghan civilians.").empty());
  EXPECT_EQ(Code("Pakistan praised restrictions imposed on Afghan civilians."), (Events{"PAK 051 AFGCVL"}));
  // Ordinary passives stay as they were.
  EXPECT_EQ(Code("Afghan civilians were killed by Pakistani soldiers."), (Events{"PAKMIL 1823 AFGCVL"}));
  EXPECT_EQ(Code("India was praised by Pakistan."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, ASentenceFinalWhichClauseReactsToTheDoer) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed the group, which India deplored."),
            (Events{"IND 111 PAK"}));
  // "which" may be India there.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed India, which Eomund deplored."),
            (Events{"PAK 163 IND"}));
  // What the clause calls the deed is no object of its own.
  EXPECT_EQ(Code("Pakistan snubbed the group, which India called a provocation."), (Events{"IND 111 PAK"}));
  // A report of what it is reacts; one of a fact of it answers no one.
  EXPECT_EQ(Code("Pakistan attacked the town, which India said was illegal."), (Events{"IND 010 PAK"}));
  EXPECT_TRUE(Code("Pakistan attacked the town, which India said had destroyed homes.").empty());
}

// A deed or a court's doing opened by "a" after a preposition takes a
// relative clause without "that", which reacts to the deed's doer ("in a
// trial Washington denounced as a sham").
TEST_F(CoderTest, ARelativeWithoutThatAfterADeedInAPhraseReactsToTheDoer) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed Eomund in a trial India deplored."),
            (Events{"PAK 163 AFG", "IND 111 PAK"}));
}

// "which in return", "who in turn": the bare phrase between the relative
// pronoun and its verb is no subject.
TEST_F(CoderTest, ABarePhraseAfterWhichIsNoSubject) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed India, which in return deplored Eomund."),
            (Events{"PAK 163 IND", "IND 111 AFG"}));
}

TEST_F(CoderTest, ADeedWordNamingPeopleNamesTheVictims) {
  // "* PRISONERS" reads the object; the prisoners are still whom it harms.
  EXPECT_EQ(Code("The Taliban held Pakistani prisoners in Kabul."), (Events{"AFGINS 181 PAKCVL"}));
  // Hostages a country's soldiers hold are the other country's.
  EXPECT_EQ(Code("India said Pakistani soldiers held hostages."), (Events{"IND 112 PAKMIL", "PAKMIL 181 INDCVL"}));
}

// To say another did genocide, war crimes, crimes against humanity or
// ethnic cleansing is to accuse it of war crimes.
TEST_F(CoderTest, ReportedGenocideIsAnAccusationOfWarCrimes) {
  EXPECT_EQ(Code("India said Pakistani soldiers attacked Afghanistan in a campaign of genocide."),
            (Events{"IND 1124 PAKMIL", "PAKMIL 190 AFG"}));
  EXPECT_EQ(Code("India said Pakistani soldiers attacked Afghanistan."), (Events{"IND 112 PAKMIL", "PAKMIL 190 AFG"}));
}

// A report that only tells what someone is reads as the speech verb's own
// words: "said X was responsible" claims (of itself) or accuses (another).
TEST(CoderReports, WhatAReportSaysSomeoneIsIsTheSpeechVerbsPattern) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
verbs SAY [010] petrarch2
  verb SAY {SAYS SAID SAYING}
  pattern [015] * RESPONSIBLE
  pattern [016] * (NOT RESPONSIBLE)
  pattern [111] * UNACCEPTABLE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan said India was responsible for the attack."), (Events{"PAK 112 IND"}));
  EXPECT_EQ(code("Pakistan said India may have been responsible for the attack."), (Events{"PAK 112 IND"}));
  EXPECT_EQ(code("Pakistan said India was not responsible for the attack."), (Events{"PAK 016 IND"}));
  EXPECT_EQ(code("Pakistan said India's move was unacceptable."), (Events{"PAK 111 IND"}));
  // Not what is to come: "would be responsible" warns.
  EXPECT_EQ(code("Pakistan said India would be responsible for any escalation."), (Events{"PAK 010 IND"}));
}

// A concession that names no one is made to whom the participle after it
// bows, and not also to no one; the plain yielding only says so again.
TEST(CoderReports, AConcessionIsMadeToWhomTheParticipleBows) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
agent ~GOV LEADER
verbs YIELD [080] petrarch2
  verb +BOW_TO
verbs RESIGN [0831] petrarch2
  verb RESIGN
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("The Pakistani leader resigned on Monday, bowing to pressure from India."),
            (Events{"PAKGOV 0831 IND"}));
  // With no one to bow to, an officeholder's resignation stands alone; a people's leaves no event.
  EXPECT_EQ(code("The Pakistani leader resigned on Monday."), (Events{"PAKGOV 0831 ---"}));
  EXPECT_TRUE(code("The Pakistanis resigned on Monday.").empty());
}

// An intention whose own pattern says more of the same kind than what its
// purpose infinitive intends keeps its own code, aimed where that says.
TEST(CoderReports, AnIntentionsOwnMoreSpecificCodeBeatsItsPurpose) {
  const coder_test::ThreeStatesCoder code(R"(
verbs APPROVE [051] petrarch2
  verb APPROVE
  pattern [0331] * LOAN
verbs HELP [070] petrarch2
  verb HELP
verbs VOW [030] petrarch2
  verb VOW {VOWS VOWED VOWING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("India approved a loan to help Pakistan."), (Events{"IND 0331 PAK"}));
  // A bare intention is what it intends.
  EXPECT_EQ(code("India vowed to help Pakistan."), (Events{"IND 033 PAK"}));
}

// Who did the deed claimed is no target of the claim.
TEST(CoderReports, AClaimIsNotAimedAtWhoDidTheDeed) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
actor TALIBAN
  code AFGINS
agent ~UAF GUNMAN
agent ~MIL SOLDIER
verbs CLAIM [010] petrarch2
  verb CLAIM
  pattern [015] * RESPONSIBILITY
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  const char* sentence = "The Taliban claimed responsibility for an attack by Indian gunmen on Pakistani soldiers.";
  EXPECT_EQ(coder_test::CodeTriples(coder.value(), sentence), (Events{"AFGINS 015 PAKMIL"}));
}

// What an intention or a prospect is of is not done; a participle after the
// comma is still the speaker's own next deed.
TEST(CoderReports, WhatAnIntentionIsOfIsNotDone) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
verbs MEET [040] petrarch2
  verb +SIT_DOWN_WITH {+SITS_DOWN_WITH +SAT_DOWN_WITH +SITTING_DOWN_WITH}
verbs REJECT [120] petrarch2
  verb DISMISS {DISMISSES DISMISSED DISMISSING}
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan said it had no intention of ever sitting down with India, dismissing India's offer."),
            (Events{"PAK 120 IND"}));
  EXPECT_EQ(code("Pakistan said it was sitting down with India."), (Events{"PAK 040 IND"}));
}

// A deed of force that names only what was fired is aimed at whom the verb
// joined to it aims its own; not a place stormed first.
TEST(CoderReports, WhatWasFiredIsAimedAtTheJoinedVerbsTarget) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
agent ~COP POLICE
agent ~OPP PROTESTER
verbs FIRE [---] petrarch2
  verb FIRE
  pattern [175] * (TEAR GAS)
verbs STORM [190] petrarch2
  verb STORM
verbs ARREST [173] petrarch2
  verb ARREST
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani police fired tear gas and arrested dozens of protesters."),
            (Events{"PAKCOP 173 PAKOPP", "PAKCOP 175 PAKOPP"}));
  EXPECT_EQ(code("Pakistani police stormed a plane and arrested dozens of protesters."),
            (Events{"PAKCOP 173 PAKOPP"}));
}

TEST_F(CoderTest, WhatAVerbCallsItsObjectIsInItsClause) {
  EXPECT_EQ(Code("Pakistan called India's decision illegal."), (Events{"PAK 111 IND"}));
}

TEST_F(CoderTest, WhoTakesPartInAnEventIsItsDoer) {
  EXPECT_EQ(Code("Pakistan took part in an attack on India."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(Code("Pakistan and Afghanistan took part in an attack on India."),
            (Events{"PAK 190 IND", "AFG 190 IND"}));
  // Not one who only speaks of it.
  EXPECT_TRUE(Code("Pakistan spoke about an attack on India.").empty());
}

TEST_F(CoderTest, AVisitInATimePhraseIsTheSubjectsWhenTheClauseCodesNothing) {
  EXPECT_EQ(Code("Pakistan spoke during a visit to India."), (Events{"PAK 042 IND", "IND 043 PAK"}));
  // The clause's own event is the one recorded.
  EXPECT_EQ(Code("Pakistan praised Afghanistan during a visit to India."), (Events{"PAK 051 AFG"}));
}

TEST_F(CoderTest, WhatARejectionsTimePhraseNamesHappened) {
  EXPECT_EQ(Code("Pakistan refused India's plan during India's visit to Afghanistan."),
            (Events{"PAK 120 IND", "IND 042 AFG", "AFG 043 IND"}));
}

TEST_F(CoderTest, AStateTakenOutOfSomethingIsNotWhatItLeaves) {
  EXPECT_EQ(Code("The Pakistani government extracted Pakistan from ECOWAS."), (Events{"PAKGOV 160 IGOWAFWAS"}));
}

TEST_F(CoderTest, WhatGoesOnDuringAnotherEventNamesNoParty) {
  EXPECT_EQ(Code("Pakistani soldiers attacked during a visit to India."), (Events{}));
}

TEST_F(CoderTest, PartiesCooperatingNearAPlaceCooperateWithEachOther) {
  EXPECT_EQ(Code("Pakistan and India agreed near Afghanistan."), (Events{"PAK 030 IND", "IND 030 PAK"}));
}

TEST_F(CoderTest, ABareToPhraseGivesWayToTheInfinitivesPattern) {
  // "* (TO +)" read "to Afghanistan", the infinitive's own phrase.
  EXPECT_EQ(Code("Pakistan vowed to provide relief to Afghanistan."), (Events{"PAK 0333 AFG"}));
}

TEST_F(CoderTest, WhatTheDoerSaidItHitNamesTheTarget) {
  EXPECT_EQ(Code("Pakistani soldiers attacked what they said were camps in India."), (Events{"PAKMIL 190 IND"}));
}

TEST_F(CoderTest, ABareParticipleDeniesNoResponsibility) {
  // "disputed" is a participle before "shoal", which the lexicon knows only as a verb.
  EXPECT_TRUE(Code("Pakistani soldiers rammed a boat near a disputed shoal.").empty());
}

TEST_F(CoderTest, AReactionToTheMoveIsAimedAtWhoeverMadeIt) {
  EXPECT_EQ(Code("India attacked Pakistan, and Afghanistan praised the move."),
            (Events{"IND 190 PAK", "AFG 051 IND"}));
  EXPECT_EQ(Code("India attacked Pakistan, and the move was praised by Afghanistan."),
            (Events{"IND 190 PAK", "AFG 051 IND"}));
  // So are an incident and drills.
  EXPECT_EQ(Code("India attacked Pakistan, and Afghanistan praised the incident."),
            (Events{"IND 190 PAK", "AFG 051 IND"}));
  // And a threat or a warning, even one whose clause codes nothing.
  EXPECT_EQ(Code("India said it might attack Pakistan, and Afghanistan praised the threat."),
            (Events{"AFG 051 IND"}));
  // Set off by a comma, "a move" is the deed before it; its "by" phrase
  // names who reacts, not whom the refusal was aimed at.
  EXPECT_EQ(Code("India refused, a move praised by Afghanistan."), (Events{"AFG 051 IND"}));
  // So after "in": ", in an attack that ...".
  EXPECT_EQ(Code("India refused, in a move that Afghanistan praised."), (Events{"AFG 051 IND"}));
  // So without "that": ", a move Afghanistan praised".
  EXPECT_EQ(Code("India refused, a move Afghanistan praised."), (Events{"AFG 051 IND"}));
  // An investigation, a crackdown or an offensive is a deed too.
  EXPECT_EQ(Code("India refused, in an investigation that Afghanistan praised."), (Events{"AFG 051 IND"}));
  // And with a relative clause of its own, without a comma.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India praised Pakistan in a move that Eomund praised."),
            (Events{"IND 051 PAK", "AFG 051 IND"}));
  // A pronoun standing for the reacting actor is its own, not a target
  // that would keep the doer from being one.
  EXPECT_EQ(Code("India refused, a move the Afghan government praised as an obstacle to rebuilding its army."),
            (Events{"AFGGOV 051 IND"}));
  // A deed that does something stands for its doer: a move or a trip
  // that drew criticism drew it on whoever made it.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India killed Pakistan, a move that drew criticism from Eomund."),
            (Events{"IND 1823 PAK", "AFG 111 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India killed Pakistan, a trip that drew criticism from Eomund."),
            (Events{"IND 1823 PAK", "AFG 111 IND"}));
  // Who claims a deed is not aimed at its doer.
  EXPECT_EQ(Code("India refused, a move admitted by Afghanistan."), (Events{}));
  // Anything else is aimed at no one the clause names.
  EXPECT_EQ(Code("India attacked Pakistan, and Afghanistan praised the plan."), (Events{"IND 190 PAK"}));
  EXPECT_EQ(Code("Afghanistan praised the move."), (Events{}));
}

TEST_F(CoderTest, AnAgreementIsAnEventWhateverItIsAbout) {
  EXPECT_EQ(Code("Pakistan and India agreed to build a road."), (Events{"PAK 030 IND", "IND 030 PAK"}));
  EXPECT_EQ(Code("Pakistan agreed to build a road with India."), (Events{"PAK 030 IND"}));
  // A bare intention whose content codes nothing is none.
  EXPECT_EQ(Code("Pakistan and India intended to build a road."), (Events{}));
}

TEST_F(CoderTest, WhatFollowsTalksIsWithTheirPartner) {
  EXPECT_EQ(Code("Pakistan met India and agreed to end hostilities."), (Events{"PAK 040 IND", "PAK 036 IND"}));
  EXPECT_EQ(Code("Pakistan met India and agreed to build a road."), (Events{"PAK 040 IND", "PAK 030 IND"}));
}

TEST_F(CoderTest, ADeedThatIsItsClausesSubjectIsThatClausesEvent) {
  EXPECT_EQ(Code("A Pakistani attack on Kabul lobbed shells at Afghan soldiers."), (Events{"PAK 190 AFGMIL"}));
  // A deed of another kind is one more event.
  EXPECT_EQ(Code("A Pakistani attack on Kabul killed Afghan soldiers."), (Events{"PAK 1823 AFGMIL", "PAK 190 AFG"}));
}

TEST_F(CoderTest, MoreHostilityIsAimedAtWhomTheClauseBeforeWas) {
  EXPECT_EQ(Code("Pakistan warned India and summoned an envoy."), (Events{"PAK 130 IND", "PAK 114 IND"}));
  // Not after friendly words.
  EXPECT_EQ(Code("Pakistan praised India and summoned an envoy."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, ARetaliationIsAimedAtTheDoerBefore) {
  EXPECT_EQ(Code("India attacked Pakistan, and Pakistan retaliated."), (Events{"IND 190 PAK", "PAK 190 IND"}));
}

TEST_F(CoderTest, AGroupsEnvoysVisitWhereItsFightersWouldDeploy) {
  EXPECT_EQ(Code("Taliban negotiators visited Pakistan."), (Events{"AFGINS 042 PAK", "PAK 043 AFGINS"}));
  EXPECT_EQ(Code("Pakistani soldiers visited India."), (Events{}));
}

TEST_F(CoderTest, EveryNationalityOfAListSharesTheHead) {
  EXPECT_EQ(Code("Pakistani, Afghan and Saudi soldiers praised India."),
            (Events{"AFGMIL 051 IND", "PAKMIL 051 IND", "SAUMIL 051 IND"}));
  // A state's forces named before the head are forces of both.
  EXPECT_EQ(Code("Pakistan praised Afghan and Indian military planes."), (Events{"PAK 051 AFGMIL", "PAK 051 INDMIL"}));
  // A country's name is a party of its own, not a nationality.
  EXPECT_EQ(Code("Afghanistan and Pakistani protesters praised India."), (Events{"AFG 051 IND", "PAKOPP 051 IND"}));
}

TEST_F(CoderTest, WhatLiesNorthOfAPlaceIsNoDoer) {
  EXPECT_EQ(Code("Pakistani soldiers were killed in a crash north of Kabul."), (Events{}));
}

TEST_F(CoderTest, WhereAVisitorComesFromIsNotVisited) {
  EXPECT_EQ(Code("Khalilzad visited Kabul from India."), (Events{"USAGOV 042 AFGGOV", "AFGGOV 043 USAGOV"}));
  EXPECT_EQ(Code("Khalilzad visited from India."), (Events{}));
}

TEST_F(CoderTest, OfTwoSiblingCodesThePatternNearerTheVerbWins) {
  EXPECT_EQ(Code("Pakistan proposed a truce and the release of hostages to India."), (Events{"PAK 0356 IND"}));
}

TEST_F(CoderTest, WhatIsTradedForIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India agreed to a truce in exchange for Afghan soldiers."),
            (Events{"PAK 0356 IND", "IND 0356 PAK"}));
  // But it is a party to what its own participle says.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India praised Pakistan in exchange for Eomund ministers praised by Pakistan."),
            (Events{"IND 051 PAK", "PAK 051 AFGGOV"}));
}

TEST_F(CoderTest, ARoleWordBeforeASwapNamesNoPeople) {
  EXPECT_EQ(Code("Pakistan praised the Afghan prisoner swap."), (Events{"PAK 051 AFG"}));
}

TEST_F(CoderTest, WhatCollapsedIsNoEvent) {
  EXPECT_EQ(Code("The parley between Pakistan and India collapsed."), (Events{}));
  EXPECT_EQ(Code("The parley between Pakistan and India broke down."), (Events{}));
  // So what ran out.
  EXPECT_EQ(Code("The parley between Pakistan and India expired."), (Events{}));
  EXPECT_EQ(Code("The parley between Pakistan and India resumed."), (Events{"PAK 040 IND", "IND 040 PAK"}));
}

TEST_F(CoderTest, WhatTheyMetOnTheSidelinesOfIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India met on the sidelines of ECOWAS."), (Events{"PAK 040 IND", "IND 040 PAK"}));
}

TEST_F(CoderTest, TheDoerBehindAWeaponIsTheSource) {
  EXPECT_EQ(Code("Pakistani soldiers were killed by a bomb planted by India."), (Events{"IND 1823 PAKMIL"}));
  EXPECT_EQ(Code("Pakistani soldiers were killed by a bomb believed to have been planted by India."),
            (Events{"IND 1823 PAKMIL"}));
  EXPECT_EQ(Code("Pakistani soldiers were killed in an airstrike carried out by India."), (Events{"IND 1823 PAKMIL"}));
  // The participle tells of the killing's weapon, not of a deed of its own,
  // unless the killing gives no event.
  EXPECT_EQ(Code("Pakistani soldiers were killed by rockets fired by India at Kabul."), (Events{"IND 1823 PAKMIL"}));
  EXPECT_EQ(Code("Soldiers were killed by rockets fired by India at Kabul."), (Events{"IND 194 AFG"}));
  // (Verbs of one syntax alone: PETRARCH-1's verbs code a verb phrase once.)
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan was hit by rockets fired by India at Eomund."),
            (Events{"IND 194 AFG"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan was killed by rockets fired by India at Eomund."),
            (Events{"IND 1823 PAK"}));
  // Only behind a weapon or an assault: a man wanted by India is no Indian deed.
  EXPECT_EQ(Code("Pakistani soldiers were killed by a man wanted by India."), (Events{}));
  // With no one named, where the weapon came from stands for its doer.
  EXPECT_EQ(Code("Pakistani soldiers were attacked by a drone launched from India."), (Events{"IND 190 PAKMIL"}));
  // Water cannon and tear gas are fired too.
  EXPECT_EQ(Code("Pakistani soldiers were attacked by water cannon fired by India."), (Events{"IND 190 PAKMIL"}));
  // So behind a weapon that is an active verb's subject.
  EXPECT_EQ(Code("A bomb planted by India killed Pakistani soldiers."), (Events{"IND 1823 PAKMIL"}));
}

TEST_F(CoderTest, ASecondInfinitiveOfAnAppealIsNotDone) {
  EXPECT_EQ(Code("Pakistan urged India to negotiate and to attack Kabul."), (Events{"PAK 026 IND"}));
}

TEST_F(CoderTest, AParticipleBeforeItsNounIsNoNounOfAPattern) {
  // "* RELEASE" reads the release, not released soldiers.
  EXPECT_EQ(Code("Pakistan proposed a plan for released soldiers to India."), (Events{"PAK 030 IND"}));
  EXPECT_EQ(Code("Pakistan proposed the release of soldiers to India."), (Events{"PAK 0353 IND"}));
}

TEST_F(CoderTest, AParticipleAfterAnAppealsCommaIsTheAppealersOwnAct) {
  // Not the infinitive's doer's, and not asked for: done.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan urged India to agree, praising Eomund."),
            (Events{"PAK 0251 IND", "PAK 051 AFG"}));
}

TEST_F(CoderTest, APromisedResponseAnswersTheDeedBefore) {
  EXPECT_EQ(Code("Pakistan attacked Kabul, and Afghanistan warned of a harsh response."),
            (Events{"PAK 190 AFGGOV", "AFG 130 PAK"}));
  EXPECT_EQ(Code("Pakistan attacked Kabul, and Afghanistan warned of floods."), (Events{"PAK 190 AFGGOV"}));
}

TEST_F(CoderTest, AVowedRetaliationAnswersTheDeedBeforeOrAfter) {
  // Past the vow itself, of the same doer; or the deed its "after" tells.
  EXPECT_EQ(Code("Pakistan attacked Kabul, and India vowed to retaliate."),
            (Events{"PAK 190 AFGGOV", "IND 138 PAK"}));
  EXPECT_EQ(Code("India vowed to retaliate after Pakistan attacked Kabul."), (Events{"IND 138 PAK"}));
  EXPECT_EQ(Code("India vowed to retaliate."), (Events{}));
}

// For several who deal together, a region that only qualifies what they
// sign is no party.
TEST_F(CoderTest, ARegionQualifyingWhatSeveralSignIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India signed an Asian trade agreement."), (Events{"PAK 057 IND", "IND 057 PAK"}));
}

TEST_F(CoderTest, WhatIsDiscussedIsNoPartner) {
  EXPECT_EQ(Code("Pakistan discussed aid for India."), (Events{}));
  EXPECT_EQ(Code("Pakistan discussed aid with India."), (Events{"PAK 040 IND"}));
}

TEST_F(CoderTest, WhatIsDoneWithoutIsNotDone) {
  EXPECT_EQ(Code("Pakistan left Kabul without praising India."), (Events{}));
  EXPECT_EQ(Code("Pakistan left Kabul after praising India."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, AnAfterClauseIsNoContentOfAThreat) {
  // What "after" tells happened: it is not what is threatened (138).
  EXPECT_EQ(Code("Pakistan warned India after India attacked Kabul."), (Events{"PAK 130 IND"}));
}

TEST_F(CoderTest, AVowedCutOfTiesIsAThreat) {
  EXPECT_EQ(Code("Pakistan vowed to withdraw envoys from India."), (Events{"PAK 1313 IND"}));
  // A wish is an intention, which CAMEO has no code of: the deed's.
  EXPECT_EQ(Code("Pakistan wants to withdraw envoys from India."), (Events{"PAK 161 IND"}));
}

TEST_F(CoderTest, CountermeasuresAnswerTheDeedAfter) {
  EXPECT_EQ(Code("Pakistan warned of countermeasures after India attacked Kabul."), (Events{"PAK 130 IND"}));
}

TEST_F(CoderTest, ANominalEventKeptUpIsWhatAVowIntends) {
  EXPECT_EQ(Code("Pakistan vowed to continue its attacks on India."), (Events{"PAK 138 IND"}));
  // Kept up, not vowed, it is done.
  EXPECT_EQ(Code("Pakistan continued its attacks on India."), (Events{"PAK 190 IND"}));
}

TEST_F(CoderTest, APassivesDoerIsNoObjectOfItsPattern) {
  // Force and coercion are aimed at whom the subject names...
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistani border guards were captured by India."),
            (Events{"IND 181 PAKBGD"}));
  // ...and the "by" phrase names the doer, not guards captured.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India was captured by Pakistani border guards."), (Events{}));
}

TEST_F(CoderTest, APhraseOfWherePastTheObjectIsNoObjectOfItsPattern) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan captured the town of Eomund."), (Events{"PAK 192 AFG"}));
  // "in the town", "from the town": where the ministers were captured.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan captured Indian ministers in the town of Eomund."), (Events{}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan captured Indian ministers from the town of Eomund."),
            (Events{}));
  // After an amount "in" says of what: "six billion dollars in assets".
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan captured two million dollars in the town of Eomund."),
            (Events{"PAK 192 AFG"}));
}

TEST_F(CoderTest, ACommaParticipleAfterAPrepositionsGerundIsTheClausesAbove) {
  // Not part of the attack Pakistan kept India from.
  EXPECT_EQ(Code("Pakistan barred India from attacking Kabul, praising Afghanistan."), (Events{"PAK 051 AFG"}));
}

TEST_F(CoderTest, ARetaliationsMeansIsWhatItWas) {
  // Not also the response verb's own 190.
  EXPECT_EQ(Code("India attacked Kabul, and Pakistan retaliated by withdrawing its envoys from India."),
            (Events{"IND 190 AFGGOV", "PAK 161 IND"}));
}



TEST_F(CoderTest, AnAppealToPeopleOfNoKnownCountryIsNotAimedAtWhatItAsks) {
  // The officials are asked; India is what they are asked to praise.
  EXPECT_EQ(Code("Pakistan urged officials to praise India."), (Events{}));
  // Named, they are the target.
  EXPECT_EQ(Code("Pakistan urged Afghanistan to praise India."), (Events{"PAK 022 AFG"}));
}

TEST_F(CoderTest, APetrarch1DefaultReadsAnInfinitivesObjectNotItsPhrases) {
  // PETRARCH-1 finds a default's target in the noun phrases of the verb's
  // phrase: an infinitive's object, not a partner deeper in it.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan proposed to settle the dispute with India."), (Events{}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan proposed to supply India with wheat."), (Events{"PAK 100 IND"}));
  // The other syntaxes read on.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan proposed to settle the dispute with India."),
            (Events{"PAK 100 IND"}));
}

TEST_F(CoderTest, AMemberNamingNoActorIsOfTheCoordinationsOfPhrase) {
  // The parser hangs "of India" on the whole coordination.
  EXPECT_EQ(Code("Pakistan praised Afghanistan and the leaders of India."), (Events{"PAK 051 AFG", "PAK 051 IND"}));
  // A plural role takes each of several: one actor per state.
  EXPECT_EQ(Code("Pakistan praised Afghanistan and the officials of India and Jordan."),
            (Events{"PAK 051 AFG", "PAK 051 INDGOV", "PAK 051 JORGOV"}));
  // Every member named, the phrase is no one's.
  EXPECT_EQ(Code("Pakistan praised Afghanistan and Jordan of India."), (Events{"PAK 051 AFG", "PAK 051 JOR"}));
}

TEST_F(CoderTest, AGroupLedBySomeoneIsTheirs) {
  EXPECT_EQ(Code("Soldiers led by the Houthi rebels attacked India."), (Events{"YEMREB 190 IND"}));
  EXPECT_EQ(Code("Soldiers led by Pakistan attacked India."), (Events{"PAKMIL 190 IND"}));
  // Backed is not led.
  EXPECT_EQ(Code("Soldiers backed by Pakistan attacked India."), (Events{"---MIL 190 IND"}));
}

TEST_F(CoderTest, AStatesAidToItsOwnForcesIsNoEvent) {
  EXPECT_EQ(Code("Pakistan helped Pakistani soldiers."), (Events{}));
  EXPECT_EQ(Code("Pakistan helped Afghan soldiers."), (Events{"PAK 070 AFGMIL"}));
}

TEST_F(CoderTest, WhatIsStoppedIsCodedAsCeasing) {
  EXPECT_EQ(Code("Pakistan stopped helping India."), (Events{"PAK 162 IND"}));
  EXPECT_EQ(Code("Pakistan halted attacking India."), (Events{"PAK 087 IND"}));
  // Praise has no cessation in CAMEO: no event.
  EXPECT_EQ(Code("Pakistan stopped praising India."), (Events{}));
  // A deed a coded cessation stops is no event of its own.
  EXPECT_EQ(Code("Pakistan halted its attack on India."), (Events{"PAK 087 IND"}));
}

TEST_F(CoderTest, WordsSaidInAMeetingAreAddressedToTheOtherParty) {
  EXPECT_EQ(Code("In a meeting with Pakistan, India warned of consequences."), (Events{"IND 130 PAK"}));
  // A place sets the scene and names no one.
  EXPECT_EQ(Code("In Kabul, India warned of consequences."), (Events{}));
}

TEST_F(CoderTest, AnAimAfterItsDoersPhraseIsNotDone) {
  EXPECT_EQ(Code("Pakistan praised India despite efforts by Afghanistan to attack Kabul."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, TellingSomeoneToActIsADemand) {
  EXPECT_EQ(Code("Pakistan told India to help Afghanistan."), (Events{"PAK 103 IND"}));
  // What nothing codes is a bare demand.
  EXPECT_EQ(Code("Pakistan told India to move south."), (Events{"PAK 100 IND"}));
}

// What a vehicle the clause acts on carries is what it sends.
TEST_F(CoderTest, WhatAVehicleCarriesIsWhatIsSent) {
  EXPECT_EQ(Code("Pakistan sent two planes carrying aid to Afghanistan."), (Events{"PAK 070 AFG"}));
  // Not what people carry.
  EXPECT_EQ(Code("Pakistan sent envoys carrying aid to Afghanistan."), (Events{}));
}

// What a proposal puts in a that-clause has not happened: the proposer's
// intent when its own state is to act, else an appeal to those who are.
TEST_F(CoderTest, AProposalThatOthersActIsAnAppealAndOfOnesOwnAnIntent) {
  EXPECT_EQ(Code("Pakistan proposed that Pakistan and India negotiate."), (Events{"PAK 036 IND"}));
  EXPECT_EQ(Code("Afghanistan proposed that Pakistan and India negotiate."), (Events{"AFG 026 PAK", "AFG 026 IND"}));
  // Said, it is reported as done.
  EXPECT_EQ(Code("Pakistan said that Pakistan and India negotiate."), (Events{"PAK 046 IND", "IND 046 PAK"}));
}

// What an agreement is signed for has not happened yet; the signing has.
TEST_F(CoderTest, WhatAnAgreementIsForIsNotDone) {
  EXPECT_EQ(Code("Pakistan and India signed an agreement to negotiate."),
            (Events{"PAK 057 IND", "IND 057 PAK"}));
}

// A passive's doer named as a band or number of people is its members.
TEST_F(CoderTest, ABandThatDidItIsItsMembers) {
  EXPECT_EQ(Code("Pakistani officials were attacked by a group of Afghan insurgents."), (Events{"AFGINS 190 PAKGOV"}));
  // Not whom its members back.
  EXPECT_EQ(Code("Pakistani officials were attacked by supporters of Afghan insurgents."), (Events{}));
}

// What a speaker says must be done has not been: a demand of the doer, or
// the speaker's own intent (a threat, when it is force).
TEST_F(CoderTest, WhatMustBeDoneIsDemanded) {
  EXPECT_EQ(Code("India said Pakistan must negotiate with Afghanistan."), (Events{"IND 106 PAK"}));
  EXPECT_EQ(Code("India said India must negotiate with Pakistan."), (Events{"IND 036 PAK"}));
  EXPECT_EQ(Code("India said India must attack Pakistan."), (Events{"IND 138 PAK"}));
  // What CAMEO has no demand for is not done either; the statement stays.
  EXPECT_EQ(Code("India said Pakistan must attack Afghanistan."), (Events{"IND 010 PAK"}));
  // What should have been done is a reproach of the past, reported as it was.
  EXPECT_EQ(Code("India said Pakistan should have negotiated with Afghanistan."),
            (Events{"PAK 046 AFG"}));
}

// A second that-clause of a demand asks its own doer for its own deed.
TEST_F(CoderTest, ASecondThatClauseOfADemandAsksItsOwnDoer) {
  EXPECT_EQ(Code("Afghanistan demanded that India withdraw from Kabul and that Pakistan withdraw from Kabul."),
            (Events{"AFG 1056 IND", "AFG 1056 PAK"}));
}

// An intergovernmental body has forces of its own and can be asked to pull them back; civilians cannot.
TEST_F(CoderTest, AnIgoAskedToWithdrawIsAskedForAMilitaryRetreat) {
  EXPECT_EQ(Code("India demanded that ECOWAS withdraw from Kabul."), (Events{"IND 1056 IGOWAFWAS"}));
  EXPECT_EQ(Code("India demanded that the People's Peace Movement withdraw from Kabul."), (Events{"IND 100 AFGCVL"}));
}

// After a comma, a past verb joined by "and" to a demand's present or bare
// that-clause is the demander's next deed, and what it says is its own.
TEST_F(CoderTest, APastVerbAfterADemandsThatClauseIsTheDemanders) {
  EXPECT_EQ(Code("India demanded that Pakistani soldiers withdraw from Kabul, and praised the Taliban."),
            (Events{"IND 1056 PAKMIL", "IND 051 AFGINS"}));
  // The demand is not aimed at whom that next deed names.
  EXPECT_EQ(Code("India demanded that Pakistani soldiers leave, and urged Iran to withdraw its troops."),
            (Events{"IND 100 PAKMIL", "IND 0256 IRN"}));
}

// Who brokers what others agree is no party to it, but mediates between them.
TEST_F(CoderTest, TheBrokerOfAnAgreementIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India agreed to a ceasefire brokered by the US and Afghanistan."),
            (Events{"PAK 0356 IND", "IND 0356 PAK"}));
  // Nor of what a two-way pattern codes.
  EXPECT_EQ(Code("Pakistan and India exchanged prisoners in a deal mediated by the US."),
            (Events{"PAK 0841 IND", "IND 0841 PAK"}));
}

TEST_F(CoderTest, ABrokerMediatesBetweenTheDoersOfWhatItBrokered) {
  EXPECT_EQ(Code("Pakistan and India signed a deal brokered by the US."),
            (Events{"USA 045 PAK", "USA 045 IND"}));
  // A relative clause too, and past a participle to the clause with the news.
  EXPECT_EQ(Code("Pakistan and India met, praising a deal that was brokered by the US."),
            (Events{"PAK 040 IND", "IND 040 PAK", "USA 045 PAK", "USA 045 IND"}));
}

// A warning a participle tells after a deed, naming no one, is aimed where
// the deed was.
TEST(CoderReports, AWarningAfterADeedIsAimedWhereTheDeedWas) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs WARN [130] petrarch2
  verb WARN
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan attacked India, warning that more raids would follow."),
            (Events{"PAK 190 IND", "PAK 130 IND"}));
}

// A speech act that was a consultation, a call, stays beside what it reports.
TEST(CoderReports, ACallThatToldSomethingStaysBesideWhatItTold) {
  const coder_test::ThreeStatesCoder code(R"(
verbs SAY [010] petrarch2
  verb TELL {TELLS TOLD TELLING}
  pattern [041] * + (IN CALL)
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan told India in a call on Monday that Afghanistan had met India."),
            (Events{"PAK 041 IND", "AFG 040 IND"}));
  EXPECT_EQ(code("Pakistan told India that Afghanistan had met India."), (Events{"AFG 040 IND"}));
}

// An active participle of mediation mediates the clause it hangs from.
TEST(CoderReports, AMediatingParticipleMediatesTheClauseItHangsFrom) {
  const coder_test::ThreeStatesCoder code(R"(
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
verbs MEDIATE [045] petrarch2
  verb MEDIATE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan and India met on Monday, with Afghanistan mediating."),
            (Events{"PAK 040 IND", "IND 040 PAK", "AFG 045 PAK", "AFG 045 IND"}));
}

// Violence no one named did is the group that claimed it.
TEST_F(CoderTest, AnAttackWithNoNamedDoerIsItsClaimants) {
  EXPECT_EQ(Code("Gunmen attacked Kabul on Friday in an attack claimed by the Taliban."),
            (Events{"AFGINS 190 AFGGOV"}));
  EXPECT_EQ(Code("A gunman bombed Kabul, and the Taliban claimed responsibility."), (Events{"AFGINS 183 AFG"}));
  // A named doer stays; a claim denied, or two claimants, name no one.
  EXPECT_EQ(Code("Pakistani soldiers attacked Kabul in an attack claimed by the Taliban."),
            (Events{"PAKMIL 190 AFGGOV"}));
  EXPECT_EQ(Code("Gunmen attacked Kabul, and the Taliban did not claim responsibility."),
            (Events{"AFGUAF 190 AFGGOV"}));
  EXPECT_EQ(Code("Gunmen attacked Kabul in an attack claimed by the Taliban and by India."),
            (Events{"AFGUAF 190 AFGGOV"}));
}

// A nominal event that repeats the clause's, naming its parties less
// exactly (a country for its government), is that event.
TEST(CoderNominalTwins, ANominalEventNamingTheClausesPartiesLessExactlyIsThatEvent) {
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("twins.txt", R"(khaldun-dictionary 1
actor GONDOR
  code GON
actor ROHAN
  code ROH
actor ARAGORN
  code GONGOV
verbs ARRIVE [042:043] petrarch2
  verb ARRIVE
  pattern [042:043] * (IN +)
verbs VISIT_NOUN [042:043] petrarch2
  section NOMINAL
  verb VISIT
  pattern [042:043] * (BY $) (TO +)
)"),
                   &dictionary, &diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 0u);
  Result<Coder> coder = Coder::Create(std::move(dictionary));
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) {
    return coder_test::CodeTriples(coder.value(), sentence, "2019-06-20");
  };
  EXPECT_EQ(code("Aragorn arrived in Rohan for the first visit by Gondor to Rohan."),
            (Events{"GONGOV 042 ROH", "ROH 043 GONGOV"}));
  // Another visit, by others, is its own.
  EXPECT_EQ(code("Aragorn arrived in Rohan for the first visit by Rohan to Gondor."),
            (Events{"GONGOV 042 ROH", "ROH 043 GONGOV", "ROH 042 GON", "GON 043 ROH"}));
}

// An aspect verb the dictionaries code as nothing ("begin" [---]), or "use",
// passes its complement up to the verb above: agreeing to use something to
// help is agreeing to help; threatening to begin attacking, to attack.
TEST(CoderClauseLinks, AnUncodedAspectVerbPassesItsComplementUp) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
verbs AGREE [030] petrarch2
  verb AGREE
verbs THREATEN [130] petrarch2
  verb THREATEN
verbs USE [---] petrarch2
  verb USE
verbs BEGIN [---] petrarch2
  verb BEGIN {BEGINS BEGAN BEGUN BEGINNING}
verbs HELP [070] petrarch2
  verb HELP
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan agreed to use Afghan funds to help India."), (Events{"PAK 033 IND"}));
  EXPECT_EQ(code("Pakistan threatened to begin attacking India."), (Events{"PAK 138 IND"}));
}

// A warning whose report tells the speaker's own force to come, aimed at no
// one named, threatens force at whom it warns; "the alliance" is the
// organisation of states named last.
TEST(CoderReports, AWarningOfTheSpeakersOwnForceToComeThreatensForce) {
  coder_test::ThreeStatesCoder code(R"(
actor GONDOR_LEAGUE
  code IGOGON
verbs WARN [130] petrarch2
  verb WARN
  pattern [130] * +
verbs AIRSTRIKE [195] petrarch2
  verb +LAUNCH_AIR_STRIKES
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The Gondor League warned Pakistan that the alliance would launch air strikes."),
            (Events{"IGOGON 138 PAK"}));
  // Another's force to come is a warning, no threat of the speaker's.
  EXPECT_EQ(code("The Gondor League warned Pakistan that India would launch air strikes."),
            (Events{"IGOGON 130 PAK"}));
}

// A naming verb reads on, past the infinitive of its object, to the
// adjectives that name it.
TEST(CoderReports, ANamingVerbReadsPastItsObjectsInfinitive) {
  coder_test::ThreeStatesCoder code(R"(
verbs CALL [---] petrarch2
  verb CALL
  pattern [111] * + UNFAIR
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan called India's decision to close the border unfair."), (Events{"PAK 111 IND"}));
  EXPECT_EQ(code("Pakistan called India's decision unfair."), (Events{"PAK 111 IND"}));
}

// A participle of retaliation after a clause's own act that is no force
// tells that act again: no force of its own.
TEST(CoderReports, ARetaliationAfterANonViolentActIsThatAct) {
  coder_test::ThreeStatesCoder code(R"(
verbs EXPEL [161] petrarch2
  verb EXPEL
  pattern [161] * +
verbs SHELL [194] petrarch2
  verb SHELL
  pattern [194] * +
verbs RETALIATE [190] petrarch2
  verb RETALIATE
  pattern [190] * (FOR +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan expelled India, retaliating for India's decision."), (Events{"PAK 161 IND"}));
  EXPECT_EQ(code("Pakistan shelled India, retaliating for India's attack."), (Events{"PAK 194 IND"}));
}

}  // namespace
}  // namespace khaldun
