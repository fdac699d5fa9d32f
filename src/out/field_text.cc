#include "out/field_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace khaldun::out {

const dict::EventCodeInfo* FindCode(const dict::EventCodeTable* codes, std::string_view code) {
  return codes != nullptr ? codes->Find(code) : nullptr;
}

std::string FormatDecimal(double value, int digits) {
  std::string text;
  AppendDecimal(value, digits, &text);
  return text;
}

void AppendDecimal(double value, int digits, std::string* out) {
  // std::to_chars with a precision prints as printf's "%.*f" does in the "C"
  // locale (and Khaldun never calls setlocale), at a fraction of the cost:
  // every located event writes two of these.
  char buffer[64];
  size_t size = 0;
  if (const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, digits);
      r.ec == std::errc()) {
    size = static_cast<size_t>(r.ptr - buffer);
  } else {  // too long for the buffer: printf's text, cut as it always was
    const int n = std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    size = std::min(static_cast<size_t>(n < 0 ? 0 : n), sizeof buffer - 1);
  }
  std::string_view text(buffer, size);
  // No "-0": a negative value that rounds to zero prints as zero.
  if (text.size() > 1 && text[0] == '-' && text.find_first_not_of("-0.") == std::string_view::npos) text.remove_prefix(1);
  out->append(text);
}

void AppendUnsigned(uint64_t value, std::string* out) {
  char buffer[24];
  const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, r.ptr);
}

std::string OneLine(std::string_view text) {
  std::string line;
  AppendOneLine(text, &line);
  return line;
}

void AppendOneLine(std::string_view text, std::string* out) {
  // Fields almost never hold a line break: look first, copy once.
  size_t i = 0;
  while (i < text.size() && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') ++i;
  out->append(text.substr(0, i));
  for (; i < text.size(); ++i) {
    const char c = text[i];
    out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  }
}

void WriteText(std::FILE* out, std::string_view line) { std::fwrite(line.data(), 1, line.size(), out); }

}  // namespace khaldun::out
