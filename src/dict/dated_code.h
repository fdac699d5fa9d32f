// Actor codes with optional date restrictions, as TABARI and PETRARCH write
// them: "[USAGOV]", "[USAGOV 991201-010114]", "[HOB <950601]", "[IGOUNO >070201]".
//
// Resolution follows PETRARCH's validation records: the first dated code in
// file order whose restriction holds wins; an undated code is the default
// when none holds. "d1-d2" means
// d1 <= date < d2, "<d" means before d, ">d" means on or after d.
#ifndef KHALDUN_DICT_DATED_CODE_H_
#define KHALDUN_DICT_DATED_CODE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "dict/source_ref.h"

namespace khaldun::dict {

// A calendar date as the integer YYYYMMDD (so that < compares dates).
using DateNumber = int32_t;

// Parses YYMMDD (YY <= 30 means 20YY, otherwise 19YY) or YYYYMMDD; checks the
// month and the day of the month. Only digits are accepted.
Result<DateNumber> ParseDictionaryDate(std::string_view text);

struct DateRestriction {
  enum class Kind : uint8_t { kAlways, kBefore, kOnOrAfter, kBetween };
  Kind kind = Kind::kAlways;
  DateNumber from = 0;  // kOnOrAfter, kBetween (inclusive)
  DateNumber to = 0;    // kBefore, kBetween (exclusive)

  // True when `date` (YYYYMMDD) satisfies the restriction.
  bool Holds(DateNumber date) const;
  // "" for kAlways, else "<YYYYMMDD", ">YYYYMMDD", "YYYYMMDD-YYYYMMDD".
  std::string ToString() const;

  bool operator==(const DateRestriction&) const = default;
};

struct DatedCode {
  std::string code;  // e.g. "USAGOV", "---" (null), "###"
  DateRestriction when;
  SourceRef where;

  bool operator==(const DatedCode&) const = default;
};

// Parses the inside of one bracket: "CODE" or "CODE RESTRICTION" where blanks
// around '<', '>' and '-' are allowed ("HOB < 950601", "X 19950601 - 19990815").
// Fails with a message (no file:line) when the code is missing, contains a
// date, or the restriction cannot be read. Two defects common in TABARI's
// CountryInfo are repaired when `repair` is given (and *repair then says
// what was done): a day past the end of its month rolls over into the next
// month ("040931" -> 2004-10-01), and a range that would end before it
// starts because of the YY <= 30 rule ("270101-730717") reads YY as 19YY.
Result<DatedCode> ParseDatedCode(std::string_view inside, std::string* repair = nullptr);

// The first dated code of `codes` (in order) that holds on `date`, else the
// first undated code; nullptr if none.
const DatedCode* ResolveCode(const std::vector<DatedCode>& codes, DateNumber date);

// The code of `codes` with role `role` (the letters after the country:
// "GOV" of "KGZGOV") whose date range ended (its exclusive end) within
// `days` days up to and including `date`; nullptr if none. A report dated
// the day after a leader fell still calls him "President" for what he did
// or suffered in office.
const DatedCode* RecentlyEndedCode(const std::vector<DatedCode>& codes, DateNumber date, int days,
                                   std::string_view role);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_DATED_CODE_H_
