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

// Whether `record` is coded with PETRARCH's require_dyad on: true unless an
// option "require_dyad=false" (any case) is in force for it.
bool RequiresDyad(const Record& record);

class SuiteCoder {
 public:
  // Loads `dictionaries` (files or directories; verbs read in `verbs_syntax`
  // when a directory holds several) and compiles them. Problems inside the
  // dictionary files go to `diagnostics`; fails when a path is missing or
  // the coder cannot be built (language data missing). `negations`: what
  // the suite's coding ontology defines (Suite::negations).
  static Result<SuiteCoder> Create(const std::vector<std::string>& dictionaries,
                                   std::optional<dict::PatternSyntax> verbs_syntax, Diagnostics* diagnostics,
                                   std::vector<CodeNegation> negations = {});

  // Codes `record.text` as one sentence dated `record.date`, with the
  // options the record has in force that the coder implements
  // (require_dyad, for a suite whose verbs are PETRARCH-1's; TABARI's
  // switches, for one whose verbs are TABARI's). With TABARI's FORWARD in
  // force, a record continuing the story of the record coded before it
  // (StoryOf) is coded after that story's sentences, as the next sentence
  // of one document; only its own events are returned.
  std::vector<EventTriple> Code(const Record& record);

  // A CodeFunction for RunSuite() that codes with this object (which must
  // outlive the function).
  CodeFunction AsFunction();

 private:
  SuiteCoder(Coder coder, std::vector<std::string> dictionaries, std::optional<dict::PatternSyntax> verbs_syntax,
             std::vector<CodeNegation> negations)
      : coder_(std::make_unique<Coder>(std::move(coder))),
        workspace_(std::make_unique<CoderWorkspace>()),
        dictionaries_(std::move(dictionaries)),
        verbs_syntax_(verbs_syntax),
        negations_(std::move(negations)) {}
  // The coder for records that switch require_dyad off, built from the same
  // dictionaries when first needed; null when it could not be built.
  const Coder* DyadlessCoder();

  std::unique_ptr<Coder> coder_;
  std::unique_ptr<CoderWorkspace> workspace_;
  std::vector<std::string> dictionaries_;
  std::optional<dict::PatternSyntax> verbs_syntax_;
  std::vector<CodeNegation> negations_;
  std::unique_ptr<Coder> dyadless_coder_;
  bool dyadless_tried_ = false;
  // TABARI's FORWARD: the story of the last record coded, and its texts.
  std::string story_;
  std::vector<std::string> story_texts_;
};

// The story a TABARI record id belongs to, for FORWARD: the id without its
// last run of digits ("FRWD-001-002" -> "FRWD-001-"); "" when it ends in
// no digit (a record of no story).
std::string StoryOf(std::string_view id);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_SUITE_CODER_H_
