#include "geo/geolocator.h"

#include <gtest/gtest.h>

#include "geo/test_gazetteer.h"

namespace khaldun {
namespace {

class GeolocatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gazetteer_ = geo_test::CompiledGazetteer();
    if (gazetteer_ == nullptr) GTEST_SKIP() << "compiled gazetteer not built: " KHALDUN_TEST_GAZETTEER;
  }
  Location Locate(std::string_view sentence, std::string_view dateline = "", std::string_view hint = "") const {
    const std::vector<Token> tokens = geo_test::TokensOf(sentence);
    return Geolocator(*gazetteer_).Locate(tokens, dateline, hint);
  }
  const Gazetteer* gazetteer_ = nullptr;
};

TEST_F(GeolocatorTest, SeedSentences) {
  // The seed article's places, in sentences written for this test.
  Location islamabad = Locate("The envoy flew in Islamabad on Sunday for two days of talks before a tour of Qatar, "
                              "the United Arab Emirates (UAE), Germany and Belgium meant to end the war.",
                              "ISLAMABAD");
  EXPECT_EQ(islamabad.source, LocationSource::kSentence);
  EXPECT_EQ(islamabad.place.name, "Islamabad");
  EXPECT_EQ(islamabad.evidence, "in Islamabad");

  Location makkah = Locate("The two leaders talked for an hour at the Islamic summit in Makkah, officials said.");
  EXPECT_EQ(makkah.place.country_iso3, "SAU");
  EXPECT_EQ(makkah.place.name, "Mecca");

  Location doha = Locate("Negotiators are due to resume their talks in the Qatari capital Doha next week.");
  EXPECT_EQ(doha.place.name, "Doha");

  Location kabul = Locate("In Kabul, the minister met tribal elders and student leaders.");
  EXPECT_EQ(kabul.place.name, "Kabul");

  Location march = Locate("Dozens of marchers set off on foot on Thursday, walking from Lashkar Gah, the "
                          "provincial capital, to Musa Qala in the north of Helmand, organisers said.");
  EXPECT_EQ(march.source, LocationSource::kSentence);
  EXPECT_EQ(march.place.name, "Mūsá Qal‘ah");  // the destination
  EXPECT_EQ(march.place.province, "Helmand");
  EXPECT_EQ(march.evidence, "to Musa Qala");
}

TEST_F(GeolocatorTest, ASurnameAloneIsNoTown) {
  // Morales is a town in Colombia too; here it is the president named before.
  Location surname = Locate("The army urged President Evo Morales to step down, hours before Morales resigned.", "",
                            "BOL");
  EXPECT_EQ(surname.source, LocationSource::kActorCountry);
  EXPECT_EQ(surname.place.country_iso3, "BOL");
  // The town named alone stays one.
  Location town = Locate("Fighting was reported in Morales on Sunday.", "", "COL");
  EXPECT_EQ(town.source, LocationSource::kSentence);
  EXPECT_EQ(town.place.country_iso3, "COL");
}

TEST_F(GeolocatorTest, FallsBackToDatelineThenActorCountry) {
  Location dateline = Locate("The envoy said the talks would go on.", "ISLAMABAD", "AFG");
  EXPECT_EQ(dateline.source, LocationSource::kDateline);
  EXPECT_EQ(dateline.place.name, "Islamabad");
  EXPECT_EQ(dateline.evidence, "dateline ISLAMABAD");

  Location actor = Locate("The spokesman denied the report.", "", "AFG");
  EXPECT_EQ(actor.source, LocationSource::kActorCountry);
  EXPECT_EQ(actor.place.type, FeatureType::kCountry);
  EXPECT_EQ(actor.place.country_iso3, "AFG");

  EXPECT_FALSE(Locate("The spokesman denied the report.").found());
}

// "a" before a city's name and one of its sites leaves the preposition
// locative: "at a Moscow airport" is in Moscow, not in Germany, the origin.
TEST_F(GeolocatorTest, ACitysSiteAfterAIsWhere) {
  Location airport = Locate("He was detained by police at a Moscow airport after flying home from Germany.");
  EXPECT_EQ(airport.place.name, "Moscow");
  EXPECT_EQ(airport.evidence, "at Moscow");
}

TEST_F(GeolocatorTest, CommonWordsAreNotPlaces) {
  EXPECT_FALSE(Locate("Police said Most of the March protesters were Male students.").found());
  EXPECT_FALSE(Locate("Reading the statement, he called it Nice work.").found());
  EXPECT_EQ(Locate("Thousands rallied in Nice after the attack.").place.country_iso3, "FRA");
  EXPECT_EQ(Locate("The president was sworn in in Male.").place.country_iso3, "MDV");
}

TEST_F(GeolocatorTest, ACompassWordQualifyingANounIsNoRegion) {
  // Western (Uganda, Zambia, Ghana...) and Central are regions by name.
  EXPECT_FALSE(Locate("Zelensky appealed to Western allies for more air defences.").found());
  EXPECT_FALSE(Locate("The envoy spoke to Central Asian leaders.").found());
  EXPECT_EQ(Locate("Zelensky appealed to Western allies in Kyiv.").place.country_iso3, "UKR");
}

TEST_F(GeolocatorTest, AcronymsAreNotTownsOfTheirLetters) {
  // Un (India), Us (France), Nato (Philippines) are towns; UN, US and NATO
  // are not.
  EXPECT_FALSE(Locate("The UN condemned the attack.").found());
  EXPECT_FALSE(Locate("The US and NATO condemned the attack.").found());
  EXPECT_EQ(Locate("The UN condemned the attack in Sudan.").place.country_iso3, "SDN");
  // An acronym a place is known by still names it.
  EXPECT_EQ(Locate("Fighting went on in the UK.").place.country_iso3, "GBR");
}

TEST_F(GeolocatorTest, LongerProperNamesAreNotPlaces) {
  EXPECT_FALSE(Locate("Students of Kabul University protested.").found());
  EXPECT_FALSE(Locate("Prime Minister Imran Khan spoke.").found());
}

TEST_F(GeolocatorTest, DemonymBorder) {
  Location border = Locate("Fighting broke out near the Afghan border.");
  EXPECT_EQ(border.place.type, FeatureType::kCountry);
  EXPECT_EQ(border.place.country_iso3, "AFG");
}

TEST_F(GeolocatorTest, AStateNamedAfterAPlaceSaysWhichNamesakeItIs) {
  EXPECT_EQ(Locate("Pakistan criticized India in Paris.").place.country_iso3, "FRA");
  const Location texas = Locate("Pakistan criticized India in Paris, Texas.");
  EXPECT_EQ(texas.place.country_iso3, "USA");
  EXPECT_EQ(texas.place.province, "Texas");
  EXPECT_EQ(Locate("Officials met in Arlington, Virginia.").place.province, "Virginia");
}

TEST_F(GeolocatorTest, SeatsOfGovernmentAreTheirCapitals) {
  // Not White House, Tennessee, unless the state says so.
  EXPECT_EQ(Locate("The leader left the White House.").place.name, "Washington, D.C.");
  EXPECT_EQ(Locate("The Kremlin condemned the attack.").place.name, "Moscow");
  EXPECT_EQ(Locate("Officials met in White House, Tennessee.").place.province, "Tennessee");
}

TEST_F(GeolocatorTest, MultiWordNames) {
  EXPECT_EQ(Locate("Officials met in the United Arab Emirates.").place.country_iso3, "ARE");
  EXPECT_EQ(Locate("The minister spoke in New Delhi.").place.name, "New Delhi");
  EXPECT_EQ(Locate("Airstrikes hit Gaza City overnight.").place.country_iso3, "PSE");
}

}  // namespace
}  // namespace khaldun
