// In which order TABARI tries a verb's patterns that fit equally well: its
// plain patterns first, then those with alternatives ("* RESIST { TO THE
// END | TO THE DEATH }"), then those naming a synset ("* &COIN"), each
// group in the order listed. A pattern of an earlier tier beats one of a
// later tier that fits as well; the clause coder applies this to TABARI's
// own patterns only.
#ifndef KHALDUN_CODE_TABARI_PATTERN_TIER_H_
#define KHALDUN_CODE_TABARI_PATTERN_TIER_H_

#include <vector>

#include "dict/verb_pattern.h"

namespace khaldun {

// Whether `tokens` (or `pattern`) name a synset ("&COIN"), inside
// alternatives too.
bool NamesASynset(const std::vector<dict::PatternToken>& tokens);
bool NamesASynset(const dict::VerbPattern& pattern);

// 0 for a plain pattern, 1 for one with alternatives but no synset, 2 for
// one naming a synset: a lower tier is tried first.
int TabariPatternTier(const dict::VerbPattern& pattern);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_PATTERN_TIER_H_
