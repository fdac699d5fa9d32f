// khaldun score: the coder against the hand-checked gold development set
// (PETR2_GSR_validation.xml): event precision, recall, F1 and the share of
// sentences coded exactly.
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "dict/dictionary_paths.h"
#include "validate/gold_set.h"
#include "validate/report.h"
#include "validate/runner.h"
#include "validate/shared_dir.h"
#include "validate/suite_coder.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun score [--gold FILE.xml] [--dict PATH]... [--verbs-format F] [--shared DIR] [--verbose]\n"
    "\n"
    "Codes every sentence of a gold file (PETRARCH validation XML with\n"
    "<EventCoding sourcecode targetcode eventcode> per sentence) and prints\n"
    "event precision, recall and F1 over (source, target, code) triples, the\n"
    "same over (source, target, root code), and the share of sentences whose\n"
    "events match exactly. See docs/validation.md.\n"
    "\n"
    "  --gold FILE       default: <shared>/anchors/text/PETR2_GSR_validation.xml\n"
    "  --dict PATH       dictionary file or directory (repeatable); default: the\n"
    "                    Phoenix dictionaries, <shared>/anchors/petrarch2/dictionaries;\n"
    "                    --dict + scores Khaldun's own dictionaries, +DIR adds DIR to them\n"
    "  --verbs-format F  petrarch2 (default), petrarch1 or tabari: which verbs to\n"
    "                    use when a directory holds several\n"
    "  --shared DIR      the reference data folder (default: $KHALDUN_SHARED,\n"
    "                    ../shared, or the source tree's ../shared)\n"
    "  --verbose         print the diff of every sentence not coded exactly and\n"
    "                    the problems found in the files\n"
    "\n"
    "Exit status: 0 when it ran (whatever the score), 2 on a usage error or a\n"
    "missing file.\n";

constexpr double kPrecisionTarget = 0.80;
constexpr double kRecallTarget = 0.75;

void PrintDiagnostics(const char* what, const Diagnostics& diagnostics, bool verbose) {
  if (diagnostics.all().empty()) return;
  if (verbose) {
    for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  std::fprintf(stderr, "khaldun score: %s: %zu error(s), %zu warning(s)%s\n", what, diagnostics.error_count(),
               diagnostics.warning_count(), verbose ? "" : " (--verbose lists them)");
}

}  // namespace

int RunScore(const Args& args) {
  std::optional<std::string> gold_arg;
  std::optional<std::string> shared_arg;
  std::vector<std::string> dictionaries;
  std::optional<dict::PatternSyntax> verbs_syntax;
  bool verbose = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", kUsage);
      return 0;
    } else if (arg == "--gold" && has_value) {
      gold_arg = args[++i];
    } else if (arg == "--dict" && has_value) {
      dictionaries.push_back(args[++i]);
    } else if (arg == "--verbs-format" && has_value) {
      dict::PatternSyntax syntax;
      if (!dict::ParsePatternSyntax(args[++i], &syntax)) {
        std::fprintf(stderr, "khaldun score: unknown verbs format '%s'\n", args[i].c_str());
        return 2;
      }
      verbs_syntax = syntax;
    } else if (arg == "--shared" && has_value) {
      shared_arg = args[++i];
    } else if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else {
      std::fprintf(stderr, "khaldun score: unknown or incomplete option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    }
  }
  // The shared folder is needed only for the defaults.
  if (!gold_arg || dictionaries.empty()) {
    const std::optional<std::string> shared = validate::FindSharedDir(shared_arg);
    std::error_code ignored;
    if (!shared || !std::filesystem::is_directory(*shared, ignored)) {
      std::fprintf(stderr,
                   "khaldun score: the reference data folder %s is missing: it holds the default gold file and\n"
                   "dictionaries. Give --shared DIR (or KHALDUN_SHARED), or --gold FILE and --dict PATH.\n",
                   shared ? ("'" + *shared + "'").c_str() : "../shared");
      return 2;
    }
    if (!gold_arg) gold_arg = validate::GoldSetPath(*shared);
    if (dictionaries.empty()) dictionaries.push_back(validate::PhoenixDictionaryDir(*shared));
  }
  if (!dictionaries.empty()) {  // as `code` reads --dict: trees listed file by file, "+" for the defaults
    Result<std::vector<std::string>> expanded = dict::ExpandDictionaryPaths(dictionaries, DefaultDictionaryDir());
    if (!expanded.ok()) {
      std::fprintf(stderr, "khaldun score: %s\n", expanded.status().message().c_str());
      return 2;
    }
    dictionaries = std::move(expanded).value();
  }
  if (!verbs_syntax) verbs_syntax = dict::PatternSyntax::kPetrarch2;

  Diagnostics read_diagnostics;
  Result<validate::Suite> gold = validate::ReadGoldSet(*gold_arg, dictionaries, &read_diagnostics);
  if (!gold.ok()) {
    std::fprintf(stderr, "khaldun score: %s\n", gold.status().message().c_str());
    return 2;
  }
  PrintDiagnostics("gold file", read_diagnostics, verbose);
  Diagnostics dict_diagnostics;
  Result<validate::SuiteCoder> coder = validate::SuiteCoder::Create(dictionaries, verbs_syntax, &dict_diagnostics);
  PrintDiagnostics("dictionaries", dict_diagnostics, verbose);
  if (!coder.ok()) {
    std::fprintf(stderr, "khaldun score: %s\n", coder.status().message().c_str());
    return 2;
  }
  validate::SuiteResult result = validate::RunSuite(gold.value(), coder.value().AsFunction());
  const validate::Tally& t = result.tally;

  std::string summary = validate::FormatSummary(gold.value(), result);
  std::fwrite(summary.data(), 1, summary.size(), stdout);
  std::printf("\n  precision %.3f  recall %.3f  F1 %.3f  sentences exact %.1f%%  (root codes: precision %.3f recall %.3f)\n",
              t.Precision(), t.Recall(), t.F1(), 100.0 * t.ExactRate(), t.RootPrecision(), t.RootRecall());
  std::printf("  targets: precision >= %.2f %s, recall >= %.2f %s\n", kPrecisionTarget,
              t.Precision() >= kPrecisionTarget ? "met" : "not met", kRecallTarget,
              t.Recall() >= kRecallTarget ? "met" : "not met");
  std::printf("  (PETRARCH-2 on this file: 69.9%% sentences exact, precision 0.773, recall 0.689)\n");
  const std::vector<const validate::RecordOutcome*> failures = result.Failures();
  if (verbose) {
    std::printf("\n  sentences not coded exactly: %zu   [- expected, not produced; + produced, not expected; = both]\n\n",
                failures.size());
    for (const validate::RecordOutcome* failure : failures) {
      std::string diff = validate::FormatFailure(gold.value(), *failure);
      std::printf("%s\n", diff.c_str());
    }
  } else if (!failures.empty()) {
    std::printf("  %zu sentence(s) not coded exactly: --verbose shows their diffs\n", failures.size());
  }
  return 0;
}

}  // namespace khaldun::cli
