#include "code/verb_stand_in.h"

#include <gtest/gtest.h>

#include "code/clause_reach.h"

namespace khaldun {
namespace {

// Two clauses built by hand: "A said B would X C", verbs at tokens 1 and 4.
SentenceAnalysis TwoClauses() {
  SentenceAnalysis analysis;
  analysis.words = {"A", "said", "B", "would", "x", "C", "."};
  Clause said;
  said.kind = ClauseKind::kMain;
  said.verb.begin = said.verb.main_verb = 1;
  said.verb.end = 2;
  said.begin = 0;
  said.end = 7;
  Clause reported;
  reported.kind = ClauseKind::kReported;
  reported.verb.begin = 3;
  reported.verb.main_verb = 4;
  reported.verb.end = 5;
  reported.verb.modal = 3;
  reported.parent_clause = 0;
  reported.begin = 2;
  reported.end = 6;
  analysis.clauses = {said, reported};
  return analysis;
}

TEST(VerbStandIn, ANullCodeWithoutAPatternCodesNothing) {
  ClauseCode coded;
  EXPECT_FALSE(CodesSomething(coded));  // not in the dictionaries
  coded.found = true;
  coded.code.primary = "---";
  EXPECT_FALSE(CodesSomething(coded));
  dict::VerbPattern pattern;
  coded.pattern = &pattern;  // a pattern's [---] still reads the clause
  EXPECT_TRUE(CodesSomething(coded));
  coded.pattern = nullptr;
  coded.code.primary = "050";
  EXPECT_TRUE(CodesSomething(coded));
}

TEST(VerbStandIn, OnlyAnotherClausesVerbBeforeTheWordCounts) {
  const SentenceAnalysis analysis = TwoClauses();
  auto only_said_codes = [](uint32_t d) { return d == 0; };
  EXPECT_TRUE(VerbCodedBefore(analysis, 1, 5, only_said_codes));
  EXPECT_FALSE(VerbCodedBefore(analysis, 1, 1, only_said_codes));  // "said" is not before itself
  EXPECT_FALSE(VerbCodedBefore(analysis, 0, 5, only_said_codes));  // a clause's own verb does not count
}

TEST(VerbStandIn, TheWordBecomesTheVerbGroup) {
  const SentenceAnalysis analysis = TwoClauses();
  const Clause clause = WithVerbAt(analysis.clauses[1], 5);
  EXPECT_EQ(clause.verb.begin, 5u);
  EXPECT_EQ(clause.verb.end, 6u);
  EXPECT_EQ(clause.verb.main_verb, 5u);
  EXPECT_EQ(clause.verb.modal, kNone);  // "would" belonged to the parsed verb
  EXPECT_FALSE(clause.verb.passive);
  EXPECT_EQ(clause.parent_clause, 0);
}

TEST(ClauseReach, AReportedClauseReadsBackIntoItsSpeechVerb) {
  const SentenceAnalysis analysis = TwoClauses();
  const ClauseReach reach = ReachOf(analysis, 1);
  EXPECT_EQ(reach.governing_begin, 0u);
  EXPECT_EQ(reach.after_end, 6u);
  EXPECT_EQ(reach.infinitive_end, 6u);
  // The speech verb does not govern what it reports for its patterns' targets.
  EXPECT_FALSE(WithinClause(analysis, 1, 0));
  EXPECT_EQ(ReachOf(analysis, 0).governed_end, 7u);
}

}  // namespace
}  // namespace khaldun
