// Coder rules for real-news constructions (shared heads, onlookers and
// brokers, victims between two countries, "-led" forces, name particles,
// namesakes, passive subjects holding a pattern's words, accusations,
// threats and vows), on the coder tests' fixture. Whom pronouns and
// referring phrases stand for is in coder_references_test.cc; what has not
// happened (conditions, failures, options not ruled out...) in
// coder_unreal_test.cc.
#include <algorithm>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CodeWithVerbSyntax;
using coder_test::CoderTest;
using coder_test::Events;

TEST_F(CoderTest, EmergencyRuleFallsOnTheStatesOwnCountry) {
  EXPECT_EQ(Code("Pakistan's government declared an emergency."), (Events{"PAKGOV 1724 PAK"}));
  // A participle after a comma is an event of its own, not where the
  // clause finds its target.
  const Events emergency = Code("Pakistan's government declared an emergency, praising India.");
  EXPECT_EQ(std::count(emergency.begin(), emergency.end(), "PAKGOV 1724 PAK"), 1);
  EXPECT_EQ(std::count(emergency.begin(), emergency.end(), "PAKGOV 1724 IND"), 0);
  // Without the country named, there is no one to code it on.
  EXPECT_TRUE(Code("The government declared an emergency.").empty());
}

TEST_F(CoderTest, PartiesMeetingAreNotTheirOwnThirdParty) {
  EXPECT_EQ(Code("Pakistani and Afghan officials met, praising Afghan officials."),
            (Events{"PAKGOV 040 AFGGOV", "AFGGOV 040 PAKGOV"}));
}

TEST_F(CoderTest, ASharedHeadNamesBothNationalitiesButNotAGroupsRole) {
  EXPECT_EQ(Code("India praised Pakistani and Afghan soldiers."), (Events{"IND 051 PAKMIL", "IND 051 AFGMIL"}));
  EXPECT_EQ(Code("India held talks with Pakistani and Afghan soldiers."), (Events{"IND 040 PAKMIL", "IND 040 AFGMIL"}));
  EXPECT_EQ(Code("India praised Pakistani and Taliban delegations."), (Events{"IND 051 PAK", "IND 051 AFGINS"}));
  // A country's abbreviation before "and" is an adjective too.
  EXPECT_EQ(Code("US and Afghan soldiers attacked Pakistan."), (Events{"USAMIL 190 PAK", "AFGMIL 190 PAK"}));
  EXPECT_EQ(Code("The US and Afghan soldiers attacked Pakistan."), (Events{"USAMIL 190 PAK", "AFGMIL 190 PAK"}));
}

TEST_F(CoderTest, WhoLooksOnIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India met in the presence of Afghan officials."),
            (Events{"PAK 040 IND", "IND 040 PAK"}));
}

TEST_F(CoderTest, ThoseOneCountryHarmsAreTheOtherCountrys) {
  EXPECT_EQ(Code("Pakistani soldiers killed civilians, Afghanistan said."),
            (Events{"PAKMIL 1823 AFGCVL", "AFG 112 PAKMIL"}));
  // Not what a state's own authorities do to people: only Afghanistan's
  // accusation is coded.
  EXPECT_EQ(Code("Pakistani protesters have killed civilians, Afghanistan said."), (Events{"AFG 112 PAKOPP"}));
  // Those fired on are harmed too.
  EXPECT_EQ(Code("Pakistani soldiers fired on protesters, Afghanistan said."),
            (Events{"PAKMIL 190 AFGOPP", "AFG 112 PAKMIL"}));
}

TEST_F(CoderTest, APerfectRelativeClauseIsBackground) {
  EXPECT_EQ(Code("Afghanistan, which has attacked Pakistan, praised India."), (Events{"AFG 051 IND"}));
  EXPECT_TRUE(Code("India criticised a campaign against the Taliban, who have attacked Pakistan.").empty());
}

TEST_F(CoderTest, AnotherCountrysInstitutionIsThatCountrysRole) {
  EXPECT_EQ(Code("Pakistan's Senate praised India."), (Events{"PAKLEG 051 IND"}));
  EXPECT_EQ(Code("The Afghan Senate praised India."), (Events{"AFGLEG 051 IND"}));
  // Alone, or after its own country, the entry holds.
  EXPECT_EQ(Code("The Senate praised India."), (Events{"USAGOVLEG 051 IND"}));
  EXPECT_EQ(Code("The US Senate praised India."), (Events{"USAGOVLEG 051 IND"}));
}

TEST_F(CoderTest, AReversedOnlyPatternTakesARoleAsItsDoer) {
  // Soldiers of no named country are no target, but they can press.
  EXPECT_EQ(Code("Pakistan faces pressure from soldiers to help Afghanistan."), (Events{"---MIL 103 PAK"}));
}

TEST_F(CoderTest, ARoleOfAGroupKnownByItsRoleIsTheGroups) {
  // The group's phrase is read first, so its members take its code.
  EXPECT_EQ(Code("India praised officials of Pakistan's opposition."), (Events{"IND 051 PAKOPP"}));
}

TEST_F(CoderTest, APatternsFirstNounIsInTheVerbsPhrase) {
  EXPECT_EQ(Code("India made a trip to Pakistan."), (Events{"IND 036 PAK"}));
  EXPECT_EQ(Code("India made a long trip to Pakistan."), (Events{"IND 036 PAK"}));
  // Two phrases on, the noun is another phrase's.
  EXPECT_TRUE(Code("India made its remarks in Pakistan at the start of a trip.").empty());
}

TEST_F(CoderTest, ATitleReadOnThroughForKeepsItsPossessor) {
  EXPECT_EQ(Code("Pakistan's envoy for peace praised India."), (Events{"PAKGOV 051 IND"}));
}

TEST_F(CoderTest, SayingAnotherDidViolenceAccusesIt) {
  EXPECT_EQ(Code("Afghanistan said Pakistan attacked India."), (Events{"AFG 112 PAK", "PAK 190 IND"}));
  EXPECT_EQ(Code("Pakistan attacked India, Afghanistan said."), (Events{"PAK 190 IND", "AFG 112 PAK"}));
  // Claiming one's own is claiming responsibility, aimed at the victim.
  EXPECT_EQ(Code("Pakistan claimed it attacked India."), (Events{"PAK 015 IND", "PAK 190 IND"}));
  // Not what is still to come, nor a state's own organs.
  const Events future = Code("Afghanistan said Pakistan will attack India.");
  EXPECT_EQ(std::count(future.begin(), future.end(), "AFG 112 PAK"), 0);
  EXPECT_EQ(Code("Pakistani officials said Pakistani soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
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

TEST_F(CoderTest, ForceFromAPlaceWithNoDoerNamedIsThePlaces) {
  EXPECT_EQ(Code("Rockets were fired from Pakistan at India."), (Events{"PAK 194 IND"}));
  // A subject that is the weapon leaves the target to the "at" phrase.
  EXPECT_EQ(Code("Shells were lobbed from Pakistan at India."), (Events{"PAK 190 IND"}));
  // A doer named by "by" is the doer.
  EXPECT_EQ(Code("Shells were lobbed from Pakistan at India by the Taliban."), (Events{"AFGINS 190 IND"}));
}

TEST_F(CoderTest, CiviliansAskedToLeaveAreAskedForNoMilitaryRetreat) {
  EXPECT_EQ(Code("Pakistan urged civilians of Afghanistan to withdraw."), (Events{"PAK 020 AFGCVL"}));
  EXPECT_EQ(Code("Pakistan urged soldiers of Afghanistan to withdraw."), (Events{"PAK 0256 AFGMIL"}));
}

TEST_F(CoderTest, WhatAStatesOfficialsSayItWillDoIsItsIntention) {
  EXPECT_EQ(Code("Pakistani officials said Pakistan would visit India."), (Events{"PAK 036 IND"}));
  // Its own cut of ties or coercion to come, on a condition or warned of, is a threat.
  EXPECT_EQ(Code("Pakistan said it would impose restrictions on India if India attacked."), (Events{"PAK 132 IND"}));
  EXPECT_EQ(Code("Pakistan warned that it would end hostilities with India."), (Events{"PAK 134 IND"}));
  EXPECT_EQ(Code("Pakistan said it would impose restrictions on India."), (Events{"PAK 172 IND"}));
}

TEST_F(CoderTest, LeavingABodyIsReducingRelations) {
  EXPECT_EQ(Code("Pakistan withdrew from ECOWAS."), (Events{"PAK 160 IGOWAFWAS"}));
  EXPECT_EQ(Code("Pakistani soldiers withdrew from Afghanistan."), (Events{"PAKMIL 0874 AFG"}));
}

TEST_F(CoderTest, ForcesAStateMovesAreItsMeansNotItsTarget) {
  EXPECT_EQ(Code("Pakistan withdrew its soldiers from Afghanistan."), (Events{"PAK 0874 AFG"}));
  // With no place named, no one.
  EXPECT_TRUE(Code("Pakistan withdrew its soldiers.").empty());
}

TEST_F(CoderTest, TheTailOfALongerNameIsNoActor) {
  EXPECT_TRUE(Code("Pakistan attacked Shahr da Kabul.").empty());
  EXPECT_EQ(Code("Pakistan attacked Kabul."), (Events{"PAK 190 AFGGOV"}));
}

TEST_F(CoderTest, TheBrokerOfAnotherClauseIsNoFallbackTarget) {
  EXPECT_TRUE(Code("Pakistan jailed soldiers under a deal brokered by India.").empty());
}

TEST_F(CoderTest, ForcesACountryLeadsAreItsOwn) {
  EXPECT_EQ(Code("Afghanistan praised Pakistan-led soldiers."), (Events{"AFG 051 PAKMIL"}));
  EXPECT_EQ(Code("Afghanistan praised US-led soldiers."), (Events{"AFG 051 USAMIL"}));
  // So are those based in it.
  EXPECT_EQ(Code("Afghanistan praised Pakistan-based soldiers."), (Events{"AFG 051 PAKMIL"}));
  // An organisation leads forces too.
  EXPECT_EQ(Code("Afghanistan praised ECOWAS-led soldiers."), (Events{"AFG 051 IGOWAFWASMIL"}));
}

TEST_F(CoderTest, ShipsACountryOwnsOrFlagsAreItsOwn) {
  EXPECT_EQ(Code("India attacked a Pakistani-flagged tanker."), (Events{"IND 190 PAKBUS"}));
  EXPECT_EQ(Code("India attacked an Afghan-owned tanker."), (Events{"IND 190 AFGBUS"}));
  // A ship linked to a country is its; soldiers linked to one are not thereby its.
  EXPECT_EQ(Code("India attacked a Pakistan-linked tanker."), (Events{"IND 190 PAKBUS"}));
  const Events linked_soldiers = Code("India attacked Pakistan-linked soldiers.");
  EXPECT_EQ(std::count(linked_soldiers.begin(), linked_soldiers.end(), "IND 190 PAKMIL"), 0);
}

TEST_F(CoderTest, PartiesMeetingAreNotTheTargetsOfWhatTheirMeetingLedTo) {
  EXPECT_EQ(Code("Pakistan and India met on Monday, angering Afghan officials."), (Events{"PAK 040 IND", "IND 040 PAK"}));
}

TEST_F(CoderTest, APatternsSourceTakesTheNamesCoordinatedWithIt) {
  EXPECT_EQ(Code("Pakistan drew criticism from India and Afghanistan."), (Events{"IND 111 PAK", "AFG 111 PAK"}));
}

TEST_F(CoderTest, AnotherPatternOfTheSameRootSaysWhomTheChosenOneLeavesOut) {
  EXPECT_EQ(Code("Pakistan rallied in Lahore against the government's plan."), (Events{"PAK 1412 PAKGOV"}));
}

TEST_F(CoderTest, PartiesActingOnPeopleOfNoKnownCountryDoNotActOnEachOther) {
  EXPECT_TRUE(Code("India and Pakistan attacked soldiers.").empty());
  EXPECT_EQ(Code("India and Pakistan attacked each other."), (Events{"IND 190 PAK", "PAK 190 IND"}));
}

TEST_F(CoderTest, ThoseWhoFightEachOtherFightSomeoneNotSomewhere) {
  EXPECT_TRUE(Code("The Taliban battled in Pakistan.").empty());
  EXPECT_EQ(Code("The Taliban battled Pakistan."), (Events{"AFGINS 190 PAK", "PAK 190 AFGINS"}));
}

TEST_F(CoderTest, ACommentOnTheSpeakersOwnStateIsNotAimedAtIt) {
  EXPECT_TRUE(Code("Imran Khan said Pakistan was ready.", "2019-06-02").empty());
  EXPECT_EQ(Code("Imran Khan said India was ready.", "2019-06-02"), (Events{"PAKGOV 010 IND"}));
}

TEST_F(CoderTest, EmergencyRuleFallsOnTheSourcesStateThoughNoWordsNameIt) {
  EXPECT_EQ(Code("Imran Khan declared an emergency.", "2019-06-02"), (Events{"PAKGOV 1724 PAK"}));
}

// A passive with no "by" phrase: its doer is the actor its verb's phrases
// name with "with" ("over its dispute with Pakistan"), never a place.
TEST_F(CoderTest, APassiveWithoutByTakesItsDoerFromAWithPhrase) {
  EXPECT_EQ(Code("India was praised over its dispute with Pakistan."), (Events{"PAK 051 IND"}));
  EXPECT_EQ(Code("India was warmly praised after talks with Afghanistan."), (Events{"AFG 051 IND"}));
  EXPECT_TRUE(Code("India was praised in Pakistan.").empty());
}

TEST_F(CoderTest, APatternsActorReadAtAPossessorIsTheRoleItOwns) {
  EXPECT_EQ(Code("A parley between Pakistan's soldiers and the Taliban ended."),
            (Events{"PAKMIL 040 AFGINS", "AFGINS 040 PAKMIL"}));
}

TEST_F(CoderTest, PeopleAreOfThePlaceWhereTheyAct) {
  // Two countries named: the protesters are of the place they rally in.
  EXPECT_EQ(Code("Thousands of protesters rallied in Pakistan against India."), (Events{"PAKOPP 141 IND"}));
  EXPECT_EQ(Code("Protesters rallied through Pakistan against India."), (Events{"PAKOPP 141 IND"}));
  // Where they went is not whose they are.
  EXPECT_EQ(Code("Protesters rallied towards India against Afghanistan."), (Events{"---OPP 141 AFG"}));
  // Not what is done to them there.
  EXPECT_EQ(Code("Civilians were killed in Pakistan by India."), (Events{"IND 1823 PAKCVL"}));
}

TEST_F(CoderTest, WhatAParticipleAfterACommaTellsHappenedWhereItsClauseActed) {
  // (A toll, "killing dozens", is the attack's; a seizure is an event of its own.)
  EXPECT_EQ(Code("The Taliban attacked into Pakistan, killing soldiers and seizing dozens of civilians."),
            (Events{"AFGINS 190 PAK", "AFGINS 171 PAKCVL"}));
}

TEST_F(CoderTest, AStateProtestingToAnotherComplainsOfficially) {
  EXPECT_EQ(Code("Pakistan protested the Afghan government's remarks."), (Events{"PAK 114 AFGGOV"}));
  // Protesters still protest.
  EXPECT_EQ(Code("Pakistani protesters protested the Afghan government's remarks."), (Events{"PAKOPP 140 AFGGOV"}));
}

TEST_F(CoderTest, ArmedMenRallyingShowForce) {
  EXPECT_EQ(Code("Pakistani soldiers rallied in Afghanistan."), (Events{"PAKMIL 150 AFG"}));
  EXPECT_EQ(Code("Pakistani protesters rallied in Afghanistan."), (Events{"PAKOPP 141 AFG"}));
}

TEST_F(CoderTest, ARoleWordBeforeAThingNamesNoOne) {
  // Not the sentence's country's army either.
  EXPECT_EQ(Code("The Taliban praised the army cooperation."), (Events{}));
  EXPECT_EQ(Code("India praised Pakistani army officials."), (Events{"IND 051 PAKGOV"}));
}

TEST_F(CoderTest, TwoPeopleBattlingTradeWords) {
  EXPECT_EQ(Code("Imran Khan battled Zalmay Khalilzad."), (Events{"PAKGOV 111 USAGOV", "USAGOV 111 PAKGOV"}));
  EXPECT_EQ(Code("Pakistani soldiers battled Zalmay Khalilzad."), (Events{"PAKMIL 190 USAGOV", "USAGOV 190 PAKMIL"}));
}

TEST_F(CoderTest, APatternNamingOnlyTheInfinitiveGivesWayToItsOwnPattern) {
  EXPECT_EQ(Code("Pakistan asked India to withdraw soldiers."), (Events{"PAK 0256 IND"}));
  // Withdrawing envoys is no military retreat: the appeal is a bare one.
  EXPECT_EQ(Code("Pakistan asked India to withdraw envoys."), (Events{"PAK 020 IND"}));
}

TEST_F(CoderTest, TheirNominalEventIsEachMembers) {
  EXPECT_EQ(Code("Pakistan and India announced their visit to Afghanistan."),
            (Events{"PAK 042 AFG", "AFG 043 PAK", "IND 042 AFG", "AFG 043 IND"}));
}

TEST_F(CoderTest, WhoIsLeftOutTakesNoPart) {
  EXPECT_EQ(Code("Pakistani officials held talks without Afghanistan."), (Events{}));
  EXPECT_EQ(Code("Pakistani and Afghan officials met without India."),
            (Events{"PAKGOV 040 AFGGOV", "AFGGOV 040 PAKGOV"}));
}

TEST_F(CoderTest, APatternReadsACountrysAbbreviationAsTheSharedHead) {
  EXPECT_EQ(Code("A parley between US and Afghan officials ended."), (Events{"USAGOV 040 AFGGOV", "AFGGOV 040 USAGOV"}));
}

TEST_F(CoderTest, ADocumentSpeaksForWhoeverIssuedIt) {
  EXPECT_EQ(Code("Pakistan issued a statement praising India."), (Events{"PAK 051 IND"}));
  EXPECT_EQ(Code("Pakistan wrote a paper praising India."), (Events{"PAK 051 IND"}));
  EXPECT_TRUE(Code("Pakistan issued a warning praising India.").empty());
}

TEST_F(CoderTest, ACourtHearsACaseItIsNotAgainst) {
  EXPECT_EQ(Code("Pakistan filed a case at the World Court over India's dam."), (Events{"PAK 115 IND"}));
}

TEST_F(CoderTest, ThoseWhoFightTogetherFightWhomTheByPhraseNames) {
  EXPECT_EQ(Code("Pakistan and Afghanistan attacked a camp run by the Taliban."),
            (Events{"PAK 190 AFGINS", "AFG 190 AFGINS"}));
}

TEST_F(CoderTest, ACompoundEventNounEndsAtItsHead) {
  // (A raid hits Kabul as a place: Afghanistan, not its government.)
  EXPECT_EQ(Code("A Pakistani air raid on Kabul ended."), (Events{"PAK 195 AFG"}));
}

TEST_F(CoderTest, ForeignRolesAreNotTheSentencesCountrys) {
  EXPECT_TRUE(Code("India praised two foreign soldiers.").empty());
  EXPECT_EQ(Code("India praised two soldiers."), (Events{"IND 051 INDMIL"}));
}

TEST_F(CoderTest, WhatItCalledNamesTheObject) {
  EXPECT_EQ(Code("India attacked what it called Taliban camps in Pakistan."), (Events{"IND 190 AFGINS"}));
}

// A threat whose report codes no more than a statement is the threat, aimed
// at whom the report names after its verb when the speaker is its subject.
TEST_F(CoderTest, AWarningOfWhatTheSpeakerWillDoIsAThreat) {
  EXPECT_EQ(Code("Pakistan warned that it would declare its position to India."), (Events{"PAK 130 IND"}));
}

TEST_F(CoderTest, APassivesDoerIsNotWhomItIsAgainst) {
  EXPECT_TRUE(Code("Afghan soldiers were praised against Pakistan.").empty());
}

TEST_F(CoderTest, ALowerCaseCompassWordOpensNoName) {
  EXPECT_EQ(Code("Pakistan praised the West Bank."), (Events{"PAK 051 PSE"}));
  EXPECT_TRUE(Code("Pakistan praised the west bank of the Indus.").empty());
}

TEST_F(CoderTest, AShowOfForceIsNotAimedAtOnesOwnForces) {
  EXPECT_EQ(Code("Pakistan conducted exercises with its soldiers."), (Events{"PAK 150 ---"}));
  EXPECT_EQ(Code("Pakistan conducted exercises with Afghan soldiers."), (Events{"PAK 150 AFGMIL"}));
}

TEST_F(CoderTest, PeacekeepersAreNotTheCountryTheyServeIn) {
  EXPECT_EQ(Code("Peacekeepers in Pakistan praised India."), (Events{"---MIL 051 IND"}));
  EXPECT_EQ(Code("Peacekeepers from Afghanistan in Pakistan praised India."), (Events{"AFGMIL 051 IND"}));
  EXPECT_EQ(Code("Soldiers in Pakistan praised India."), (Events{"PAKMIL 051 IND"}));
}

// A relative clause's subject lies before the clause; a pattern's words
// before '*' are read there ("protesters who stormed" is "PROTESTERS *").
TEST(CoderRules, ARelativeClausesPatternReadsItsAntecedent) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "A Pakistani minister who snubbed India left."), (Events{"PAKGOV 172 IND"}));
}

TEST_F(CoderTest, ASharedPhraseGoesToWhoeverHoldsTheRoleOnTheDate) {
  EXPECT_EQ(Code("President Bush praised India.", "1990-05-01"), (Events{"USAGOV 051 IND"}));
  EXPECT_EQ(Code("President Bush praised India.", "2008-08-06"), (Events{"USAGOV 051 IND"}));
  EXPECT_EQ(Code("President Bush praised India.", "2015-01-01"), (Events{"USAELI 051 IND"}));
}

TEST_F(CoderTest, ACountryBeforeASharedNameChoosesItsBearer) {
  // Both kings reigned in 2010; only the country before the name tells.
  EXPECT_EQ(Code("Saudi King Abdullah praised India.", "2010-05-01"), (Events{"SAUGOV 051 IND"}));
  EXPECT_EQ(Code("Jordan's King Abdullah praised India.", "2010-05-01"), (Events{"JORGOV 051 IND"}));
  // The country beats the date: the Saudi king had died by 2020.
  EXPECT_EQ(Code("Saudi King Abdullah praised India.", "2020-05-01"), (Events{"SAUELI 051 IND"}));
  EXPECT_EQ(Code("King Abdullah praised India.", "2020-05-01"), (Events{"JORGOV 051 IND"}));
}

TEST_F(CoderTest, TwoPartiesEasingSanctionsEaseThemOnEachOther) {
  EXPECT_EQ(Code("Pakistan and India eased sanctions."), (Events{"PAK 085 IND", "IND 085 PAK"}));
  EXPECT_EQ(Code("Pakistan and India agreed to ease sanctions."), (Events{"PAK 0354 IND", "IND 0354 PAK"}));
}

TEST_F(CoderTest, AStatesBombingIsAerial) {
  EXPECT_EQ(Code("Pakistani soldiers bombed India."), (Events{"PAKMIL 195 IND"}));
  EXPECT_EQ(Code("The Taliban bombed India."), (Events{"AFGINS 183 IND"}));
}

TEST_F(CoderTest, AProtestThatIsTheComplaintsPurposeIsTheComplaint) {
  EXPECT_EQ(Code("Pakistan summoned the Afghan envoy to protest the attacks."), (Events{"PAK 114 AFGGOV"}));
}

TEST_F(CoderTest, HopeForHarmIsNoOptimismAboutItsVictim) {
  EXPECT_TRUE(Code("Pakistan expressed hope on Sunday that Afghan officials would be jailed.").empty());
  EXPECT_EQ(Code("Pakistan expressed hope on Sunday that India would change course."), (Events{"PAK 013 IND"}));
}

TEST_F(CoderTest, AStatesCommentOnItsOwnOrgansIsAimedAtNoOne) {
  EXPECT_EQ(Code("Pakistan denied that its soldiers were in Afghanistan."), (Events{"PAK 016 ---"}));
  EXPECT_EQ(Code("Pakistan warned that its army would stay."), (Events{}));
  // Others' organs are whom it concerns.
  EXPECT_EQ(Code("Pakistan warned that the Afghan army would lose."), (Events{"PAK 130 AFGMIL"}));
}

// Of two patterns that fit as well, the one whose words end nearer the verb
// reads its object; a later phrase's noun fits by chance.
TEST_F(CoderTest, ThePatternNearerTheVerbReadsItsObject) {
  EXPECT_EQ(Code("Pakistan ended hostilities with opposition parties."), (Events{"PAK 164 PAKOPP"}));
  EXPECT_EQ(Code("Pakistan ended opposition parties."), (Events{"PAK 1722 PAKOPP"}));
  // A possessor is not the object its phrase owns.
  EXPECT_EQ(Code("Pakistan ended the opposition parties' agreement."), (Events{"PAK 127 PAKOPP"}));
}

// Within one root a more specific code refines a fuller fit, whose target
// it keeps.
TEST_F(CoderTest, AMoreSpecificCodeOfOneRootRefinesAFullerFit) {
  EXPECT_EQ(Code("Pakistan announced a military aid package for Afghanistan."), (Events{"PAK 0332 AFG"}));
  EXPECT_EQ(Code("Pakistan announced an aid package for Afghanistan."), (Events{"PAK 033 AFG"}));
}

// The deed a pattern reads in a phrase after the verb names whom it concerns.
TEST_F(CoderTest, TheDeedAPatternReadsNamesItsTarget) {
  EXPECT_EQ(Code("Pakistan called for the withdrawal of Afghan soldiers from India."), (Events{"PAK 0256 AFGMIL"}));
}

// A word of an actor's name is no pattern's synset word: the Truce
// Supervision Organization is no &CEASEFIRE.
TEST_F(CoderTest, AWordOfAnActorsNameIsNoSynsetWord) {
  EXPECT_TRUE(Code("Pakistan called the Truce Supervision Organization.").empty());
  EXPECT_EQ(Code("Pakistan called a truce with India."), (Events{"PAK 0871 IND"}));
}

// What went on meanwhile names no party: "during" the Taliban's offensive.
TEST_F(CoderTest, ATimePhraseNamesNoParty) {
  EXPECT_EQ(Code("Pakistan and India agreed to a ceasefire during the Taliban's offensive."),
            (Events{"PAK 0356 IND", "IND 0356 PAK"}));
  EXPECT_EQ(Code("Pakistan and India met during the Taliban's offensive."), (Events{"PAK 040 IND", "IND 040 PAK"}));
  // Nor the gerund after one, its own clause: those met are not told.
  EXPECT_EQ(Code("Imran Khan told reporters after meeting US officials.", "2019-06-02"),
            (Events{"PAKGOV 040 USAGOV"}));
}

}  // namespace
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
}

TEST_F(CoderTest, ADeedWordNamingPeopleNamesTheVictims) {
  // "* PRISONERS" reads the object; the prisoners are still whom it harms.
  EXPECT_EQ(Code("The Taliban held Pakistani prisoners in Kabul."), (Events{"AFGINS 181 PAKCVL"}));
  // Hostages a country's soldiers hold are the other country's.
  EXPECT_EQ(Code("Pakistani soldiers held hostages, India said."), (Events{"PAKMIL 181 INDCVL", "IND 112 PAKMIL"}));
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
  // Set off by a comma, "a move" is the deed before it; its "by" phrase
  // names who reacts, not whom the refusal was aimed at.
  EXPECT_EQ(Code("India refused, a move praised by Afghanistan."), (Events{"AFG 051 IND"}));
  // So after "in": ", in an attack that ...".
  EXPECT_EQ(Code("India refused, in a move that Afghanistan praised."), (Events{"AFG 051 IND"}));
  // So without "that": ", a move Afghanistan praised".
  EXPECT_EQ(Code("India refused, a move Afghanistan praised."), (Events{"AFG 051 IND"}));
  // And with a relative clause of its own, without a comma.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "India praised Pakistan in a move that Eomund praised."),
            (Events{"IND 051 PAK", "AFG 051 IND"}));
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

}  // namespace khaldun
