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
  Location islamabad = Locate("Khalilzad on Sunday arrived in Islamabad to attend a bilateral Pak-US consultative "
                              "meeting, during his two-week peace mission to Pakistan, Afghanistan, Belgium, Germany, "
                              "Qatar and the United Arab Emirates (UAE) to end the long-running Afghan war.",
                              "ISLAMABAD");
  EXPECT_EQ(islamabad.source, LocationSource::kSentence);
  EXPECT_EQ(islamabad.place.name, "Islamabad");
  EXPECT_EQ(islamabad.evidence, "in Islamabad");

  Location makkah = Locate("Regarding the meeting between Prime Minister Imran Khan and Afghan President Ashraf Ghani "
                           "on the sidelines of OIC summit in Makkah, Khalilzad took to Twitter.");
  EXPECT_EQ(makkah.place.country_iso3, "SAU");
  EXPECT_EQ(makkah.place.name, "Mecca");

  Location doha = Locate("He will speak with the Taliban in the Qatari capital Doha, where the two sides have "
                         "repeatedly met.");
  EXPECT_EQ(doha.place.name, "Doha");

  Location kabul = Locate("In Kabul, he will meet representatives of civil society and women's rights groups.");
  EXPECT_EQ(kabul.place.name, "Kabul");

  Location march = Locate("Bismillah Watandost, a spokesman for the People's Peace Movement, told AFP on Saturday "
                          "that about 30 people had started the walk late Thursday, heading from Lashkar Gah to "
                          "Musa Qala in Helmand province, a Taliban stronghold.");
  EXPECT_EQ(march.source, LocationSource::kSentence);
  EXPECT_EQ(march.place.name, "Mūsá Qal‘ah");  // the destination
  EXPECT_EQ(march.place.province, "Helmand");
  EXPECT_EQ(march.evidence, "to Musa Qala");
}

TEST_F(GeolocatorTest, FallsBackToDatelineThenActorCountry) {
  Location dateline = Locate("Khalilzad said the United States stands ready to assist.", "ISLAMABAD", "AFG");
  EXPECT_EQ(dateline.source, LocationSource::kDateline);
  EXPECT_EQ(dateline.place.name, "Islamabad");
  EXPECT_EQ(dateline.evidence, "dateline ISLAMABAD");

  Location actor = Locate("The spokesman denied the report.", "", "AFG");
  EXPECT_EQ(actor.source, LocationSource::kActorCountry);
  EXPECT_EQ(actor.place.type, FeatureType::kCountry);
  EXPECT_EQ(actor.place.country_iso3, "AFG");

  EXPECT_FALSE(Locate("The spokesman denied the report.").found());
}

TEST_F(GeolocatorTest, CommonWordsAreNotPlaces) {
  EXPECT_FALSE(Locate("Police said Most of the March protesters were Male students.").found());
  EXPECT_FALSE(Locate("Reading the statement, he called it Nice work.").found());
  EXPECT_EQ(Locate("Thousands rallied in Nice after the attack.").place.country_iso3, "FRA");
  EXPECT_EQ(Locate("The president was sworn in in Male.").place.country_iso3, "MDV");
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

TEST_F(GeolocatorTest, MultiWordNames) {
  EXPECT_EQ(Locate("Officials met in the United Arab Emirates.").place.country_iso3, "ARE");
  EXPECT_EQ(Locate("The minister spoke in New Delhi.").place.name, "New Delhi");
  EXPECT_EQ(Locate("Airstrikes hit Gaza City overnight.").place.country_iso3, "PSE");
}

}  // namespace
}  // namespace khaldun
