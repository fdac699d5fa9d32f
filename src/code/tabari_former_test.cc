// TABARI's "former" makes an agent ELI; a name directly before a title
// that opens with an adjective is that title's actor.
#include "code/tabari_former.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using Events = std::vector<std::string>;

TEST(TabariFormer, FormerMakesTheAgentEli) {
  EXPECT_EQ(tabari_test::Code("Gondor praised former Rohan ministers on Sunday."), (Events{"GON 051 ROHELI"}));
  EXPECT_EQ(tabari_test::Code("Gondor praised Rohan ministers on Sunday."), (Events{"GON 051 ROHGOV"}));
  EXPECT_EQ(tabari_test::Code("Former Rohan ministers praised Gondor on Sunday."), (Events{"ROHELI 051 GON"}));
}

TEST(TabariFormer, ANameBeforeATitleOpeningWithAnAdjectiveIsItsActor) {
  EXPECT_EQ(tabari_test::Code("Rohan former ministers praised Gondor on Sunday."), (Events{"ROHELI 051 GON"}));
  EXPECT_EQ(tabari_test::Code("Rohan senior ministers praised Gondor on Sunday."), (Events{"ROHGOV 051 GON"}));
}

}  // namespace
}  // namespace khaldun
