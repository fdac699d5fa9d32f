// khaldun validate: the TABARI, PETRARCH-1 and PETRARCH-2 validation suites
// coded by Khaldun and scored against the events they expect.
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "validate/petrarch_suite.h"
#include "validate/report.h"
#include "validate/runner.h"
#include "validate/shared_dir.h"
#include "validate/suite_coder.h"
#include "validate/tabari_options.h"
#include "validate/tabari_suite.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun validate [--suite tabari|petrarch1|petrarch2|all] [--shared DIR] [--verbose]\n"
    "\n"
    "Codes the validation suites of TABARI and PETRARCH with each suite's own\n"
    "dictionaries and compares Khaldun's events with the expected ones, as\n"
    "sets of (source, target, code) triples. Prints per suite the records\n"
    "coded exactly, event precision and recall, and a diff for each failure\n"
    "('-' expected but not produced, '+' produced but not expected).\n"
    "See docs/validation.md.\n"
    "\n"
    "  --suite S     tabari, petrarch1, petrarch2 or all (default)\n"
    "  --shared DIR  the reference data folder (default: $KHALDUN_SHARED,\n"
    "                ../shared, or the source tree's ../shared)\n"
    "  --verbose     print every failure (default: the first 20) and the\n"
    "                problems found in the suites' files and dictionaries\n"
    "\n"
    "Exit status: 0 when the suites ran (whatever the score), 2 on a usage\n"
    "error or when the reference data is missing.\n";

struct Target {
  const char* what;     // "records exact", "expected events found"
  double goal;          // fraction
};

Target TargetFor(const std::string& suite) {
  if (suite == "tabari") return {"records exact", 0.95};
  if (suite == "petrarch1") return {"records exact", 0.90};
  return {"expected events found", 0.86};
}

double Measure(const std::string& suite, const validate::Tally& tally) {
  return TargetFor(suite).what[0] == 'r' ? tally.ExactRate() : tally.Recall();
}

// Prints the diagnostics: all with `verbose`, else a count.
void PrintDiagnostics(const char* what, const Diagnostics& diagnostics, bool verbose) {
  if (diagnostics.all().empty()) return;
  if (verbose) {
    for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  std::fprintf(stderr, "khaldun validate: %s: %zu error(s), %zu warning(s)%s\n", what, diagnostics.error_count(),
               diagnostics.warning_count(), verbose ? "" : " (--verbose lists them)");
}

struct Outcome {
  std::string suite;
  validate::Tally tally;
};

// Reads, codes and reports one suite; nullopt when it could not run.
std::optional<Outcome> RunOne(const std::string& name, const std::string& shared, bool verbose) {
  Diagnostics read_diagnostics;
  Result<validate::Suite> suite = Status::Error("unknown suite");
  if (name == "tabari") {
    suite = validate::ReadTabariSuite(validate::TabariProjectPath(shared), &read_diagnostics);
  } else if (name == "petrarch1") {
    suite = validate::ReadPetrarchSuite(validate::Petrarch1RecordsPath(shared), name, &read_diagnostics);
  } else {
    suite = validate::ReadPetrarchSuite(validate::Petrarch2RecordsPath(shared), name, &read_diagnostics);
  }
  if (!suite.ok()) {
    std::fprintf(stderr, "khaldun validate: %s: %s\n", name.c_str(), suite.status().message().c_str());
    return std::nullopt;
  }
  PrintDiagnostics((name + " records").c_str(), read_diagnostics, verbose);
  Diagnostics dict_diagnostics;
  Result<validate::SuiteCoder> coder =
      validate::SuiteCoder::Create(suite.value().dictionaries, suite.value().verbs_syntax, &dict_diagnostics,
                                   suite.value().negations);
  PrintDiagnostics((name + " dictionaries").c_str(), dict_diagnostics, verbose);
  if (!coder.ok()) {
    std::fprintf(stderr, "khaldun validate: %s: %s\n", name.c_str(), coder.status().message().c_str());
    return std::nullopt;
  }
  // TABARI's records carry its program's option switches.
  validate::CodeFunction code = coder.value().AsFunction();
  if (name == "tabari") code = validate::WithTabariOptions(std::move(code));
  validate::SuiteResult result = validate::RunSuite(suite.value(), code);
  validate::ReportOptions options;
  options.all_failures = verbose;
  std::string report = validate::FormatReport(suite.value(), result, options);
  std::fwrite(report.data(), 1, report.size(), stdout);
  std::printf("\n");
  std::fflush(stdout);
  return Outcome{name, result.tally};
}

}  // namespace

int RunValidate(const Args& args) {
  std::string which = "all";
  std::optional<std::string> shared_arg;
  bool verbose = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", kUsage);
      return 0;
    } else if (arg == "--suite" && has_value) {
      which = args[++i];
    } else if (arg == "--shared" && has_value) {
      shared_arg = args[++i];
    } else if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else {
      std::fprintf(stderr, "khaldun validate: unknown or incomplete option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    }
  }
  std::vector<std::string> suites;
  if (which == "all") {
    suites = {"tabari", "petrarch1", "petrarch2"};
  } else if (which == "tabari" || which == "petrarch1" || which == "petrarch2") {
    suites = {which};
  } else {
    std::fprintf(stderr, "khaldun validate: unknown suite '%s'\n\n%s", which.c_str(), kUsage);
    return 2;
  }
  const std::optional<std::string> shared = validate::FindSharedDir(shared_arg);
  std::error_code ignored;
  if (!shared || !std::filesystem::is_directory(*shared, ignored)) {
    std::fprintf(stderr,
                 "khaldun validate: the reference data folder %s%s%s is missing: the validation suites live in\n"
                 "../shared/anchors (beside the project). Give its path with --shared DIR or KHALDUN_SHARED.\n",
                 shared ? "'" : "", shared ? shared->c_str() : "../shared", shared ? "'" : "");
    return 2;
  }

  std::vector<Outcome> outcomes;
  bool failed_to_run = false;
  for (const std::string& name : suites) {
    std::optional<Outcome> outcome = RunOne(name, *shared, verbose);
    if (outcome) {
      outcomes.push_back(std::move(*outcome));
    } else {
      failed_to_run = true;
    }
  }
  if (outcomes.size() > 1) std::printf("== summary\n");
  for (const Outcome& outcome : outcomes) {
    const Target target = TargetFor(outcome.suite);
    const double value = Measure(outcome.suite, outcome.tally);
    std::printf("  %-10s records exact %5.1f%%   events: precision %.3f recall %.3f   target %s >= %.0f%%: %s\n",
                outcome.suite.c_str(), 100.0 * outcome.tally.ExactRate(), outcome.tally.Precision(),
                outcome.tally.Recall(), target.what, 100.0 * target.goal, value >= target.goal ? "met" : "not met");
  }
  return failed_to_run ? 2 : 0;
}

}  // namespace khaldun::cli
