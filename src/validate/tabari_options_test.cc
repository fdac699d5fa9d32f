#include "validate/tabari_options.h"

#include <gtest/gtest.h>

namespace khaldun::validate {
namespace {

TEST(TabariOptions, MinimumWordsIsEightUnlessSwitched) {
  EXPECT_EQ(ReadTabariOptions({}).minimum_words, 8u);
  EXPECT_EQ(ReadTabariOptions({"SET: CONVERT AGENT = TRUE", "SET: MINIMUM WORDS = 20"}).minimum_words, 20u);
  EXPECT_EQ(ReadTabariOptions({"SET: MINIMUM WORDS = many"}).minimum_words, 8u);
}

TEST(TabariOptions, WordsAreBlankSeparated) {
  EXPECT_EQ(TabariWordCount("Rohan's riders  attacked\tGondor."), 4u);
  EXPECT_EQ(TabariWordCount("  "), 0u);
}

TEST(TabariOptions, AShortSentenceIsNotCoded) {
  CodeFunction always = [](const Record&) { return std::vector<EventTriple>{{"ROH", "GON", "190"}}; };
  CodeFunction tabari = WithTabariOptions(always);
  Record record;
  record.text = "Rohan's riders attacked Gondor.";
  EXPECT_TRUE(tabari(record).empty());
  record.options = {"SET: MINIMUM WORDS = 4"};
  EXPECT_EQ(tabari(record).size(), 1u);
}

}  // namespace
}  // namespace khaldun::validate
