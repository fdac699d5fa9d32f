#include "out/csv_writer.h"

#include <gtest/gtest.h>

#include "out/test_events.h"

namespace khaldun::out {
namespace {

TEST(CsvWriterTest, Rfc4180Quoting) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(CsvField("tab\there"), "tab\there");
}

TEST(CsvWriterTest, HeaderAndEveryFieldOfTwoEvents) {
  WriterOptions options;
  options.codes = &out_test::CameoCodes();
  const std::string text =
      out_test::WriteAll(EventFormat::kCsv, {out_test::KhalilzadVisit(), out_test::UnAccusation()}, options);
  const std::string header =
      "document,sentence,date,date_origin,source,source_text,target,target_text,code,code_name,goldstein,"
      "quad_class,plover_event,plover_mode,plover_context,verb,location,location_source,country,province,lat,lon,"
      "sentence_text\r\n";
  const std::string visit =
      "kabul-talks,3,2019-06-02,document,USAGOV,U.S. envoy Zalmay Khalilzad,PAKGOV,Pakistan,042,Make a visit,1.9,1,"
      "CONSULT,visit,,arrived,Islamabad,sentence,PAK,Islamabad,33.7215,73.0433,"
      "U.S. envoy Zalmay Khalilzad arrived in Islamabad to meet Pakistan's leaders.\r\n";
  const std::string accusation =
      "kabul-talks,5,2019-06-02,dateline,IGOUNO,\"UN, investigators\",IMGMUSISI,\"the \"\"Islamic State\"\"\",1121,"
      "\"Accuse of crime, corruption\",-2.0,3,ACCUSE,allege,crime;corruption,accused,Helmand,sentence,AFG,Helmand,"
      "31.0000,64.0000,\"UN, investigators accused the \"\"Islamic State\"\" of extortion\nin Helmand province.\"\r\n";
  EXPECT_EQ(text, header + visit + accusation);
}

TEST(CsvWriterTest, NoHeaderAndNoLocation) {
  WriterOptions options;
  options.header = false;
  const std::string text = out_test::WriteAll(EventFormat::kCsv, {out_test::TalibanAttack()}, options);
  EXPECT_EQ(text, "doc-2,1,,none,AFGINS,Taliban fighters,---,,190,,,,,,,attacked,,none,,,,,\r\n");
}

}  // namespace
}  // namespace khaldun::out
