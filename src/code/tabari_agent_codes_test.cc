#include "code/tabari_agent_codes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

dict::Agent AgentOf(const char* code, dict::AgentPlacement placement) {
  dict::Agent agent;
  agent.code = code;
  agent.placement = placement;
  return agent;
}

TEST(TabariAgentCodes, AddsTheBlocksTheActorLacks) {
  const dict::Agent world = AgentOf("WGO", dict::AgentPlacement::kAppend);
  EXPECT_EQ(TabariCombineCodes("ROHGOV", world), "ROHGOVWGO");
  EXPECT_EQ(TabariCombineCodes("ROH", world), "ROHWGO");
  const dict::Agent gov = AgentOf("GOV", dict::AgentPlacement::kAppend);
  EXPECT_EQ(TabariCombineCodes("ROHGOV", gov), "ROHGOV");
  // Blocks, not letters: "RWGOxx" holds no "WGO" block.
  EXPECT_EQ(TabariCombineCodes("RWGOAB", world), "RWGOABWGO");
  const dict::Agent press = AgentOf("GOVMED", dict::AgentPlacement::kAppend);
  EXPECT_EQ(TabariCombineCodes("ROHGOV", press), "ROHGOVMED");
  const dict::Agent rights = AgentOf("NGM", dict::AgentPlacement::kPrepend);
  EXPECT_EQ(TabariCombineCodes("ROHNGM", rights), "ROHNGM");
  EXPECT_EQ(TabariCombineCodes("RNGMOX", rights), "NGMRNGMOX");
}

TEST(TabariAgentCodes, ALongerActorCodeTakesItsAgent) {
  constexpr char kMore[] = R"(actor MINAS_TIRITH_
  code GONCTY
)";
  EXPECT_EQ(tabari_test::Code("The Minas Tirith minister praised Rohan.", {}, kMore),
            (std::vector<std::string>{"GONCTYGOV 051 ROH"}));
}

}  // namespace
}  // namespace khaldun
