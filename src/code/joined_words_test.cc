#include "code/joined_words.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

PhraseIndex Index() {
  PhraseIndex index;
  index.Add({"MINAS", "TIRITH"}, 1);
  index.Add({"LORD", "OF", "MINAS", "TIRITH"}, 2);
  index.Finish();
  return index;
}

const auto kAny = [](uint32_t) { return 1; };

TEST(JoinedWords, AJoinedWordIsTheWordsItJoins) {
  const PhraseIndex index = Index();
  JoinedWords joined;
  const std::vector<std::string> keys = {"THE", "LORD", "OF", "MINAS_TIRITH", "SPOKE"};
  ASSERT_TRUE(joined.Reset(keys));
  const PhraseIndex::Match lord = joined.LongestBest(index, 1, 5, kAny);
  EXPECT_EQ(lord.payload, 2u);
  EXPECT_EQ(lord.length, 3u);  // sentence words: LORD OF MINAS_TIRITH
  const PhraseIndex::Match city = joined.LongestBest(index, 3, 5, kAny);
  EXPECT_EQ(city.payload, 1u);
  EXPECT_EQ(city.length, 1u);
  // Not past `limit`.
  EXPECT_EQ(joined.LongestBest(index, 1, 3, kAny).length, 0u);
}

TEST(JoinedWords, NothingWithoutAJoinedWordOrWhenAMatchEndsInsideOne) {
  const PhraseIndex index = Index();
  JoinedWords joined;
  EXPECT_FALSE(joined.Reset(std::vector<std::string>{"MINAS", "TIRITH", "_", "A_"}));
  EXPECT_EQ(joined.LongestBest(index, 0, 2, kAny).length, 0u);  // the index's own match serves
  // "MINAS TIRITH_GATE": the phrase ends inside the joined word.
  ASSERT_TRUE(joined.Reset(std::vector<std::string>{"MINAS", "TIRITH_GATE"}));
  EXPECT_EQ(joined.LongestBest(index, 0, 2, kAny).length, 0u);
}

}  // namespace
}  // namespace khaldun
