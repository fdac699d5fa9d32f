#include "validate/petrarch_suite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "validate/gold_set.h"

namespace khaldun::validate {
namespace {

// A made-up file in the PETRARCH layout, with the quirks of the real ones:
// a nested comment, spaced and single-quoted attributes, a <Config> switch,
// a self-closed <Sentence/>, skipped records.
constexpr char kXml[] =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<Validation>\n"
    "<!-- header: use <Sentence ... evaluate=\"false\"> and a comment <!-- why --> to skip -->\n"
    "<Environment>\n"
    "  <Verbfile>v.txt</Verbfile>\n"
    "  <Actorfile>a1.txt, a2.txt</Actorfile>\n"
    "  <Agentfile>g.txt</Agentfile>\n"
    "  <Discardfile>d.txt</Discardfile> <PICOfile>o.txt</PICOfile>\n"
    "  <Include>valid ONE TWO</Include>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"20050315\" id=\"R-1\" category=\"ONE\" valid=\"true\">\n"
    "<!-- a note -->\n"
    "<EventCoding sourcecode=\"FRE\" targetcode=\"SYL\" eventcode=\"043\"></EventCoding>\n"
    "<EventCoding sourcecode='---GOV' targetcode=\"SYL\" eventcode=\"043\"/>\n"
    "<Text>\nFreedonia &amp; friends agreed to talks\nwith Sylvania.\n</Text>\n"
    "<Parse>\n(ROOT (S (NP (NNP Freedonia))))\n</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
    "<Sentence date = \"20050316\" id =\"R-2\" category=\"TWO\" valid=\"true\">\n"
    "<EventCoding noevents = \"True\"></EventCoding>\n"
    "<Text>Nothing.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20050317\" id=\"R-3\" category=\"ONE\" valid=\"false\">\n"
    "<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"/>\n"
    "<Text>Skipped.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20050318\" id=\"R-4\" category=\"THREE\" evaluate=\"true\"/>\n"
    "<EventCoding error=\"dateline\" />\n"
    "<Text>Not included.</Text>\n"
    "<Sentence date=\"20050319\" id=\"R-5\" category=\"TWO\" evaluate=\"true\">\n"
    "<Skip></Skip>\n"
    "<EventCoding error=\"sentencediscard\"></EventCoding>\n"
    "<Text>Discarded.</Text>\n"
    "<Parse>unclosed parse\n"
    "<Sentence date=\"2005\" id=\"R-6\" category=\"ONE\"/>\n"
    "<Text>No coding at all.</Text>\n"
    "</Sentences>\n</Validation>\n";

TEST(PetrarchSuite, ParsesEnvironmentRecordsAndSkips) {
  Diagnostics diagnostics;
  PetrarchRecords parsed = ParsePetrarchRecords(kXml, "fixture.xml", true, &diagnostics);
  EXPECT_EQ(parsed.environment.verbs, "v.txt");
  EXPECT_EQ(parsed.environment.actors, (std::vector<std::string>{"a1.txt", "a2.txt"}));
  EXPECT_EQ(parsed.environment.include, (std::vector<std::string>{"valid", "ONE", "TWO"}));
  EXPECT_EQ(parsed.environment.ontology, "o.txt");
  ASSERT_EQ(parsed.records.size(), 6u);

  const Record& r1 = parsed.records[0];
  EXPECT_EQ(r1.id, "R-1");
  EXPECT_EQ(r1.line, 12u);
  EXPECT_EQ(r1.date->ToString(), "2005-03-15");
  EXPECT_EQ(r1.category, "ONE");
  EXPECT_EQ(r1.text, "Freedonia & friends agreed to talks with Sylvania.");
  EXPECT_EQ(r1.expectation, Expectation::kEvents);
  ASSERT_EQ(r1.expected.size(), 2u);
  EXPECT_EQ(r1.expected[1], (EventTriple{"---GOV", "SYL", "043"}));
  EXPECT_TRUE(r1.options.empty());
  EXPECT_TRUE(r1.Scored());

  const Record& r2 = parsed.records[1];
  EXPECT_EQ(r2.id, "R-2");
  EXPECT_EQ(r2.expectation, Expectation::kNoEvents);
  EXPECT_EQ(r2.options, std::vector<std::string>{"require_dyad=false"});

  EXPECT_TRUE(parsed.records[2].skip);
  EXPECT_EQ(parsed.records[2].skip_reason, "valid=\"false\"");

  const Record& r4 = parsed.records[3];  // self-closed; runs to the next <Sentence>
  EXPECT_EQ(r4.text, "Not included.");
  EXPECT_EQ(r4.expectation, Expectation::kError);
  EXPECT_TRUE(r4.skip);
  EXPECT_EQ(r4.skip_reason, "category 'THREE' not in <Include>");

  const Record& r5 = parsed.records[4];
  EXPECT_FALSE(r5.skip);
  EXPECT_EQ(r5.expectation, Expectation::kError);
  EXPECT_EQ(r5.note, "error=\"sentencediscard\"; marked <Skip>");

  const Record& r6 = parsed.records[5];  // found although the parse above was unclosed
  EXPECT_EQ(r6.id, "R-6");
  EXPECT_FALSE(r6.date.has_value());
  EXPECT_EQ(r6.expectation, Expectation::kNoEvents);
  EXPECT_EQ(r6.note, "no <EventCoding>");
  EXPECT_EQ(diagnostics.error_count(), 0u);
  EXPECT_EQ(diagnostics.warning_count(), 2u);  // bad date, no <EventCoding>
}

// A record that expects PETRARCH to reject its parse tree tests the tree,
// which Khaldun never reads: it is skipped with the reason, not scored.
TEST(PetrarchSuite, ARecordExpectingItsParseTreeRejectedIsNotScored) {
  constexpr char kTrees[] =
      "<Sentences>\n"
      "<Sentence date=\"20050315\" id=\"B-1\" category=\"ONE\">\n"
      "<EventCoding error=\"bad_input_parse\"></EventCoding>\n"
      "<Text>Rohan thanked Gondor.</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Rohan)) (VBD thanked) (NP (NNP Gondor)))) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20050315\" id=\"B-2\" category=\"ONE\">\n"
      "<EventCoding error=\"sentencediscard\"></EventCoding>\n"
      "<Text>Rohan thanked Gondor.</Text>\n"
      "</Sentence>\n"
      "</Sentences>\n";
  Diagnostics diagnostics;
  PetrarchRecords parsed = ParsePetrarchRecords(kTrees, "trees.xml", false, &diagnostics);
  ASSERT_EQ(parsed.records.size(), 2u);
  EXPECT_TRUE(parsed.records[0].skip);
  EXPECT_NE(parsed.records[0].skip_reason.find("parse tree"), std::string::npos);
  EXPECT_EQ(parsed.records[0].expectation, Expectation::kError);
  // Other input errors are about the text, and scored.
  EXPECT_FALSE(parsed.records[1].skip);
}

TEST(PetrarchSuite, SuiteResolvesDictionariesBesideTheFile) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "khaldun_petrarch_suite_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "records.xml");
    out << kXml;
  }
  Diagnostics diagnostics;
  Result<Suite> suite = ReadPetrarchSuite((dir / "records.xml").string(), "petrarch2", &diagnostics);
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite.value().name, "petrarch2");
  EXPECT_EQ(suite.value().dictionaries,
            (std::vector<std::string>{(dir / "v.txt").string(), (dir / "a1.txt").string(), (dir / "a2.txt").string(),
                                      (dir / "g.txt").string(), (dir / "d.txt").string()}));
  EXPECT_EQ(suite.value().verbs_syntax, dict::PatternSyntax::kPetrarch2);
  EXPECT_EQ(suite.value().ScoredCount(), 4u);
  EXPECT_EQ(suite.value().SkippedCount(), 2u);  // R-3 (valid="false"), R-4 (category)

  // PETRARCH-1 ignores <Include>: only R-3 is skipped.
  Result<Suite> p1 = ReadPetrarchSuite((dir / "records.xml").string(), "petrarch1", &diagnostics);
  ASSERT_TRUE(p1.ok());
  EXPECT_EQ(p1.value().verbs_syntax, dict::PatternSyntax::kPetrarch1);
  EXPECT_EQ(p1.value().SkippedCount(), 1u);
  EXPECT_EQ(p1.value().ScoredCount(), 5u);

  Result<Suite> gold = ReadGoldSet((dir / "records.xml").string(), {"phoenix"}, &diagnostics);
  ASSERT_TRUE(gold.ok());
  EXPECT_EQ(gold.value().dictionaries, std::vector<std::string>{"phoenix"});
  EXPECT_EQ(gold.value().verbs_syntax, dict::PatternSyntax::kPetrarch2);

  EXPECT_FALSE(ReadPetrarchSuite((dir / "none.xml").string(), "petrarch2", &diagnostics).ok());
  std::filesystem::remove_all(dir);
}

TEST(PetrarchSuite, FileWithoutRecordsFails) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "khaldun_empty_records.xml";
  {
    std::ofstream out(path);
    out << "<Validation></Validation>";
  }
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadPetrarchSuite(path.string(), "petrarch2", &diagnostics).ok());
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace khaldun::validate
