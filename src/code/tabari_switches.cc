#include "code/tabari_switches.h"
#include "code/tabari_complexity.h"

namespace khaldun {
namespace {

std::string_view TrimBlanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Reads "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER" (either half may be
// missing; "OFF" clears both).
void ReadDefault(std::string_view value, TabariSwitches* switches) {
  switches->default_source.clear();
  switches->default_target.clear();
  switches->source_prior = switches->target_after = false;
  std::string* code = nullptr;
  size_t pos = 0;
  while (pos < value.size()) {
    if (value[pos] == ' ' || value[pos] == '\t') {
      ++pos;
      continue;
    }
    if (value[pos] == '[') {
      const size_t close = value.find(']', pos);
      if (close == std::string_view::npos) break;
      if (code != nullptr) *code = std::string(TrimBlanks(value.substr(pos + 1, close - pos - 1)));
      pos = close + 1;
      continue;
    }
    size_t end = value.find_first_of(" \t[", pos);
    if (end == std::string_view::npos) end = value.size();
    const std::string_view word = value.substr(pos, end - pos);
    if (word == "SOURCE") code = &switches->default_source;
    else if (word == "TARGET") code = &switches->default_target;
    else if (word == "PRIOR") switches->source_prior = true;
    else if (word == "AFTER") switches->target_after = true;
    pos = end;
  }
}

// Reads "MIN = 4 MAX = 6 EMIN = 3 ..." over TABARI's defaults; "OFF"
// deletes nothing.
TabariSwitches::CommaLimits ReadComma(std::string_view value) {
  TabariSwitches::CommaLimits limits;
  if (value == "OFF") return {1, 0, 1, 0, 1, 0};
  size_t pos = 0;
  while (pos < value.size()) {
    const size_t equals = value.find('=', pos);
    if (equals == std::string_view::npos) break;
    const std::string_view name = TrimBlanks(value.substr(pos, equals - pos));
    size_t end = equals + 1;
    while (end < value.size() && value[end] == ' ') ++end;
    unsigned number = 0;
    const size_t digits = end;
    while (end < value.size() && value[end] >= '0' && value[end] <= '9') number = number * 10 + (value[end++] - '0');
    pos = end;
    if (end == digits) continue;
    if (name == "MIN") limits.min = number;
    if (name == "MAX") limits.max = number;
    if (name == "EMIN") limits.end_min = number;
    if (name == "EMAX") limits.end_max = number;
    if (name == "BMIN") limits.begin_min = number;
    if (name == "BMAX") limits.begin_max = number;
  }
  return limits;
}


}  // namespace

size_t TabariWordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

std::string DeleteCommaClauses(std::string_view sentence, const TabariSwitches::CommaLimits& limits) {
  std::vector<std::string_view> parts;
  for (size_t begin = 0;;) {
    const size_t comma = sentence.find(',', begin);
    parts.push_back(TrimBlanks(sentence.substr(begin, comma == std::string_view::npos ? comma : comma - begin)));
    if (comma == std::string_view::npos) break;
    begin = comma + 1;
  }
  if (parts.size() < 2) return std::string(sentence);
  auto within = [](std::string_view part, unsigned low, unsigned high) {
    const size_t words = TabariWordCount(part);
    return words >= low && words <= high;
  };
  std::string kept;
  bool period = false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const bool first = i == 0, last = i + 1 == parts.size();
    const bool deleted = first  ? within(parts[i], limits.begin_min, limits.begin_max)
                         : last ? within(parts[i], limits.end_min, limits.end_max)
                                : within(parts[i], limits.min, limits.max);
    if (deleted) {
      period = last && parts[i].ends_with('.');
      continue;
    }
    if (!kept.empty()) kept += ", ";
    kept += parts[i];
  }
  if (period) kept += '.';
  return kept;
}

void ApplyTabariOption(std::string_view line, TabariSwitches* switches) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view command = TrimBlanks(line.substr(0, colon));
  const std::string_view value = TrimBlanks(line.substr(colon + 1));
  if (command == "SET") {
    if (value == "CODE BY CLAUSE") switches->code_by = TabariSwitches::CodeBy::kClause;
    if (value == "CODE BY SENTENCE") switches->code_by = TabariSwitches::CodeBy::kSentence;
    if (value == "CODE ALL") switches->code_by = TabariSwitches::CodeBy::kAll;
    const size_t equals = value.find('=');
    const std::string_view name = equals == std::string_view::npos ? "" : TrimBlanks(value.substr(0, equals));
    const bool on = equals != std::string_view::npos && TrimBlanks(value.substr(equals + 1)) == "TRUE";
    if (name == "CONVERT AGENT") switches->convert_agent = on;
    if (name == "TIME SHIFT") switches->time_shift = on;
  } else if (command == "DEFAULT") {
    ReadDefault(value, switches);
  } else if (command == "COMPLEX") {
    switches->complex = ReadTabariComplexity(value);
  } else if (command == "COMMA") {
    switches->comma = ReadComma(value);
  } else if (command == "FORWARD") {
    switches->forward = value != "OFF" && !value.ends_with(" OFF");
  }
}

TabariSwitches ReadTabariSwitches(const std::vector<dict::OptionLine>& options) {
  TabariSwitches switches;
  for (const dict::OptionLine& option : options) ApplyTabariOption(option.command + ": " + option.value, &switches);
  return switches;
}

}  // namespace khaldun
