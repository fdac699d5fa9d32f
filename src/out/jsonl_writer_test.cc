#include "out/jsonl_writer.h"

#include <gtest/gtest.h>

#include "out/test_events.h"

namespace khaldun::out {
namespace {

TEST(JsonlWriterTest, EveryProvenanceField) {
  WriterOptions options;
  options.codes = &out_test::CameoCodes();
  const std::string text = out_test::WriteAll(EventFormat::kJsonl, {out_test::KhalilzadVisit()}, options);
  ASSERT_FALSE(text.empty());
  ASSERT_EQ(text.back(), '\n');
  ASSERT_EQ(text.find('\n'), text.size() - 1) << "one line per event";
  const nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["document"], "kabul-talks");
  EXPECT_EQ(j["sentence"], 3);
  EXPECT_EQ(j["date"], "2019-06-02");
  EXPECT_EQ(j["date_origin"], "document");
  EXPECT_EQ(j["source"]["code"], "USAGOV");
  EXPECT_EQ(j["source"]["text"], "U.S. envoy Zalmay Khalilzad");
  EXPECT_EQ(j["source"]["begin"], 120);
  EXPECT_EQ(j["source"]["end"], 147);
  EXPECT_EQ(j["source"]["how"], "actor+agent");
  EXPECT_EQ(j["source"]["entries"], nlohmann::json::array({"people/b-americas.txt:12"}));
  EXPECT_EQ(j["target"]["code"], "PAKGOV");
  EXPECT_EQ(j["target"]["entries"], nlohmann::json::array({"actors/countries.txt:301"}));
  // Each actor's location has the event location's fields.
  const nlohmann::json& envoy = j["source"]["location"];
  EXPECT_EQ(envoy["source"], "actor");
  EXPECT_EQ(envoy["evidence"], "actor country USA");
  EXPECT_EQ(envoy["name"], "United States");
  EXPECT_EQ(envoy["feature_type"], "country");
  EXPECT_EQ(envoy["country"], "USA");
  EXPECT_EQ(envoy["country_iso2"], "US");
  EXPECT_EQ(envoy["country_fips"], "US");
  EXPECT_EQ(envoy["country_name"], "United States");
  EXPECT_EQ(envoy["province"], "");
  EXPECT_EQ(envoy["adm1_code"], "");
  EXPECT_DOUBLE_EQ(envoy["lat"].get<double>(), 38.0);
  EXPECT_DOUBLE_EQ(envoy["lon"].get<double>(), -97.0);
  EXPECT_EQ(envoy["place_id"], 0xE0000000u + 840);
  EXPECT_EQ(envoy.size(), 13u);
  EXPECT_EQ(j["target"]["location"]["source"], "mention");
  EXPECT_EQ(j["target"]["location"]["evidence"], "Pakistan");
  EXPECT_EQ(j["target"]["location"]["country_fips"], "PK");
  EXPECT_EQ(j["code"], "042");
  EXPECT_EQ(j["code_name"], "Make a visit");
  EXPECT_EQ(j["verb"]["text"], "arrived");
  EXPECT_EQ(j["verb"]["begin"], 148);
  EXPECT_EQ(j["verb"]["end"], 155);
  EXPECT_EQ(j["pattern"], "- * IN [042]");
  EXPECT_EQ(j["pattern_entry"], "verbs/01-05-cooperation.txt:88");
  EXPECT_EQ(j["notes"], nlohmann::json::array({"reported by USAGOV"}));
  EXPECT_EQ(j["reported_by"], "");
  EXPECT_EQ(j["issues"], nlohmann::json::array({"PEACE"}));
  EXPECT_EQ(j["sentence_text"], "U.S. envoy Zalmay Khalilzad arrived in Islamabad to meet Pakistan's leaders.");
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_EQ(j["plover"]["event"], "CONSULT");
  EXPECT_EQ(j["plover"]["mode"], "visit");
  EXPECT_EQ(j["plover"]["context"], "");
  const nlohmann::json& at = j["location"];
  EXPECT_EQ(at["source"], "sentence");
  EXPECT_EQ(at["evidence"], "in Islamabad");
  EXPECT_EQ(at["name"], "Islamabad");
  EXPECT_EQ(at["feature_type"], "capital");
  EXPECT_EQ(at["country"], "PAK");
  EXPECT_EQ(at["country_iso2"], "PK");
  EXPECT_EQ(at["country_fips"], "PK");
  EXPECT_EQ(at["country_name"], "Pakistan");
  EXPECT_EQ(at["province"], "Islamabad");
  EXPECT_EQ(at["adm1_code"], "PK08");
  EXPECT_DOUBLE_EQ(at["lat"].get<double>(), 33.72148);
  EXPECT_DOUBLE_EQ(at["lon"].get<double>(), 73.04329);
  EXPECT_EQ(at["place_id"], 1176615);
  EXPECT_EQ(at.size(), 13u) << "no field left out";
}

TEST(JsonlWriterTest, UnknownCodeAndLocationWithoutATable) {
  const std::string text = out_test::WriteAll(EventFormat::kJsonl, {out_test::TalibanAttack()}, {});
  const nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["code_name"], "");
  EXPECT_FALSE(j.contains("goldstein"));
  EXPECT_FALSE(j.contains("plover"));
  EXPECT_EQ(j["location"], nlohmann::json({{"source", "none"}}));
  EXPECT_EQ(j["target"]["code"], "---");
  EXPECT_EQ(j["target"]["location"], nlohmann::json({{"source", "none"}}));
  EXPECT_EQ(j["source"]["location"]["country"], "AFG");
  EXPECT_EQ(j["date_origin"], "none");
}

TEST(JsonlWriterTest, InvalidUtf8IsReplacedNotFatal) {
  Event event = out_test::TalibanAttack();
  event.sentence_text = "bad \xff byte";
  const std::string text = out_test::WriteAll(EventFormat::kJsonl, {event}, {});
  const nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["sentence_text"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace khaldun::out
