// Dictionary lint: problems a loader accepts but a maintainer wants to know
// about, each with the file:line of the entry that has it.
//
// The checks (LintKind) look at a loaded Dictionary only; the loader's own
// diagnostics (lines it skipped or repaired) are turned into findings by
// AppendLoadFindings(), so that `khaldun dict lint` reports both in one list.
#ifndef KHALDUN_DICT_LINT_H_
#define KHALDUN_DICT_LINT_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "dict/dictionary.h"
#include "dict/event_codes.h"
#include "dict/source_ref.h"

namespace khaldun::dict {

enum class LintKind : uint8_t {
  kUnknownEventCode,   // a verb, family or pattern code that is not a CAMEO event code
  kMalformedActorCode, // actor/agent code not upper-case letters and digits, or with a date in it
  kDuplicate,          // the same phrase, verb or pattern twice with the same code
  kConflict,           // the same phrase or verb with different codes
  kOverlappingDates,   // two dated codes of one actor overlap and differ
  kUnmatchablePattern, // undefined &SYNSET, '$' or '+' twice, a bare '*' with the family's code, a
                       // PETRARCH-2 "* +" whose code loses to every verb's own, or a synset name
                       // holding '_' (which a pattern reads as joining words)
  kLoad,               // a loader diagnostic (line skipped or repaired)
};

// "unknown-event-code", "malformed-actor-code", "duplicate", "conflict",
// "overlapping-dates", "unmatchable-pattern", "load".
const char* LintKindName(LintKind kind);

struct LintFinding {
  LintKind kind = LintKind::kLoad;
  Severity severity = Severity::kError;  // kError: the coder will misbehave; kWarning: redundant
  std::string where;                     // "path:line" (Dictionary::Where), or "path" for a whole file
  std::string message;

  // "path:line: error: [kind] message".
  std::string ToString() const;
};

// Runs every check over `dictionary`. Event codes are looked up in `codes`
// when given; without a table a code only has to be well formed
// (IsWellFormedEventCode). "---" (null), an empty primary ("[:173]") and
// TABARI specials (codes without letters or digits, such as "###") are
// always accepted. Findings come grouped by check, in entry order within a
// check. Never fails: an empty result means the dictionary is clean.
std::vector<LintFinding> LintDictionary(const Dictionary& dictionary, const EventCodeTable* codes);

// Appends one kLoad finding per diagnostic (severity kept).
void AppendLoadFindings(const Diagnostics& diagnostics, std::vector<LintFinding>* findings);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_LINT_H_
