#include "validate/runner.h"

namespace khaldun::validate {

std::vector<const RecordOutcome*> SuiteResult::Failures() const {
  std::vector<const RecordOutcome*> failures;
  for (const RecordOutcome& outcome : outcomes) {
    if (!outcome.score.exact()) failures.push_back(&outcome);
  }
  return failures;
}

SuiteResult RunSuite(const Suite& suite, const CodeFunction& code) {
  SuiteResult result;
  for (const Record& record : suite.records) {
    if (record.skip) {
      result.skipped.push_back(&record);
      continue;
    }
    if (!record.Scored()) {
      ++result.unstated;
      continue;
    }
    RecordOutcome outcome;
    outcome.record = &record;
    outcome.produced = code(record);
    outcome.score = ScoreRecord(record.expected, outcome.produced);
    result.tally.Add(record.expectation == Expectation::kEvents, outcome.score);
    result.outcomes.push_back(std::move(outcome));
  }
  return result;
}

}  // namespace khaldun::validate
