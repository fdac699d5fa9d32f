// How TABARI gives agents to actors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/event_locator.h"
#include "code/tabari_test_dictionary.h"
#include "geo/geo_data_paths.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariAgents, AnAgentOfAListGoesToItsFirstMemberOnly) {
  EXPECT_EQ(Code("The ministers of Gondor, Rohan and Arnor praised Bree."),
            (Events{"GONGOV 051 BRE", "ROH 051 BRE", "ARN 051 BRE"}));
}

// TABARI knows no places: an entry a gazetteer also knows as a city keeps
// its code, and lends all of it to the agents of a phrase around it.
TEST(TabariAgents, AnEntryThatIsAlsoACityKeepsItsWholeCode) {
  if (!EventLocator::Load(GazetteerPath()).ok()) GTEST_SKIP() << "compiled gazetteer not available";
  constexpr char kKabul[] = "actor KABUL\n  code AFGGOV\nagent ~MIL SOLDIER\n";
  EXPECT_EQ(Code("Kabul soldiers praised Gondor on Sunday.", {}, kKabul), (Events{"AFGGOVMIL 051 GON"}));
  EXPECT_EQ(Code("The soldiers in Kabul praised Gondor on Sunday.", {}, kKabul), (Events{"AFGGOVMIL 051 GON"}));
}

}  // namespace
}  // namespace khaldun
