// CountryCodes: the ISO-3 codes of a ResolveContext, each once, in the
// order added.
//
// A context is made for every resolution (once per mention and country
// hint), and holds a handful of codes: views (of the gazetteer's records or
// the caller's hint, which must outlive it) kept on the stack, the heap
// used only past kInPlace of them.
#ifndef KHALDUN_GEO_COUNTRY_CODES_H_
#define KHALDUN_GEO_COUNTRY_CODES_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace khaldun {

class CountryCodes {
 public:
  // Adds `iso3` unless it is empty or already here.
  void Add(std::string_view iso3) {
    if (iso3.empty()) return;
    const std::span<const std::string_view> codes = view();
    if (std::find(codes.begin(), codes.end(), iso3) != codes.end()) return;
    if (size_ < kInPlace) {
      in_place_[size_++] = iso3;
      return;
    }
    if (more_.empty()) more_.assign(in_place_.begin(), in_place_.end());
    more_.push_back(iso3);
    ++size_;
  }
  // The codes added, in order; valid until the next Add.
  std::span<const std::string_view> view() const {
    if (size_ > kInPlace) return more_;
    return std::span<const std::string_view>(in_place_).first(size_);
  }

 private:
  static constexpr size_t kInPlace = 4;
  std::array<std::string_view, kInPlace> in_place_;
  size_t size_ = 0;
  std::vector<std::string_view> more_;  // all of them, once there are more than kInPlace
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_COUNTRY_CODES_H_
