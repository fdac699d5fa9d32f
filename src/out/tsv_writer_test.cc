#include "out/tsv_writer.h"

#include <gtest/gtest.h>

#include "out/test_events.h"

namespace khaldun::out {
namespace {

TEST(TsvWriterTest, HeaderAndFields) {
  WriterOptions options;
  options.codes = &out_test::CameoCodes();
  const std::string text =
      out_test::WriteAll(EventFormat::kTsv, {out_test::KhalilzadVisit(), out_test::TalibanAttack()}, options);
  EXPECT_EQ(text,
            "document\tsentence\tdate\tsource\ttarget\tcode\tname\tlocation\tcountry\tlat\tlon\n"
            "kabul-talks\t3\t2019-06-02\tUSAGOV\tPAKGOV\t042\tMake a visit\tIslamabad\tPAK\t33.7215\t73.0433\n"
            "doc-2\t1\t-\tAFGINS\t---\t190\tUse conventional military force, not specified below\t\t\t\t\n");
}

TEST(TsvWriterTest, NoHeader) {
  WriterOptions options;
  options.header = false;
  const std::string text = out_test::WriteAll(EventFormat::kTsv, {out_test::TalibanAttack()}, options);
  EXPECT_EQ(text, "doc-2\t1\t-\tAFGINS\t---\t190\t\t\t\t\t\n");
}

TEST(EventFormatTest, UtcTimestamp) {
  EXPECT_EQ(UtcTimestamp(0), "19700101000000");
  EXPECT_EQ(UtcTimestamp(1559476800), "20190602120000");
}

TEST(EventFormatTest, Names) {
  EXPECT_EQ(ParseEventFormat("tsv"), EventFormat::kTsv);
  EXPECT_EQ(ParseEventFormat("jsonl"), EventFormat::kJsonl);
  EXPECT_EQ(ParseEventFormat("csv"), EventFormat::kCsv);
  EXPECT_EQ(ParseEventFormat("gdelt"), EventFormat::kGdelt);
  EXPECT_EQ(ParseEventFormat("plover"), EventFormat::kPlover);
  EXPECT_FALSE(ParseEventFormat("xml").has_value());
  Result<std::unique_ptr<EventWriter>> bad = MakeEventWriter("xml", {}, stdout);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unknown format 'xml' (want tsv, jsonl, csv, gdelt, plover)");
}

}  // namespace
}  // namespace khaldun::out
