// Nationality lists: "Indian and Chinese soldiers", "Turkish and Swedish
// police", "Canadian, Italian and Belgian leaders". A nationality word
// joined by "and" (or a comma list) to a noun phrase shares that phrase's
// head, and the phrase then stands for every one of those actors. A step of
// ActorMatcher::Match, run after the named actors and agents are found.
#ifndef KHALDUN_CODE_NATIONALITY_LISTS_H_
#define KHALDUN_CODE_NATIONALITY_LISTS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/phrase_index.h"
#include "dict/dated_code.h"
#include "dict/dictionary.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// For each base NP with a resolved mention (`mention_of_np`, per NP) that a
// nationality word before it joins with "and" ("Indian and [Chinese
// soldiers]", "[Chinese and American officials]"), adds a mention for each
// such word (the country that `actor_phrase_at(k, k + 1)` finds in
// `dict` on `date`, with the phrase's role; how "actor+shared head")
// and groups them with the NP's own in `group_of_np`. A country
// abbreviation used as the adjective ("US and South Korean forces") is
// taken into the group and loses its own mention. Writes an "actor:" line
// for each to `trace` (may be null).
void ShareNationalityHeads(const SentenceAnalysis& analysis, const dict::Dictionary& dict, dict::DateNumber date,
                           const std::function<PhraseIndex::Match(uint32_t, uint32_t)>& actor_phrase_at,
                           std::vector<ActorMention>* mentions, std::vector<int32_t>* mention_of_np,
                           std::vector<std::vector<int32_t>>* group_of_np, std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_NATIONALITY_LISTS_H_
