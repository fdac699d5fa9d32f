#include "lang/phrase_eval.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

using Chunks = std::vector<std::pair<uint32_t, uint32_t>>;

TEST(PhraseEval, GoldChunksFollowTheCoNLLStyle) {
  const std::string xml =
      "<Parse>( (S (NP (NP (DT the) (NNP Taliban) (POS 's)) (NN leader)) "
      "(VP (VBD met) (NP (NP (DT the) (NN envoy)) (PP (IN of) (NP (NNP Pakistan) (CC and) (NNP India)))) "
      "(NP-TMP (NNP Monday))) (. .)))</Parse>";
  auto sentences = ParseChunkedXml(xml, "test.xml");
  ASSERT_TRUE(sentences.ok());
  ASSERT_EQ(sentences.value().size(), 1u);
  const ChunkedSentence& s = sentences.value()[0];
  EXPECT_EQ(s.words.size(), 13u);
  // [the Taliban 's] [leader] met [the envoy] of [Pakistan] and [India] [Monday] .
  EXPECT_EQ(s.chunks, (Chunks{{0, 3}, {3, 4}, {5, 7}, {8, 9}, {10, 11}, {11, 12}}));
}

TEST(PhraseEval, MalformedTreeIsReportedNotFatal) {
  auto sentences = ParseChunkedXml("<Parse>( (S (NP (DT the) (NN x)) </Parse>\n<Parse>(NP (NN y))</Parse>", "f.xml");
  ASSERT_TRUE(sentences.ok());
  ASSERT_EQ(sentences.value().size(), 2u);
  EXPECT_NE(sentences.value()[0].problem.find("f.xml:1"), std::string::npos);
  EXPECT_EQ(sentences.value()[1].chunks, (Chunks{{0, 1}}));
}

TEST(PhraseEval, UnclosedParseIsAnError) {
  EXPECT_FALSE(ParseChunkedXml("<Parse>(NP (NN y))", "f.xml").ok());
}

}  // namespace
}  // namespace khaldun
