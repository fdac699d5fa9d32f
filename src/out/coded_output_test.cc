// Events from the real coder (a small inline native dictionary, as
// code/coder_test.cc does) through every format.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/coder.h"
#include "dict/native_format.h"
#include "dict/source_file.h"
#include "out/gdelt_writer.h"
#include "out/jsonl_writer.h"
#include "out/test_events.h"

namespace khaldun::out {
namespace {

constexpr char kDictionary[] = R"(khaldun-dictionary 1
actor PAKISTAN
  code PAK
actor ZALMAY_KHALILZAD
  alias KHALILZAD
  code USAGOV
actor TALIBAN
  code AFGINS
verbs VISIT [042] petrarch2
  verb VISIT {VISITS VISITED VISITING}
verbs ATTACK [190] petrarch2
  verb ATTACK {ATTACKS ATTACKED ATTACKING}
)";

class CodedOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dict::Dictionary dictionary;
    Diagnostics diagnostics;
    dict::ReadNative(dict::SourceFile::FromText("test.txt", kDictionary), &dictionary, &diagnostics);
    ASSERT_EQ(diagnostics.error_count(), 0u) << diagnostics.all().front().ToString();
    Result<Coder> coder = Coder::Create(std::move(dictionary));
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    Document document;
    document.id = "http://example.com/talks";
    document.date = "2019-06-02";
    document.text = "Khalilzad visited Pakistan on Sunday.\n\nThe Taliban attacked Pakistan.\n";
    CoderWorkspace workspace;
    coder.value().CodeDocument(document, &workspace, &events_);
  }
  std::vector<Event> events_;
};

TEST_F(CodedOutputTest, GdeltRowsOfCodedEvents) {
  ASSERT_EQ(events_.size(), 2u);
  WriterOptions options;
  options.codes = &out_test::CameoCodes();
  options.date_added = "20240101000000";
  std::vector<std::string> lines = out_test::Split(out_test::WriteAll(EventFormat::kGdelt, events_, options), '\n');
  ASSERT_EQ(lines.size(), 3u);
  std::vector<std::string> visit = out_test::Split(lines[0], '\t');
  std::vector<std::string> attack = out_test::Split(lines[1], '\t');
  ASSERT_EQ(visit.size(), 61u);
  ASSERT_EQ(attack.size(), 61u);
  EXPECT_EQ(visit[0], "1");
  EXPECT_EQ(visit[1], "20190602");
  EXPECT_EQ(visit[5], "USAGOV");
  EXPECT_EQ(visit[6], "Khalilzad");
  EXPECT_EQ(visit[7], "USA");
  EXPECT_EQ(visit[12], "GOV");
  EXPECT_EQ(visit[15], "PAK");
  EXPECT_EQ(visit[17], "PAK");
  EXPECT_EQ(visit[25], "1");
  EXPECT_EQ(visit[26], "042");
  EXPECT_EQ(visit[28], "04");
  EXPECT_EQ(visit[29], "1");
  EXPECT_EQ(visit[30], "1.9");
  EXPECT_EQ(visit[59], "20240101000000");
  EXPECT_EQ(visit[60], "http://example.com/talks");
  EXPECT_EQ(attack[0], "2");
  EXPECT_EQ(attack[5], "AFGINS");
  EXPECT_EQ(attack[25], "0") << "second sentence: not the root event";
  EXPECT_EQ(attack[26], "190");
  EXPECT_EQ(attack[27], "190");
  EXPECT_EQ(attack[28], "19");
  EXPECT_EQ(attack[29], "4");
  EXPECT_EQ(attack[30], "-10.0");
  if (!events_[0].location.found()) {
    // No compiled gazetteer: nothing is located (the coder warned once).
    for (size_t i : {35, 43, 51}) EXPECT_EQ(visit[i], "0") << GdeltColumnNames()[i];
    return;
  }
  // Actor1Geo: Khalilzad (USAGOV) in his code's country; Actor2Geo: Pakistan
  // by its own name; both country-level (type 1), FIPS codes.
  const std::vector<std::string> khalilzad = {"1", "United States", "US", "US", "", "38.0000", "-97.0000", "US"};
  const std::vector<std::string> pakistan = {"1", "Pakistan", "PK", "PK", "", "30.0000", "70.0000", "PK"};
  for (size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(visit[35 + i], khalilzad[i]) << GdeltColumnNames()[35 + i];
    EXPECT_EQ(visit[43 + i], pakistan[i]) << GdeltColumnNames()[43 + i];
    EXPECT_EQ(attack[43 + i], pakistan[i]) << GdeltColumnNames()[43 + i];
  }
  EXPECT_EQ(visit[53], "PK") << "ActionGeo_CountryCode";
  EXPECT_EQ(attack[36], "Afghanistan") << "the Taliban (AFGINS): their code's country";
  EXPECT_EQ(attack[37], "AF");
}

TEST_F(CodedOutputTest, JsonlKeepsTheCodersProvenance) {
  ASSERT_FALSE(events_.empty());
  const nlohmann::json j = EventToJson(events_[0], &out_test::CameoCodes());
  EXPECT_EQ(j["document"], "http://example.com/talks");
  EXPECT_EQ(j["sentence"], events_[0].sentence);
  EXPECT_EQ(j["source"]["text"], "Khalilzad");
  EXPECT_EQ(j["source"]["begin"], 0);
  EXPECT_EQ(j["source"]["end"], 9);
  EXPECT_EQ(j["verb"]["text"], "visited");
  EXPECT_EQ(j["pattern_entry"], events_[0].pattern_entry);
  EXPECT_NE(j["pattern_entry"], "");
  EXPECT_EQ(j["plover"]["event"], "CONSULT");
  if (events_[0].location.found()) {
    EXPECT_EQ(j["source"]["location"]["source"], "actor");
    EXPECT_EQ(j["source"]["location"]["evidence"], "actor country USA");
    EXPECT_EQ(j["target"]["location"]["source"], "mention");
    EXPECT_EQ(j["target"]["location"]["evidence"], "Pakistan");
    EXPECT_EQ(j["target"]["location"]["country_fips"], "PK");
  }
}

}  // namespace
}  // namespace khaldun::out
