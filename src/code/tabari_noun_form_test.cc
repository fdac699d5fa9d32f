#include "code/tabari_noun_form.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariNounForm, ReadsDeterminersAndCapitals) {
  const std::vector<std::string_view> keys{"ROHAN", "SENT", "A", "WARNING", "TO", "PRAISE"};
  const std::vector<std::string_view> words{"Rohan", "sent", "a", "warning", "to", "Praise"};
  MatchContext context;
  context.keys = &keys;
  EXPECT_TRUE(TabariReadsAsNoun(context, 3));
  EXPECT_FALSE(TabariReadsAsNoun(context, 5));  // the words as written unknown
  context.words = &words;
  EXPECT_TRUE(TabariReadsAsNoun(context, 5));
  EXPECT_FALSE(TabariReadsAsNoun(context, 1));
  EXPECT_FALSE(TabariReadsAsNoun(context, 0));  // the first word may be a capital
  const std::vector<std::string_view> capitals{"ROHAN", "SENT", "A", "WARNING", "TO", "PRAISE"};
  context.words = &capitals;
  EXPECT_FALSE(TabariReadsAsNoun(context, 5));
}

TEST(TabariNounForm, ANounByItsFormIsNoVerb) {
  EXPECT_EQ(Code("Gondor sent a warning to Rohan."), (Events{}));
  EXPECT_EQ(Code("Gondor sent warnings to Rohan."), (Events{"GON 160 ROH"}));
  EXPECT_EQ(Code("Gondor chide's Rohan on Sunday."), (Events{}));
  EXPECT_EQ(Code("Gondor chides Rohan on Sunday."), (Events{"GON 122 ROH"}));
  EXPECT_EQ(Code("Gondor hosted the Praise Day of Rohan."), (Events{}));
  EXPECT_EQ(Code("Gondor hosted Praise Day for Rohan."), (Events{}));
  // A sentence in capitals still has its verbs.
  EXPECT_FALSE(Code("ROHAN AND ARNOR PRAISED BREE.").empty());
}

}  // namespace
}  // namespace khaldun
