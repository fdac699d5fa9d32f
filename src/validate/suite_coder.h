// SuiteCoder: the real coder behind a validation run. Loads a suite's
// dictionaries, builds a Coder from them and codes each record's text as
// one sentence dated with the record's date.
#ifndef KHALDUN_VALIDATE_SUITE_CODER_H_
#define KHALDUN_VALIDATE_SUITE_CODER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "code/coder.h"
#include "code/event.h"
#include "validate/runner.h"
#include "validate/suite.h"

namespace khaldun::validate {

// The (source, target, code) triples of coded events, in order.
std::vector<EventTriple> ToTriples(const std::vector<Event>& events);

class SuiteCoder {
 public:
  // Loads `dictionaries` (files or directories; verbs read in `verbs_syntax`
  // when a directory holds several) and compiles them. Problems inside the
  // dictionary files go to `diagnostics`; fails when a path is missing or
  // the coder cannot be built (language data missing).
  static Result<SuiteCoder> Create(const std::vector<std::string>& dictionaries,
                                   std::optional<dict::PatternSyntax> verbs_syntax, Diagnostics* diagnostics);

  // Codes `record.text` as one sentence dated `record.date`.
  std::vector<EventTriple> Code(const Record& record);

  // A CodeFunction for RunSuite() that codes with this object (which must
  // outlive the function).
  CodeFunction AsFunction();

 private:
  explicit SuiteCoder(Coder coder)
      : coder_(std::make_unique<Coder>(std::move(coder))), workspace_(std::make_unique<CoderWorkspace>()) {}
  std::unique_ptr<Coder> coder_;
  std::unique_ptr<CoderWorkspace> workspace_;
};

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_SUITE_CODER_H_
