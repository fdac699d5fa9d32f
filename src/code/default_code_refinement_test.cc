// Codes refined by what a clause names, on a small dictionary of its own:
// help with debt or credit is economic aid, aid after a disaster humanitarian.
#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::Events;

// Help asked for or given where the clause, or one hanging from it two deep,
// names debt, a loan or credit is economic aid (0231, 071).
TEST(DefaultCodeRefinement, HelpWithDebtIsEconomicAid) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ASK [020] petrarch2
  verb ASK
  pattern [023] * + (TO HELP)
verbs HELP [070] petrarch2
  verb HELP
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan asked India to help restructure its debt."), (Events{"PAK 0231 IND"}));
  EXPECT_EQ(code("Pakistan helped India repay its loans."), (Events{"PAK 071 IND"}));
  EXPECT_EQ(code("Pakistan asked India to help rebuild its roads."), (Events{"PAK 023 IND"}));
}

// Help asked for by a pattern that names only "to help" is asked for what the help's own infinitive codes.
TEST(DefaultCodeRefinement, HelpAskedForIsForWhatItsInfinitiveCodes) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ASK [020] petrarch2
  verb ASK
  pattern [023] * + (TO HELP)
verbs HELP [070] petrarch2
  verb HELP
verbs HALT [---] petrarch2
  verb HALT
  pattern [087] * FIGHTING
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan asked India to help halt the fighting."), (Events{"PAK 0256 IND"}));
  EXPECT_EQ(code("Pakistan asked India to help rebuild its roads."), (Events{"PAK 023 IND"}));
}

// Aid asked for, given or promised after a natural disaster is humanitarian.
TEST(DefaultCodeRefinement, AidAfterADisasterIsHumanitarian) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ASK [020] petrarch2
  verb ASK
  pattern [023] * (FOR HELP)
verbs SEND [---] petrarch2
  verb SEND
  pattern [070] * AID
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan asked India for help after an earthquake struck Kashmir."), (Events{"PAK 0233 IND"}));
  EXPECT_EQ(code("Pakistan sent aid to India after floods."), (Events{"PAK 073 IND"}));
  EXPECT_EQ(code("Pakistan asked India for help after the talks."), (Events{"PAK 023 IND"}));
}

}  // namespace
}  // namespace khaldun
