// TABARI takes the first of its plain patterns that fits as well as any
// other, then the first of its synset patterns.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariPatternOrder, TheFirstPatternThatFitsWinsWhateverItsCode) {
  // Both fit, one word each: the second's finer code of the same root
  // does not beat the first (as it would in other formats).
  constexpr char kRaid[] = R"(verbs RAID [---] tabari
  verb RAID
  pattern [190] * DAWN
  pattern [195] * DAWN_
)";
  EXPECT_EQ(Code("Gondor raided Rohan at dawn.", {}, kRaid), (Events{"GON 190 ROH"}));
}

TEST(TabariPatternOrder, APlainPatternBeatsASynsetOneThatFitsAsWell) {
  constexpr char kGive[] = R"(synset COIN tabari
  member CROWN
  member PENNY
verbs GIVE [070] tabari
  verb GIVE
  pattern [071] * &COIN
  pattern [073] * CROWN
)";
  EXPECT_EQ(Code("Gondor gave a crown to Rohan.", {}, kGive), (Events{"GON 073 ROH"}));
  EXPECT_EQ(Code("Gondor gave a penny to Rohan.", {}, kGive), (Events{"GON 071 ROH"}));
}

}  // namespace
}  // namespace khaldun
