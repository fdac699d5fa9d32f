#include "out/json_text.h"

#include <gtest/gtest.h>

#include <limits>

#include "out/jsonl_writer.h"
#include "out/test_events.h"

namespace khaldun::out {
namespace {

// The text nlohmann gives the same value: what the appenders promise.
std::string Dumped(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

TEST(JsonTextTest, StringsAsNlohmann) {
  for (std::string_view text : {std::string_view(""), std::string_view("Gondor"), std::string_view("say \"no\""),
                                std::string_view("a\\b"), std::string_view("tab\there\nline\r\x01\x1f\x7f"),
                                std::string_view("Minas Tirith \xE2\x80\x94 caf\xC3\xA9"),
                                std::string_view("broken \xC3 and \xFF\xFE bytes \xE2\x80")}) {
    std::string out;
    AppendJsonString(text, &out);
    EXPECT_EQ(out, Dumped(nlohmann::json(std::string(text)))) << text;
  }
  std::string list;
  AppendJsonStrings({"a", "b\"c"}, &list);
  EXPECT_EQ(list, Dumped(nlohmann::json(std::vector<std::string>{"a", "b\"c"})));
  std::string empty;
  AppendJsonStrings({}, &empty);
  EXPECT_EQ(empty, "[]");
}

TEST(JsonTextTest, NumbersAsNlohmann) {
  for (double value : {0.0, 4.0, -2.5, 33.7215, 1e21, 1e-7, 0.1, std::numeric_limits<double>::quiet_NaN()}) {
    std::string out;
    AppendJsonDouble(value, &out);
    EXPECT_EQ(out, Dumped(nlohmann::json(value))) << value;
  }
  std::string out;
  AppendJsonInteger(-12, &out);
  AppendJsonInteger(4000000000, &out);
  EXPECT_EQ(out, "-124000000000");
}

TEST(JsonTextTest, EventRecordAsTheDom) {
  Event odd = out_test::KhalilzadVisit();
  odd.notes = {"passive: \"source\" and target swapped", "tab\there"};
  odd.issues = {"NUCLEAR"};
  odd.sentence_text = "Broken \xC3 UTF-8 \xE2\x80\x94 and a \\ backslash";
  odd.reported_by = "";
  for (const Event& event : {out_test::KhalilzadVisit(), out_test::UnAccusation(), out_test::TalibanAttack(), odd}) {
    for (const dict::EventCodeTable* codes : {&out_test::CameoCodes(), static_cast<const dict::EventCodeTable*>(nullptr)}) {
      std::string out;
      AppendEventJson(event, codes, &out);
      EXPECT_EQ(out, Dumped(EventToJson(event, codes))) << event.document_id;
    }
  }
}

}  // namespace
}  // namespace khaldun::out
