#include "dict/actor.h"

namespace khaldun::dict {

std::vector<const Phrase*> Actor::Phrases() const {
  std::vector<const Phrase*> out;
  out.reserve(1 + synonyms.size());
  out.push_back(&name.phrase);
  for (const ActorName& synonym : synonyms) out.push_back(&synonym.phrase);
  return out;
}

std::string Agent::CodeNotation() const {
  return placement == AgentPlacement::kAppend ? "~" + code : code + "~";
}

}  // namespace khaldun::dict
