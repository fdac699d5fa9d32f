#include "dict/event_codes.h"

#include <charconv>
#include <cstdint>
#include <cmath>
#include <utility>

#include "dict/phrase.h"
#include "dict/source_file.h"

namespace khaldun::dict {
namespace {

constexpr std::string_view kColumns[] = {"code",         "name",        "goldstein",     "quad_class",
                                         "plover_event", "plover_mode", "plover_context"};
constexpr size_t kColumnCount = std::size(kColumns);
constexpr size_t kRequiredColumns = 4;  // the PLOVER columns may be left off when empty

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int RootNumber(std::string_view code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool IsPloverEvent(std::string_view type) {
  for (std::string_view known : PloverEventTypes()) {
    if (type == known) return true;
  }
  return false;
}

// Reads one data row into *info; on failure returns why (no file:line).
std::string ReadRow(const std::vector<std::string_view>& fields, EventCodeInfo* info) {
  if (fields.size() < kRequiredColumns || fields.size() > kColumnCount) {
    return "expected " + std::to_string(kRequiredColumns) + " to " + std::to_string(kColumnCount) +
           " tab-separated columns, found " + std::to_string(fields.size());
  }
  const std::string_view code = Trim(fields[0]);
  if (!IsWellFormedEventCode(code)) {
    return "bad event code '" + std::string(code) + "' (want 2-4 digits with a root 01-20)";
  }
  info->code = std::string(code);

  info->name = std::string(Trim(fields[1]));
  if (info->name.empty()) return "code " + info->code + " has no name";

  const std::string_view score = Trim(fields[2]);
  const auto [end, error] = std::from_chars(score.data(), score.data() + score.size(), info->goldstein);
  if (error != std::errc() || end != score.data() + score.size() || !std::isfinite(info->goldstein)) {
    return "code " + info->code + ": bad Goldstein score '" + std::string(score) + "'";
  }
  if (info->goldstein < -10.0 || info->goldstein > 10.0) {
    return "code " + info->code + ": Goldstein score " + std::string(score) + " outside -10..10";
  }

  const std::string_view quad = Trim(fields[3]);
  const int expected_quad = QuadClassOfRoot(RootNumber(code));
  if (quad.size() != 1 || quad[0] - '0' != expected_quad) {
    return "code " + info->code + ": quad_class '" + std::string(quad) + "' should be " +
           std::to_string(expected_quad) + " for root " + std::string(code.substr(0, 2));
  }
  info->quad_class = expected_quad;

  auto optional = [&](size_t column) {
    return column < fields.size() ? std::string(Trim(fields[column])) : std::string();
  };
  info->plover_event = optional(4);
  info->plover_mode = optional(5);
  info->plover_context = optional(6);
  if (!info->plover_event.empty() && !IsPloverEvent(info->plover_event)) {
    return "code " + info->code + ": unknown PLOVER event type '" + info->plover_event + "'";
  }
  if (info->plover_event.empty() && (!info->plover_mode.empty() || !info->plover_context.empty())) {
    return "code " + info->code + ": PLOVER mode or context without an event type";
  }
  return "";
}

bool IsHeader(const std::vector<std::string_view>& fields) {
  if (fields.size() != kColumnCount) return false;
  for (size_t i = 0; i < kColumnCount; ++i) {
    if (Trim(fields[i]) != kColumns[i]) return false;
  }
  return true;
}

std::string HeaderText() {
  std::string text;
  for (std::string_view column : kColumns) {
    if (!text.empty()) text += "\\t";
    text += column;
  }
  return text;
}

}  // namespace

bool IsWellFormedEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4 || !AllDigits(code)) return false;
  const int root = RootNumber(code);
  return root >= 1 && root <= 20;
}

std::string RootCode(std::string_view code) {
  if (!IsWellFormedEventCode(code)) return "";
  return std::string(code.substr(0, 2));
}

std::string BaseCode(std::string_view code) {
  if (!IsWellFormedEventCode(code)) return "";
  return std::string(code.substr(0, 3));  // a root is its own base: substr stops at the end
}

int QuadClassOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

const std::vector<std::string_view>& PloverEventTypes() {
  static const std::vector<std::string_view> kTypes = {
      "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
      "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
  return kTypes;
}

Result<EventCodeTable> EventCodeTable::Load(const std::string& path, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  return Parse(path, file.value().text(), diagnostics);
}

Result<EventCodeTable> EventCodeTable::Parse(const std::string& path, std::string_view text,
                                             Diagnostics* diagnostics) {
  auto report = [&](Severity severity, uint64_t line, std::string message) {
    if (diagnostics == nullptr) return;
    if (severity == Severity::kError) {
      diagnostics->Error(path, line, std::move(message));
    } else {
      diagnostics->Warn(path, line, std::move(message));
    }
  };

  const SourceFile source = SourceFile::FromText(path, std::string(text));
  EventCodeTable table;
  std::vector<uint32_t> line_of_code;  // parallel to table.codes_, for the root check
  bool seen_header = false;
  for (const SourceLine& line : source.Lines(/*skip_xml_comments=*/false)) {
    const std::string_view trimmed = Trim(line.text);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    const std::vector<std::string_view> fields = SplitTabs(line.text);
    if (!seen_header) {
      if (!IsHeader(fields)) {
        return Status::Error(path + ":" + std::to_string(line.number) + ": expected the header line '" +
                             HeaderText() + "' before the first code");
      }
      seen_header = true;
      continue;
    }
    EventCodeInfo info;
    const std::string problem = ReadRow(fields, &info);
    if (!problem.empty()) {
      report(Severity::kError, line.number, problem + "; row skipped");
      continue;
    }
    if (table.index_.contains(info.code)) {
      report(Severity::kError, line.number, "duplicate event code " + info.code + "; row skipped");
      continue;
    }
    table.index_.emplace(info.code, table.codes_.size());
    table.codes_.push_back(std::move(info));
    line_of_code.push_back(line.number);
  }
  if (!seen_header) return Status::Error(path + ": no header line and no event codes");
  if (table.codes_.empty()) return Status::Error(path + ": no usable event code");

  for (size_t i = 0; i < table.codes_.size(); ++i) {
    const std::string& code = table.codes_[i].code;
    if (table.FindRoot(code) == nullptr) {
      report(Severity::kWarning, line_of_code[i], "code " + code + " has no root entry " + RootCode(code));
    }
  }
  return table;
}

const EventCodeInfo* EventCodeTable::Find(std::string_view code) const {
  const auto found = index_.find(code);
  return found == index_.end() ? nullptr : &codes_[found->second];
}

const EventCodeInfo* EventCodeTable::FindRoot(std::string_view code) const {
  const std::string root = RootCode(code);
  return root.empty() ? nullptr : Find(root);
}

const EventCodeInfo* EventCodeTable::FindBase(std::string_view code) const {
  const std::string base = BaseCode(code);
  return base.empty() ? nullptr : Find(base);
}

}  // namespace khaldun::dict
