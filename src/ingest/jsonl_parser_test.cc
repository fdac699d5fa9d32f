#include "ingest/jsonl_parser.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

Status Parse(std::string_view line, Document* document, std::string* warning = nullptr) {
  JsonlParser parser;
  std::string ignored;
  return parser.Parse(line, 0, document, warning ? warning : &ignored);
}

TEST(JsonlParserTest, KnownAndUnknownFields) {
  Document d;
  Status status = Parse(
      R"({"id":"a1","date":"2019-06-02T08:00:00Z","source":"AFP","url":"http://x/1","title":"T",)"
      R"("text":"Kabul \u201cline\u201d\nsecond","section":"world","tags":["a","b"],"n":3,"meta":{"k":[1,2]}})",
      &d);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.date, "2019-06-02");
  EXPECT_EQ(d.source, "AFP");
  EXPECT_EQ(d.url, "http://x/1");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.text, "Kabul \xE2\x80\x9Cline\xE2\x80\x9D\nsecond");
  ASSERT_EQ(d.extra_fields.size(), 4u);
  EXPECT_EQ(d.extra_fields[0], std::make_pair(std::string("section"), std::string("\"world\"")));
  EXPECT_EQ(d.extra_fields[1].second, "[\"a\",\"b\"]");
  EXPECT_EQ(d.extra_fields[2].second, "3");
  EXPECT_EQ(d.extra_fields[3].second, "{\"k\":[1,2]}");
  EXPECT_EQ(d.format, DocumentFormat::kJsonl);
}

TEST(JsonlParserTest, NumericIdIsAccepted) {
  Document d;
  ASSERT_TRUE(Parse(R"({"id":42,"text":"x"})", &d).ok());
  EXPECT_EQ(d.id, "42");
}

TEST(JsonlParserTest, Errors) {
  Document d;
  EXPECT_FALSE(Parse(R"({"id":"a","text":"unterminated)", &d).ok());
  EXPECT_FALSE(Parse(R"(["not","an","object"])", &d).ok());
  EXPECT_FALSE(Parse(R"({"id":"a"})", &d).ok());
  EXPECT_EQ(Parse(R"({"id":"a"})", &d).message(), "no 'text' field");
  EXPECT_FALSE(Parse(R"({"text":["x"]})", &d).ok());
  EXPECT_FALSE(Parse(R"({"text":"x"} trailing)", &d).ok());
}

TEST(JsonlParserTest, BadDateIsAWarningNotALoss) {
  Document d;
  std::string warning;
  ASSERT_TRUE(Parse(R"({"text":"x","date":"last Tuesday"})", &d, &warning).ok());
  EXPECT_TRUE(d.date.empty());
  EXPECT_NE(warning.find("last Tuesday"), std::string::npos);
}

}  // namespace
}  // namespace khaldun
