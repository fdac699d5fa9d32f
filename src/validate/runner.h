// Running a suite: every scored record through a coding function, each
// result scored against the record's expectation.
//
// The coding function is a parameter so the validate library does not
// depend on the coder (and tests can pass a stub).
#ifndef KHALDUN_VALIDATE_RUNNER_H_
#define KHALDUN_VALIDATE_RUNNER_H_

#include <functional>
#include <vector>

#include "validate/scorer.h"
#include "validate/suite.h"

namespace khaldun::validate {

// Codes one record's text (with its date) into event triples.
using CodeFunction = std::function<std::vector<EventTriple>(const Record&)>;

struct RecordOutcome {
  const Record* record = nullptr;      // points into the Suite that was run
  std::vector<EventTriple> produced;   // as the coding function returned them
  RecordScore score;
};

struct SuiteResult {
  Tally tally;
  std::vector<RecordOutcome> outcomes;  // scored records, in file order
  std::vector<const Record*> skipped;   // skipped records, in file order
  size_t unstated = 0;                  // records without expectation (not coded)

  // The outcomes whose produced events differ from the expected ones.
  std::vector<const RecordOutcome*> Failures() const;
};

// Codes and scores every Record::Scored() record of `suite` (in file
// order). The result points into `suite`, which must outlive it.
SuiteResult RunSuite(const Suite& suite, const CodeFunction& code);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_RUNNER_H_
