// Coder rules about places, which need the compiled gazetteer (built with
// the project): places the dictionaries lack stand for their country, and
// what is done to them or in them.
#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"
#include "code/event_locator.h"
#include "geo/geo_data_paths.h"

namespace khaldun {
namespace {

using coder_test::CoderTest;
using coder_test::Events;

// The place rules need the compiled gazetteer (built with the project).
class CoderPlacesTest : public CoderTest {
 protected:
  void SetUp() override {
    if (!EventLocator::Load(GazetteerPath()).ok()) GTEST_SKIP() << "compiled gazetteer not available";
  }
};

TEST_F(CoderPlacesTest, PlacesTheDictionaryLacksStandForTheirCountry) {
  EXPECT_EQ(Code("Pakistani soldiers conducted military exercises in Texas."), (Events{"PAKMIL 150 USA"}));
  // Meetings and statements happen in places: no Swiss party.
  EXPECT_EQ(Code("Pakistan and India met in Oslo."), (Events{"PAK 040 IND", "IND 040 PAK"}));
  // A truce can be declared for a place, but two who call one together
  // call it with each other, not with the state whose city hosts them.
  EXPECT_EQ(Code("Pakistan and India called a ceasefire in the Saudi city of Jeddah."),
            (Events{"PAK 0871 IND", "IND 0871 PAK"}));
}

// Where talks were held names no country of the sentence's roles, unless
// no other country is named.
TEST_F(CoderPlacesTest, WhereTalksWereHeldDoesNotMakeTheSentencesCountryUnclear) {
  EXPECT_EQ(Code("Pakistan declared a curfew after talks in Oslo collapsed, and soldiers attacked the insurgents."),
            (Events{"PAKMIL 190 PAKINS"}));
  EXPECT_EQ(Code("Soldiers attacked protesters who blocked delegates to talks in Texas."),
            (Events{"USAMIL 190 USAOPP"}));
}

// A protest "in protest at" something is aimed at whom that names, not
// at where it was.
TEST_F(CoderPlacesTest, WhatAProtestIsInProtestAtIsItsTarget) {
  EXPECT_EQ(Code("Pakistani protesters protested in Texas in protest at India's decision."),
            (Events{"PAKOPP 140 IND"}));
  EXPECT_EQ(Code("Pakistani protesters protested in Texas."), (Events{"PAKOPP 140 USA"}));
  // So is what the protesters are angry at.
  EXPECT_EQ(Code("Pakistani protesters angry at India's decision protested in Texas."), (Events{"PAKOPP 140 IND"}));
}

// A site named after its place is in that place: those killed there are
// that country's, not the attacker's.
TEST_F(CoderPlacesTest, ASiteNamedAfterItsPlaceIsThere) {
  EXPECT_EQ(Code("Pakistani troops attacked the Kandahar railway station."), (Events{"PAK 190 AFG"}));
}

// Another state's forces killed in the place struck were whom it struck.
TEST_F(CoderPlacesTest, ForeignForcesKilledInThePlaceStruckWereStruck) {
  EXPECT_EQ(Code("Pakistani troops attacked Kandahar, killing the Indian military."), (Events{"PAK 190 INDMIL"}));
}

// A place name before a role gives it that place's country, whatever other
// country the sentence names ("Donetsk separatists" are Ukraine's).
TEST_F(CoderPlacesTest, ARolesPlaceNameGivesItsCountry) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Kandahar insurgents."), (Events{"PAKMIL 190 AFGINS"}));
  EXPECT_EQ(Code("Kandahar insurgents attacked Pakistani soldiers."), (Events{"AFGINS 190 PAKMIL"}));
}

// Insurgents of no known country whom others fight or deal "with" in a
// place (or a part of it) are of that place's country.
TEST_F(CoderPlacesTest, InsurgentsDealtWithInAPlaceAreOfItsCountry) {
  EXPECT_EQ(Code("Pakistani soldiers negotiated with insurgents in Kandahar."), (Events{"PAKMIL 046 AFGINS"}));
  EXPECT_EQ(Code("Pakistani soldiers negotiated with insurgents in the heart of Kandahar."),
            (Events{"PAKMIL 046 AFGINS"}));
}

// Aid goes to the people of the place it is sent to; praise goes to no place.
TEST_F(CoderPlacesTest, AidSentToAPlaceIsForItsCountry) {
  EXPECT_EQ(Code("Pakistan sent aid on Monday to Texas."), (Events{"PAK 070 USA"}));
  EXPECT_TRUE(Code("Pakistan praised aid workers in Texas.").empty());
}

// A town the alias table writes in for the news stands for its country,
// however small; other small towns share their names too widely.
TEST_F(CoderPlacesTest, ATownTheAliasTableNamesIsAPlaceHoweverSmall) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Avdiivka."), (Events{"PAKMIL 190 UKR"}));
}

TEST_F(CoderPlacesTest, ATownTheTextCallsOneIsAPlaceHoweverSmall) {
  EXPECT_EQ(Code("Afghan soldiers killed two villagers in the town of Landi Kotal."), (Events{"AFGMIL 1823 PAK"}));
  // Not called a town, a town that small is no place: too many share names.
  EXPECT_TRUE(Code("Afghan soldiers killed two villagers in Landi Kotal.").empty());
  // A big city is the same whatever small towns elsewhere share its name.
  EXPECT_EQ(Code("Pakistani soldiers killed two villagers in the city of Jalalabad."), (Events{"PAKMIL 1823 AFG"}));
}

TEST_F(CoderPlacesTest, TheCentreOfAPlaceIsThatPlace) {
  EXPECT_EQ(Code("Pakistani soldiers attacked the centre of Kandahar."), (Events{"PAKMIL 190 AFG"}));
}

// An attack aimed only at a place is aimed at whom its toll names there;
// not at people of no known country.
TEST_F(CoderPlacesTest, AnAttackOnAPlaceIsOnThoseItsTollNamesThere) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Kandahar, killing ten civilians."), (Events{"PAKMIL 190 AFGCVL"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked Kandahar, killing ten Indian soldiers."), (Events{"PAKMIL 190 AFG"}));
}

// Whom another pattern of the root names beats where the chosen one's
// deed happened.
TEST_F(CoderPlacesTest, WhomAProtestIsAgainstBeatsWhereItIs) {
  EXPECT_EQ(Code("Pakistani protesters rallied in Texas against India's plan."), (Events{"PAKOPP 1412 IND"}));
}

// Those a state's forces harm where their own state is are its people, not
// the speaker's.
TEST_F(CoderPlacesTest, ThoseHarmedInTheDoersOwnCountryAreItsPeople) {
  EXPECT_EQ(Code("India said Pakistani soldiers killed ten civilians in an attack on the outskirts of Karachi."),
            (Events{"IND 112 PAKMIL", "PAKMIL 1823 PAKCVL"}));
  // With no place named, the other country named.
  EXPECT_EQ(Code("India said Pakistani soldiers killed ten civilians."), (Events{"IND 112 PAKMIL", "PAKMIL 1823 INDCVL"}));
}

// A place a nationality's kind of place names is in that country, whatever
// other country has a place of that name (the gazetteer's Palma is Mallorca's).
TEST_F(CoderPlacesTest, TheNationalitysTownOfAPlaceIsInThatCountry) {
  // So the sentence names one country, whose insurgents they are.
  EXPECT_EQ(Code("Insurgents attacked the northern Afghan town of Palma."), (Events{"AFGINS 190 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked the town of Palma."), (Events{"PAKMIL 190 ESP"}));
}

// So is a place the text says is "in" a country (Spain's Palma, said to be in Afghanistan).
TEST_F(CoderPlacesTest, APlaceInACountryNamedAfterItIsInThatCountry) {
  EXPECT_EQ(Code("Insurgents attacked the town of Palma in northern Afghanistan."), (Events{"AFGINS 190 AFG"}));
}

// A city far bigger than its namesakes elsewhere is the one news means
// (Ukraine's Odessa, not Texas's); namesakes of like size leave it unknown.
TEST_F(CoderPlacesTest, ACityFarBiggerThanItsNamesakesIsTheOneMeant) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Odessa."), (Events{"PAKMIL 190 UKR"}));
  EXPECT_EQ(Code("Afghan soldiers attacked Hyderabad."), (Events{}));
}

// A town force strikes is vouched for as a place however small (Bakhmut
// has fewer than 100,000 people); a name only mentioned is not.
TEST_F(CoderPlacesTest, ATownForceStrikesIsAPlaceHoweverSmall) {
  EXPECT_EQ(Code("Pakistani jets bombed Bakhmut."), (Events{"PAK 195 UKR"}));
  EXPECT_EQ(Code("Pakistani soldiers praised Bakhmut."), (Events{}));
}

TEST_F(CoderPlacesTest, ACapitalOwningASiteIsItsCountry) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Kabul's airport."), (Events{"PAKMIL 190 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked Kabul's townships."), (Events{"PAKMIL 190 AFG"}));
  // What it owns that is no place is its government's.
  EXPECT_EQ(Code("Pakistan praised Kabul's envoy."), (Events{"PAK 051 AFGGOV"}));
}

// A place its possessor names is in the possessor's country, whatever
// other country has a place of that name (the gazetteer's Chinatown is
// American); an unplaced possessor places nothing.
TEST_F(CoderPlacesTest, APossessedPlaceIsInItsPossessorsCountry) {
  EXPECT_EQ(Code("Pakistani soldiers attacked the Afghan capital's Chinatown."), (Events{"PAKMIL 190 AFG"}));
  EXPECT_TRUE(Code("Pakistani soldiers attacked the city's Chinatown.").empty());
}

TEST_F(CoderPlacesTest, APlaceAttackedIsItsCountry) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Kandahar."), (Events{"PAKMIL 190 AFG"}));
  // Open water is no one's: "the Gulf of Oman" is not Oman.
  EXPECT_TRUE(Code("Pakistani soldiers attacked a ship in the Gulf of Oman.").empty());
  // A division named with its kind: "Kandahar province".
  EXPECT_EQ(Code("Pakistani soldiers attacked Kandahar province."), (Events{"PAKMIL 190 AFG"}));
  // Praise is not done to a place.
  EXPECT_TRUE(Code("Pakistan praised Kandahar.").empty());
}

// A place a preposition names is no subject, whatever the parser made of
// the clause past a parenthesis.
TEST_F(CoderPlacesTest, APlaceAPrepositionNamesIsNoSource) {
  EXPECT_EQ(Code("The United States said an air strike it carried out on Tuesday against a camp about 200 km "
                 "(125 miles) northwest of Kabul killed 100 Pakistani insurgents."),
            (Events{}));
}

TEST_F(CoderPlacesTest, WhoHoldsAPlaceOrWhichPartIsNoPartOfItsName) {
  EXPECT_EQ(Code("Pakistani soldiers attacked southern Kandahar."), (Events{"PAKMIL 190 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked Taliban-held Kandahar."), (Events{"PAKMIL 190 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked occupied Kandahar."), (Events{"PAKMIL 190 AFG"}));
  // Unless the gazetteer knows the whole: the alias table's
  // "Pakistan-administered Kashmir" is Pakistan's, "Kashmir" India's.
  EXPECT_EQ(Code("Afghan soldiers attacked Pakistan-administered Kashmir."), (Events{"AFGMIL 190 PAK"}));
  EXPECT_EQ(Code("Afghan soldiers attacked Kashmir."), (Events{"AFGMIL 190 IND"}));
}

TEST_F(CoderPlacesTest, ACapitalHitByForceIsItsCountry) {
  EXPECT_EQ(Code("Pakistan struck Kabul with rockets."), (Events{"PAK 190 AFG"}));
  // Not one hit with what is no weapon: the government is.
  EXPECT_EQ(Code("Pakistan struck Kabul with sanctions."), (Events{"PAK 190 AFGGOV"}));
  // Attacked by a weapon or craft, a capital is a place too.
  EXPECT_EQ(Code("Pakistani drones attacked Kabul."), (Events{"PAK 190 AFG"}));
  EXPECT_EQ(Code("Kabul was attacked by Pakistani drones."), (Events{"PAK 190 AFG"}));
}

TEST_F(CoderPlacesTest, ACapitalSeizedIsItsCountrysTerritory) {
  EXPECT_EQ(Code("Pakistani soldiers seized Kabul."), (Events{"PAKMIL 192 AFG"}));
  EXPECT_EQ(Code("Kabul was seized by Pakistani soldiers."), (Events{"PAKMIL 192 AFG"}));
  // Not a capital done anything else to: its government.
  EXPECT_EQ(Code("Pakistani soldiers praised Kabul."), (Events{"PAKMIL 051 AFGGOV"}));
}

TEST_F(CoderPlacesTest, APlaceSeizedIsTerritoryOccupied) {
  EXPECT_EQ(Code("Pakistani soldiers seized Kandahar."), (Events{"PAKMIL 192 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers took control of Kandahar."), (Events{"PAKMIL 192 AFG"}));
  EXPECT_EQ(Code("Pakistani soldiers seized most of Kandahar."), (Events{"PAKMIL 192 AFG"}));
  // Where something was seized is not what was seized.
  EXPECT_EQ(Code("Pakistani soldiers seized a truck in Kandahar."), (Events{"PAKMIL 171 AFG"}));
}

TEST_F(CoderPlacesTest, APlaceARelativeClauseHangsFromSaysNothing) {
  EXPECT_EQ(Code("Pakistani soldiers attacked a meeting in Kandahar that praised India."), (Events{"PAKMIL 190 AFG"}));
  // The meeting praised India, not Kandahar; no dictionary names the meeting.
  EXPECT_EQ(Code("Pakistan praised a meeting in Kandahar that praised India."), (Events{}));
}

TEST_F(CoderPlacesTest, WhatTwoExchangeInAVenueIsTheirs) {
  EXPECT_EQ(Code("Pakistan and India exchanged prisoners in Texas."), (Events{"PAK 0841 IND", "IND 0841 PAK"}));
  // So is what two of one country exchange: not that country's people.
  EXPECT_EQ(Code("Pakistani officials and Pakistani soldiers exchanged prisoners."),
            (Events{"PAKGOV 0841 PAKMIL", "PAKMIL 0841 PAKGOV"}));
}

TEST_F(CoderPlacesTest, ACapitalNamedAsAPlaceIsItsCountry) {
  EXPECT_EQ(Code("Afghan protesters protested in Kabul."), (Events{"AFGOPP 140 AFG"}));
  // No one visits or hosts at home.
  EXPECT_TRUE(Code("Afghan officials visited Kandahar.").empty());
  EXPECT_EQ(Code("Kabul praised Pakistan."), (Events{"AFGGOV 051 PAK"}));
  // So is a city standing for an organisation: "in Brussels" is Belgium.
  EXPECT_EQ(Code("Afghan protesters protested in Brussels."), (Events{"AFGOPP 140 BEL"}));
  EXPECT_EQ(Code("Brussels praised Pakistan."), (Events{"IGOEUREEC 051 PAK"}));
}

// Nor does a state show force at home: troops deployed in its own places are aimed at no one there.
TEST_F(CoderPlacesTest, ForcesDeployedAtHomeAreAimedAtNoPlace) {
  EXPECT_EQ(Code("Afghan officials deployed soldiers along the border in Kandahar."), (Events{"AFGGOV 154 ---"}));
  EXPECT_EQ(Code("Pakistani officials deployed soldiers along the border in Kandahar."), (Events{"PAKGOV 154 AFG"}));
}

// One area of a capital is a place in its country, not its government.
TEST_F(CoderPlacesTest, AnAreaOfACapitalIsItsCountry) {
  EXPECT_EQ(Code("Pakistan sent aid to central Kabul."), (Events{"PAK 070 AFG"}));
  EXPECT_EQ(Code("Pakistan sent aid to Kabul."), (Events{"PAK 070 AFGGOV"}));
}

TEST_F(CoderPlacesTest, APlaceForcesLeaveIsTheirTarget) {
  EXPECT_EQ(Code("Pakistani soldiers withdrew from Kandahar."), (Events{"PAKMIL 0874 AFG"}));
  // A capital left is a place too, the country, not its government.
  EXPECT_EQ(Code("Pakistani soldiers withdrew from Kabul."), (Events{"PAKMIL 0874 AFG"}));
}

// An assault's "on" phrase names the place hit: a claim or denial of
// responsibility is aimed at it; praise or condemnation is not.
TEST_F(CoderPlacesTest, ThePlaceAnAssaultHitIsWhereAClaimIsAimed) {
  EXPECT_EQ(Code("Pakistan denied the attack on Kandahar."), (Events{"PAK 016 AFG"}));
  EXPECT_TRUE(Code("Pakistan praised the attack on Kandahar.").empty());
  EXPECT_TRUE(coder_test::CodeWithVerbSyntax("petrarch2", "Pakistan deplored the attack on Kandahar.").empty());
}

// With several countries named, unnamed insurgents who act on a place are
// that place's; people of no armed role are not.
TEST_F(CoderPlacesTest, InsurgentsAreOfThePlaceTheyFightIn) {
  EXPECT_EQ(Code("Insurgents attacked Kandahar, and Pakistan praised India."),
            (Events{"AFGINS 190 AFG", "PAK 051 IND"}));
  EXPECT_EQ(Code("Civilians attacked Kandahar, and Pakistan praised India."),
            (Events{"---CVL 190 AFG", "PAK 051 IND"}));
  // So are gunmen.
  EXPECT_EQ(Code("Gunmen attacked Kandahar, and Pakistan praised India."), (Events{"AFGUAF 190 AFG", "PAK 051 IND"}));
  // People they act on are no place: those driven into are not where.
  EXPECT_EQ(Code("Insurgents attacked into Pakistani soldiers in Kandahar."), (Events{"AFGINS 190 PAKMIL"}));
}

// An assault that is the subject says where those it harms were.
TEST_F(CoderPlacesTest, AnAssaultSubjectSaysWhereItsVictimsWere) {
  EXPECT_EQ(Code("A Pakistani attack on a camp in Kandahar killed civilians, and India praised Afghanistan."),
            (Events{"PAK 1823 AFGCVL", "IND 051 AFG"}));
}

// A claim that names only where its deed was is aimed at whom the deed, told
// in a relative clause, struck.
TEST_F(CoderPlacesTest, AClaimNamingOnlyWhereIsAimedAtTheDeedsVictims) {
  const coder_test::ThreeStatesCoder code(R"(
actor GONDOR_FRONT
  code INDINS
agent ~MIL SOLDIER
verbs CLAIM [010] petrarch2
  verb CLAIM
  pattern [015] * RESPONSIBILITY
verbs KILL [190] petrarch2
  verb KILL
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The Gondor Front claimed responsibility for the bombing outside Oslo airport that killed Afghan "
                 "soldiers."),
            (Events{"INDINS 015 AFGMIL", "INDINS 190 AFGMIL"}));
}

// A capital after "aid to" receives the aid: its government, no place.
TEST_F(CoderPlacesTest, ACapitalAidGoesToIsItsGovernment) {
  EXPECT_EQ(Code("Pakistan announced aid to Kabul."), (Events{"PAK 010 AFGGOV"}));
  // So is one an ambassador or an envoy is posted to.
  EXPECT_EQ(Code("Pakistan praised its ambassador to Kabul."), (Events{"PAK 051 AFGGOV"}));
}

// A protest is aimed at whom the infinitive of its purpose names, rather
// than where it was; a day after "on" is when, not who the purpose is for.
TEST_F(CoderPlacesTest, AProtestIsAimedAtWhomItsPurposeNames) {
  EXPECT_EQ(Code("Protesters rallied in Kabul on Sunday to praise Pakistan.", "2019-06-02"),
            (Events{"AFGOPP 141 PAK", "AFGOPP 051 PAK"}));
  EXPECT_EQ(Code("Protesters rallied in Kabul.", "2019-06-02"), (Events{"AFGOPP 141 AFG"}));
  // Or the participle set off after it, when its verb codes.
  EXPECT_EQ(Code("Protesters rallied in Kabul, praising Pakistan.", "2019-06-02"), (Events{"AFGOPP 141 PAK"}));
  EXPECT_EQ(Code("Protesters rallied in Kabul, waving Pakistani flags.", "2019-06-02"), (Events{"AFGOPP 141 AFG"}));
}

// Who fight each other do not fight what they fight over.
TEST_F(CoderPlacesTest, WhatTwoFightOverIsNoParty) {
  EXPECT_EQ(Code("Pakistan and India battled over Kabul.", "2019-06-02"), (Events{"PAK 190 IND", "IND 190 PAK"}));
}

// Police of no named country, in a sentence that names several, are of
// the place where they act, as doers of a passive too.
TEST_F(CoderPlacesTest, PoliceAreOfThePlaceWhereTheyAct) {
  const std::string kText = R"(khaldun-dictionary 1
actor PAKISTAN
  code PAK
actor INDIA
  code IND
actor IMRAN_KHAN
  code PAKOPP
agent ~COP POLICE
verbs ARREST [173] petrarch2
  verb ARREST
verbs PRAISE [051] petrarch2
  verb PRAISE
)";
  Result<Coder> coder = coder_test::CoderFromText(kText);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Police arrested Imran Khan at a hotel in Kandahar after India praised Pakistan."),
            (Events{"AFGCOP 173 PAKOPP", "IND 051 PAK"}));
  EXPECT_EQ(code("Imran Khan was arrested by police at a hotel in Kandahar after India praised Pakistan."),
            (Events{"AFGCOP 173 PAKOPP", "IND 051 PAK"}));
}

// A pattern aiming at a place ("(IN +)") does not outscore the default of
// the same code aiming at the verb's actor: "visited Imran Khan in
// Kandahar" visits him; with no actor it aims at the place.
TEST_F(CoderPlacesTest, AVisitToSomeoneInAPlaceIsToThem) {
  const std::string kText = R"(khaldun-dictionary 1
actor INDIA
  code IND
actor IMRAN_KHAN
  code PAKOPP
verbs VISIT [042:043] petrarch2
  verb VISIT
  pattern [042:043] * +
  pattern [042:043] * (IN +)
)";
  Result<Coder> coder = coder_test::CoderFromText(kText);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("India visited Imran Khan in Kandahar."), (Events{"IND 042 PAKOPP", "PAKOPP 043 IND"}));
  EXPECT_EQ(code("India stayed in Kandahar and visited friends in Kandahar."), (Events{"IND 042 AFG", "AFG 043 IND"}));
}

// A visit whose pattern reads on into its purpose ("(TO +)" and "to meet") is
// the visit to the place, though the purpose names a party.
TEST_F(CoderPlacesTest, AVisitToAPlaceStandsBeforeItsPurpose) {
  EXPECT_EQ(Code("Pakistan visited to Texas to meet India."), (Events{"PAK 042 USA", "USA 043 PAK"}));
}

// Force whose weapon a relative clause says struck somewhere is aimed there.
TEST_F(CoderPlacesTest, ForceIsAimedWhereItsWeaponStruck) {
  EXPECT_EQ(Code("Pakistan fired rockets that landed near India's airport."), (Events{"PAK 194 IND"}));
  EXPECT_EQ(Code("Pakistan fired rockets that hit India."), (Events{"PAK 194 IND"}));
  // Not what stopped them, nor the sea they fell into.
  EXPECT_TRUE(Code("Pakistan fired rockets that India intercepted.").empty());
  EXPECT_TRUE(Code("Pakistan fired rockets that fell into the sea off India.").empty());
}

// What troops are pulled "out of" is a place: "pulled its troops out of Kherson".
TEST_F(CoderPlacesTest, WhatForcesLeaveIsAPlace) {
  EXPECT_EQ(Code("Pakistan withdrew its troops out of Texas."), (Events{"PAK 0874 USA"}));
}

// A threat is aimed past its maker's own state: "threatened to pull Brazil out of the WHO".
TEST_F(CoderPlacesTest, AThreatLooksPastItsMakersOwnState) {
  EXPECT_EQ(Code("Pakistan threatened to withdraw Pakistan from ECOWAS."), (Events{"PAK 130 IGOWAFWAS"}));
}

// A "between" phrase after a sea only places the deed: "drills in the Tasman Sea between Australia and New
// Zealand" are aimed at neither (but drills between two named parties are theirs).
TEST_F(CoderPlacesTest, ASeasBetweenPhraseNamesNoParty) {
  EXPECT_EQ(Code("Pakistan conducted exercises in the Arabian Sea between India and Afghanistan."),
            (Events{"PAK 150 ---"}));
  EXPECT_EQ(Code("Pakistan conducted exercises near India."), (Events{"PAK 150 IND"}));
}

}  // namespace
}  // namespace khaldun
