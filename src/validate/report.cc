#include "validate/report.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace khaldun::validate {
namespace {

std::string Percent(size_t numerator, size_t denominator) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%zu/%zu (%.1f%%)", numerator, denominator,
                100.0 * Ratio(numerator, denominator));
  return buffer;
}

std::string Fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string FileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

std::string FormatSummary(const Suite& suite, const SuiteResult& result) {
  const Tally& t = result.tally;
  std::string out;
  out += "== " + suite.name + ": " + suite.path + "\n";
  out += "  records: " + std::to_string(suite.records.size()) + " read, " + std::to_string(t.records) +
         " scored, " + std::to_string(result.skipped.size()) + " skipped, " + std::to_string(result.unstated) +
         " without expectation\n";
  out += "  records exact: " + Percent(t.exact, t.records) + "  [expecting events " +
         Percent(t.event_records_exact, t.event_records) + "; expecting none " +
         Percent(t.empty_records_exact, t.empty_records) + "]\n";
  out += "  events (source, target, code): expected " + std::to_string(t.expected) + ", produced " +
         std::to_string(t.produced) + ", matched " + std::to_string(t.matched) + "  precision " +
         Fixed(t.Precision()) + "  recall " + Fixed(t.Recall()) + "  F1 " + Fixed(t.F1()) + "\n";
  out += "  root codes (source, target, root): expected " + std::to_string(t.root_expected) + ", produced " +
         std::to_string(t.root_produced) + ", matched " + std::to_string(t.root_matched) + "  precision " +
         Fixed(t.RootPrecision()) + "  recall " + Fixed(t.RootRecall()) + "\n";
  return out;
}

std::string FormatFailure(const Suite& suite, const RecordOutcome& outcome) {
  const Record& record = *outcome.record;
  std::string out = "FAIL " + record.id + "  " + FileName(suite.path) + ":" + std::to_string(record.line);
  if (!record.date_text.empty()) out += "  date " + record.date_text;
  if (!record.category.empty()) out += "  " + record.category;
  out += "  expects " + std::string(ExpectationName(record.expectation));
  if (!record.note.empty()) out += " (" + record.note + ")";
  out += "\n  text: " + record.text + "\n";
  if (!record.options.empty()) {
    out += "  options:";
    for (size_t i = 0; i < record.options.size(); ++i) out += (i == 0 ? " " : "; ") + record.options[i];
    out += "\n";
  }
  for (const EventTriple& event : outcome.score.matched) out += "  = " + event.ToString() + "\n";
  for (const EventTriple& event : outcome.score.missing) out += "  - " + event.ToString() + "\n";
  for (const EventTriple& event : outcome.score.extra) out += "  + " + event.ToString() + "\n";
  return out;
}

std::string FormatReport(const Suite& suite, const SuiteResult& result, const ReportOptions& options) {
  std::string out = FormatSummary(suite, result);
  if (options.list_skipped && !result.skipped.empty()) {
    out += "  skipped:";
    for (const Record* record : result.skipped) out += " " + record->id + " (" + record->skip_reason + ")";
    out += "\n";
  }
  const std::vector<const RecordOutcome*> failures = result.Failures();
  if (failures.empty()) return out;
  const size_t shown = options.all_failures ? failures.size() : std::min(failures.size(), options.max_failures);
  out += "  failures: " + std::to_string(failures.size());
  if (shown < failures.size()) out += " (first " + std::to_string(shown) + "; --verbose shows all)";
  out += "   [- expected, not produced; + produced, not expected; = both]\n\n";
  for (size_t i = 0; i < shown; ++i) out += FormatFailure(suite, *failures[i]) + "\n";
  return out;
}

}  // namespace khaldun::validate
