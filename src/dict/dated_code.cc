#include "dict/dated_code.h"

#include <chrono>

#include "dict/phrase.h"

namespace khaldun::dict {

namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Removes every blank, so "< 950601" and "19950601 - 19990815" read like TABARI's compact forms.
std::string WithoutBlanks(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

}  // namespace

namespace {

// Like ParseDictionaryDate(), but a day past the month's end rolls over.
Result<DateNumber> ParseDateRepairing(std::string_view text, std::string* repair) {
  Result<DateNumber> strict = ParseDictionaryDate(text);
  if (strict.ok() || repair == nullptr || !AllDigits(text) || (text.size() != 6 && text.size() != 8)) return strict;
  const size_t day_at = text.size() - 2;
  const int day = ToInt(text.substr(day_at));
  if (day < 29 || day > 31) return strict;
  std::string first(text.substr(0, day_at));
  first += "01";
  Result<DateNumber> month_start = ParseDictionaryDate(first);
  if (!month_start.ok()) return strict;
  int year = month_start.value() / 10000;
  int month = month_start.value() / 100 % 100;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int max_day = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  int rolled = day - max_day;
  if (++month > 12) {
    month = 1;
    ++year;
  }
  *repair = "day " + std::to_string(day) + " of '" + std::string(text) + "' rolled over into the next month";
  return DateNumber{year * 10000 + month * 100 + rolled};
}

}  // namespace

Result<DateNumber> ParseDictionaryDate(std::string_view text) {
  if (!AllDigits(text) || (text.size() != 6 && text.size() != 8)) {
    return Status::Error("date '" + std::string(text) + "' is not YYMMDD or YYYYMMDD");
  }
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() == 8) {
    year = ToInt(text.substr(0, 4));
    month = ToInt(text.substr(4, 2));
    day = ToInt(text.substr(6, 2));
  } else {
    year = ToInt(text.substr(0, 2));
    year += year <= 30 ? 2000 : 1900;
    month = ToInt(text.substr(2, 2));
    day = ToInt(text.substr(4, 2));
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return Status::Error("date '" + std::string(text) + "' has no month " + std::to_string(month));
  const int max_day = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day < 1 || day > max_day) return Status::Error("date '" + std::string(text) + "' has no day " + std::to_string(day));
  return DateNumber{year * 10000 + month * 100 + day};
}

bool DateRestriction::Holds(DateNumber date) const {
  switch (kind) {
    case Kind::kAlways: return true;
    case Kind::kBefore: return date < to;
    case Kind::kOnOrAfter: return date >= from;
    case Kind::kBetween: return from <= date && date < to;
  }
  return false;
}

std::string DateRestriction::ToString() const {
  switch (kind) {
    case Kind::kAlways: return "";
    // (Appended rather than "<" + ..., which GCC 12's -Wrestrict misreads.)
    case Kind::kBefore: return std::string("<").append(std::to_string(to));
    case Kind::kOnOrAfter: return std::string(">").append(std::to_string(from));
    case Kind::kBetween: return std::to_string(from) + "-" + std::to_string(to);
  }
  return "";
}

Result<DatedCode> ParseDatedCode(std::string_view inside, std::string* repair) {
  inside = Trim(inside);
  DatedCode out;
  // The first blank, by a plain loop: find_first_of calls memchr on its set
  // for every byte, and this runs for every dated code at start-up.
  size_t space = std::string_view::npos;
  for (size_t i = 0; i < inside.size(); ++i) {
    if (inside[i] == ' ' || inside[i] == '\t') {
      space = i;
      break;
    }
  }
  std::string_view code = inside.substr(0, space);
  std::string rest = space == std::string_view::npos ? "" : WithoutBlanks(inside.substr(space));
  if (code.empty()) return Status::Error("empty code");
  // "950601-990815" or "AAA950601-990815": a date where a code should be.
  size_t digit_run = 0;
  size_t longest_run = 0;
  for (char c : code) {
    digit_run = (c >= '0' && c <= '9') ? digit_run + 1 : 0;
    if (digit_run > longest_run) longest_run = digit_run;
  }
  if (longest_run >= 6 || (code.find('-') != std::string_view::npos && longest_run >= 4)) {
    return Status::Error("code '" + std::string(code) + "' contains a date (missing blank between code and date?)");
  }
  for (char c : code) {
    if (c == '[' || c == ']' || c == '<' || c == '>') {
      return Status::Error("code '" + std::string(code) + "' contains '" + std::string(1, c) + "'");
    }
  }
  out.code = std::string(code);
  if (rest.empty()) return out;
  if (rest[0] == '<' || rest[0] == '>') {
    Result<DateNumber> date = ParseDateRepairing(std::string_view(rest).substr(1), repair);
    if (!date.ok()) return date.status();
    if (rest[0] == '<') {
      out.when.kind = DateRestriction::Kind::kBefore;
      out.when.to = date.value();
    } else {
      out.when.kind = DateRestriction::Kind::kOnOrAfter;
      out.when.from = date.value();
    }
    return out;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) return Status::Error("date restriction '" + rest + "' is not <d, >d or d1-d2");
  Result<DateNumber> from = ParseDateRepairing(std::string_view(rest).substr(0, dash), repair);
  if (!from.ok()) return from.status();
  Result<DateNumber> to = ParseDateRepairing(std::string_view(rest).substr(dash + 1), repair);
  if (!to.ok()) return to.status();
  if (to.value() < from.value()) {
    const int from_year = from.value() / 10000;
    const bool short_year = dash == 6 && from_year >= 2000 && from_year <= 2030;
    if (repair == nullptr || !short_year || from.value() - 1000000 > to.value()) {
      return Status::Error("date range '" + rest + "' ends before it starts");
    }
    *repair = "range '" + rest + "' ends before it starts; read " + std::to_string(from_year - 100) + " for " +
              std::to_string(from_year);
    from = DateNumber{from.value() - 1000000};
  }
  out.when.kind = DateRestriction::Kind::kBetween;
  out.when.from = from.value();
  out.when.to = to.value();
  return out;
}

const DatedCode* ResolveCode(const std::vector<DatedCode>& codes, DateNumber date) {
  // Dated codes first, in file order; an undated code is the default that
  // holds when none of them does (PETRARCH's validation records, DATE-03/04:
  // "HAMFAST GAMGEE [HOB]" then "[HOBGOV 20121109-20130119]").
  for (const DatedCode& code : codes) {
    if (code.when.kind != DateRestriction::Kind::kAlways && code.when.Holds(date)) return &code;
  }
  for (const DatedCode& code : codes) {
    if (code.when.kind == DateRestriction::Kind::kAlways) return &code;
  }
  return nullptr;
}

const DatedCode* RecentlyEndedCode(const std::vector<DatedCode>& codes, DateNumber date, int days,
                                   std::string_view role) {
  auto day_number = [](DateNumber d) {
    const std::chrono::year_month_day ymd{std::chrono::year(d / 10000), std::chrono::month(d / 100 % 100),
                                          std::chrono::day(d % 100)};
    return std::chrono::sys_days(ymd).time_since_epoch().count();
  };
  for (const DatedCode& code : codes) {
    const bool ends =
        code.when.kind == DateRestriction::Kind::kBetween || code.when.kind == DateRestriction::Kind::kBefore;
    if (!ends || code.code.size() < 3 + role.size() || std::string_view(code.code).substr(3, role.size()) != role ||
        code.when.to > date) {
      continue;
    }
    if (day_number(date) - day_number(code.when.to) <= days) return &code;
  }
  return nullptr;
}

}  // namespace khaldun::dict
