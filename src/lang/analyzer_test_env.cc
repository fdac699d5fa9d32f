#include "lang/analyzer_test_env.h"

#include <memory>

#include "lang/test_env.h"
#include "text/text_analyzer.h"

namespace khaldun::testing {

const LanguageAnalyzer* SharedAnalyzer(std::string* error) {
  // Test-only cache: built once, never mutated afterwards.
  static const std::unique_ptr<LanguageAnalyzer> analyzer = [] {
    std::string ignored;
    const Tagger* tagger = SharedTagger(&ignored);
    const Lemmatizer* lemmatizer = SharedLemmatizer(&ignored);
    if (tagger == nullptr || lemmatizer == nullptr) return std::unique_ptr<LanguageAnalyzer>();
    // Non-owning: test_env.cc keeps the objects for the whole run.
    return std::make_unique<LanguageAnalyzer>(std::shared_ptr<const Tagger>(tagger, [](const Tagger*) {}),
                                              std::shared_ptr<const Lemmatizer>(lemmatizer, [](const Lemmatizer*) {}));
  }();
  if (analyzer == nullptr) SharedTagger(error);
  return analyzer.get();
}

void AnalyzeText(const LanguageAnalyzer& analyzer, std::string_view text, ArticleText* storage,
                 SentenceAnalysis* out) {
  static const Result<TextAnalyzer> text_analyzer = TextAnalyzer::Create();
  Document document;
  document.text = std::string(text);
  text_analyzer.value().Analyze(document, storage);
  out->Clear();
  if (storage->sentences.empty()) return;
  // A test sentence may be split by the text stage (abbreviations); analyse
  // all its tokens as one sentence.
  Sentence whole = storage->sentences.front();
  whole.token_end = storage->sentences.back().token_end;
  analyzer.Analyze(*storage, whole, out);
}

}  // namespace khaldun::testing
