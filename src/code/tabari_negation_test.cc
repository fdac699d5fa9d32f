// TABARI reads a negation only through its patterns.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariNegation, ANegatedVerbKeepsItsCode) {
  EXPECT_EQ(Code("Gondor did not praise Rohan on Sunday."), (Events{"GON 051 ROH"}));
}

TEST(TabariNegation, APatternReadsTheNegation) {
  constexpr char kChide[] = R"(verbs SCOLD [122] tabari
  verb SCOLD
  pattern [111] HAS { NOT | NEVER } *
)";
  EXPECT_EQ(Code("Gondor has not scolded Rohan.", {}, kChide), (Events{"GON 111 ROH"}));
}

TEST(TabariNegation, APatternWordWithAContractedNegationMeetsItSplit) {
  // "WON'T" is "wo n't" in the text.
  constexpr char kHelp[] = R"(verbs HELP [070] tabari
  verb HELP
  pattern [111] WON'T *
)";
  EXPECT_EQ(Code("Gondor won't help Rohan.", {}, kHelp), (Events{"GON 111 ROH"}));
  EXPECT_EQ(Code("Gondor will help Rohan.", {}, kHelp), (Events{"GON 070 ROH"}));
}

}  // namespace
}  // namespace khaldun
