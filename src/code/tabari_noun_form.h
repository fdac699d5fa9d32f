// TABARI's noun-or-verb test by form.
//
// TABARI has no tagger. A word its verbs file lists is no verb when a
// determiner ("the", "a", "an") comes right before it ("a pledge", "the
// warning"), when it takes a noun's ending ("pledge's"), or when it is
// capitalized past the sentence's first word in a sentence not written all
// in capitals ("... is about To Pledge aid": a title, a name). Khaldun follows it when every verb is TABARI's
// (CompiledDictionary::HasOnlyTabariVerbs): such a word neither is nor
// stands in for a clause's verb.
#ifndef KHALDUN_CODE_TABARI_NOUN_FORM_H_
#define KHALDUN_CODE_TABARI_NOUN_FORM_H_

#include <cstdint>

#include "code/pattern_matcher.h"

namespace khaldun {

// True when the word at `token` reads as a noun to TABARI by its form.
// Without the words as written (`context.words` null) only the
// determiner is consulted.
bool TabariReadsAsNoun(const MatchContext& context, uint32_t token);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_NOUN_FORM_H_
