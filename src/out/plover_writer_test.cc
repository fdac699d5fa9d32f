#include "out/plover_writer.h"

#include <gtest/gtest.h>

#include <vector>

#include "out/test_events.h"

namespace khaldun::out {
namespace {

std::vector<nlohmann::json> Records(const std::vector<Event>& events, const dict::EventCodeTable* codes) {
  WriterOptions options;
  options.codes = codes;
  std::vector<nlohmann::json> records;
  for (const std::string& line : out_test::Split(out_test::WriteAll(EventFormat::kPlover, events, options), '\n')) {
    if (!line.empty()) records.push_back(nlohmann::json::parse(line));
  }
  return records;
}

TEST(PloverWriterTest, EveryFieldOfAVisit) {
  std::vector<nlohmann::json> records = Records({out_test::KhalilzadVisit()}, &out_test::CameoCodes());
  ASSERT_EQ(records.size(), 1u);
  const nlohmann::json& r = records[0];
  EXPECT_EQ(r["id"], "kabul-talks:3:1");
  EXPECT_EQ(r["date"], "2019-06-02");
  EXPECT_EQ(r["event_type"], "CONSULT");
  EXPECT_EQ(r["mode"], "visit");
  EXPECT_EQ(r["context"], nlohmann::json::array());
  EXPECT_EQ(r["actor"]["code"], "USAGOV");
  EXPECT_EQ(r["actor"]["country"], "USA");
  EXPECT_EQ(r["actor"]["text"], "U.S. envoy Zalmay Khalilzad");
  EXPECT_EQ(r["actor"]["location"], nlohmann::json({{"name", "United States"},
                                                     {"country", "USA"},
                                                     {"admin1", nullptr},
                                                     {"lat", 38.0},
                                                     {"lon", -97.0},
                                                     {"feature_type", "country"},
                                                     {"source", "actor"},
                                                     {"evidence", "actor country USA"}}));
  EXPECT_EQ(r["actor"].size(), 4u);
  EXPECT_EQ(r["recipient"]["code"], "PAKGOV");
  EXPECT_EQ(r["recipient"]["country"], "PAK");
  EXPECT_EQ(r["recipient"]["text"], "Pakistan");
  EXPECT_EQ(r["recipient"]["location"]["name"], "Pakistan");
  EXPECT_EQ(r["recipient"]["location"]["source"], "mention");
  EXPECT_EQ(r["location"]["name"], "Islamabad");
  EXPECT_EQ(r["location"]["country"], "PAK");
  EXPECT_EQ(r["location"]["admin1"], "Islamabad");
  EXPECT_DOUBLE_EQ(r["location"]["lat"].get<double>(), 33.72148);
  EXPECT_DOUBLE_EQ(r["location"]["lon"].get<double>(), 73.04329);
  EXPECT_EQ(r["location"]["feature_type"], "capital");
  EXPECT_EQ(r["location"]["source"], "sentence");
  EXPECT_EQ(r["location"]["evidence"], "in Islamabad");
  EXPECT_EQ(r["cameo"]["code"], "042");
  EXPECT_EQ(r["cameo"]["root"], "04");
  EXPECT_DOUBLE_EQ(r["cameo"]["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(r["cameo"]["quad_class"], 1);
  EXPECT_EQ(r["provenance"]["document"], "kabul-talks");
  EXPECT_EQ(r["provenance"]["sentence"], 3);
  EXPECT_EQ(r["provenance"]["verb"], "arrived");
  EXPECT_EQ(r["provenance"]["pattern_entry"], "verbs/01-05-cooperation.txt:88");
}

TEST(PloverWriterTest, TypeModeAndContextsComeFromTheCodeTable) {
  const dict::EventCodeTable& codes = out_test::CameoCodes();
  std::vector<nlohmann::json> records = Records({out_test::UnAccusation(), out_test::TalibanAttack()}, &codes);
  ASSERT_EQ(records.size(), 2u);
  // 1121: ACCUSE / allege / crime;corruption, as the table says.
  const dict::EventCodeInfo* accuse = codes.Find("1121");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(records[0]["event_type"], accuse->plover_event);
  EXPECT_EQ(records[0]["event_type"], "ACCUSE");
  EXPECT_EQ(records[0]["mode"], "allege");
  EXPECT_EQ(records[0]["context"], nlohmann::json::array({"crime", "corruption"}));
  EXPECT_EQ(records[0]["actor"]["country"], nullptr);
  EXPECT_EQ(records[0]["actor"]["location"], nullptr);
  EXPECT_EQ(records[0]["location"]["admin1"], "Helmand");
  // 190: ASSAULT, no mode, military context; no recipient, date or location.
  EXPECT_EQ(records[1]["id"], "doc-2:1:1");
  EXPECT_EQ(records[1]["event_type"], "ASSAULT");
  EXPECT_EQ(records[1]["mode"], nullptr);
  EXPECT_EQ(records[1]["context"], nlohmann::json::array({"military"}));
  EXPECT_EQ(records[1]["date"], nullptr);
  EXPECT_EQ(records[1]["recipient"], nullptr);
  EXPECT_EQ(records[1]["location"], nullptr);
}

TEST(PloverWriterTest, IdsCountEventsWithinASentence) {
  Event again = out_test::KhalilzadVisit();
  again.code = "010";  // a statement: no PLOVER type in the table
  std::vector<nlohmann::json> records =
      Records({out_test::KhalilzadVisit(), again, out_test::UnAccusation()}, &out_test::CameoCodes());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["id"], "kabul-talks:3:1");
  EXPECT_EQ(records[1]["id"], "kabul-talks:3:2");
  EXPECT_EQ(records[1]["event_type"], nullptr);
  EXPECT_EQ(records[2]["id"], "kabul-talks:5:1");
}

}  // namespace
}  // namespace khaldun::out
