// Coder rules on who the parties are, whom several doers act on and who
// answers whom, each on a small dictionary of its own: what a restriction
// is "on", armed men "in" a place, a fight "with" people of no known
// country, the accuser a denial answers, a named person taken, what an
// attack leaves, the target a comma participle shares, those loyal to
// someone, and the groups whose members are targets.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::Events;

using coder_test::kThreeStates;

TEST(CoderParties, WhatARestrictionIsOnIsItsTargetForSeveralDoers) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs LIFT [---] petrarch2
  verb LIFT
  pattern [085] * SANCTIONS
verbs AGREE [030] petrarch2
  verb AGREE
verbs SANCTIONS_NOUN [163] petrarch2
  section NOMINAL
  verb SANCTIONS
  pattern [163] * (ON +)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  // Easing sanctions is mutual ("agreed to cut tariffs": on each other's
  // goods), but not when the words say on whom.
  EXPECT_EQ(code("Pakistan and India lifted sanctions on Afghanistan."), (Events{"PAK 085 AFG", "IND 085 AFG"}));
  // What they agree "on" stays a topic.
  EXPECT_EQ(code("Pakistan and India agreed on Afghanistan."), (Events{"PAK 030 IND", "IND 030 PAK"}));
  // The sanctions lifted are not laid anew.
  EXPECT_EQ(code("Pakistan lifted its sanctions on Afghanistan."), (Events{"PAK 085 AFG"}));
}

// A target read after a preposition reads on through "members of" or "a
// unit of" to whose members they are, for a verb's pattern and a noun's.
TEST(CoderParties, ATargetsMembersAreTheirGroups) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~MIL ARMY
verbs PROTEST [140] petrarch2
  verb PROTEST
  pattern [141] * (AGAINST +)
verbs ANNOUNCE [010] petrarch2
  verb ANNOUNCE
verbs SANCTIONS_NOUN [163] petrarch2
  section NOMINAL
  verb SANCTIONS
  pattern [163] * (AGAINST +)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan protested against members of the Indian army."), (Events{"PAK 141 INDMIL"}));
  EXPECT_EQ(code("Pakistan announced sanctions against members of the Indian army."),
            (Events{"PAK 163 INDMIL"}));
  EXPECT_EQ(code("Pakistan announced sanctions against a unit of the Indian army."), (Events{"PAK 163 INDMIL"}));
  // Sanctions joined to another noun by "and" are what the verb announced.
  EXPECT_EQ(code("Pakistan announced new tariffs and sanctions against India."), (Events{"PAK 163 IND"}));
  // Any other "of" phrase is something else's: no sanctions on Afghanistan.
  EXPECT_EQ(code("Pakistan announced sanctions against the friends of Afghanistan."), (Events{"PAK 010 AFG"}));
}

// A state's ban on another state's people is a sanction on them; at home
// it is an administrative sanction; on the press, a restriction of freedoms.
TEST(CoderParties, ABanOnAnotherStatesPeopleIsASanction) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~GOV OFFICIAL
agent ~MED BROADCASTER
verbs BAN [172] petrarch2
  verb BAN
verbs THREATEN [130] petrarch2
  verb THREATEN
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan banned Indian officials from entering the country."), (Events{"PAK 163 INDGOV"}));
  EXPECT_EQ(code("Pakistan banned Pakistani officials from leaving the country."), (Events{"PAK 172 PAKGOV"}));
  // The ban it threatens is a threatened sanction.
  EXPECT_EQ(code("Pakistan threatened to ban Indian officials."), (Events{"PAK 1312 INDGOV"}));
  // A ban on the press, at home or abroad, restricts political freedoms.
  EXPECT_EQ(code("Pakistan banned an Indian broadcaster."), (Events{"PAK 1721 INDMED"}));
  EXPECT_EQ(code("Pakistan banned a Pakistani broadcaster."), (Events{"PAK 1721 PAKMED"}));
  EXPECT_EQ(code("Pakistan threatened to ban an Indian broadcaster."), (Events{"PAK 1321 INDMED"}));
}

// A nationality before the weapon a deed is done with names its maker, not
// whom it hits; one before what is hit is its owner.
TEST(CoderParties, AWeaponsMakerIsNoTarget) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs USE [---] petrarch2
  verb USE
  pattern [195] * DRONES
agent ~MIL ARTILLERY
verbs DONATE [070] petrarch2
  verb DONATE
  pattern [073] * VACCINE
verbs FIRE [190] petrarch2
  verb FIRE [---]
  pattern [194] * SHELLS
verbs DOWN [190] petrarch2
  verb DOWN
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan used Indian drones to attack Afghanistan."), (Events{"PAK 195 AFG"}));
  EXPECT_EQ(code("Pakistan downed Indian drones."), (Events{"PAK 190 IND"}));
  // Nor is the weapon itself, an agent's words ("artillery"), when the verb alone codes nothing.
  EXPECT_EQ(code("Pakistan fired artillery shells into the sea."), (Events{}));
  // Nor the maker of the aid given.
  EXPECT_EQ(code("Pakistan donated Indian vaccine doses to Afghanistan."), (Events{"PAK 073 AFG"}));
}

// The country across a border where force is used is only where it was.
TEST(CoderParties, TheCountryAcrossTheBorderIsNoTarget) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan attacked a camp on the border with India."), (Events{}));
  EXPECT_EQ(code("Pakistan attacked India on the border with Afghanistan."), (Events{"PAK 190 IND"}));
}

// What a state owns is its own, whoever a name before it names: "Sweden's
// NATO bid" is Sweden's.
TEST(CoderParties, AnOwnersThingIsTheOwnersWhateverItsModifierNames) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~CVL CIVILIAN
verbs REJECT [120] petrarch2
  verb REJECT
  pattern [120] * BID
verbs KILL [190] petrarch2
  verb KILL
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan rejected India's Afghan bid."), (Events{"PAK 120 IND"}));
  // Without an owner, the name before it says whose it is.
  EXPECT_EQ(code("Pakistan rejected the Afghan bid."), (Events{"PAK 120 AFG"}));
  // The owner does what its thing does, and those it harms are the other's.
  EXPECT_EQ(code("India's Afghan offensive killed civilians."), (Events{"IND 190 AFGCVL"}));
}

// A pattern that would aim the deed at its own doer gives way to the others:
// "backed a Palestinian bid for UN membership" is not the UN's backing of itself.
TEST(CoderParties, APatternAimedAtTheDoerGivesWay) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs BACK [051] petrarch2
  verb BACK
  pattern [051] * BID
  pattern [053] * (BID) (FOR +)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan backed an Afghan bid for Pakistan's help."), (Events{"PAK 051 AFG"}));
  EXPECT_EQ(code("Pakistan backed a bid for India."), (Events{"PAK 053 IND"}));
}

// A person's thing the pattern read is aimed at that person, whatever the
// deed; the doer's own has no one to aim at.
TEST(CoderParties, APersonsThingIsAimedAtThePerson) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
actor ASHRAF_GHANI
  code AFGGOV
verbs CALL [---] petrarch2
  verb CALL
verbs CONDEMN [111] petrarch2
  verb CONDEMN
  pattern [111] * DECISION
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Imran Khan called Ashraf Ghani and condemned his decision."), (Events{"PAKGOV 111 AFGGOV"}));
  EXPECT_EQ(code("Imran Khan condemned his decision."), (Events{}));
}

// A threat a pattern names, aimed only at the threatener's own state (what
// it defends), stands aimed at no one; a bare threat there is none.
TEST(CoderParties, ANamedThreatAtItsOwnStateIsAimedAtNoOne) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
verbs THREATEN [130] petrarch2
  verb THREATEN
  pattern [1385] * (TO USE NUCLEAR WEAPONS)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Imran Khan threatened to use nuclear weapons to defend Pakistan."), (Events{"PAKGOV 1385 ---"}));
  EXPECT_EQ(code("Imran Khan threatened to defend Pakistan."), (Events{}));
}

// Between two patterns of different roots that read one phrase, its head
// says what it is, whichever the dictionary lists first.
TEST(CoderParties, APhrasesHeadBeatsItsModifier) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs APPROVE [051] petrarch2
  verb APPROVE
  pattern [0331] * LOAN
  pattern [1724] * EMERGENCY
verbs ENDORSE [051] petrarch2
  verb ENDORSE
  pattern [1724] * EMERGENCY
  pattern [0331] * LOAN
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan approved an emergency loan for India."), (Events{"PAK 0331 IND"}));
  EXPECT_EQ(code("Pakistan endorsed an emergency loan for India."), (Events{"PAK 0331 IND"}));
}

// A state's bare statement is not made to itself.
TEST(CoderParties, AStatesStatementIsNotMadeToItself) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
verbs ANNOUNCE [010] petrarch2
  verb ANNOUNCE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Imran Khan announced an end to Pakistani support."), (Events{}));
  EXPECT_EQ(code("Imran Khan announced an end to Indian support."), (Events{"PAKGOV 010 IND"}));
}

// A named holder of office killed is assassinated; one shot or wounded
// without being killed is the target of an attempt; a role's holder or a
// soldier is neither.
TEST(CoderParties, ANamedOfficeHolderKilledIsAssassinated) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
agent ~MIL SOLDIER
agent ~UAF GUNMAN
  plural GUNMEN
verbs KILL [190] petrarch2
  verb KILL
verbs SHOOT [193] petrarch2
  verb SHOOT {SHOOTS SHOT SHOOTING}
  verb +SHOOT_DEAD {+SHOOTS_DEAD +SHOT_DEAD +SHOOTING_DEAD}
verbs WOUND [182] petrarch2
  verb WOUND
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Indian gunmen killed Prime Minister Imran Khan."), (Events{"INDUAF 186 PAKGOV"}));
  EXPECT_EQ(code("Prime Minister Imran Khan was shot dead by Indian gunmen."), (Events{"INDUAF 186 PAKGOV"}));
  EXPECT_EQ(code("Indian gunmen wounded Prime Minister Imran Khan."), (Events{"INDUAF 185 PAKGOV"}));
  EXPECT_EQ(code("Indian gunmen met Prime Minister Imran Khan and shot him dead."),
            (Events{"INDUAF 186 PAKGOV"}));
  EXPECT_EQ(code("Indian gunmen killed Pakistani soldiers."), (Events{"INDUAF 190 PAKMIL"}));
}

// A hundred or more people without arms killed in one deed is a mass
// killing; fewer, or armed men, are not.
TEST(CoderParties, AHundredUnarmedPeopleKilledIsAMassKilling) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~CVL VILLAGER
agent ~MIL SOLDIER
agent ~UAF GUNMAN
  plural GUNMEN
verbs KILL [190] petrarch2
  verb KILL
verbs EXECUTE [186] petrarch2
  verb EXECUTE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Indian gunmen killed at least 110 Afghan villagers."), (Events{"INDUAF 202 AFGCVL"}));
  EXPECT_EQ(code("Indian soldiers executed at least 223 Afghan villagers."), (Events{"INDMIL 202 AFGCVL"}));
  EXPECT_EQ(code("Indian gunmen had killed more than 1,200 Afghan villagers."), (Events{"INDUAF 202 AFGCVL"}));
  EXPECT_EQ(code("Indian gunmen killed 12 Afghan villagers."), (Events{"INDUAF 190 AFGCVL"}));
  EXPECT_EQ(code("Indian gunmen killed 120 Afghan soldiers."), (Events{"INDUAF 190 AFGMIL"}));
}

// So is one that a pattern codes as small-arms fire (193).
TEST(CoderParties, AHundredKilledWithSmallArmsIsAMassKilling) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~CVL VILLAGER
agent ~UAF GUNMAN
  plural GUNMEN
verbs KILL [190] petrarch2
  verb KILL
  pattern [193] GUNMEN *
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Indian gunmen killed more than 100 Afghan villagers."), (Events{"INDUAF 202 AFGCVL"}));
  EXPECT_EQ(code("Indian gunmen killed 12 Afghan villagers."), (Events{"INDUAF 193 AFGCVL"}));
}

// A threat whose only target is a nationality qualifying a thing is aimed
// at the party to its condition.
TEST(CoderParties, AThreatAimsAtItsConditionsPartyBeforeANationalityOfAThing) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs THREATEN [130] petrarch2
  verb THREATEN
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan threatened to halt the transit of Afghan goods if India imposed sanctions."),
            (Events{"PAK 130 IND"}));
  EXPECT_EQ(code("Pakistan threatened to halt the transit of Afghan goods."), (Events{"PAK 130 AFG"}));
}

TEST(CoderParties, SeveralDoersFightingPeopleOfNoKnownCountryDoNotFightEachOther) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~MIL SOLDIER
agent ~INS INSURGENT
verbs FIGHT [190:190] petrarch2
  verb FIGHT {FIGHTS FOUGHT FIGHTING}
verbs PRAISE [051] petrarch2
  verb PRAISE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani and Indian soldiers fought."), (Events{"PAKMIL 190 INDMIL", "INDMIL 190 PAKMIL"}));
  EXPECT_EQ(code("Pakistani and Indian soldiers fought street battles with insurgents."), (Events{}));
  // Armed men of no state are of where they are fought (and fight back:
  // the verb pairs its code with itself), not where they are praised.
  EXPECT_EQ(code("Pakistan praised insurgents in Afghanistan."), (Events{"PAK 051 AFG"}));
  EXPECT_EQ(code("Pakistani and Indian soldiers fought with insurgents in Afghanistan."),
            (Events{"PAKMIL 190 AFGINS", "AFGINS 190 PAKMIL", "INDMIL 190 AFGINS", "AFGINS 190 INDMIL"}));
}

TEST(CoderParties, ADenialAnswersTheAccuserBeforeIt) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~OPP OPPOSITION_LEADER
verbs ACCUSE [112] petrarch2
  verb ACCUSE
verbs DENY [016] petrarch2
  verb DENY
verbs PRAISE [051] petrarch2
  verb PRAISE
verbs REFUSE [120] petrarch2
  verb REFUSE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Indian opposition leaders accused Pakistan of the bombing, but Pakistan denied any involvement."),
            (Events{"INDOPP 112 PAK", "PAK 016 INDOPP"}));
  // Not a denial of what someone else was accused of.
  EXPECT_EQ(code("India accused Afghanistan of the bombing, but Pakistan denied any involvement."),
            (Events{"IND 112 AFG", "PAK 016 ---"}));
  // Nor an answer to praise.
  EXPECT_EQ(code("India praised Pakistan, but Pakistan denied any involvement."),
            (Events{"IND 051 PAK", "PAK 016 ---"}));
  // A refusal answers any hostile act before it.
  EXPECT_EQ(code("India accused Pakistan of the bombing, and Pakistan refused."), (Events{"IND 112 PAK", "PAK 120 IND"}));
}

// What praise is for is not coded (what was done before it is: "Blinken praised China after meeting Xi in
// Beijing", in testdata/events).
TEST(CoderParties, WhatPraiseIsForIsNotCoded) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor GAZA
  code PSE
verbs PRAISE [051] petrarch2
  verb PRAISE
verbs END [---] petrarch2
  verb END
  pattern [087] * WAR
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  EXPECT_EQ(coder_test::CodeTriples(coder.value(), "India praised Pakistan for its role in ending the war in Gaza."),
            (Events{"IND 051 PAK"}));
}

// What police, prosecutors or a court investigate is a crime (091).
TEST(CoderParties, APoliceInvestigationIsOfACrime) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~COP POLICE
  no-plural
verbs INVESTIGATE [090] petrarch2
  verb INVESTIGATE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani police investigated India."), (Events{"PAKCOP 091 IND"}));
  EXPECT_EQ(code("Pakistan investigated India."), (Events{"PAK 090 IND"}));
  // An investigation of people's deaths or of abuse is one of human rights abuses (092), whoever leads it.
  EXPECT_EQ(code("Pakistani police investigated India over the deaths of 12 protesters."), (Events{"PAKCOP 092 IND"}));
  EXPECT_EQ(code("Pakistan investigated India over torture."), (Events{"PAK 092 IND"}));
  EXPECT_EQ(code("Pakistan investigated India over the death of its economy."), (Events{"PAK 090 IND"}));
}

// What the International Criminal Court investigates are war crimes (094).
TEST(CoderParties, TheInternationalCriminalCourtInvestigatesWarCrimes) {
  const coder_test::ThreeStatesCoder code(R"(
actor INTERNATIONAL_CRIMINAL_COURT
  code IGOJUDICC
verbs INVESTIGATE [090] petrarch2
  verb INVESTIGATE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The International Criminal Court investigated Pakistan."), (Events{"IGOJUDICC 094 PAK"}));
}

// What a lender is asked to support with is money (0231).
TEST(CoderParties, ALenderIsAskedForMoney) {
  const coder_test::ThreeStatesCoder code(R"(
actor INTERNATIONAL_MONETARY_FUND
  code IGOBUSIMF
verbs ASK [020] petrarch2
  verb ASK
  pattern [022] * + (FOR SUPPORT)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan asked the International Monetary Fund for support."), (Events{"PAK 0231 IGOBUSIMF"}));
  EXPECT_EQ(code("Pakistan asked India for support."), (Events{"PAK 022 IND"}));
}

// A raid by prosecutors or a court searches for evidence of a crime (091), and
// so does one by police as part of an investigation; troops raiding, and police
// otherwise, use force.
TEST(CoderParties, AProsecutorsRaidIsASearch) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~JUD PROSECUTORS
  no-plural
agent ~MIL TROOPS
  no-plural
agent ~COP POLICE
  no-plural
verbs RAID [190] petrarch2
  verb RAID
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani prosecutors raided the offices of India."), (Events{"PAKJUD 091 IND"}));
  EXPECT_EQ(code("Pakistani troops raided the offices of India."), (Events{"PAKMIL 190 IND"}));
  EXPECT_EQ(code("Pakistani police raided the offices of India as part of an investigation."),
            (Events{"PAKCOP 091 IND"}));
  EXPECT_EQ(code("Pakistani police raided the offices of India."), (Events{"PAKCOP 190 IND"}));
}

// Saying what an act in words was, in a participle, is that act: no statement of its own.
TEST(CoderParties, SayingWhatAnActInWordsWasIsThatAct) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs PRAISE [051] petrarch2
  verb PRAISE
verbs SAY [010] petrarch2
  verb SAY {SAYS SAID SAYING}
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("India praised Pakistan, saying Pakistan was right."), (Events{"IND 051 PAK"}));
}

// A rally that demands a change of leaders (1041) is a rally for it (1411).
TEST(CoderParties, ARallyDemandingAResignationIsForALeadershipChange) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~OPP PROTESTERS
verbs RALLY [141] petrarch2
  verb RALLY
verbs DEMAND [100] petrarch2
  verb DEMAND
  pattern [1041] * RESIGNATION
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani protesters rallied to demand the resignation of India."), (Events{"PAKOPP 1411 IND"}));
  EXPECT_EQ(code("Pakistani protesters rallied, demanding the resignation of India."), (Events{"PAKOPP 1411 IND"}));
}

// What an accusation's "of" gerund alleges is not coded, nor a gerund joined to it.
TEST(CoderParties, AGerundJoinedToAnAllegedOneIsAlleged) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs ACCUSE [112] petrarch2
  verb ACCUSE
verbs PRAISE [051] petrarch2
  verb PRAISE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("India accused Pakistan of blocking the talks and praising Afghanistan."), (Events{"IND 112 PAK"}));
  EXPECT_EQ(code("India accused Pakistan of praising Afghanistan."), (Events{"IND 112 PAK"}));
}

// "captured" takes territory ("* +" 192) and "seized" property (171) unless
// what it takes is a named person, who is detained (173); a de facto state
// is territory.
TEST(CoderParties, AClaimOfResponsibilityIsAimedAtWhomTheClaimantsAttackStruck) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~INS MILITANT
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs CLAIM [---] petrarch2
  verb CLAIM
  pattern [015] * RESPONSIBILITY
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani militants attacked India, and the militants claimed responsibility."),
            (Events{"PAKINS 190 IND", "PAKINS 015 IND"}));
}

TEST(CoderParties, ADemandForAReleaseIsAimedAtWhoeverDetainedThem) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor GRIMA_WORMTONGUE
  code INDREB
agent ~MIL FORCES
  no-plural
verbs DETAIN [173] petrarch2
  verb DETAIN
verbs DEMAND [100] petrarch2
  verb DEMAND
  pattern [1053] * RELEASE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani forces detained Grima Wormtongue, and Afghanistan demanded his release."),
            (Events{"PAKMIL 173 INDREB", "AFG 1053 PAKMIL"}));
}

TEST(CoderParties, ANamedPersonCapturedOrSeizedIsDetained) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~MIL FORCES
  no-plural
actor GRIMA_WORMTONGUE
  code INDREB
actor SOUTH_GONDOR
  code INDSEP
verbs CAPTURE [---] petrarch2
  verb CAPTURE
  pattern [192] * +
verbs SEIZE [171] petrarch2
  verb SEIZE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani forces captured Grima Wormtongue."), (Events{"PAKMIL 173 INDREB"}));
  EXPECT_EQ(code("Pakistani forces seized Grima Wormtongue."), (Events{"PAKMIL 173 INDREB"}));
  EXPECT_EQ(code("Pakistani forces captured South Gondor."), (Events{"PAKMIL 192 INDSEP"}));
  EXPECT_EQ(code("Pakistani forces captured India."), (Events{"PAKMIL 192 IND"}));
}

// A person's residence or vehicle "his" names is that person's.
TEST(CoderParties, AShowOfForceIsNotAimedAtItsOwnCountry) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
verbs PUT [---] petrarch2
  verb PUT
  pattern [152] * (ON ALERT)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  // (A raised alert a pattern names needs no target, as a show of force does: it is aimed at no one named.)
  EXPECT_EQ(code("Imran Khan put his country's missiles on alert."), (Events{"PAKGOV 152 ---"}));
  EXPECT_EQ(code("Imran Khan put India's missiles on alert."), (Events{"PAKGOV 152 IND"}));
}

TEST(CoderParties, AParticipleOfTheSameActRepeatsItsTarget) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~OPP PROTESTER
agent ~GOV EMBASSY
verbs MARCH [141] petrarch2
  verb MARCH
  pattern [141] * (TO +)
verbs CHANT [141] petrarch2
  verb CHANT
  pattern [141] * (AGAINST +)
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  // Against Pakistan's embassy, against Pakistan: one protest, at the government.
  EXPECT_EQ(code("Afghan protesters marched to the Pakistani embassy, chanting against Pakistan."),
            (Events{"AFGOPP 141 PAKGOV"}));
  // Against another party: a protest of its own.
  EXPECT_EQ(code("Afghan protesters marched to the Pakistani embassy, chanting against India."),
            (Events{"AFGOPP 141 PAKGOV", "AFGOPP 141 IND"}));
}

TEST(CoderParties, WhatHisConvoyIsAttackedIsHim) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor IMRAN_KHAN
  code PAKGOV
agent ~MIL FORCES
  no-plural
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Imran Khan said Indian forces attacked his convoy."), (Events{"INDMIL 190 PAKGOV"}));
  // Not anything of his: his country is his state, not him.
  EXPECT_EQ(code("Imran Khan said Indian forces attacked his country."), (Events{"INDMIL 190 PAK"}));
}

TEST(CoderParties, WhatAnAttackLeavesIsNoEventOfItsOwn) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
agent ~MIL FORCES
  no-plural
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs LEAVE [---] petrarch2
  verb LEAVE {LEAVES LEFT LEAVING}
  pattern [0874] * +
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistani forces attacked India, leaving Indian forces with injuries."),
            (Events{"PAKMIL 190 IND"}));
  // Leaving with no attack above it is a deed of its own.
  EXPECT_EQ(code("Pakistani forces left India."), (Events{"PAKMIL 0874 IND"}));
}

TEST(CoderParties, AHostileParticipleAfterACommaSharesTheTargetAbove) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
verbs IMPOSE [---] petrarch2
  verb IMPOSE
  pattern [163] * SANCTIONS
verbs CUT [---] petrarch2
  verb +CUT_OFF {+CUTS_OFF +CUT_OFF +CUTTING_OFF}
  pattern [1621] * AID
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan imposed sanctions on India, cutting off aid."), (Events{"PAK 163 IND", "PAK 1621 IND"}));
}

TEST(CoderParties, ThoseLoyalToSomeoneAreHisFollowersOrHisStatesForces) {
  Result<Coder> coder = coder_test::CoderFromText(std::string(kThreeStates) + R"(
actor NAWAZ_SHARIF
  code PAKOPP
actor GRIMA_WORMTONGUE
  code INDREB
agent ~MIL FORCES
  no-plural
agent ~CVL PROTESTER
verbs PRAISE [051] petrarch2
  verb PRAISE
)");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Protesters loyal to Nawaz Sharif praised India."), (Events{"PAKOPP 051 IND"}));
  EXPECT_EQ(code("Forces loyal to Nawaz Sharif praised India."), (Events{"PAKMIL 051 IND"}));
  // Armed men loyal to an armed group's leader are that group's.
  EXPECT_EQ(code("Indian forces loyal to Grima Wormtongue praised Pakistan."), (Events{"INDREB 051 PAK"}));
}

TEST(CoderParties, PeopleAStateSentOrAppointedAreItsOwn) {
  coder_test::ThreeStatesCoder code(R"(
agent ~GOV ENVOY
agent ~GOV OFFICIAL
agent ~GOV GOVERNMENT
agent ~MIL TROOPS
  no-plural
verbs MEET [040] petrarch2
  verb MEET
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  // In a relative clause of them, with or without "that", or a participle after them.
  EXPECT_EQ(code("The envoy the Pakistani government appointed met Afghan officials."), (Events{"PAKGOV 040 AFGGOV"}));
  EXPECT_EQ(code("The troops that India sent attacked Afghanistan."), (Events{"INDMIL 190 AFG"}));
  EXPECT_EQ(code("Troops deployed by India attacked Afghanistan."), (Events{"INDMIL 190 AFG"}));
  // Being met or attacked makes no one theirs.
  EXPECT_EQ(code("The troops that India attacked met Afghan officials."), (Events{"---MIL 040 AFGGOV"}));
}

TEST(CoderParties, AParticleAfterTheObjectCompletesTheVerb) {
  coder_test::ThreeStatesCoder code(R"(
actor GONDOR_TRIBUNAL
  code AFGJUD
verbs HAND_OVER [---] petrarch2
  verb +HAND_OVER
  pattern [063] * (TO +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan handed over the suspect to the Gondor tribunal."), (Events{"PAK 063 AFGJUD"}));
  EXPECT_EQ(code("Pakistan handed the suspect over to the Gondor tribunal."), (Events{"PAK 063 AFGJUD"}));
  EXPECT_EQ(code("Pakistan handed him over to India."), (Events{"PAK 063 IND"}));
  // Not a preposition that opens a phrase of its own: "over the border" is where.
  EXPECT_TRUE(code("Pakistan handed the suspect a letter over the border to India.").empty());
}

TEST(CoderParties, ADeedOrAnOfficeIsItsOwnersOnceTheOwnersRoleHasACountry) {
  coder_test::ThreeStatesCoder code(R"(
agent ~GOV GOVERNMENT
agent ~JUD JUDGE
agent ~JUD JUDICIARY
agent ~GOV MAYOR
agent ~OPP PROTESTER
verbs CONDEMN [111] petrarch2
  verb CONDEMN
  pattern [111] * +
verbs STORM [145] petrarch2
  verb STORM
  pattern [145] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  // "the government" is Pakistan's only by the sentence's country; its overhaul is still its own.
  EXPECT_EQ(code("Pakistani judges condemned the government's overhaul of the judiciary."),
            (Events{"PAKJUD 111 PAKGOV"}));
  // So is a residence or an office: not where it stands.
  EXPECT_EQ(code("Protesters stormed the mayor's office in Pakistan."), (Events{"PAKOPP 145 PAKGOV"}));
}

TEST(CoderParties, ASurnameAfterAnotherGivenNameIsAnotherPerson) {
  coder_test::ThreeStatesCoder code(R"(
actor GRIMA_WORMTONGUE
  alias WORMTONGUE
  code PAKGOV
agent ~GOV PRESIDENT
verbs PRAISE [051] petrarch2
  verb PRAISE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Wormtongue praised India."), (Events{"PAKGOV 051 IND"}));
  EXPECT_EQ(code("President Wormtongue praised India."), (Events{"PAKGOV 051 IND"}));
  EXPECT_EQ(code("Mr Wormtongue praised India."), (Events{"PAKGOV 051 IND"}));
  EXPECT_TRUE(code("Edna Wormtongue praised India.").empty());
}

TEST(CoderParties, AThingRejectedIsItsMakersWhomAParticipleNames) {
  coder_test::ThreeStatesCoder code(R"(
agent ~LEG PARLIAMENT
verbs VETO [129] petrarch2
  verb VETO
  pattern [129] * BILL
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan vetoed a bill passed by the Indian parliament."), (Events{"PAK 129 INDLEG"}));
  // Not its own maker: the doer's own bill aims at no one.
  EXPECT_EQ(code("Pakistan vetoed a bill passed by Pakistan."), (Events{"PAK 129 ---"}));
}

TEST(CoderParties, WhoeverDiedInAStrikeIsWhomItHit) {
  coder_test::ThreeStatesCoder code(R"(
agent ~CVL CIVILIAN
verbs AIR_RAID_NOUN [195] petrarch2
  section NOMINAL
  verb AIR_RAID
  pattern [195] * (ON +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Afghan civilians died in an Indian air raid on Pakistan."), (Events{"IND 195 AFGCVL"}));
  EXPECT_EQ(code("Afghan civilians watched an Indian air raid on Pakistan."), (Events{"IND 195 PAK"}));
}

// A state's charges set on the ground destroy property (1712); its other bombing is aerial (195).
TEST(CoderParties, AStateBlowingSomethingUpDestroysProperty) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~INS MILITANT
verbs BOMB [183] petrarch2
  verb BOMB
  verb +BLOW_UP {+BLOWS_UP +BLEW_UP +BLOWN_UP +BLOWING_UP}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan blew up an Indian office."), (Events{"PAK 1712 IND"}));
  EXPECT_EQ(code("Pakistan bombed an Indian office."), (Events{"PAK 195 IND"}));
  EXPECT_EQ(code("Afghan militants blew up an Indian office."), (Events{"AFGINS 183 IND"}));
}

// A release is asked of whoever holds those to be released.
TEST(CoderParties, AReleaseIsAskedOfTheHolder) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~MIL SOLDIER
verbs DEMAND [100] petrarch2
  verb DEMAND
  pattern [1053] * RELEASE
verbs DETAIN [173] petrarch2
  verb DETAIN
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Afghanistan demanded the release of Pakistani soldiers, who were detained by India."),
            (Events{"AFG 1053 IND", "IND 173 PAKMIL"}));
  // With no holder named, the release is asked for them.
  EXPECT_EQ(code("Afghanistan demanded the release of Pakistani soldiers."), (Events{"AFG 1053 PAKMIL"}));
}

}  // namespace
}  // namespace khaldun
