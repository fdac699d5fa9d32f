#include "text/text_analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace khaldun {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string SharedDir() {
  const char* env = std::getenv("KHALDUN_SHARED");
  return env != nullptr ? env : KHALDUN_SHARED_DIR;
}

ArticleText Analyze(const std::string& text) {
  Result<TextAnalyzer> analyzer = TextAnalyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  Document document;
  document.text = text;
  ArticleText out;
  analyzer.value().Analyze(document, &out);
  return out;
}

TEST(TextAnalyzerTest, SentencesPointIntoTheOriginal) {
  std::string text = "Talks \xE2\x80\x9C" "ended\xE2\x80\x9D \xE2\x80\x94 both sides left. Nobody spoke.";
  ArticleText article = Analyze(text);
  ASSERT_EQ(article.sentences.size(), 2u);
  EXPECT_EQ(article.offsets.ToOriginal(article.sentences[0].span).of(text),
            "Talks \xE2\x80\x9C" "ended\xE2\x80\x9D \xE2\x80\x94 both sides left.");
  EXPECT_EQ(article.offsets.ToOriginal(article.sentences[1].span).of(text), "Nobody spoke.");
  const Token& quote = article.tokens[1];
  EXPECT_EQ(quote.text, "``");
  EXPECT_EQ(article.offsets.ToOriginal(quote.span).of(text), "\xE2\x80\x9C");
}

TEST(TextAnalyzerTest, BoilerplateGetsNoSentences) {
  ArticleText article = Analyze("KABUL (AFP) - Gunmen attacked a checkpoint.\n\nPlease enter your comment!\n");
  ASSERT_EQ(article.sentences.size(), 1u);
  EXPECT_EQ(article.sentences[0].span.of(article.normalized), "Gunmen attacked a checkpoint.");
}

TEST(TextAnalyzerTest, SeedArticle) {
  std::string path = SharedDir() + "/seed/article.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared not found (" << path << "): skipping";
  std::string text = ReadFile(path);
  ArticleText article = Analyze(text);
  ASSERT_TRUE(article.dateline.present);
  EXPECT_EQ(article.dateline.place, "ISLAMABAD");
  ASSERT_GE(article.blocks.size(), 3u);
  EXPECT_EQ(article.blocks[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(article.blocks[1].kind, BlockKind::kSubheadline);
  EXPECT_EQ(article.blocks.back().kind, BlockKind::kBoilerplate);
  // No sentence from the comment form or the credit.
  for (const Sentence& sentence : article.sentences) {
    std::string_view s = sentence.span.of(article.normalized);
    EXPECT_EQ(s.find("Please enter"), std::string_view::npos) << s;
    EXPECT_EQ(s.find("Agencies"), std::string_view::npos) << s;
  }
  // The first body sentence starts after the dateline.
  const Sentence& first_body = article.sentences[2];
  EXPECT_EQ(article.tokens[first_body.token_begin].text, "US");
  // 2 headlines + the 31 sentences of the body.
  EXPECT_EQ(article.sentences.size(), 33u);
}

}  // namespace
}  // namespace khaldun
