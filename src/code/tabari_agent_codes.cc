#include "code/tabari_agent_codes.h"

#include <string_view>

namespace khaldun {
namespace {

// Whether `code` holds `block` at a three-letter boundary.
bool HoldsBlock(std::string_view code, std::string_view block) {
  for (size_t at = 0; at + block.size() <= code.size(); at += 3) {
    if (code.substr(at, block.size()) == block) return true;
  }
  return false;
}

}  // namespace

std::string TabariCombineCodes(const std::string& actor, const dict::Agent& agent) {
  std::string added;
  const std::string_view code = agent.code;
  for (size_t at = 0; at < code.size(); at += 3) {
    const std::string_view block = code.substr(at, 3);
    if (!HoldsBlock(actor, block)) added += block;
  }
  return agent.placement == dict::AgentPlacement::kAppend ? actor + added : added + actor;
}

}  // namespace khaldun
