// Shared by the phrase and clause tests: one LanguageAnalyzer per test
// binary, over test_env.h's tagger and lemmatiser.
#ifndef KHALDUN_LANG_ANALYZER_TEST_ENV_H_
#define KHALDUN_LANG_ANALYZER_TEST_ENV_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lang/language_analyzer.h"

namespace khaldun::testing {

// The analyser, or null with `*error` set (missing npm data or WordNet).
const LanguageAnalyzer* SharedAnalyzer(std::string* error);

// Tokenises `text` with the text stage (one document) and analyses its first
// sentence into `*out`; `*storage` keeps the tokens alive.
void AnalyzeText(const LanguageAnalyzer& analyzer, std::string_view text, ArticleText* storage,
                 SentenceAnalysis* out);

// A fixture over the shared analyser: Analyze(text) returns the analysis of
// the text's first sentence, valid until the next call.
class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    analyzer_ = SharedAnalyzer(&error);
    ASSERT_NE(analyzer_, nullptr) << error;
  }
  const SentenceAnalysis& Analyze(std::string_view text) {
    AnalyzeText(*analyzer_, text, &storage_, &analysis_);
    return analysis_;
  }
  const LanguageAnalyzer* analyzer_ = nullptr;
  ArticleText storage_;
  SentenceAnalysis analysis_;
};

}  // namespace khaldun::testing

#endif  // KHALDUN_LANG_ANALYZER_TEST_ENV_H_
