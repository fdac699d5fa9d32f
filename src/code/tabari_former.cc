#include "code/tabari_former.h"

#include "base/same_text.h"

namespace khaldun {

bool FormerAmong(const SentenceAnalysis& analysis, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end && k < analysis.size(); ++k) {
    if (SameTextAsAny(analysis.words[k], "former", "Former", "FORMER")) return true;
  }
  return false;
}

const dict::Agent& TabariFormerAgent() {
  static const dict::Agent former = [] {
    dict::Agent agent;
    agent.code = "ELI";
    agent.placement = dict::AgentPlacement::kAppend;
    return agent;
  }();
  return former;
}

}  // namespace khaldun
