// khaldun-eval-phrases: measures the noun-phrase chunker against the Penn
// Treebank parses in XML files (<Parse> elements).
//
//   khaldun-eval-phrases [--gold-tags] [--errors] [--min F1PERCENT] FILE.xml...
//
// Metric: base NPs (CoNLL-2000 chunk style, see lang/phrase_eval.h and
// docs/lang.md) compared as token spans on the gold tokens; precision,
// recall and F1 per file and overall. --gold-tags chunks the tree's own tags
// instead of the tagger's (to separate chunker errors from tagger errors).
// Exit status: 0 ok, 1 F1 below --min, 2 usage or unreadable input.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "lang/language_analyzer.h"
#include "lang/phrase_eval.h"

namespace {

int Usage() {
  std::fprintf(stderr, "usage: khaldun-eval-phrases [--gold-tags] [--errors] [--min F1PERCENT] FILE.xml...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool gold_tags = false, show_errors = false;
  double min_percent = -1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--gold-tags") {
      gold_tags = true;
    } else if (arg == "--errors") {
      show_errors = true;
    } else if (arg == "--min" && i + 1 < argc) {
      min_percent = std::atof(argv[++i]);
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return Usage();
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) return Usage();

  const auto start = std::chrono::steady_clock::now();
  khaldun::Result<khaldun::LanguageAnalyzer> analyzer = khaldun::LanguageAnalyzer::Load();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "khaldun-eval-phrases: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  std::printf("analyser loaded in %.1f ms\n",
              std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  khaldun::PhraseEvaluation total;
  for (const std::string& file : files) {
    auto sentences = khaldun::ReadChunkedXml(file);
    if (!sentences.ok()) {
      std::fprintf(stderr, "khaldun-eval-phrases: %s\n", sentences.status().message().c_str());
      return 2;
    }
    for (const khaldun::ChunkedSentence& sentence : sentences.value()) {
      if (!sentence.problem.empty()) std::fprintf(stderr, "warning: %s (sentence skipped)\n", sentence.problem.c_str());
    }
    std::string errors;
    khaldun::PhraseEvaluation evaluation =
        khaldun::EvaluateChunker(analyzer.value(), sentences.value(), gold_tags, show_errors ? &errors : nullptr);
    if (show_errors) std::printf("%s", errors.c_str());
    std::printf("== %s\n%s", file.c_str(), khaldun::FormatPhraseEvaluation(evaluation).c_str());
    total.Merge(evaluation);
  }
  if (files.size() > 1) std::printf("== total\n%s", khaldun::FormatPhraseEvaluation(total).c_str());
  if (min_percent >= 0 && 100.0 * total.f1() < min_percent) {
    std::fprintf(stderr, "khaldun-eval-phrases: F1 %.2f%% below --min %.2f%%\n", 100.0 * total.f1(), min_percent);
    return 1;
  }
  return 0;
}
