#include "base/date.h"

#include <cstdio>

namespace khaldun {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Digits(std::string_view s, size_t from, size_t count) {
  int value = 0;
  for (size_t i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string Date::ToString() const {
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    // The usual case without snprintf, which costs more than the coding of
    // a short document's date needs.
    std::string text = "0000-00-00";
    for (int v = year, i = 3; i >= 0; --i, v /= 10) text[i] = static_cast<char>('0' + v % 10);
    text[5] = static_cast<char>('0' + month / 10), text[6] = static_cast<char>('0' + month % 10);
    text[8] = static_cast<char>('0' + day / 10), text[9] = static_cast<char>('0' + day % 10);
    return text;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::optional<Date> ParseDate(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  Date date;
  if (text.size() == 8 && AllDigits(text)) {
    date = {Digits(text, 0, 4), Digits(text, 4, 2), Digits(text, 6, 2)};
  } else if (text.size() >= 10 && AllDigits(text.substr(0, 4)) && (text[4] == '-' || text[4] == '/') &&
             AllDigits(text.substr(5, 2)) && text[7] == text[4] && AllDigits(text.substr(8, 2)) &&
             (text.size() == 10 || text[10] == 'T' || text[10] == ' ')) {
    date = {Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2)};
  } else {
    return std::nullopt;
  }
  if (date.year < 1000 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > DaysInMonth(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

}  // namespace khaldun
