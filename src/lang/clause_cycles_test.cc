#include "lang/clause_cycles.h"

#include <gtest/gtest.h>

namespace khaldun::lang_internal {
namespace {

SentenceAnalysis WithParents(std::vector<int32_t> parents) {
  SentenceAnalysis analysis;
  for (const int32_t parent : parents) {
    Clause clause;
    clause.parent_clause = parent;
    analysis.clauses.push_back(clause);
  }
  return analysis;
}

std::vector<int32_t> Parents(const SentenceAnalysis& analysis) {
  std::vector<int32_t> parents;
  for (const Clause& clause : analysis.clauses) parents.push_back(clause.parent_clause);
  return parents;
}

TEST(ClauseCycles, ATreeIsLeftAlone) {
  SentenceAnalysis analysis = WithParents({kNone, 0, 0, 2});
  BreakParentCycles(&analysis);
  EXPECT_EQ(Parents(analysis), (std::vector<int32_t>{kNone, 0, 0, 2}));
}

TEST(ClauseCycles, TwoClausesUnderEachOtherLoseOneLink) {
  // "To put ..., a move Beijing recaptured": the infinitive under the relative, the relative under it.
  SentenceAnalysis analysis = WithParents({1, 0});
  BreakParentCycles(&analysis);
  EXPECT_EQ(Parents(analysis), (std::vector<int32_t>{kNone, 0}));
}

TEST(ClauseCycles, EveryWalkEndsWhateverTheLinks) {
  // Exhaustively: every parent assignment of four clauses (kNone or any clause, itself included).
  const int32_t n = 4;
  for (int code = 0; code < 5 * 5 * 5 * 5; ++code) {
    std::vector<int32_t> parents;
    for (int k = 0, rest = code; k < n; ++k, rest /= 5) parents.push_back(rest % 5 == 4 ? kNone : rest % 5);
    SentenceAnalysis analysis = WithParents(parents);
    BreakParentCycles(&analysis);
    for (int32_t k = 0; k < n; ++k) {
      int32_t at = k, steps = 0;
      while (at != kNone && steps <= n) at = analysis.clauses[static_cast<size_t>(at)].parent_clause, ++steps;
      EXPECT_EQ(at, kNone) << "code " << code << " clause " << k;
      // A link kept is a link that was there.
      const int32_t parent = analysis.clauses[static_cast<size_t>(k)].parent_clause;
      EXPECT_TRUE(parent == kNone || parent == parents[static_cast<size_t>(k)]);
    }
  }
}

}  // namespace
}  // namespace khaldun::lang_internal
