// A TABARI actor phrase with a gap reads across noun phrases.
#include "code/tabari_gapped_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using Events = std::vector<std::string>;

constexpr char kLordElrond[] = "actor LORD ELROND\n  code ELF\n  stems\n";

TEST(TabariGappedNames, APhraseWithAGapRunsAcrossANickname) {
  // "Lord", the quoted nickname and "Elrond" are three noun phrases.
  EXPECT_EQ(tabari_test::Code("Gondor praised Lord \"The Wise\" Elrond on Sunday.", {}, kLordElrond),
            (Events{"GON 051 ELF"}));
}

TEST(TabariGappedNames, WithinOnePhraseAsBefore) {
  EXPECT_EQ(tabari_test::Code("Gondor praised the Lord of Rivendell Elrond on Sunday.", {}, kLordElrond),
            (Events{"GON 051 ELF"}));
}

TEST(TabariGappedNames, NoMatchWhenTheLastWordIsMissing) {
  EXPECT_EQ(tabari_test::Code("Gondor praised Lord \"The Wise\" Rohan on Sunday.", {}, kLordElrond),
            (Events{"GON 051 ROH"}));
}

TEST(TabariGappedNames, NotAcrossAComma) {
  EXPECT_EQ(tabari_test::Code("Gondor praised Lord Hurin, Elrond and Rohan on Sunday.", {}, kLordElrond),
            (Events{"GON 051 ROH"}));
}

}  // namespace
}  // namespace khaldun
