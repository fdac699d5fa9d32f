// khaldun-eval-tags: measures the part-of-speech tagger against the Penn
// Treebank parses in XML files (<Parse> elements).
//
//   khaldun-eval-tags [--top N] [--min PERCENT] [--errors] FILE.xml...
//
// Prints accuracy per file and overall with the most frequent confusions.
// Exit status: 0 ok, 1 accuracy below --min, 2 usage or unreadable input.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "lang/tag_eval.h"
#include "lang/tagger.h"
#include "lang/treebank.h"

namespace {

int Usage() {
  std::fprintf(stderr, "usage: khaldun-eval-tags [--top N] [--min PERCENT] [--errors] FILE.xml...\n");
  return 2;
}

// Prints every sentence with a mistake as word/TAG, marking errors
// word/GOLD*TAGGED, so a reader sees the context of each error.
void PrintErrors(const khaldun::Tagger& tagger, const std::vector<khaldun::TreebankSentence>& sentences) {
  std::vector<std::string_view> words;
  std::vector<khaldun::PosTag> tags;
  for (const khaldun::TreebankSentence& sentence : sentences) {
    words.assign(sentence.words.begin(), sentence.words.end());
    tagger.Tag(words, &tags);
    std::string line;
    bool wrong = false;
    for (size_t i = 0; i < words.size(); ++i) {
      const auto gold = khaldun::NormalizeGoldTag(sentence.tags[i]);
      line += sentence.words[i] + "/";
      if (gold && *gold != tags[i]) {
        wrong = true;
        line += std::string(khaldun::PosTagName(*gold)) + "*" + std::string(khaldun::PosTagName(tags[i]));
      } else {
        line += std::string(khaldun::PosTagName(tags[i]));
      }
      line += ' ';
    }
    if (wrong) std::printf("line %d: %s\n", sentence.line, line.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  int top = 15;
  double min_percent = -1;
  bool show_errors = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--top" || arg == "--min") && i + 1 < argc) {
      (arg == "--top" ? top = std::atoi(argv[++i]) : (min_percent = std::atof(argv[++i]), 0));
    } else if (arg == "--errors") {
      show_errors = true;
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
  khaldun::Result<khaldun::Tagger> tagger = khaldun::Tagger::Load();
  if (!tagger.ok()) {
    std::fprintf(stderr, "khaldun-eval-tags: %s\n", tagger.status().message().c_str());
    return 2;
  }
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("tagger loaded in %.1f ms (%zu lexicon words)\n", load_ms, tagger.value().lexicon().size());

  khaldun::TagEvaluation total;
  for (const std::string& file : files) {
    auto sentences = khaldun::ReadTreebankXml(file);
    if (!sentences.ok()) {
      std::fprintf(stderr, "khaldun-eval-tags: %s\n", sentences.status().message().c_str());
      return 2;
    }
    for (const khaldun::TreebankSentence& sentence : sentences.value()) {
      if (!sentence.problem.empty()) std::fprintf(stderr, "warning: %s (leaves kept)\n", sentence.problem.c_str());
    }
    if (show_errors) PrintErrors(tagger.value(), sentences.value());
    khaldun::TagEvaluation evaluation = khaldun::EvaluateTagger(tagger.value(), sentences.value());
    std::printf("== %s\n%s", file.c_str(), khaldun::FormatTagEvaluation(evaluation, top).c_str());
    total.Merge(evaluation);
  }
  if (files.size() > 1) std::printf("== total\n%s", khaldun::FormatTagEvaluation(total, top).c_str());
  if (min_percent >= 0 && 100.0 * total.accuracy() < min_percent) {
    std::fprintf(stderr, "khaldun-eval-tags: accuracy %.2f%% below --min %.2f%%\n",
                 100.0 * total.accuracy(), min_percent);
    return 1;
  }
  return 0;
}
