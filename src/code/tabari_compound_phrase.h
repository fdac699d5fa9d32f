// TABARI's compound phrase after a possessive actor.
//
// TABARI takes "and" for the joint of a compound phrase unless the word
// after it is one its <NOUN> or <ADJECTIVE> lists name ("Rohan's brave and
// bold envoys": BOLD listed, no compound). When a compound is made right
// after a possessive actor ("Rohan's envoys and scouts of Gondor", SCOUTS
// not listed), TABARI does not code the phrase before the "and": the
// actor there, and the roles it owns, are no actors; the phrase after it
// is ("... of Gondor" acts). Applied when every verb is TABARI's and the
// dictionaries have such lists.
#ifndef KHALDUN_CODE_TABARI_COMPOUND_PHRASE_H_
#define KHALDUN_CODE_TABARI_COMPOUND_PHRASE_H_

#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "dict/dictionary.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Clears the code of the mentions of the phrase before such an "and"
// (they no longer resolve). `keys` are the sentence's word keys.
void DropTabariCompoundFirstPhrase(const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
                                   const dict::Dictionary& dictionary, std::vector<ActorMention>* mentions,
                                   std::vector<std::string>* trace);

// TABARI skips the words of its <ADJECTIVE> list inside a compound: an
// actor that follows the last of `*members` with only such words between
// ("Rohan and Arnor brave Gondor", BRAVE listed) joins it, up to `end`.
void ExtendTabariCompoundOverAdjectives(const std::vector<std::string_view>& keys, const dict::Dictionary& dictionary,
                                        const std::vector<ActorMention>& mentions, uint32_t end,
                                        std::vector<int32_t>* members);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_COMPOUND_PHRASE_H_
