// Date: a calendar day, as event data counts time.
#ifndef KHALDUN_BASE_DATE_H_
#define KHALDUN_BASE_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace khaldun {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // "YYYY-MM-DD".
  std::string ToString() const;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Reads the dates news metadata uses: "2019-06-02", "2019-06-02T10:30:00Z",
// "2019/06/02", "20190602". Returns nullopt for anything else or for an
// impossible day ("2019-02-30").
std::optional<Date> ParseDate(std::string_view text);

}  // namespace khaldun

#endif  // KHALDUN_BASE_DATE_H_
