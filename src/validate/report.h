// The validation report: a summary of a suite's scores and, for each
// failure, a diff a developer can act on (record id, file:line, sentence,
// options in force, expected events '-' missing / '+' extra / '=' matched).
#ifndef KHALDUN_VALIDATE_REPORT_H_
#define KHALDUN_VALIDATE_REPORT_H_

#include <cstddef>
#include <string>

#include "validate/runner.h"
#include "validate/suite.h"

namespace khaldun::validate {

struct ReportOptions {
  size_t max_failures = 20;  // diffs printed; all of them with `all_failures`
  bool all_failures = false;
  bool list_skipped = true;  // name the skipped records and why
};

// The score lines of one suite run:
//   records exact, records expecting events / nothing, event precision,
//   recall and F1, root-code precision and recall.
std::string FormatSummary(const Suite& suite, const SuiteResult& result);

// The diff of one record:
//   FAIL DEMO-04  Validate.text:245  date 950101  expects events
//     text: <the sentence> ...
//     options: SET: CONVERT AGENT = TRUE
//     = ARN / GON / 064
//     - ARN / OSG / 064
//     + ARN / ENT / 222
std::string FormatFailure(const Suite& suite, const RecordOutcome& outcome);

// Summary, skipped records and the failures `options` asks for.
std::string FormatReport(const Suite& suite, const SuiteResult& result, const ReportOptions& options);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_REPORT_H_
