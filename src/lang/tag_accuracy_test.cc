// Tagging accuracy against the CoreNLP parses in ../shared (silver labels).
// The project's target is 96% token accuracy; the data are never copied here.
#include <gtest/gtest.h>

#include "lang/tag_eval.h"
#include "lang/test_env.h"
#include "lang/treebank.h"

namespace khaldun {
namespace {

TEST(TagAccuracy, SilverTreebankParsesInShared) {
  const std::string shared = testing::SharedDataDir();
  if (shared.empty()) {
    GTEST_SKIP() << "../shared is absent (set KHALDUN_SHARED): tagging accuracy not measured";
  }
  std::string error;
  const Tagger* tagger = testing::SharedTagger(&error);
  ASSERT_NE(tagger, nullptr) << error;
  TagEvaluation total;
  for (const char* file : {"/anchors/text/GigaWord.sample.PETR.xml",
                           "/anchors/petrarch1-validation/PETR.UnitTest.records.xml"}) {
    Result<std::vector<TreebankSentence>> sentences = ReadTreebankXml(shared + file);
    ASSERT_TRUE(sentences.ok()) << sentences.status().message();
    EXPECT_GT(sentences.value().size(), 50u) << file;
    TagEvaluation evaluation = EvaluateTagger(*tagger, sentences.value());
    RecordProperty(file, std::to_string(evaluation.accuracy()));
    total.Merge(evaluation);
  }
  EXPECT_GT(total.tokens, 7000u);
  EXPECT_GE(total.accuracy(), 0.96) << FormatTagEvaluation(total, 20);
}

}  // namespace
}  // namespace khaldun
