#include "geo/country_codes.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace khaldun {
namespace {

TEST(CountryCodesTest, KeepsEachCodeOnceInOrder) {
  CountryCodes codes;
  EXPECT_TRUE(codes.view().empty());
  codes.Add("AFG");
  codes.Add("");
  codes.Add("PAK");
  codes.Add("AFG");
  ASSERT_EQ(codes.view().size(), 2u);
  EXPECT_EQ(codes.view()[0], "AFG");
  EXPECT_EQ(codes.view()[1], "PAK");
}

TEST(CountryCodesTest, AgreesWithAPlainVectorPastItsInlineRoom) {
  // Random additions from a few codes (repeats and empties among them),
  // up to well past the in-place room, against a vector searched in full.
  const std::string pool[] = {"", "AFG", "PAK", "IRN", "IRQ", "SYR", "USA", "RUS", "CHN", "IND", "TUR"};
  std::mt19937 random(7);
  for (int round = 0; round < 500; ++round) {
    CountryCodes codes;
    std::vector<std::string_view> plain;
    for (int added = random() % 16; added > 0; --added) {
      const std::string_view code = pool[random() % std::size(pool)];
      codes.Add(code);
      if (!code.empty() && std::find(plain.begin(), plain.end(), code) == plain.end()) plain.push_back(code);
      ASSERT_EQ(std::vector<std::string_view>(codes.view().begin(), codes.view().end()), plain);
    }
  }
}

}  // namespace
}  // namespace khaldun
