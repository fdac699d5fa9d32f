// TABARI's regular noun endings on actor phrases.
//
// In a TABARI actors file a phrase closed by '_' ("FORNOST_",
// "ARNOR_STATE_RADIO_") is its last word exactly, not a stem; TABARI still
// lets that word take the regular noun ending "S" ("Fornosts", "state
// radios"), as the possessive "'S" (split off by the tokenizer) always may.
// A phrase closed by '=' ("MOUSE=") is that very form and takes no ending;
// a phrase without the closing '_' is read as before (one word: a stem).
// Only actors of a TABARI project (`dict::Actor::stems`) read so: PETRARCH
// and native actors are matched as written.
#ifndef KHALDUN_CODE_TABARI_NOUN_ENDINGS_H_
#define KHALDUN_CODE_TABARI_NOUN_ENDINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "dict/actor.h"
#include "dict/phrase.h"

namespace khaldun {

// The word keys of `phrase` (as PhraseKeys gives them) with its last word
// taking TABARI's noun ending "S", when `actor` is a TABARI actor and
// `phrase` is closed by '_'; nullopt otherwise.
std::optional<std::vector<std::string>> TabariNounEndingKeys(const dict::Actor& actor, const dict::Phrase& phrase);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_NOUN_ENDINGS_H_
