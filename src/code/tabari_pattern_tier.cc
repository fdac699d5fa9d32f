#include "code/tabari_pattern_tier.h"

#include <algorithm>

namespace khaldun {
namespace {

bool HasAlternatives(const std::vector<dict::PatternToken>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const dict::PatternToken& token) {
    return token.kind == dict::PatternToken::Kind::kAlternatives;
  });
}

}  // namespace

bool NamesASynset(const std::vector<dict::PatternToken>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const dict::PatternToken& token) {
    return token.kind == dict::PatternToken::Kind::kSynset ||
           std::any_of(token.alternatives.begin(), token.alternatives.end(),
                       [](const std::vector<dict::PatternToken>& one) { return NamesASynset(one); });
  });
}

bool NamesASynset(const dict::VerbPattern& pattern) {
  return NamesASynset(pattern.before) || NamesASynset(pattern.after);
}

int TabariPatternTier(const dict::VerbPattern& pattern) {
  if (NamesASynset(pattern)) return 2;
  return HasAlternatives(pattern.before) || HasAlternatives(pattern.after) ? 1 : 0;
}

}  // namespace khaldun
