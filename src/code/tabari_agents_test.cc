// How TABARI gives agents to actors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariAgents, AnAgentOfAListGoesToItsFirstMemberOnly) {
  EXPECT_EQ(Code("The ministers of Gondor, Rohan and Arnor praised Bree."),
            (Events{"GONGOV 051 BRE", "ROH 051 BRE", "ARN 051 BRE"}));
}

}  // namespace
}  // namespace khaldun
