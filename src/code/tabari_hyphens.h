// TABARI reads a hyphen inside a word as it reads a '_' joining two words:
// "Minas-Tirith" meets the actor MINAS_TIRITH. Khaldun reads a text word so
// for actor phrases when every verb is TABARI's (JoinedWords does the
// reading of '_').
#ifndef KHALDUN_CODE_TABARI_HYPHENS_H_
#define KHALDUN_CODE_TABARI_HYPHENS_H_

#include <string>
#include <vector>

namespace khaldun {

// Whether a key has a '-' between two of its characters.
bool HasHyphenJoin(const std::vector<std::string_view>& keys);

// The keys with each such '-' made a '_'.
std::vector<std::string> HyphensAsJoins(const std::vector<std::string_view>& keys);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_HYPHENS_H_
