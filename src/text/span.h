// Span: a half-open byte range [begin, end) into a text.
#ifndef KHALDUN_TEXT_SPAN_H_
#define KHALDUN_TEXT_SPAN_H_

#include <cstdint>
#include <string_view>

namespace khaldun {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_SPAN_H_
