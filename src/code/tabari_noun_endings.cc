#include "code/tabari_noun_endings.h"

#include "code/compiled_dictionary.h"

namespace khaldun {

std::optional<std::vector<std::string>> TabariNounEndingKeys(const dict::Actor& actor, const dict::Phrase& phrase) {
  if (!actor.stems || phrase.joins.empty() || phrase.joins.back() != dict::kJoinTight) return std::nullopt;
  std::vector<std::string> keys = PhraseKeys(phrase);
  // A phrase ending in a possessive or a negation ("PEOPLE'S_") has no
  // noun of its own to take the ending.
  if (keys.empty() || keys.back().find('\'') != std::string::npos) return std::nullopt;
  keys.back() += 'S';
  return keys;
}

}  // namespace khaldun
