#include "code/agent_accumulation.h"

#include <gtest/gtest.h>

#include <vector>

namespace khaldun {
namespace {

dict::Agent MakeAgent(std::string code, dict::AgentPlacement placement) {
  dict::Agent agent;
  agent.code = std::move(code);
  agent.placement = placement;
  return agent;
}

TEST(AgentAccumulation, SuffixAgentsAccumulateInOrder) {
  // "the Rohan chief border patrol": ~CBP then the inner ~BPT.
  const dict::Agent inner = MakeAgent("BPT", dict::AgentPlacement::kAppend);
  const std::vector<const dict::Agent*> agents = {&inner};
  EXPECT_EQ(AccumulateAgentCodes("ROHCBP", agents), "ROHCBPBPT");
}

TEST(AgentAccumulation, PrefixAgentsGoInFront) {
  // "peace campaign volunteers in Rohan": PCV~ then the inner CAV~.
  const dict::Agent inner = MakeAgent("CAV", dict::AgentPlacement::kPrepend);
  const std::vector<const dict::Agent*> agents = {&inner};
  EXPECT_EQ(AccumulateAgentCodes("PCVROH", agents), "CAVPCVROH");
}

TEST(AgentAccumulation, RedundantAgentEndsTheComposition) {
  const dict::Agent gov = MakeAgent("GOV", dict::AgentPlacement::kAppend);
  const dict::Agent med = MakeAgent("MED", dict::AgentPlacement::kAppend);
  const std::vector<const dict::Agent*> agents = {&gov, &med};
  EXPECT_EQ(AccumulateAgentCodes("ROHGOVWGO", agents), "ROHGOVWGO");
}

TEST(AgentAccumulation, CodesCompareInBlocksOfThree) {
  // "OVW" straddles GOV and WGO: not a block, so it is added.
  const dict::Agent odd = MakeAgent("OVW", dict::AgentPlacement::kAppend);
  const std::vector<const dict::Agent*> agents = {&odd};
  EXPECT_EQ(AccumulateAgentCodes("GOVWGO", agents), "GOVWGOOVW");
}

TEST(AgentAccumulation, EmptyCodesAreSkipped) {
  const dict::Agent none = MakeAgent("", dict::AgentPlacement::kAppend);
  const dict::Agent opp = MakeAgent("OPP", dict::AgentPlacement::kAppend);
  const std::vector<const dict::Agent*> agents = {&none, &opp};
  EXPECT_EQ(AccumulateAgentCodes("ROH", agents), "ROHOPP");
}

}  // namespace
}  // namespace khaldun
