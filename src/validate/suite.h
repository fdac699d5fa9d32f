// Suite: a validation file read into records of sentence text and the
// events a correct coder must produce for each.
//
// The TABARI, PETRARCH-1, PETRARCH-2 and gold-standard readers all produce
// a Suite, so one scorer and one report serve them all.
#ifndef KHALDUN_VALIDATE_SUITE_H_
#define KHALDUN_VALIDATE_SUITE_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "code/negation.h"
#include "dict/verb_pattern.h"

namespace khaldun::validate {

// One event as validation files state it: who, to whom, what.
struct EventTriple {
  std::string source;  // actor code, e.g. "ARNGOV"; "---" marks a null-coded actor
  std::string target;
  std::string code;    // CAMEO event code, e.g. "064"

  // "SOURCE / TARGET / CODE".
  std::string ToString() const;
  friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
};

// What a record expects the coder to produce.
enum class Expectation : uint8_t {
  kEvents,    // exactly the listed events
  kNoEvents,  // nothing: TABARI {---}, PETRARCH noevents="True"
  kComplex,   // nothing, the sentence being too complex: TABARI {+++}
  kDiscard,   // nothing, the sentence being discarded: TABARI {###}
  kError,     // nothing, the input being rejected: PETRARCH error="..."
  kUnstated,  // no expectation (control records such as option switches): not scored
};

// "events", "no events", "complex", "discard", "error", "unstated".
const char* ExpectationName(Expectation expectation);

struct Record {
  std::string id;
  uint64_t line = 0;              // 1-based line of the record's start in the file
  std::string date_text;          // the date as written ("950101", "19950101")
  std::optional<Date> date;       // nullopt when date_text is not a valid day
  std::string category;           // PETRARCH category ("DEMO", ...); "" for TABARI
  std::string text;               // the sentence(s), lines joined by single spaces
  Expectation expectation = Expectation::kUnstated;
  std::vector<EventTriple> expected;  // kEvents only, in file order
  std::string note;               // PETRARCH error kind, or why the expectation was read as it was
  // Options in force for this record, in the suite's own words, as the file
  // switched them before it ("SET: CONVERT AGENT = TRUE", "require_dyad=false").
  std::vector<std::string> options;
  bool skip = false;              // not coded nor scored
  std::string skip_reason;        // why, when skip

  // True when the record is coded and scored.
  bool Scored() const { return !skip && expectation != Expectation::kUnstated; }
};

struct Suite {
  std::string name;                 // "tabari", "petrarch1", "petrarch2", "gold"
  std::string path;                 // the records file
  std::vector<std::string> dictionaries;  // dictionary files (or directories) the suite names
  std::optional<dict::PatternSyntax> verbs_syntax;  // the syntax its verbs file uses, when known
  // Negations the suite's coding ontology defines beyond CAMEO's
  // (validate/coding_ontology.h); coded with CoderOptions::negations.
  std::vector<CodeNegation> negations;
  std::vector<Record> records;      // in file order

  // Number of records that are scored / skipped.
  size_t ScoredCount() const;
  size_t SkippedCount() const;
  // Number of expected events over all records, and over scored records.
  size_t ExpectedEventCount() const;
  size_t ScoredExpectedEventCount() const;
};

// Reads a validation date: YYMMDD (YY <= 30 means 20YY, else 19YY) or
// YYYYMMDD. nullopt for anything else or an impossible day.
std::optional<Date> ParseSuiteDate(std::string_view text);

// Collapses runs of whitespace (including line breaks) to one space and
// trims both ends.
std::string NormalizeSpace(std::string_view text);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_SUITE_H_
