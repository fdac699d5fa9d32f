#include "code/tabari_compound_phrase.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

constexpr char kLists[] = R"(word NOUN HORSES
word ADJECTIVE BRAVE
)";

TEST(TabariCompoundPhrase, AnUnlistedWordAfterAndMakesACompoundWhoseFirstPhraseIsNotCoded) {
  EXPECT_EQ(Code("Rohan's horses and riders of Gondor praised Bree.", {}, kLists), (Events{"GON 051 BRE"}));
}

TEST(TabariCompoundPhrase, AListedWordAfterAndMakesNone) {
  EXPECT_EQ(Code("Rohan's riders and horses of Gondor praised Bree.", {}, kLists), (Events{"ROH 051 BRE"}));
  EXPECT_EQ(Code("Rohan's bold and brave minister praised Bree.", {}, kLists), (Events{"ROHGOV 051 BRE"}));
}

TEST(TabariCompoundPhrase, AListedAdjectiveIsSkippedInsideACompound) {
  EXPECT_EQ(Code("Rohan and Arnor brave Gondor praised Bree.", {}, kLists),
            (Events{"ROH 051 BRE", "ARN 051 BRE", "GON 051 BRE"}));
}

TEST(TabariCompoundPhrase, NoListsNoCompound) {
  EXPECT_EQ(Code("Rohan's horses and riders of Gondor praised Bree."), (Events{"ROH 051 BRE"}));
}

}  // namespace
}  // namespace khaldun
