// Dateline parsing: "PLACE[, Region][, Month Day[, Year]][ (AGENCY)] (:|-|--)".
#include <algorithm>
#include <string>

#include "text/article_structure.h"

namespace khaldun {
namespace {

constexpr std::string_view kMonths[] = {
    "January", "February", "March",  "April", "May",  "June",  "July",  "August",
    "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
    "Jun.",    "Jul.",     "Aug.",   "Sept.", "Sep.", "Oct.",  "Nov.",  "Dec.",
    // Reuters style writes the abbreviations without a point: "Nov 18".
    "Jan",     "Feb",      "Mar",    "Apr",   "Jun",  "Jul",   "Aug",   "Sept",
    "Sep",     "Oct",      "Nov",    "Dec",
};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool done() const { return pos_ >= s_.size(); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }
  void SkipSpaces() {
    while (!done() && s_[pos_] == ' ') ++pos_;
  }
  bool Consume(std::string_view literal) {
    if (s_.substr(pos_, literal.size()) != literal) return false;
    pos_ += literal.size();
    return true;
  }
  // A capitalised word of a place name: letters, and ' . - inside.
  std::string_view PlaceWord() {
    size_t start = pos_;
    if (done() || !(IsUpper(peek()) || static_cast<unsigned char>(peek()) >= 0x80)) return {};
    while (!done()) {
      char c = s_[pos_];
      if (IsUpper(c) || IsLower(c) || c == '\'' || c == '.' || c == '-' ||
          static_cast<unsigned char>(c) >= 0x80) {
        ++pos_;
      } else {
        break;
      }
    }
    return s_.substr(start, pos_ - start);
  }
  std::string_view Rest() const { return s_.substr(pos_); }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool AllCaps(std::string_view s) {
  bool any = false;
  for (char c : s) {
    if (IsLower(c)) return false;
    if (IsUpper(c)) any = true;
  }
  return any;
}

// "June 2", "Jan. 15, 2024": returns the length, or 0.
size_t ParseMonthDay(std::string_view s) {
  if (s.empty()) return 0;
  for (std::string_view month : kMonths) {
    // (The first letter first: most months differ there, without a compare call.)
    if (month[0] != s[0] || s.substr(0, month.size()) != month) continue;
    size_t k = month.size();
    if (k >= s.size() || s[k] != ' ') continue;
    ++k;
    size_t digits = k;
    while (k < s.size() && IsDigit(s[k])) ++k;
    if (k == digits || k - digits > 2) continue;
    // Optional ", 2019".
    if (k + 6 <= s.size() && s[k] == ',' && s[k + 1] == ' ' && IsDigit(s[k + 2]) && IsDigit(s[k + 3]) &&
        IsDigit(s[k + 4]) && IsDigit(s[k + 5])) {
      k += 6;
    }
    return k;
  }
  return 0;
}

}  // namespace

size_t ParseDateline(std::string_view paragraph, Dateline* dateline) {
  Cursor cursor(paragraph.substr(0, std::min<size_t>(paragraph.size(), 160)));
  // The place: up to five capitalised words.
  size_t place_begin = cursor.pos();
  size_t place_end = place_begin;
  for (int words = 0; words < 5; ++words) {
    size_t before = cursor.pos();
    std::string_view word = cursor.PlaceWord();
    if (word.empty()) {
      cursor.set_pos(before);
      break;
    }
    place_end = cursor.pos();
    if (cursor.peek() != ' ' || !(IsUpper(cursor.peek(1)) || static_cast<unsigned char>(cursor.peek(1)) >= 0x80)) break;
    cursor.set_pos(cursor.pos() + 1);
  }
  cursor.set_pos(place_end);
  if (place_end == place_begin) return 0;
  std::string_view place = paragraph.substr(place_begin, place_end - place_begin);
  if (place.size() > 40) return 0;
  bool caps = AllCaps(place);

  // ", Region" and ", Month Day".
  std::string month_day;
  for (int parts = 0; parts < 2 && cursor.peek() == ',' && cursor.peek(1) == ' '; ++parts) {
    size_t before = cursor.pos();
    cursor.set_pos(before + 2);
    if (size_t date_length = ParseMonthDay(cursor.Rest())) {
      month_day = std::string(cursor.Rest().substr(0, date_length));
      cursor.set_pos(cursor.pos() + date_length);
      continue;
    }
    // A region or country ("PESHAWAR, Pakistan"): one to three capitalised words.
    size_t region_start = cursor.pos();
    int words = 0;
    while (words < 3) {
      std::string_view word = cursor.PlaceWord();
      if (word.empty()) break;
      ++words;
      if (cursor.peek() == ' ' && IsUpper(cursor.peek(1))) {
        cursor.set_pos(cursor.pos() + 1);
      } else {
        break;
      }
    }
    if (words == 0 || cursor.pos() - region_start > 40) {
      cursor.set_pos(before);
      break;
    }
  }

  // " (AGENCY)".
  std::string agency;
  {
    size_t before = cursor.pos();
    cursor.SkipSpaces();
    if (cursor.Consume("(")) {
      std::string_view rest = cursor.Rest();
      size_t close = rest.find(')');
      if (close != std::string_view::npos && close > 0 && close <= 30 && IsUpper(rest[0])) {
        agency = std::string(rest.substr(0, close));
        cursor.set_pos(cursor.pos() + close + 1);
      } else {
        cursor.set_pos(before);
      }
    } else {
      cursor.set_pos(before);
    }
  }

  // The separator.
  size_t before_separator = cursor.pos();
  cursor.SkipSpaces();
  bool colon = false;
  if (cursor.Consume(":")) {
    colon = true;
    if (cursor.pos() != before_separator + 1) return 0;  // "PLACE :" is not a dateline
  } else if (!(cursor.Consume("--") || cursor.Consume("-"))) {
    return 0;
  }
  if (cursor.peek() != ' ') return 0;
  cursor.SkipSpaces();
  if (cursor.done()) return 0;
  // A plain "Earlier - ..." is not a dateline: ask for capitals or metadata.
  if (colon ? !caps : !(caps || !agency.empty() || !month_day.empty())) return 0;
  if (colon && !month_day.empty()) return 0;

  dateline->present = true;
  dateline->place = std::string(place);
  dateline->agency = std::move(agency);
  dateline->month_day = std::move(month_day);
  // The span ends at the separator, not the spaces after it.
  uint32_t end = static_cast<uint32_t>(cursor.pos());
  while (end > 0 && paragraph[end - 1] == ' ') --end;
  dateline->span = {0, end};
  return cursor.pos();
}

}  // namespace khaldun
