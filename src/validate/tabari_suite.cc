#include "validate/tabari_suite.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace khaldun::validate {
namespace {

namespace fs = std::filesystem;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\r') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// A record header: 6 to 9 digits, whitespace, an identifier.
bool IsHeader(std::string_view line) {
  std::vector<std::string_view> words = Words(line);
  return words.size() >= 2 && line.size() > 0 && line[0] >= '0' && line[0] <= '9' && AllDigits(words[0]) &&
         words[0].size() >= 6 && words[0].size() <= 9;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The options in force, keyed so that a later switch replaces an earlier
// one: "SET: TIME SHIFT" for SET lines, else the command ("DEFAULT"); the
// three "SET: CODE ..." switches (BY CLAUSE, BY SENTENCE, ALL) replace
// each other.
class OptionState {
 public:
  void Apply(std::string_view option) {
    std::string text = NormalizeSpace(option);
    size_t colon = text.find(':');
    std::string command = colon == std::string::npos ? text : text.substr(0, colon);
    std::string value = colon == std::string::npos ? "" : NormalizeSpace(std::string_view(text).substr(colon + 1));
    std::string key = command;
    if (command == "SET") {
      size_t eq = value.find('=');
      key += ": " + NormalizeSpace(std::string_view(value).substr(0, eq));
      if (value.starts_with("CODE ")) key = "SET: CODE";
    }
    for (size_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].first == key) {
        entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
    // "DEFAULT: OFF", "FORWARD: ... OFF" switch a feature off; "COMMA: OFF"
    // is a setting of its own (no clause deleted), unlike TABARI's default.
    const bool off = value == "OFF" || (value.size() > 4 && value.compare(value.size() - 4, 4, " OFF") == 0);
    if (!off || command == "COMMA") entries_.emplace_back(key, command + ": " + value);
  }
  // True when `entry` ("SET: YYYY = TRUE") is in force.
  bool Holds(std::string_view entry) const {
    for (const auto& held : entries_) {
      if (held.second == entry) return true;
    }
    return false;
  }
  std::vector<std::string> Current() const {
    std::vector<std::string> out;
    for (const auto& entry : entries_) out.push_back(entry.second);
    return out;
  }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

// What a record's comment lines say.
struct Expected {
  std::vector<EventTriple> events;
  Expectation marker = Expectation::kUnstated;  // from {---} {+++} {###}
  std::vector<std::string> options;
};

// Reads the {...} groups of one "\n" expectation line.
void ReadExpectationLine(std::string_view line, std::string_view path, uint64_t number, Expected* out,
                         Diagnostics* diagnostics) {
  size_t pos = 0;
  while ((pos = line.find('{', pos)) != std::string_view::npos) {
    // A '-' just before the brace switches the expectation off.
    size_t before = pos;
    while (before > 0 && (line[before - 1] == ' ' || line[before - 1] == '\t')) --before;
    const bool switched_off = before > 0 && line[before - 1] == '-';
    size_t close = line.find('}', pos + 1);
    std::string_view body;
    if (close == std::string_view::npos) {
      body = line.substr(pos + 1);
      size_t end_comment = body.find("*/");
      if (end_comment != std::string_view::npos) body = body.substr(0, end_comment);
    } else {
      body = line.substr(pos + 1, close - pos - 1);
    }
    pos = close == std::string_view::npos ? line.size() : close + 1;
    body = Trim(body);
    if (switched_off) continue;
    if (body.substr(0, 7) == "OPTION:") {
      out->options.push_back(NormalizeSpace(body.substr(7)));
      continue;
    }
    if (close == std::string_view::npos) {
      diagnostics->Warn(path, number, "unclosed '{' in an expectation line: ignored");
      continue;
    }
    if (body == "---" || body == "+++" || body == "###") {
      Expectation marker = body == "---" ? Expectation::kNoEvents
                           : body == "+++" ? Expectation::kComplex
                                           : Expectation::kDiscard;
      if (out->marker == Expectation::kUnstated) out->marker = marker;
      continue;
    }
    size_t slash1 = body.find('/');
    size_t slash2 = slash1 == std::string_view::npos ? slash1 : body.find('/', slash1 + 1);
    if (slash2 == std::string_view::npos || body.find('/', slash2 + 1) != std::string_view::npos) {
      diagnostics->Warn(path, number, "expected '{ SOURCE / TARGET / CODE }', found '{" + std::string(body) + "}'");
      continue;
    }
    EventTriple event{std::string(Trim(body.substr(0, slash1))),
                      std::string(Trim(body.substr(slash1 + 1, slash2 - slash1 - 1))),
                      std::string(Trim(body.substr(slash2 + 1)))};
    if (event.source.empty() || event.target.empty() || event.code.empty()) {
      diagnostics->Warn(path, number, "empty field in '{" + std::string(body) + "}': ignored");
      continue;
    }
    out->events.push_back(std::move(event));
  }
}

// TABARI reads a record's date from the first six digits of the header's
// first word (eight after "SET: YYYY = TRUE") and ignores the rest: a
// mistyped "0703051" is 070305. A word of exactly six or eight digits is
// read whole, as it always was.
std::optional<Date> TabariRecordDate(std::string_view word, bool yyyy) {
  if (word.size() == 6 || word.size() == 8 || !AllDigits(word)) return ParseSuiteDate(word);
  const size_t width = yyyy ? 8 : 6;
  return word.size() > width ? ParseSuiteDate(word.substr(0, width)) : std::nullopt;
}

}  // namespace

Result<TabariProjectFiles> ReadTabariProjectFiles(const std::string& project_path) {
  Result<std::string> text = ReadFile(project_path);
  if (!text.ok()) return text.status();
  const fs::path dir = fs::path(project_path).parent_path();
  TabariProjectFiles files;
  std::istringstream lines(text.value());
  std::string line;
  while (std::getline(lines, line)) {
    std::string_view view = Trim(line);
    if (view.empty() || view[0] != '<') continue;
    size_t gt = view.find('>');
    if (gt == std::string_view::npos) continue;
    std::string_view key = view.substr(1, gt - 1);
    std::string_view value = Trim(view.substr(gt + 1));
    if (value.empty()) continue;
    std::string resolved = (dir / std::string(value)).string();
    if (key == "textfile") {
      files.text = resolved;
    } else if (key == "actorsfile" || key == "verbsfile" || key == "agentsfile" || key == "optionsfile") {
      files.dictionaries.push_back(resolved);
    }
  }
  if (files.text.empty()) return Status::Error(project_path + ": names no <textfile>");
  return files;
}

std::vector<Record> ParseTabariRecords(std::string_view text, std::string_view path, std::string_view stop_id,
                                       Diagnostics* diagnostics) {
  std::vector<Record> records;
  OptionState options;
  Record current;
  Expected expected;
  bool in_record = false;
  bool in_text = false;
  std::string body;

  auto finish = [&]() {
    current.text = NormalizeSpace(body);
    if (!expected.events.empty()) {
      current.expectation = Expectation::kEvents;
      current.expected = std::move(expected.events);
      // "{+++}" then events: TABARI's complexity filter rejects the record,
      // the events are what a coder without that filter gets. Khaldun is
      // held to the events.
      if (expected.marker != Expectation::kUnstated) {
        current.note = std::string("also marked ") + ExpectationName(expected.marker);
      }
    } else {
      current.expectation = expected.marker;
    }
    current.options = options.Current();
    for (const std::string& option : expected.options) options.Apply(option);
    if (current.expectation != Expectation::kUnstated && current.text.empty()) {
      diagnostics->Warn(path, current.line, "record " + current.id + " has no text");
    }
    records.push_back(std::move(current));
    current = Record();
    expected = Expected();
    body.clear();
    in_record = false;
  };

  uint64_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (!in_record) {
      if (!IsHeader(line)) continue;
      std::vector<std::string_view> words = Words(line);
      std::string_view id;
      for (size_t i = 1; i < words.size() && id.empty(); ++i) {
        if (!AllDigits(words[i])) id = words[i];
      }
      if (id.empty()) id = words[1];
      if (!stop_id.empty() && id == stop_id) break;
      current.id = std::string(id);
      current.line = number;
      current.date_text = std::string(words[0]);
      current.date = TabariRecordDate(words[0], options.Holds("SET: YYYY = TRUE"));
      if (!current.date) {
        diagnostics->Warn(path, number, "record " + current.id + ": date '" + current.date_text +
                                            "' is not YYMMDD or YYYYMMDD: coded without a date");
      }
      in_record = true;
      in_text = true;
      continue;
    }
    std::string_view trimmed = Trim(line);
    if (trimmed.empty()) {
      finish();
      continue;
    }
    if (in_text) {
      if (trimmed.substr(0, 2) == "\\n") {
        in_text = false;
      } else {
        size_t comment = line.find("/*");
        body += ' ';
        body += line.substr(0, comment);
        if (comment == std::string_view::npos) continue;
        in_text = false;
        trimmed = Trim(line.substr(comment + 2));
      }
    }
    if (trimmed.substr(0, 2) == "/*") trimmed = Trim(trimmed.substr(2));
    if (trimmed.substr(0, 2) == "\\n") ReadExpectationLine(trimmed.substr(2), path, number, &expected, diagnostics);
  }
  if (in_record) finish();
  return records;
}

Result<Suite> ReadTabariSuite(const std::string& project_path, Diagnostics* diagnostics) {
  Result<TabariProjectFiles> files = ReadTabariProjectFiles(project_path);
  if (!files.ok()) return files.status();
  Result<std::string> text = ReadFile(files.value().text);
  if (!text.ok()) return text.status();
  Suite suite;
  suite.name = "tabari";
  suite.path = files.value().text;
  suite.dictionaries = {project_path};
  suite.verbs_syntax = dict::PatternSyntax::kTabari;
  suite.records = ParseTabariRecords(text.value(), suite.path, "FINAL-01", diagnostics);
  return suite;
}

}  // namespace khaldun::validate
