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

std::vector<std::string> SplitCompoundCode(const std::string& code) {
  std::vector<std::string> parts;
  for (size_t begin = 0;;) {
    const size_t slash = code.find('/', begin);
    parts.push_back(code.substr(begin, slash == std::string::npos ? std::string::npos : slash - begin));
    if (slash == std::string::npos) return parts;
    begin = slash + 1;
  }
}

}  // namespace khaldun::dict
