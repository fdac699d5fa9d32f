#include "code/agent_accumulation.h"

namespace khaldun {
namespace {

// Whether `part` appears in `code` at a multiple of three letters: "GOV" is
// in "GMWGOV", but "OVG" is not in "GOVGOV" (no match across two codes).
bool HasCodeBlock(const std::string& code, const std::string& part) {
  for (size_t at = 0; at + part.size() <= code.size(); at += 3) {
    if (code.compare(at, part.size(), part) == 0) return true;
  }
  return false;
}

}  // namespace

std::string AccumulateAgentCodes(std::string code, std::span<const dict::Agent* const> inner) {
  for (const dict::Agent* agent : inner) {
    if (agent == nullptr || agent->code.empty()) continue;
    if (HasCodeBlock(code, agent->code)) break;
    code = agent->placement == dict::AgentPlacement::kPrepend ? agent->code + code : code + agent->code;
  }
  return code;
}

}  // namespace khaldun
