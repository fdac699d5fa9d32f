#include "lang/lemmatizer.h"

#include <gtest/gtest.h>

#include "lang/test_env.h"

namespace khaldun {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    lemmatizer_ = khaldun::testing::SharedLemmatizer(&error);
    if (lemmatizer_ == nullptr) GTEST_SKIP() << "WordNet missing (apt-get install wordnet-base): " << error;
  }
  std::string L(std::string_view word, PosTag tag) { return lemmatizer_->Lemmatize(word, tag); }
  const Lemmatizer* lemmatizer_ = nullptr;
};

TEST_F(LemmatizerTest, RegularInflections) {
  EXPECT_EQ(L("rejected", PosTag::kVBD), "reject");
  EXPECT_EQ(L("Rejected", PosTag::kVBN), "reject");
  EXPECT_EQ(L("talks", PosTag::kNNS), "talk");
  EXPECT_EQ(L("talks", PosTag::kVBZ), "talk");
  EXPECT_EQ(L("forces", PosTag::kNNS), "force");
  EXPECT_EQ(L("talking", PosTag::kVBG), "talk");
}

TEST_F(LemmatizerTest, IrregularFormsFromExceptionLists) {
  EXPECT_EQ(L("was", PosTag::kVBD), "be");
  EXPECT_EQ(L("met", PosTag::kVBD), "meet");
  EXPECT_EQ(L("left", PosTag::kVBD), "leave");
  EXPECT_EQ(L("better", PosTag::kJJR), "good");
  EXPECT_EQ(L("saw", PosTag::kVBD), "see");
  EXPECT_EQ(L("are", PosTag::kVBP), "be");
}

TEST_F(LemmatizerTest, TagDecidesThePartOfSpeech) {
  EXPECT_EQ(L("left", PosTag::kJJ), "left");
  EXPECT_EQ(L("saw", PosTag::kNN), "saw");
  EXPECT_EQ(L("news", PosTag::kNN), "news");
}

TEST_F(LemmatizerTest, WordsWordNetLacks) {
  EXPECT_EQ(L("ceasefire", PosTag::kNN), "ceasefire");
  EXPECT_EQ(L("ceasefires", PosTag::kNNS), "ceasefire");
  EXPECT_EQ(L("Taliban", PosTag::kNNP), "Taliban");
  EXPECT_EQ(L("12", PosTag::kCD), "12");
  EXPECT_EQ(L("The", PosTag::kDT), "the");
  EXPECT_EQ(L("-LRB-", PosTag::kLRB), "-LRB-");
}

TEST_F(LemmatizerTest, Contractions) {
  EXPECT_EQ(L("'s", PosTag::kVBZ), "be");
  EXPECT_EQ(L("n't", PosTag::kRB), "not");
  EXPECT_EQ(L("wo", PosTag::kMD), "will");
  EXPECT_EQ(L("'s", PosTag::kPOS), "'s");
}

TEST_F(LemmatizerTest, CurrencySignsAreTheirCurrencies) {
  EXPECT_EQ(L("$", PosTag::kDollar), "dollar");
  EXPECT_EQ(L("US$", PosTag::kDollar), "dollar");
  EXPECT_EQ(L("\xE2\x82\xAC", PosTag::kDollar), "euro");
  EXPECT_EQ(L("\xC2\xA3", PosTag::kDollar), "pound");
  EXPECT_EQ(L("#", PosTag::kPound), "#");
}

TEST_F(LemmatizerTest, AppendsAfterWhatIsThere) {
  std::string lemmas = "said|";
  lemmatizer_->AppendLemma("Ceasefires", PosTag::kNNS, &lemmas);
  lemmatizer_->AppendLemma("|", PosTag::kSYM, &lemmas);
  lemmatizer_->AppendLemma("The", PosTag::kDT, &lemmas);
  EXPECT_EQ(lemmas, "said|ceasefire|the");
}

TEST_F(LemmatizerTest, WordsLongerThanTheBuffer) {
  const std::string stem(70, 'x');
  EXPECT_EQ(L(stem + "ies", PosTag::kNNS), stem + "y");
  EXPECT_EQ(L("X" + stem + "ed", PosTag::kVBD), "x" + stem);
  EXPECT_EQ(L("X" + stem, PosTag::kNN), "x" + stem);
}

TEST(LemmatizerLoad, MissingDirectoryNamesFile) {
  Result<Lemmatizer> lemmatizer = Lemmatizer::Load("/nonexistent/wordnet");
  ASSERT_FALSE(lemmatizer.ok());
  EXPECT_NE(lemmatizer.status().message().find("/nonexistent/wordnet/index.noun"), std::string::npos);
}

}  // namespace
}  // namespace khaldun
