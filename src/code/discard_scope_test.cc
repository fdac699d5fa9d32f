#include "code/discard_scope.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

dict::Discard MakeDiscard(std::vector<std::string> words, bool story = false) {
  dict::Discard discard;
  discard.phrase.words = std::move(words);
  discard.phrase.joins.assign(discard.phrase.words.size(), ' ');
  discard.story = story;
  return discard;
}

TEST(DiscardScope, KnowsTimePhrases) {
  EXPECT_TRUE(IsTimeDiscard(MakeDiscard({"YEARS", "AGO"})));
  EXPECT_TRUE(IsTimeDiscard(MakeDiscard({"MONTHS", "LATER"})));
  EXPECT_TRUE(IsTimeDiscard(MakeDiscard({"1939"})));
  EXPECT_FALSE(IsTimeDiscard(MakeDiscard({"AGO"})));
  EXPECT_FALSE(IsTimeDiscard(MakeDiscard({"CUP", "FINAL"})));
  EXPECT_FALSE(IsTimeDiscard(MakeDiscard({"19391"})));
  EXPECT_FALSE(IsTimeDiscard(MakeDiscard({"YEARS", "AGO"}, /*story=*/true)));
}

// "Rohan jailed men who fled years ago , Gondor said": clause 0 main
// (tokens 0-6), 1 relative under it (3-6), 2 participial under 1, 3 main.
SentenceAnalysis Clauses() {
  SentenceAnalysis analysis;
  analysis.words = {"Rohan", "jailed", "men", "who", "fled", "years", "ago", ",", "Gondor", "said"};
  analysis.clauses.resize(4);
  analysis.clauses[1].kind = ClauseKind::kRelative;
  analysis.clauses[1].parent_clause = 0;
  analysis.clauses[2].kind = ClauseKind::kParticipial;
  analysis.clauses[2].parent_clause = 1;
  analysis.clauses[3].kind = ClauseKind::kReported;
  analysis.clause_of_word = {0, 0, 0, 1, 1, 1, 1, kNone, 3, 3};
  return analysis;
}

TEST(DiscardScope, ATimePhraseInARelativeClauseTakesOutThatClauseOnly) {
  const SentenceAnalysis analysis = Clauses();
  EXPECT_EQ(DiscardedClauses(analysis, MakeDiscard({"YEARS", "AGO"}), 5), (std::vector<bool>{false, true, true, false}));
  // In the main clause, or outside every clause, the whole sentence.
  EXPECT_TRUE(DiscardedClauses(analysis, MakeDiscard({"YEARS", "AGO"}), 1).empty());
  EXPECT_TRUE(DiscardedClauses(analysis, MakeDiscard({"YEARS", "AGO"}), 7).empty());
  // Any other discard takes the whole sentence wherever it is.
  EXPECT_TRUE(DiscardedClauses(analysis, MakeDiscard({"CUP", "FINAL"}), 5).empty());
}

}  // namespace
}  // namespace khaldun
