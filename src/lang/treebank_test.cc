#include "lang/treebank.h"

#include <gtest/gtest.h>

#include "lang/tag_eval.h"

namespace khaldun {
namespace {

TEST(Treebank, ReadsLeavesOfEachParse) {
  const std::string xml =
      "<Sentence>\n<Parse>\n(ROOT (S (NP (DT The) (NNP Taliban))\n"
      "  (VP (VBD rejected) (NP (DT the) (NN offer))) (. .)))\n</Parse>\n"
      "<Parse>(ROOT (S (NP (NNP AT&amp;T)) (VP (AUXZ is) (ADJP (JJ big)))))</Parse>\n";
  Result<std::vector<TreebankSentence>> sentences = ParseTreebankXml(xml, "inline.xml");
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  ASSERT_EQ(sentences.value().size(), 2u);
  const TreebankSentence& first = sentences.value()[0];
  EXPECT_EQ(first.line, 2);
  ASSERT_EQ(first.words.size(), 6u);
  EXPECT_EQ(first.words[2], "rejected");
  EXPECT_EQ(first.tags[2], "VBD");
  EXPECT_EQ(first.tags[5], ".");
  EXPECT_EQ(sentences.value()[1].words[0], "AT&T");
  EXPECT_EQ(NormalizeGoldTag(sentences.value()[1].tags[1]), PosTag::kVBZ);
}

TEST(Treebank, KeepsLeavesOfUnbalancedTreeAndNamesLine) {
  Result<std::vector<TreebankSentence>> sentences =
      ParseTreebankXml("x\n<Parse>(S (NP (NN a)</Parse>\n<Parse>(S (NN b)))</Parse>", "bad.xml");
  ASSERT_TRUE(sentences.ok());
  ASSERT_EQ(sentences.value().size(), 2u);
  EXPECT_EQ(sentences.value()[0].words.size(), 1u);
  EXPECT_NE(sentences.value()[0].problem.find("bad.xml:2"), std::string::npos);
  EXPECT_NE(sentences.value()[1].problem.find("bad.xml:3"), std::string::npos);
}

TEST(Treebank, MissingCloseTagIsAnError) {
  EXPECT_FALSE(ParseTreebankXml("<Parse>(S (NN a))", "cut.xml").ok());
}

TEST(Treebank, NormalisesGoldLabels) {
  EXPECT_EQ(NormalizeGoldTag("AUXD"), PosTag::kVBD);
  EXPECT_EQ(NormalizeGoldTag("AUXB"), PosTag::kVB);
  EXPECT_EQ(NormalizeGoldTag("PRP$"), PosTag::kPRPS);
  EXPECT_EQ(NormalizeGoldTag("-NONE-"), std::nullopt);
}

}  // namespace
}  // namespace khaldun
