// khaldun parse: documents into structure, sentences and tokens.
#include <cstdio>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/article_printer.h"
#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/progress.h"
#include "ingest/document_reader.h"
#include "lang/language_analyzer.h"
#include "text/text_analyzer.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun parse [--json] [--tokens] [--summary] FILE...\n"
    "\n"
    "Reads documents and prints each one's structure (headline, sub-headline,\n"
    "dateline, paragraphs, boilerplate) and its sentences, each with its\n"
    "language analysis: tagged words (word/TAG, Penn Treebank tags), noun\n"
    "phrases [in brackets] and clauses (who did what to whom: subject, verb\n"
    "group with lemma, tense and voice, objects, prepositional phrases; a\n"
    "subject in parentheses is inherited, e.g. from \"refused\" in \"refused to\n"
    "negotiate\"). Offsets are bytes of the original document text.\n"
    "\n"
    "  --json      one JSON object per document (JSON Lines)\n"
    "  --tokens    with the readable output, show each sentence's tokens\n"
    "  --summary   print nothing but the closing summary (for timing)\n";

}  // namespace

int RunParse(const Args& args) {
  InputOptions input;
  bool json = false, tokens = false, summary_only = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "--help" || args[i] == "-h") {
      std::printf("%s\n%s", kUsage, kInputFlagsHelp);
      return 0;
    } else if (args[i] == "--json") {
      json = true;
    } else if (args[i] == "--tokens") {
      tokens = true;
    } else if (args[i] == "--summary") {
      summary_only = true;
    } else if (ConsumeInputArg(args, &i, &input, &error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "khaldun parse: %s\n", error.c_str());
        return 2;
      }
    } else {
      std::fprintf(stderr, "khaldun parse: unknown option '%s'\n\n%s", args[i].c_str(), kUsage);
      return 2;
    }
  }
  if (input.paths.empty()) {
    std::fprintf(stderr, "%s", kUsage);
    return 2;
  }
  Result<TextAnalyzer> analyzer = TextAnalyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "khaldun parse: %s\n", analyzer.status().message().c_str());
    return 2;
  }

  Result<LanguageAnalyzer> language = LanguageAnalyzer::Load();
  if (!language.ok()) {
    std::fprintf(stderr, "khaldun parse: %s\n", language.status().message().c_str());
    return 2;
  }

  uint64_t total_bytes = 0;
  for (const std::string& path : input.paths) total_bytes += DocumentReader::InputBytes(path);
  Progress progress(total_bytes, true);
  Diagnostics diagnostics([&](const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); });
  DocumentReader reader(input.reader, &diagnostics);
  Counts counts;
  ArticleText text;
  std::vector<SentenceAnalysis> analyses;  // reused across documents: no allocation in the steady state
  for (const std::string& path : input.paths) {
    reader.Read(path, [&](Document& document) {
      analyzer.value().Analyze(document, &text);
      language.value().AnalyzeArticle(text, &analyses);
      ++counts.documents;
      counts.sentences += text.sentences.size();
      counts.tokens += text.tokens.size();
      if (!summary_only) {
        if (json) {
          std::string line = ArticleToJson(document, text, analyses).dump(-1, ' ', false,
                                                                nlohmann::json::error_handler_t::replace);
          std::fwrite(line.data(), 1, line.size(), stdout);
          std::fputc('\n', stdout);
        } else {
          PrintArticle(document, text, analyses, tokens, stdout);
        }
      }
      progress.Update(counts, reader.stats().bytes);
    });
  }
  counts.skipped = reader.stats().skipped;
  std::fflush(stdout);
  progress.Finish(counts, "parsed", false);
  return counts.skipped > 0 ? 1 : 0;
}

}  // namespace khaldun::cli
