#include "out/cameo_actor_code.h"

#include <gtest/gtest.h>

namespace khaldun::out {
namespace {

TEST(CameoActorCodeTest, CountryThenTypes) {
  CameoActorCode usa = SplitCameoActorCode("USAGOV");
  EXPECT_EQ(usa.country, "USA");
  EXPECT_EQ(usa.type1, "GOV");
  EXPECT_EQ(usa.known_group, "");
  CameoActorCode pak = SplitCameoActorCode("PAKMILREBSPYCOP");
  EXPECT_EQ(pak.country, "PAK");
  EXPECT_EQ(pak.type1, "MIL");
  EXPECT_EQ(pak.type2, "REB");
  EXPECT_EQ(pak.type3, "SPY");
  EXPECT_EQ(SplitCameoActorCode("AFG").country, "AFG");
}

TEST(CameoActorCodeTest, KnownGroups) {
  CameoActorCode un = SplitCameoActorCode("IGOUNO");
  EXPECT_EQ(un.country, "");
  EXPECT_EQ(un.known_group, "UNO");
  EXPECT_EQ(un.type1, "IGO");
  CameoActorCode is = SplitCameoActorCode("IMGMUSISI");
  EXPECT_EQ(is.known_group, "ISI");
  EXPECT_EQ(is.religion1, "MUS");
  EXPECT_EQ(is.type1, "IMG");
  CameoActorCode eu = SplitCameoActorCode("IGOEUREEC");
  EXPECT_EQ(eu.country, "EUR");
  EXPECT_EQ(eu.known_group, "EEC");
  CameoActorCode ngo = SplitCameoActorCode("NGOISRHRI");
  EXPECT_EQ(ngo.country, "ISR");
  EXPECT_EQ(ngo.type1, "NGO");
  EXPECT_EQ(ngo.type2, "HRI");
  EXPECT_EQ(ngo.known_group, "");
}

TEST(CameoActorCodeTest, Religions) {
  CameoActorCode catholics = SplitCameoActorCode("ITACHRCTH");
  EXPECT_EQ(catholics.country, "ITA");
  EXPECT_EQ(catholics.religion1, "CHR");
  EXPECT_EQ(catholics.religion2, "CTH");
}

TEST(CameoActorCodeTest, NoActorNoParts) {
  for (const char* code : {"", "---", "usagov", "US"}) {
    CameoActorCode parts = SplitCameoActorCode(code);
    EXPECT_EQ(parts.country, "") << code;
    EXPECT_EQ(parts.type1, "") << code;
    EXPECT_EQ(parts.known_group, "") << code;
  }
  EXPECT_TRUE(IsCameoCountry("ZWE"));
  EXPECT_TRUE(IsCameoCountry("WST"));
  EXPECT_FALSE(IsCameoCountry("GOV"));
  EXPECT_FALSE(IsCameoCountry("BW "));
}

}  // namespace
}  // namespace khaldun::out
