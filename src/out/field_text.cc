#include "out/field_text.h"

#include <cmath>
#include <cstdio>

namespace khaldun::out {

const dict::EventCodeInfo* FindCode(const dict::EventCodeTable* codes, std::string_view code) {
  return codes != nullptr ? codes->Find(code) : nullptr;
}

std::string FormatDecimal(double value, int digits) {
  // snprintf's %f follows LC_NUMERIC; Khaldun never calls setlocale, so it is "C".
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  std::string text(buffer);
  if (text.size() > 1 && text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return line;
}

void WriteText(std::FILE* out, std::string_view line) { std::fwrite(line.data(), 1, line.size(), out); }

}  // namespace khaldun::out
