#include "validate/tabari_suite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace khaldun::validate {
namespace {

// A made-up file in TABARI's layout (not taken from any suite).
constexpr char kText[] =
    "#####\n"
    "# banner lines are not records\n"
    "#####\n"
    "\n"
    "050315  ALPHA-1\n"
    "Freedonia agreed to talks with Sylvania on \n"
    "Tuesday, officials said. \n"
    "/*\\n---------\n"
    "\\n[two events, one switched off]\n"
    "\\n{ FRE / SYL / 043 } 050315\n"
    "\\n{SYL / FRE / 043}\n"
    "\\n-{ FRE / SYL / 999 } */\n"
    "\n"
    "050316  ALPHA-2\n"
    "Nothing happened in Freedonia today at all.\n"
    "/*\\n[none] \\n{---} */\n"
    "\n"
    "050316  CONTROL-1\n"
    "Switching an option.\n"
    "/*\\n{ OPTION: SET: CONVERT AGENT = TRUE } */\n"
    "\n"
    "050317  950101  ALPHA-3\n"
    "Freedonia blasted Sylvania in a long match./*\n"
    "\\n{+++} */\n"
    "\n"
    "20050318 ALPHA-4\n"
    "Freedonia discards this one.\n"
    "\\n{ ### }  */\n"
    "\n"
    "050319  ALPHA-5\n"
    "No comment block and no expectation.\n"
    "\n"
    "050320  STOP-HERE\n"
    "Never read.\n"
    "\\n{ X / Y / 010 }\n";

TEST(TabariSuite, ParsesRecordsExpectationsAndOptions) {
  Diagnostics diagnostics;
  std::vector<Record> records = ParseTabariRecords(kText, "fixture.text", "STOP-HERE", &diagnostics);
  ASSERT_EQ(records.size(), 6u);

  const Record& a1 = records[0];
  EXPECT_EQ(a1.id, "ALPHA-1");
  EXPECT_EQ(a1.line, 5u);
  EXPECT_EQ(a1.date_text, "050315");
  ASSERT_TRUE(a1.date.has_value());
  EXPECT_EQ(a1.date->ToString(), "2005-03-15");
  EXPECT_EQ(a1.text, "Freedonia agreed to talks with Sylvania on Tuesday, officials said.");
  EXPECT_EQ(a1.expectation, Expectation::kEvents);
  ASSERT_EQ(a1.expected.size(), 2u);
  EXPECT_EQ(a1.expected[0], (EventTriple{"FRE", "SYL", "043"}));
  EXPECT_EQ(a1.expected[1], (EventTriple{"SYL", "FRE", "043"}));
  EXPECT_TRUE(a1.options.empty());

  EXPECT_EQ(records[1].expectation, Expectation::kNoEvents);
  EXPECT_TRUE(records[1].expected.empty());

  const Record& control = records[2];
  EXPECT_EQ(control.expectation, Expectation::kUnstated);
  EXPECT_FALSE(control.Scored());
  EXPECT_TRUE(control.options.empty());  // its switch applies to later records

  const Record& a3 = records[3];
  EXPECT_EQ(a3.id, "ALPHA-3");  // a second all-digit word is not the id
  EXPECT_EQ(a3.text, "Freedonia blasted Sylvania in a long match.");
  EXPECT_EQ(a3.expectation, Expectation::kComplex);
  ASSERT_EQ(a3.options.size(), 1u);
  EXPECT_EQ(a3.options[0], "SET: CONVERT AGENT = TRUE");

  const Record& a4 = records[4];
  EXPECT_EQ(a4.date->ToString(), "2005-03-18");  // YYYYMMDD
  EXPECT_EQ(a4.text, "Freedonia discards this one.");
  EXPECT_EQ(a4.expectation, Expectation::kDiscard);

  EXPECT_EQ(records[5].expectation, Expectation::kUnstated);
  EXPECT_EQ(diagnostics.error_count(), 0u);
}

TEST(TabariSuite, ADateIsReadFromItsFirstDigitsAsTabariReadsIt) {
  // Six digits (eight after SET: YYYY = TRUE) make the date; TABARI
  // ignores the digits that follow.
  Diagnostics diagnostics;
  const std::vector<Record> records = ParseTabariRecords(
      "0703051  D-1\nx\n\\n{---}\n\n070305  OPT-1\nx\n\\n{ OPTION: SET: YYYY = TRUE }\n\n"
      "188703059  D-2\ny\n\\n{---}\n\n1887030  D-3\ny\n\\n{---}\n\n",
      "d.text", "", &diagnostics);
  std::vector<std::string> dates;
  for (const Record& record : records) dates.push_back(record.date ? record.date->ToString() : "none");
  EXPECT_EQ(dates, (std::vector<std::string>{"2007-03-05", "2007-03-05", "1887-03-05", "none"}));
  EXPECT_EQ(diagnostics.warning_count(), 1u);  // the last is too short to hold a date
}

TEST(TabariSuite, OptionSwitchesReplaceAndTurnOff) {
  constexpr char kOptions[] =
      "010101  OPT-1\nx\n\\n{ OPTION: DEFAULT: SOURCE [A] TARGET [B] }\n\\n{ OPTION: SET: YYYY = TRUE }\n\n"
      "010101  T-1\ny\n\\n{---}\n\n"
      "010101  OPT-2\nx\n\\n{ OPTION: DEFAULT: OFF }\n\\n{ OPTION: SET: YYYY = FALSE }\n"
      "\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n\n"
      "010101  T-2\ny\n\\n{---}\n\n";
  Diagnostics diagnostics;
  std::vector<Record> records = ParseTabariRecords(kOptions, "o.text", "", &diagnostics);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[1].options, (std::vector<std::string>{"DEFAULT: SOURCE [A] TARGET [B]", "SET: YYYY = TRUE"}));
  EXPECT_EQ(records[3].options, (std::vector<std::string>{"SET: YYYY = FALSE", "SET: MINIMUM WORDS = 4"}));
}

TEST(TabariSuite, CodeBySwitchesReplaceEachOtherAndCommaOffIsASetting) {
  constexpr char kOptions[] =
      "010101  OPT-1\nx\n\\n{ OPTION: SET: CODE BY SENTENCE }\n\\n{ OPTION: COMMA: MIN = 4 MAX = 6 }\n\n"
      "010101  OPT-2\nx\n\\n{ OPTION: SET: CODE ALL }\n\\n{ OPTION: COMMA: OFF }\n\n"
      "010101  T-1\ny\n\\n{---}\n\n";
  Diagnostics diagnostics;
  std::vector<Record> records = ParseTabariRecords(kOptions, "o.text", "", &diagnostics);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].options, (std::vector<std::string>{"SET: CODE ALL", "COMMA: OFF"}));
}

TEST(TabariSuite, MalformedExpectationIsReportedWithLine) {
  Diagnostics diagnostics;
  std::vector<Record> records =
      ParseTabariRecords("010101  BAD-1\nSome text here.\n\\n{ ONLY / TWO }\n\n", "bad.text", "", &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].expectation, Expectation::kUnstated);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].file, "bad.text");
  EXPECT_EQ(diagnostics.all()[0].line, 3u);
}

TEST(TabariSuite, ProjectNamesTextAndDictionaries) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "khaldun_tabari_suite_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream project(dir / "v.project");
    project << "Title line\n<actorsfile> a.actors\n<verbsfile>\tb.verbs\n<textfile>  v.text\n<coder> X\n";
    std::ofstream text(dir / "v.text");
    text << kText;
  }
  Result<TabariProjectFiles> files = ReadTabariProjectFiles((dir / "v.project").string());
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_EQ(files.value().text, (dir / "v.text").string());
  ASSERT_EQ(files.value().dictionaries.size(), 2u);
  EXPECT_EQ(files.value().dictionaries[1], (dir / "b.verbs").string());

  Diagnostics diagnostics;
  Result<Suite> suite = ReadTabariSuite((dir / "v.project").string(), &diagnostics);
  ASSERT_TRUE(suite.ok());
  EXPECT_EQ(suite.value().records.size(), 7u);  // no FINAL-01 here: all records
  EXPECT_EQ(suite.value().dictionaries, std::vector<std::string>{(dir / "v.project").string()});

  EXPECT_FALSE(ReadTabariProjectFiles((dir / "missing.project").string()).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace khaldun::validate
