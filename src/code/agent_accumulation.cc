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

void AccumulatePetrarch1Agents(bool tabari_codes, const std::vector<const dict::Agent*>& actor_agent,
                               const std::vector<std::vector<const dict::Agent*>>& inner_agents,
                               MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const int32_t m = found->mention_of_np[n];
    if (m < 0 || found->mentions[m].np != static_cast<int32_t>(n) || !found->mentions[m].how.ends_with("agent")) {
      continue;
    }
    ActorMention& mention = found->mentions[m];
    // PETRARCH-1 bases the code on the first actor of the whole phrase, so a
    // possessor's name comes before the phrase's own: "Rohan's minister
    // Eomund" is Rohan's government, whatever country Eomund names.
    const int32_t possessor = analysis.nps[n].possessor;
    const int32_t owner = possessor == kNone ? -1 : found->mention_of_np[possessor];
    if (actor_agent[n] != nullptr && owner >= 0 && owner != m && SameText(found->mentions[owner].how, "actor") &&
        found->mentions[owner].code.size() == 3 && !mention.code.starts_with(found->mentions[owner].code)) {
      mention.code = CombineCodesFor(tabari_codes, found->mentions[owner].code, *actor_agent[n]);
      mention.how = "possessor+agent";
      mention.entries.push_back(found->mentions[owner].entries.front());
      if (found->trace != nullptr) found->trace->push_back("actor: the possessor's code first -> " + mention.code);
    }
    if (inner_agents[n].empty()) continue;
    const size_t before = mention.code.size();
    mention.code = AccumulateAgentCodes(std::move(mention.code), inner_agents[n]);
    if (mention.code.size() == before) continue;
    for (const dict::Agent* inner : inner_agents[n]) {
      if (mention.code.find(inner->code) != std::string::npos) mention.entries.push_back(inner->where);
    }
    if (found->trace != nullptr) found->trace->push_back("actor: inner agents -> " + mention.code);
  }
}

}  // namespace khaldun
