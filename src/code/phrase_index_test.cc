#include "code/phrase_index.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace khaldun {
namespace {

// A sentence's keys and their hashes, as the coder hands them to the index.
struct Keys {
  explicit Keys(std::vector<std::string_view> words) : keys(std::move(words)) {
    for (std::string_view key : keys) hashes.push_back(WordKeyHash(key));
  }
  std::vector<std::string_view> keys;
  std::vector<size_t> hashes;
};

const auto kAny = [](uint32_t) { return true; };

PhraseIndex Index() {
  PhraseIndex index;
  index.Add({"MINAS", "TIRITH"}, 1);
  index.Add({"MINAS", "TIRITH", "GUARD", "CAPTAIN"}, 2);
  index.Add({"GONDOR"}, 3);
  index.Add({"GONDOR"}, 4);  // same words: the first added wins a tie
  index.Add({}, 5);          // ignored
  index.Finish();
  return index;
}

TEST(PhraseIndexTest, FindsTheLongestPhraseWithinTheLimit) {
  const PhraseIndex index = Index();
  EXPECT_EQ(index.size(), 4u);
  const Keys text({"THE", "MINAS", "TIRITH", "GUARD", "CAPTAIN", "OF", "GONDOR"});
  PhraseIndex::Match match = index.Longest(text.keys, text.hashes, 1, text.keys.size(), kAny);
  EXPECT_EQ(match.payload, 2u);
  EXPECT_EQ(match.length, 4u);
  // Cut short of the long phrase, or going on past the short one without
  // finishing the long one: the short phrase.
  match = index.Longest(text.keys, text.hashes, 1, 4, kAny);
  EXPECT_EQ(match.payload, 1u);
  EXPECT_EQ(match.length, 2u);
  const Keys shorter({"MINAS", "TIRITH", "GUARD", "TOWER"});
  match = index.Longest(shorter.keys, shorter.hashes, 0, shorter.keys.size(), kAny);
  EXPECT_EQ(match.payload, 1u);
  EXPECT_EQ(match.length, 2u);
  match = index.Longest(text.keys, text.hashes, 6, text.keys.size(), kAny);
  EXPECT_EQ(match.payload, 3u);
  EXPECT_EQ(match.length, 1u);
  EXPECT_EQ(index.Longest(text.keys, text.hashes, 0, text.keys.size(), kAny).length, 0u);
  EXPECT_EQ(index.Longest(text.keys, text.hashes, 2, text.keys.size(), kAny).length, 0u);
}

TEST(PhraseIndexTest, TheScoreChoosesAmongPhrasesOfTheLongestLength) {
  const PhraseIndex index = Index();
  const Keys text({"GONDOR"});
  EXPECT_EQ(index.LongestBest(text.keys, text.hashes, 0, 1, [](uint32_t p) { return p == 4 ? 2 : 1; }).payload, 4u);
  EXPECT_EQ(index.Longest(text.keys, text.hashes, 0, 1, [](uint32_t p) { return p != 3; }).payload, 4u);
  EXPECT_EQ(index.Longest(text.keys, text.hashes, 0, 1, [](uint32_t) { return false; }).length, 0u);
  // The long phrase rejected: the shorter one under it.
  const Keys city({"MINAS", "TIRITH", "GUARD", "CAPTAIN"});
  const PhraseIndex::Match match = index.Longest(city.keys, city.hashes, 0, 4, [](uint32_t p) { return p != 2; });
  EXPECT_EQ(match.payload, 1u);
  EXPECT_EQ(match.length, 2u);
}

TEST(PhraseIndexTest, AnEmptyIndexFindsNothing) {
  PhraseIndex index;
  index.Finish();
  const Keys text({"GONDOR"});
  EXPECT_EQ(index.Longest(text.keys, text.hashes, 0, 1, kAny).length, 0u);
}

}  // namespace
}  // namespace khaldun
