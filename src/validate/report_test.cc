#include "validate/report.h"

#include <gtest/gtest.h>

#include "validate/runner.h"

namespace khaldun::validate {
namespace {

Suite MakeSuite() {
  Suite suite;
  suite.name = "fixture";
  suite.path = "/somewhere/fixture.text";
  Record good;
  good.id = "GOOD-1";
  good.line = 3;
  good.date_text = "050101";
  good.text = "Freedonia praised Sylvania.";
  good.expectation = Expectation::kEvents;
  good.expected = {{"FRE", "SYL", "051"}};
  Record bad = good;
  bad.id = "BAD-1";
  bad.line = 9;
  bad.text = "Freedonia attacked Sylvania.";
  bad.expected = {{"FRE", "SYL", "190"}, {"FRE", "SYL", "173"}};
  bad.options = {"SET: CONVERT AGENT = TRUE"};
  Record none = good;
  none.id = "NONE-1";
  none.line = 15;
  none.expectation = Expectation::kComplex;
  none.expected.clear();
  Record skipped = good;
  skipped.id = "SKIP-1";
  skipped.skip = true;
  skipped.skip_reason = "valid=\"false\"";
  Record control = good;
  control.id = "CTRL-1";
  control.expectation = Expectation::kUnstated;
  control.expected.clear();
  suite.records = {good, bad, none, skipped, control};
  return suite;
}

// A stub coder: praises are right, attacks come out as threats, and the
// complex sentence is coded anyway.
std::vector<EventTriple> Stub(const Record& record) {
  if (record.id == "GOOD-1") return {{"FRE", "SYL", "051"}};
  if (record.id == "BAD-1") return {{"FRE", "SYL", "190"}, {"FRE", "SYL", "138"}};
  if (record.id == "NONE-1") return {{"FRE", "SYL", "010"}};
  ADD_FAILURE() << "coded a record that is not scored: " << record.id;
  return {};
}

TEST(Runner, CodesOnlyScoredRecords) {
  Suite suite = MakeSuite();
  SuiteResult result = RunSuite(suite, Stub);
  EXPECT_EQ(result.outcomes.size(), 3u);
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0]->id, "SKIP-1");
  EXPECT_EQ(result.unstated, 1u);
  EXPECT_EQ(result.tally.exact, 1u);
  EXPECT_EQ(result.tally.expected, 3u);
  EXPECT_EQ(result.tally.produced, 4u);
  EXPECT_EQ(result.tally.matched, 2u);
  ASSERT_EQ(result.Failures().size(), 2u);
  EXPECT_EQ(result.Failures()[0]->record->id, "BAD-1");
}

TEST(Report, FailureDiffShowsExpectedAndProduced) {
  Suite suite = MakeSuite();
  SuiteResult result = RunSuite(suite, Stub);
  const std::string diff = FormatFailure(suite, *result.Failures()[0]);
  EXPECT_EQ(diff,
            "FAIL BAD-1  fixture.text:9  date 050101  expects events\n"
            "  text: Freedonia attacked Sylvania.\n"
            "  options: SET: CONVERT AGENT = TRUE\n"
            "  = FRE / SYL / 190\n"
            "  - FRE / SYL / 173\n"
            "  + FRE / SYL / 138\n");
  const std::string none = FormatFailure(suite, *result.Failures()[1]);
  EXPECT_NE(none.find("expects complex"), std::string::npos);
  EXPECT_NE(none.find("  + FRE / SYL / 010\n"), std::string::npos);
}

TEST(Report, SummaryAndFailureLimit) {
  Suite suite = MakeSuite();
  SuiteResult result = RunSuite(suite, Stub);
  ReportOptions options;
  options.max_failures = 1;
  const std::string report = FormatReport(suite, result, options);
  EXPECT_NE(report.find("== fixture: /somewhere/fixture.text\n"), std::string::npos);
  EXPECT_NE(report.find("records: 5 read, 3 scored, 1 skipped, 1 without expectation"), std::string::npos);
  EXPECT_NE(report.find("records exact: 1/3 (33.3%)"), std::string::npos);
  EXPECT_NE(report.find("precision 0.500  recall 0.667"), std::string::npos);
  EXPECT_NE(report.find("skipped: SKIP-1 (valid=\"false\")"), std::string::npos);
  EXPECT_NE(report.find("failures: 2 (first 1; --verbose shows all)"), std::string::npos);
  EXPECT_NE(report.find("FAIL BAD-1"), std::string::npos);
  EXPECT_EQ(report.find("FAIL NONE-1"), std::string::npos);
  options.all_failures = true;
  EXPECT_NE(FormatReport(suite, result, options).find("FAIL NONE-1"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::validate
