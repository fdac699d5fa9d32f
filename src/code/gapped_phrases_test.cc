#include "code/gapped_phrases.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

dict::Dictionary Actors(bool tabari) {
  dict::Dictionary dictionary;
  for (const char* text : {"ELROND HALF_ELVEN", "RIVENDELL"}) {
    dict::Actor actor;
    actor.name.phrase = dict::ParsePhrase(text);
    actor.stems = tabari;
    dictionary.actors.push_back(std::move(actor));
  }
  return dictionary;
}

TEST(GappedPhrases, WordsJoinedByABlankMayHaveOthersBetween) {
  const GappedPhrases phrases(Actors(true));
  ASSERT_FALSE(phrases.empty());  // RIVENDELL, one word, is no gapped phrase
  const std::vector<std::string_view> keys = {"THE", "ELROND", "OF", "THE", "HALF", "ELVEN", "SPOKE"};
  const std::vector<GappedPhrases::Match> at = phrases.MatchesAt(keys, 1, 7);
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(at[0].actor, 0u);
  EXPECT_EQ(at[0].length, 5u);
  EXPECT_TRUE(phrases.MatchesAt(keys, 0, 7).empty());
  // Words joined by '_' are consecutive, or one text word written so.
  EXPECT_TRUE(phrases.MatchesAt(std::vector<std::string_view>{"ELROND", "HALF", "OF", "ELVEN"}, 0, 4).empty());
  EXPECT_EQ(phrases.MatchesAt(std::vector<std::string_view>{"ELROND", "OF", "HALF_ELVEN"}, 0, 3).at(0).length, 3u);
  // Not past `limit`, nor over a gap of more than kMaxGap words.
  EXPECT_TRUE(phrases.MatchesAt(keys, 1, 5).empty());
  EXPECT_TRUE(phrases.MatchesAt(std::vector<std::string_view>{"ELROND", "A", "B", "C", "D", "E", "HALF", "ELVEN"}, 0, 8)
                  .empty());
}

TEST(GappedPhrases, OnlyTabariActorsHaveGaps) { EXPECT_TRUE(GappedPhrases(Actors(false)).empty()); }

TEST(GappedPhrases, PetrarchOneVerbsReadEveryActorAsTabariDoes) {
  dict::Dictionary dictionary = Actors(false);
  dictionary.verb_families.emplace_back().syntax = dict::PatternSyntax::kPetrarch1;
  const GappedPhrases phrases(dictionary);
  ASSERT_FALSE(phrases.empty());
  EXPECT_EQ(phrases.MatchesAt(std::vector<std::string_view>{"ELROND", "OF", "HALF", "ELVEN"}, 0, 4).at(0).length, 4u);
}

}  // namespace
}  // namespace khaldun
