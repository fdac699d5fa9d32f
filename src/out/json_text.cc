#include "out/json_text.h"

#include <charconv>

#include <nlohmann/json.hpp>

namespace khaldun::out {
namespace {

std::string NlohmannDump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  // Printable ASCII other than '"' and '\' is written as it is; anything
  // else (escapes, UTF-8 to check) goes through nlohmann itself, so that
  // the rare cases stay exactly what they were.
  for (char c : text) {
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
      out->append(NlohmannDump(nlohmann::json(std::string(text))));
      return;
    }
  }
  out->push_back('"');
  out->append(text);
  out->push_back('"');
}

void AppendJsonStrings(const std::vector<std::string>& texts, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(texts[i], out);
  }
  out->push_back(']');
}

void AppendJsonDouble(double value, std::string* out) { out->append(NlohmannDump(nlohmann::json(value))); }

void AppendJsonInteger(int64_t value, std::string* out) {
  char buffer[24];
  const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, r.ptr);
}

}  // namespace khaldun::out
