// TABARI tries plain patterns, then patterns with alternatives, then
// patterns naming a synset.
#include "code/tabari_pattern_tier.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using Events = std::vector<std::string>;

TEST(TabariPatternTier, APlainPatternBeatsOneWithAlternativesThatFitsAsWell) {
  // Both fit "battles until dawn" word for word; the one with alternatives
  // is listed first.
  constexpr char kVow[] = R"(verbs VOW [170] tabari
  verb VOW
  pattern [113] * BATTLE { UNTIL DAWN | UNTIL DUSK }
  pattern [114] * BATTLES UNTIL DAWN
)";
  EXPECT_EQ(tabari_test::Code("Gondor vowed battles until dawn against Rohan.", {}, kVow), (Events{"GON 114 ROH"}));
  // Only the alternatives fit "until dusk".
  EXPECT_EQ(tabari_test::Code("Gondor vowed battles until dusk against Rohan.", {}, kVow), (Events{"GON 113 ROH"}));
}

TEST(TabariPatternTier, PlainThenAlternativesThenSynsets) {
  auto tier = [](const char* body) {
    Result<dict::VerbPattern> pattern = dict::ParsePatternBody(body, dict::PatternSyntax::kTabari);
    return pattern.ok() ? TabariPatternTier(pattern.value()) : -1;
  };
  EXPECT_EQ(tier("* GOLD +"), 0);
  EXPECT_EQ(tier("* { GOLD | SILVER } +"), 1);
  EXPECT_EQ(tier("* &COIN +"), 2);
  EXPECT_EQ(tier("* { &COIN | SILVER } +"), 2);
}

}  // namespace
}  // namespace khaldun
