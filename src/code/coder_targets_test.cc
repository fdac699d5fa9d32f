// Coder rules on whom an event is aimed at when no object names it plainly,
// most on a small dictionary of their own: the killers an investigation looks
// into, where a weapon struck, the force a show of force answers, a relative
// clause's gap, a body several act within; what stands with no target; and,
// on the coder tests' fixture, what was provided, which is no target.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CoderTest;
using coder_test::Events;

// An investigation of a killing looks into the killers, not the killed; with
// none named, the matter a pattern names stands without a target.
TEST(CoderTargets, AnInvestigationOfAKillingIsNotAimedAtTheKilled) {
  const coder_test::ThreeStatesCoder code(R"(
verbs INVESTIGATE [090] petrarch2
  verb INVESTIGATE
  pattern [091] * KILLING
  pattern [091] * HIJACKING
verbs ORDER [---] petrarch2
  verb ORDER
  pattern [090] * INVESTIGATION
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan investigated the killing of India by Afghanistan."), (Events{"PAK 091 AFG"}));
  EXPECT_EQ(code("Pakistan investigated the killing of India."), (Events{"PAK 091 ---"}));
  EXPECT_EQ(code("Pakistan investigated the hijacking of India."), (Events{"PAK 091 ---"}));
  EXPECT_EQ(code("Pakistan investigated India."), (Events{"PAK 090 IND"}));
  // An allegation is of whom its clause says did something.
  EXPECT_EQ(code("Pakistan ordered an investigation on Monday into allegations that Afghanistan used spyware."),
            (Events{"PAK 090 AFG"}));
}

// Who fired a weapon does what a relative clause on it tells, and that clause
// tells the firing's deed again, not one of its own.
TEST(CoderTargets, AWeaponsRelativeClauseTellsTheFiringsDeed) {
  const coder_test::ThreeStatesCoder code(R"(
verbs FIRE [---] petrarch2
  verb FIRE
  pattern [194] * ROCKETS
verbs HIT [190] petrarch2
  verb HIT {HITS HIT HITTING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan fired rockets that hit India."), (Events{"PAK 194 IND"}));
  EXPECT_EQ(code("Pakistan fired rockets, which hit India."), (Events{"PAK 194 IND"}));
  // With no pattern for the firing, the relative clause's own code stands.
  EXPECT_EQ(code("Pakistan fired missiles that hit India."), (Events{"PAK 190 IND"}));
}

// A policy an officeholder drops, as a pattern names it, stands with no one
// named to yield to; a people's dropping leaves no event.
TEST(CoderTargets, AnOfficeholderDroppingAPolicyStandsAlone) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~GOV PRESIDENT
verbs WITHDRAW [---] petrarch2
  verb WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
  pattern [0832] * BILL
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The Pakistani president withdrew a finance bill on Monday."), (Events{"PAKGOV 0832 ---"}));
  EXPECT_TRUE(code("The Pakistanis withdrew a finance bill on Monday.").empty());
}

// A show of force answers the force, or show of it, that its "after" clause
// tells, not a visit.
TEST(CoderTargets, AShowOfForceAnswersTheForceItFollows) {
  const coder_test::ThreeStatesCoder code(R"(
verbs MOBILISE [154] petrarch2
  verb MOBILISE
verbs DEPLOY [154] petrarch2
  verb DEPLOY
verbs VISIT [042:043] petrarch2
  verb VISIT
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan mobilised its reserves after India deployed troops to Afghanistan."),
            (Events{"PAK 154 IND", "IND 154 AFG"}));
  EXPECT_EQ(code("Pakistan mobilised its reserves after India visited Afghanistan."),
            (Events{"IND 042 AFG", "AFG 043 IND"}));
}

// "The militants" may be any armed group named before, but "the militant
// stronghold" is a place, no reference to one.
TEST(CoderTargets, AnArmedRoleAsAModifierIsNoReference) {
  const coder_test::ThreeStatesCoder code(R"(
actor WAGNER
  code RUSUAF
agent ~INS MILITANT
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs PRAISE [051] petrarch2
  verb PRAISE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Wagner attacked India, and Pakistan praised the militants."),
            (Events{"RUSUAF 190 IND", "PAK 051 RUSUAF"}));
  EXPECT_EQ(code("Wagner attacked India, and Pakistan praised the militant stronghold."), (Events{"RUSUAF 190 IND"}));
}

// A relative clause with its own subject and no object is about its
// antecedent; a ", which" after the verb may be about the whole deed.
TEST(CoderTargets, ARelativeClausesGapIsItsObject) {
  const coder_test::ThreeStatesCoder code(R"(
verbs CONDEMN [111] petrarch2
  verb CONDEMN
verbs PRAISE [051] petrarch2
  verb PRAISE
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan, which India condemned on Monday, praised Afghanistan."),
            (Events{"IND 111 PAK", "PAK 051 AFG"}));
  const Events after_the_verb = code("Pakistan attacked Afghanistan, which India condemned.");
  EXPECT_EQ(std::count(after_the_verb.begin(), after_the_verb.end(), "IND 111 AFG"), 0);
}

// Cooperation done together "against" people of no known country is still
// done with each other; police with police cooperate in law enforcement.
TEST(CoderTargets, AJointOperationAgainstOthersIsDoneTogether) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~COP POLICE
  no-plural
agent ~MIL TROOPS
  no-plural
agent ~CRM TRAFFICKERS
  no-plural
verbs CARRY_OUT [---] petrarch2
  verb +CARRY_OUT {+CARRIES_OUT +CARRIED_OUT +CARRYING_OUT}
  pattern [062] * (JOINT OPERATION)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani and Indian troops carried out a joint operation against traffickers."),
            (Events{"PAKMIL 062 INDMIL", "INDMIL 062 PAKMIL"}));
  EXPECT_EQ(code("Pakistani and Indian police carried out a joint operation against traffickers."),
            (Events{"PAKCOP 063 INDCOP", "INDCOP 063 PAKCOP"}));
}

// The body several act "within" is where they act, no party to it.
TEST(CoderTargets, TheBodySeveralActWithinIsNoParty) {
  const coder_test::ThreeStatesCoder code(R"(
actor UNITED_NATIONS
  code IGOUNO
verbs COOPERATE [060] petrarch2
  verb COOPERATE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan and India cooperated within the United Nations."),
            (Events{"PAK 060 IND", "IND 060 PAK"}));
}

// A mediator of talks held somewhere mediates between the parties, not with
// the place.
TEST(CoderTargets, TalksMediatedSomewhereAreBetweenTheParties) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~GOV OFFICIAL
verbs AGREE [030] petrarch2
  verb AGREE
  pattern [0356] * CEASEFIRE
verbs MEDIATE [045] petrarch2
  verb MEDIATE
  pattern [045] * TALKS
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan and India agreed to an immediate and unconditional ceasefire at talks in Afghanistan "
                 "mediated by Afghan officials."),
            (Events{"PAK 0356 IND", "IND 0356 PAK", "AFGGOV 045 PAK", "AFGGOV 045 IND"}));
}

// What a doer rejects that a relative clause says it made "with" someone is
// aimed at them.
TEST(CoderTargets, ARejectedDealMadeWithSomeoneIsAimedAtThem) {
  const coder_test::ThreeStatesCoder code(R"(
verbs HALT [---] petrarch2
  verb SUSPEND
  pattern [127] * (PEACE DEAL)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan suspended the peace deal it had signed with India."), (Events{"PAK 127 IND"}));
}

// A comma participle of violence after an accusation tells the deed blamed,
// not one the accuser did.
TEST(CoderTargets, ViolenceAfterABlameIsNotTheAccusers) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~CVL PEOPLE
  no-plural
verbs BLAME [112] petrarch2
  verb BLAME
verbs KILL [190] petrarch2
  verb KILL
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan blamed India for the bomb that hit the market, killing six Afghan people."),
            (Events{"PAK 112 IND"}));
}

// Territory taken "from" someone is taken from them, not from the place's
// country.
TEST(CoderTargets, TerritoryTakenFromSomeoneIsTakenFromThem) {
  const coder_test::ThreeStatesCoder code(R"(
actor KANDAHAR
  code AFG
agent ~MIL SOLDIER
agent ~INS MILITANT
verbs CAPTURE [192] petrarch2
  verb CAPTURE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Afghan soldiers captured Kandahar from Pakistani militants."), (Events{"AFGMIL 192 PAKINS"}));
  EXPECT_EQ(code("Afghan soldiers captured Kandahar."), (Events{"AFGMIL 192 AFG"}));
}

// A show of force to hold others back is aimed at them, whether or not the
// purpose's verb codes.
TEST(CoderTargets, AShowOfForceIsAimedAtWhomItHoldsBack) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~MIL TROOPS
  no-plural
agent ~OPP PROTESTERS
  no-plural
verbs DEPLOY [154] petrarch2
  verb DEPLOY
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan deployed troops across Afghanistan to contain Indian protesters."),
            (Events{"PAK 154 INDOPP"}));
  EXPECT_EQ(code("Pakistan deployed troops across Afghanistan to greet Indian protesters."), (Events{"PAK 154 AFG"}));
}

// A passive's doer may be told by the attack it happened in, never by the
// place it happened in.
TEST(CoderTargets, APassivesPlaceNamesNoDoer) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~OPP OPPOSITION_LEADER
verbs ABDUCT [181] petrarch2
  verb ABDUCT
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("A Pakistani opposition leader was abducted in an Afghan raid."), (Events{"AFG 181 PAKOPP"}));
  EXPECT_EQ(code("A Pakistani opposition leader was abducted in the Afghan capital."), (Events{}));
}

// A demand made "at" a body's meeting is aimed at whom its that-clause asks,
// not at the body.
TEST(CoderTargets, ADemandIsAimedAtTheDoerAskedNotTheVenue) {
  const coder_test::ThreeStatesCoder code(R"(
verbs DEMAND [100] petrarch2
  verb DEMAND
verbs WITHDRAW [0874] petrarch2
  verb WITHDRAW
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan demanded at a meeting of Afghanistan on Monday that India withdraw."),
            (Events{"PAK 1056 IND"}));
  EXPECT_EQ(code("Pakistan demanded of Afghanistan that India withdraw."), (Events{"PAK 1056 AFG"}));
}

// A pattern that reads on into its infinitive and names only a place is
// aimed at whom the infinitive's own event is ("deployed special forces to
// Juba to protect President Kiir"); a visit stays aimed at the place.
TEST(CoderTargets, APatternReadingItsInfinitiveIsAimedAtWhomTheInfinitiveNames) {
  const coder_test::ThreeStatesCoder code(R"(
actor ISLAMABAD
  code PAKGOV
verbs DEPLOY [154] petrarch2
  verb DEPLOY
  pattern [074] * (TO PROTECT)
verbs PROTECT [074] petrarch2
  verb PROTECT
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Afghanistan deployed forces to Islamabad to protect India."), (Events{"AFG 074 IND"}));
  EXPECT_EQ(code("Afghanistan deployed forces to Islamabad to protect civilians."), (Events{"AFG 074 PAK"}));
}

// A pattern's actor read at the possessor of a head no dictionary names,
// renamed by a person of the possessor's country, is that person ("talks
// with Iran's top nuclear negotiator, Ali Larijani").
TEST(CoderTargets, AnUnnamedHeadRenamedByAPersonIsThatPerson) {
  const coder_test::ThreeStatesCoder code(R"(
actor IMRAN_KHAN
  code PAKGOV
actor ASHRAF_GHANI
  code AFGGOV
verbs AGREE [---] petrarch2
  verb AGREE
  pattern [030] * (WITH +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("India agreed on Monday with Pakistan's top negotiator, Imran Khan."), (Events{"IND 030 PAKGOV"}));
  // Not a person of another country.
  EXPECT_EQ(code("India agreed on Monday with Pakistan's top negotiator, Ashraf Ghani."), (Events{"IND 030 PAK"}));
}

// A thing whose maker a compound before its head names ("a US-backed plan",
// "a UN-hosted conference") is the maker's; a role so qualified is not.
TEST(CoderTargets, AThingAMakersCompoundQualifiesIsTheMakers) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~UAF MILITIAS
  no-plural
verbs REJECT [120] petrarch2
  verb REJECT
  pattern [127] * PLAN
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("India rejected a Pakistan-backed plan."), (Events{"IND 127 PAK"}));
  EXPECT_EQ(code("India rejected a plan."), (Events{"IND 127 ---"}));
  EXPECT_EQ(code("India rejected Pakistan-backed militias."), (Events{"IND 120 INDUAF"}));
}

// What a state's organ rejects or cuts is not its own state, but may be
// another organ of it ("lawmakers defied President Kais Saied").
TEST(CoderTargets, AnotherOrganOfTheOwnStateIsSomeoneToReject) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~LEG LAWMAKERS
  no-plural
agent ~GOV PRESIDENT
verbs DEFY [128] petrarch2
  verb DEFY {DEFIES DEFIED DEFYING}
  pattern [128] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani lawmakers defied the Pakistani president."), (Events{"PAKLEG 128 PAKGOV"}));
  EXPECT_EQ(code("Pakistani lawmakers defied Pakistan."), (Events{}));
}

// What a speaker says another state must do is demanded of it, even when
// the deed names no one else ("Sweden must extradite about 130 people").
TEST(CoderTargets, ADeedRequiredOfAnotherStateIsDemandedOfIt) {
  const coder_test::ThreeStatesCoder code(R"(
verbs SAY [010] petrarch2
  verb SAY {SAYS SAID SAYING}
  pattern [010] * +
verbs EXTRADITE [063] petrarch2
  verb EXTRADITE
  pattern [063] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan said on Monday that India must extradite 130 people."), (Events{"PAK 1013 IND"}));
  EXPECT_EQ(code("Pakistan said on Monday that India extradited 130 people."), (Events{"PAK 010 IND"}));
}

// A border closed "with" a neighbour is closed to it; the neighbour of a
// border where force is used is where, not whom.
TEST(CoderTargets, ABorderClosedWithANeighbourIsClosedToIt) {
  const coder_test::ThreeStatesCoder code(R"(
verbs CLOSE [---] petrarch2
  verb CLOSE
  pattern [191] * BORDER (WITH +)
  pattern [191] * BORDER
verbs ATTACK [190] petrarch2
  verb ATTACK
  pattern [190] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan closed its border with India."), (Events{"PAK 191 IND"}));
  EXPECT_EQ(code("Pakistan attacked on the border with India."), (Events{}));
}

// "his" or "her" before a person's residence, transport or belongings makes
// them the person named last: seizing them is done to that person.
TEST_F(CoderTest, APersonsBelongingsAreThatPersons) {
  EXPECT_EQ(Code("India praised Imran Khan and seized his phone."), (Events{"IND 051 PAKGOV", "IND 171 PAKGOV"}));
  EXPECT_EQ(Code("India praised Imran Khan and seized his passport."), (Events{"IND 051 PAKGOV", "IND 171 PAKGOV"}));
  // Not what is no one's property.
  EXPECT_EQ(Code("India praised Imran Khan and seized his idea."), (Events{"IND 051 PAKGOV"}));
}

// What an assault is "on" is whom a truce in it is with, no topic that
// several sources of a mutual deed leave aside.
TEST(CoderTargets, ATruceInAttacksOnAStateIsWithIt) {
  const coder_test::ThreeStatesCoder code(R"(
verbs DECLARE [---] petrarch2
  verb DECLARE
  pattern [0871] * TRUCE
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan and India declared a truce in attacks on Afghanistan."),
            (Events{"PAK 0871 AFG", "IND 0871 AFG"}));
  EXPECT_EQ(code("Pakistan and India declared a truce."), (Events{"PAK 0871 IND", "IND 0871 PAK"}));
}

// A document speaks for whoever issued it, but a news report tells of
// others' acts.
TEST_F(CoderTest, ANewsReportSpeaksForNoOne) {
  EXPECT_EQ(Code("Pakistan published a report praising India."), (Events{"PAK 051 IND"}));
  EXPECT_EQ(Code("Pakistan published news reports praising India."), (Events{}));
}

// One organ of a state does not aid another: soldiers helping their own
// police give no aid (07); another state's police, or a state, they aid.
TEST(CoderTargets, AStateDoesNotAidItsOwnOrgans) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~MIL SOLDIERS
agent ~COP POLICE
verbs HELP [070] petrarch2
  verb HELP
  pattern [070] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani soldiers helped Pakistani police."), (Events{}));
  EXPECT_EQ(code("Pakistani soldiers helped Indian police."), (Events{"PAKMIL 070 INDCOP"}));
  EXPECT_EQ(code("Pakistani soldiers helped Pakistan."), (Events{"PAKMIL 070 PAK"}));
}

// What a protest is over is its cause, no party to a deed done to the
// protest: quelling protests over India is not aimed at India.
TEST(CoderTargets, WhatAProtestIsOverIsNoTargetOfItsRepression) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~COP POLICE
agent ~OPP PROTESTERS
verbs QUELL [175] petrarch2
  verb QUELL
  pattern [175] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani police quelled protests over the arrest of Afghanistan's envoy."), (Events{}));
  EXPECT_EQ(code("Pakistani police quelled Afghan protesters."), (Events{"PAKCOP 175 AFGOPP"}));
}

// A passive participle of supply tells what was given or made: its noun is
// neither whom for nor, a weapon, its maker's deed.
TEST_F(CoderTest, WhatWasProvidedIsNoTarget) {
  EXPECT_EQ(Code("Pakistani soldiers provided by India attacked Kabul."), (Events{"PAKMIL 190 AFGGOV"}));
  EXPECT_EQ(Code("Pakistani soldiers were provided by India."), (Events{"IND 070 PAKMIL"}));
  EXPECT_EQ(Code("Rockets made by India killed Pakistani soldiers."), (Events{}));
  EXPECT_EQ(Code("Rockets fired by India killed Pakistani soldiers."), (Events{"IND 1823 PAKMIL"}));
}

}  // namespace
}  // namespace khaldun
