#include "code/tabari_hyphens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

TEST(TabariHyphens, AnActorMeetsItsHyphenatedName) {
  const std::vector<std::string> events =
      tabari_test::Code("Edoras-Hall praised Gondor on Sunday.", {}, "actor EDORAS_HALL\n  code ROHGOV\n");
  EXPECT_EQ(events, (std::vector<std::string>{"ROHGOV 051 GON"}));
}

TEST(TabariHyphens, AHyphenInsideAWordJoinsItsParts) {
  EXPECT_TRUE(HasHyphenJoin({"ROHAN", "EDORAS-HALL"}));
  EXPECT_FALSE(HasHyphenJoin({"ANTI-", "-", "ROHAN"}));
  EXPECT_EQ(HyphensAsJoins({"ANTI-", "EDORAS-HALL-WEST"}), (std::vector<std::string>{"ANTI-", "EDORAS_HALL_WEST"}));
}

}  // namespace
}  // namespace khaldun
