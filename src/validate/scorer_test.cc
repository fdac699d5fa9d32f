#include "validate/scorer.h"

#include <gtest/gtest.h>

namespace khaldun::validate {
namespace {

TEST(Scorer, SetComparisonIgnoresOrderAndDuplicates) {
  RecordScore score = ScoreRecord({{"A", "B", "042"}, {"B", "A", "043"}},
                                  {{"B", "A", "043"}, {"A", "B", "042"}, {"A", "B", "042"}});
  EXPECT_TRUE(score.exact());
  EXPECT_EQ(score.matched.size(), 2u);
  EXPECT_TRUE(score.missing.empty());
  EXPECT_TRUE(score.extra.empty());
}

TEST(Scorer, MissingAndExtraNeedAllThreeFields) {
  RecordScore score = ScoreRecord({{"A", "B", "042"}, {"A", "C", "190"}}, {{"A", "B", "043"}, {"A", "C", "190"}});
  EXPECT_FALSE(score.exact());
  EXPECT_EQ(score.matched, (std::vector<EventTriple>{{"A", "C", "190"}}));
  EXPECT_EQ(score.missing, (std::vector<EventTriple>{{"A", "B", "042"}}));
  EXPECT_EQ(score.extra, (std::vector<EventTriple>{{"A", "B", "043"}}));
  // At root level 042 and 043 are both "04": everything matches.
  EXPECT_EQ(score.root_expected, 2u);
  EXPECT_EQ(score.root_produced, 2u);
  EXPECT_EQ(score.root_matched, 2u);
}

TEST(Scorer, CompoundActorCodesCountOnePerActor) {
  // "FRO/BIL/SAM" names three actors: the compound matches the split events.
  RecordScore score = ScoreRecord({{"FRO/BIL/SAM", "GON", "050"}},
                                  {{"BIL", "GON", "050"}, {"FRO", "GON", "050"}, {"SAM", "GON", "050"}});
  EXPECT_TRUE(score.exact());
  EXPECT_EQ(score.matched.size(), 3u);
  RecordScore partial = ScoreRecord({{"A", "ELR/GAL", "050"}}, {{"A", "ELR", "050"}});
  EXPECT_EQ(partial.missing, (std::vector<EventTriple>{{"A", "GAL", "050"}}));
}

TEST(Scorer, NoEventsExpected) {
  EXPECT_TRUE(ScoreRecord({}, {}).exact());
  RecordScore score = ScoreRecord({}, {{"A", "B", "010"}});
  EXPECT_FALSE(score.exact());
  EXPECT_EQ(score.extra.size(), 1u);
}

TEST(Scorer, RootCode) {
  EXPECT_EQ(RootCode("064"), "06");
  EXPECT_EQ(RootCode("1246"), "12");
  EXPECT_EQ(RootCode("174K"), "17");
  EXPECT_EQ(RootCode("1"), "1");
}

TEST(Scorer, TallySumsAndRates) {
  Tally tally;
  tally.Add(true, ScoreRecord({{"A", "B", "042"}, {"A", "C", "190"}}, {{"A", "B", "043"}, {"A", "C", "190"}}));
  tally.Add(true, ScoreRecord({{"X", "Y", "111"}}, {{"X", "Y", "111"}}));
  tally.Add(false, ScoreRecord({}, {{"P", "Q", "010"}}));
  tally.Add(false, ScoreRecord({}, {}));
  EXPECT_EQ(tally.records, 4u);
  EXPECT_EQ(tally.exact, 2u);
  EXPECT_EQ(tally.event_records, 2u);
  EXPECT_EQ(tally.event_records_exact, 1u);
  EXPECT_EQ(tally.empty_records, 2u);
  EXPECT_EQ(tally.empty_records_exact, 1u);
  EXPECT_EQ(tally.expected, 3u);
  EXPECT_EQ(tally.produced, 4u);
  EXPECT_EQ(tally.matched, 2u);
  EXPECT_DOUBLE_EQ(tally.ExactRate(), 0.5);
  EXPECT_DOUBLE_EQ(tally.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(tally.Recall(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(tally.F1(), 2 * 0.5 * (2.0 / 3.0) / (0.5 + 2.0 / 3.0));
  EXPECT_DOUBLE_EQ(tally.RootRecall(), 1.0);
  EXPECT_DOUBLE_EQ(tally.RootPrecision(), 0.75);
}

TEST(Scorer, EmptyTallyHasZeroRates) {
  Tally tally;
  EXPECT_EQ(tally.Precision(), 0.0);
  EXPECT_EQ(tally.Recall(), 0.0);
  EXPECT_EQ(tally.F1(), 0.0);
}

}  // namespace
}  // namespace khaldun::validate
