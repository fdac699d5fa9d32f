#include "code/clause_reach.h"

#include <gtest/gtest.h>

#include <string>

#include "lang/analyzer_test_env.h"

namespace khaldun {
namespace {

class ClauseReachTest : public testing::AnalyzerTest {};

TEST_F(ClauseReachTest, AFiniteVerbJoinedByAndIsAnEventOfItsOwn) {
  // "urged Rohan to withdraw its riders" is no part of the demand.
  const SentenceAnalysis& a = Analyze("Gondor demanded that the orcs leave, and urged Rohan to withdraw its riders.");
  ASSERT_EQ(a.clauses.size(), 4u);
  ASSERT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  ASSERT_EQ(a.clauses[2].parent_clause, 0);
  ASSERT_EQ(a.clauses[3].parent_clause, 2);
  EXPECT_TRUE(WithinClause(a, 3, 2));
  EXPECT_FALSE(WithinClause(a, 3, 0));
  EXPECT_FALSE(WithinClause(a, 2, 0));
}

TEST_F(ClauseReachTest, AVerbSharingTheObjectReachesWhatHangsFromIt) {
  // "denounced and rejected the plan drawn up in Edoras": the plan, and
  // where it was drawn up, are the denouncing's too.
  const SentenceAnalysis& a = Analyze("Gondor denounced and rejected the plan drawn up in Edoras.");
  ASSERT_EQ(a.clauses.size(), 3u);
  ASSERT_EQ(a.clauses[1].kind, ClauseKind::kCoordinated);
  ASSERT_EQ(a.clauses[2].parent_clause, 1);
  EXPECT_TRUE(WithinClause(a, 2, 0));
}

}  // namespace
}  // namespace khaldun
