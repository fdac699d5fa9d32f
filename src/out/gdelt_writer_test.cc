#include "out/gdelt_writer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "out/test_events.h"

namespace khaldun::out {
namespace {

using out_test::CameoCodes;
using out_test::Split;

// Column name -> value of one GDELT row.
std::map<std::string, std::string> Named(const std::string& line) {
  std::vector<std::string> values = Split(line, '\t');
  EXPECT_EQ(values.size(), kGdeltColumnCount) << line;
  std::map<std::string, std::string> row;
  for (size_t i = 0; i < values.size() && i < kGdeltColumnCount; ++i) {
    row[std::string(GdeltColumnNames()[i])] = values[i];
  }
  return row;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines = Split(text, '\n');
  EXPECT_EQ(lines.back(), "") << "output must end with a line break";
  lines.pop_back();
  return lines;
}

WriterOptions Options() {
  WriterOptions options;
  options.codes = &CameoCodes();
  options.date_added = "20190602120000";
  return options;
}

// The named columns of the one row `event` gives.
std::map<std::string, std::string> RowOf(const Event& event) {
  return Named(Lines(out_test::WriteAll(EventFormat::kGdelt, {event}, Options())).at(0));
}

TEST(GdeltWriterTest, ColumnNamesAreGdelts61InOrder) {
  const auto& names = GdeltColumnNames();
  ASSERT_EQ(names.size(), 61u);
  EXPECT_EQ(names[0], "GLOBALEVENTID");
  EXPECT_EQ(names[5], "Actor1Code");
  EXPECT_EQ(names[15], "Actor2Code");
  EXPECT_EQ(names[25], "IsRootEvent");
  EXPECT_EQ(names[26], "EventCode");
  EXPECT_EQ(names[29], "QuadClass");
  EXPECT_EQ(names[30], "GoldsteinScale");
  EXPECT_EQ(names[35], "Actor1Geo_Type");
  EXPECT_EQ(names[51], "ActionGeo_Type");
  EXPECT_EQ(names[56], "ActionGeo_Lat");
  EXPECT_EQ(names[57], "ActionGeo_Long");
  EXPECT_EQ(names[59], "DATEADDED");
  EXPECT_EQ(names[60], "SOURCEURL");
}

// The names agree with GDELT's own column list when ../shared has it.
TEST(GdeltWriterTest, ColumnNamesMatchTheGdeltCodebook) {
  const std::string path =
      std::string(KHALDUN_SHARED_DIR) + "/anchors/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference data absent: " << path;
  std::string line;
  std::getline(in, line);  // tableId,dataType,Empty,Description
  std::vector<std::string> names;
  while (std::getline(in, line)) {
    if (!line.empty()) names.push_back(line.substr(0, line.find(',')));
  }
  ASSERT_EQ(names.size(), kGdeltColumnCount);
  for (size_t i = 0; i < names.size(); ++i) EXPECT_EQ(GdeltColumnNames()[i], names[i]) << "column " << i;
}

TEST(GdeltWriterTest, EveryColumnOfAVisitInIslamabad) {
  std::vector<std::string> lines =
      Lines(out_test::WriteAll(EventFormat::kGdelt, {out_test::KhalilzadVisit()}, Options()));
  ASSERT_EQ(lines.size(), 1u) << "no header line";
  std::vector<std::string> columns = Split(lines[0], '\t');
  ASSERT_EQ(columns.size(), 61u);
  const std::vector<std::string> expected = {
      "1", "20190602", "201906", "2019", "2019.4986",                           // id, dates
      "USAGOV", "U.S. envoy Zalmay Khalilzad", "USA", "", "", "", "", "GOV", "", "",  // Actor1
      "PAKGOV", "Pakistan", "PAK", "", "", "", "", "GOV", "", "",                      // Actor2
      "1", "042", "042", "04", "1", "1.9", "1", "1", "1", "",                          // event
      "1", "United States", "US", "US", "", "38.0000", "-97.0000", "US",               // Actor1Geo
      "1", "Pakistan", "PK", "PK", "", "30.0000", "70.0000", "PK",                     // Actor2Geo
      "4", "Islamabad, Pakistan", "PK", "PK08", "", "33.7215", "73.0433", "1176615",   // ActionGeo
      "20190602120000", "kabul-talks"};
  ASSERT_EQ(expected.size(), 61u);
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(columns[i], expected[i]) << GdeltColumnNames()[i];
}

TEST(GdeltWriterTest, KnownGroupsReligionsProvincesAndFourDigitCodes) {
  std::vector<std::string> lines =
      Lines(out_test::WriteAll(EventFormat::kGdelt, {out_test::UnAccusation()}, Options()));
  ASSERT_EQ(lines.size(), 1u);
  std::map<std::string, std::string> row = Named(lines[0]);
  EXPECT_EQ(row["Actor1Code"], "IGOUNO");
  EXPECT_EQ(row["Actor1CountryCode"], "");
  EXPECT_EQ(row["Actor1KnownGroupCode"], "UNO");
  EXPECT_EQ(row["Actor1Type1Code"], "IGO");
  EXPECT_EQ(row["Actor2Code"], "IMGMUSISI");
  EXPECT_EQ(row["Actor2Name"], "the \"Islamic State\"");
  EXPECT_EQ(row["Actor2KnownGroupCode"], "ISI");
  EXPECT_EQ(row["Actor2Religion1Code"], "MUS");
  EXPECT_EQ(row["Actor2Type1Code"], "IMG");
  EXPECT_EQ(row["EventCode"], "1121");
  EXPECT_EQ(row["EventBaseCode"], "112");
  EXPECT_EQ(row["EventRootCode"], "11");
  EXPECT_EQ(row["QuadClass"], "3");
  EXPECT_EQ(row["GoldsteinScale"], "-2.0");
  EXPECT_EQ(row["ActionGeo_Type"], "5");
  EXPECT_EQ(row["ActionGeo_FullName"], "Helmand, Afghanistan");
  EXPECT_EQ(row["ActionGeo_CountryCode"], "AF");
  EXPECT_EQ(row["ActionGeo_ADM1Code"], "AF10");
  EXPECT_EQ(row["ActionGeo_ADM2Code"], "");
  EXPECT_EQ(row["ActionGeo_Lat"], "31.0000");
  EXPECT_EQ(row["ActionGeo_Long"], "64.0000");
  EXPECT_EQ(row["ActionGeo_FeatureID"], "") << "gazetteer-made ids are not GNS ids";
  // Neither the UN nor the Islamic State has a country in its code.
  for (const char* column : {"Actor1Geo_", "Actor2Geo_"}) {
    EXPECT_EQ(row[std::string(column) + "Type"], "0") << column;
    for (const char* field : {"FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}) {
      EXPECT_EQ(row[std::string(column) + field], "") << column << field;
    }
  }
}

// GDELT's country codes are FIPS 10-4: Germany is GM (ISO DE), Berlin's
// division GM16; a province without a known FIPS code gets the country's;
// a country with no FIPS code leaves the code columns empty, never ISO.
TEST(GdeltWriterTest, CountryAndDivisionCodesAreFips) {
  Event event = out_test::KhalilzadVisit();
  EventLocation& at = event.location;
  at.name = "Berlin";
  at.feature_type = "capital";
  at.country_iso3 = "DEU";
  at.country_iso2 = "DE";
  at.country_fips = "GM";
  at.country_name = "Germany";
  at.province = "Berlin";
  at.adm1_code = "GM16";
  at.place_id = 2950159;
  std::map<std::string, std::string> row = RowOf(event);
  EXPECT_EQ(row["ActionGeo_FullName"], "Berlin, Germany");
  EXPECT_EQ(row["ActionGeo_CountryCode"], "GM");
  EXPECT_EQ(row["ActionGeo_ADM1Code"], "GM16");
  EXPECT_EQ(row["ActionGeo_FeatureID"], "2950159");

  at.name = "Bavaria";
  at.feature_type = "admin1";
  at.province = "Bavaria";
  at.adm1_code = "";  // a division whose FIPS code the gazetteer lacks
  at.place_id = 0xE1000100u;
  row = RowOf(event);
  EXPECT_EQ(row["ActionGeo_Type"], "5");
  EXPECT_EQ(row["ActionGeo_CountryCode"], "GM");
  EXPECT_EQ(row["ActionGeo_ADM1Code"], "GM");
  EXPECT_EQ(row["ActionGeo_FeatureID"], "");

  at.name = "Mariehamn";  // Aland: FIPS has no code of its own
  at.feature_type = "capital";
  at.country_iso3 = "ALA";
  at.country_iso2 = "AX";
  at.country_fips = "";
  at.country_name = "Åland Islands";
  at.province = "";
  row = RowOf(event);
  EXPECT_EQ(row["ActionGeo_FullName"], "Mariehamn, Åland Islands");
  EXPECT_EQ(row["ActionGeo_CountryCode"], "");
  EXPECT_EQ(row["ActionGeo_ADM1Code"], "");
  EXPECT_EQ(row["ActionGeo_Lat"], "33.7215") << "coordinates stay";

  event.target.location.country_fips = "";  // a country-level actor of an unmapped country
  row = RowOf(event);
  EXPECT_EQ(row["Actor2Geo_Type"], "1");
  EXPECT_EQ(row["Actor2Geo_CountryCode"], "");
  EXPECT_EQ(row["Actor2Geo_ADM1Code"], "");
  EXPECT_EQ(row["Actor2Geo_FeatureID"], "");
}

// Actor geography: a city named with the actor wins over its code's country.
TEST(GdeltWriterTest, ActorGeoFromTheActorsLocation) {
  Event event = out_test::KhalilzadVisit();
  event.source.location = event.location;  // "U.S. envoy in Islamabad"
  event.source.location.source = "mention";
  std::map<std::string, std::string> row = RowOf(event);
  EXPECT_EQ(row["Actor1Geo_Type"], "4");
  EXPECT_EQ(row["Actor1Geo_FullName"], "Islamabad, Pakistan");
  EXPECT_EQ(row["Actor1Geo_CountryCode"], "PK");
  EXPECT_EQ(row["Actor1Geo_ADM1Code"], "PK08");
  EXPECT_EQ(row["Actor1Geo_FeatureID"], "1176615");
  EXPECT_EQ(row["Actor2Geo_Type"], "1");
  EXPECT_EQ(row["Actor2Geo_FullName"], "Pakistan");
}

TEST(GdeltWriterTest, MissingTargetDateAndLocationLeaveColumnsEmpty) {
  std::vector<std::string> lines =
      Lines(out_test::WriteAll(EventFormat::kGdelt, {out_test::TalibanAttack()}, Options()));
  ASSERT_EQ(lines.size(), 1u);
  std::vector<std::string> columns = Split(lines[0], '\t');
  ASSERT_EQ(columns.size(), 61u);
  for (size_t i : {1, 2, 3, 4}) EXPECT_EQ(columns[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(columns[5], "AFGINS");
  EXPECT_EQ(columns[7], "AFG");
  EXPECT_EQ(columns[12], "INS");
  for (size_t i = 15; i < 25; ++i) EXPECT_EQ(columns[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(columns[26], "190");
  EXPECT_EQ(columns[27], "190");
  EXPECT_EQ(columns[28], "19");
  EXPECT_EQ(columns[29], "4");
  EXPECT_EQ(columns[30], "-10.0");
  // Actor1Geo: the fighters' country (AFGINS); Actor2Geo: no target.
  const std::vector<std::string> actor1_geo = {"1", "Afghanistan", "AF", "AF", "", "33.0000", "65.0000", "AF"};
  for (size_t i = 0; i < 8; ++i) EXPECT_EQ(columns[35 + i], actor1_geo[i]) << GdeltColumnNames()[35 + i];
  EXPECT_EQ(columns[43], "0");
  for (size_t i = 44; i < 51; ++i) EXPECT_EQ(columns[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(columns[51], "0");
  for (size_t i = 52; i < 59; ++i) EXPECT_EQ(columns[i], "") << GdeltColumnNames()[i];
}

TEST(GdeltWriterTest, IdsCountUpAndRootEventIsTheFirstCodedSentence) {
  Event second_in_sentence = out_test::KhalilzadVisit();
  second_in_sentence.code = "040";
  std::vector<std::string> lines = Lines(out_test::WriteAll(
      EventFormat::kGdelt,
      {out_test::KhalilzadVisit(), second_in_sentence, out_test::UnAccusation(), out_test::TalibanAttack()},
      Options()));
  ASSERT_EQ(lines.size(), 4u);
  const std::vector<std::pair<std::string, std::string>> id_root = {{"1", "1"}, {"2", "1"}, {"3", "0"}, {"4", "1"}};
  for (size_t i = 0; i < lines.size(); ++i) {
    std::map<std::string, std::string> row = Named(lines[i]);
    EXPECT_EQ(row["GLOBALEVENTID"], id_root[i].first);
    EXPECT_EQ(row["IsRootEvent"], id_root[i].second) << "event " << i;
  }
}

TEST(GdeltWriterTest, WithoutACodeTableQuadClassFollowsTheRoot) {
  std::vector<std::string> lines = Lines(out_test::WriteAll(EventFormat::kGdelt, {out_test::KhalilzadVisit()}, {}));
  std::map<std::string, std::string> row = Named(lines.at(0));
  EXPECT_EQ(row["QuadClass"], "1");
  EXPECT_EQ(row["GoldsteinScale"], "");
  EXPECT_EQ(row["DATEADDED"], "");
}

TEST(GdeltWriterTest, GeoTypes) {
  EventLocation at;
  EXPECT_EQ(GdeltGeoType(at), 0);
  at.source = "actor";
  at.feature_type = "country";
  EXPECT_EQ(GdeltGeoType(at), 1);
  at.feature_type = "admin1";
  at.country_iso3 = "USA";
  EXPECT_EQ(GdeltGeoType(at), 2);
  at.feature_type = "city";
  EXPECT_EQ(GdeltGeoType(at), 3);
  at.country_iso3 = "AFG";
  EXPECT_EQ(GdeltGeoType(at), 4);
  at.feature_type = "district";
  EXPECT_EQ(GdeltGeoType(at), 5);
}

TEST(GdeltWriterTest, TabsAndLineBreaksInTextNeverSplitARow) {
  Event event = out_test::KhalilzadVisit();
  event.source.text = "Zalmay\tKhalilzad\n";
  std::vector<std::string> lines = Lines(out_test::WriteAll(EventFormat::kGdelt, {event}, Options()));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Named(lines[0])["Actor1Name"], "Zalmay Khalilzad ");
}

}  // namespace
}  // namespace khaldun::out
