// TabariSynsetMember: how a TABARI synset member of several words meets the
// text.
//
// TABARI reads a synset member as it reads its other phrases: a blank
// between two words lets other words come between them ("+AUSTRIAN
// FLORIN" meets "Austrian gold florin"), a '_' wants the next word right
// after ("+JAVANESE_YEN"), and a last word written without a closing '_'
// is a stem ("YEN" meets "yens"). Khaldun's other formats read a member's
// words as consecutive whole words.
#ifndef KHALDUN_CODE_TABARI_SYNSET_MEMBER_H_
#define KHALDUN_CODE_TABARI_SYNSET_MEMBER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun {

// At most this many words in a blank between two words of a member, as in
// TABARI's actor phrases (GappedPhrases::kMaxGap).
inline constexpr uint32_t kTabariMemberMaxGap = 4;

// The number of text words, from `position`, that `member` (word keys) with
// `joins` (dict::Phrase::joins: joins[i] follows member[i]) spans, ending
// before `limit`, or 0 when it does not meet them. A text word meets a member
// word when its key or its lemma's key (`keys`, `lemma_keys`, per text word)
// is that word, or, for a last word that is a stem, when its key begins
// with it. The first word must be at `position`.
uint32_t TabariMemberLength(const std::vector<std::string>& member, std::string_view joins,
                            const std::vector<std::string_view>& keys, const std::vector<std::string_view>& lemma_keys,
                            uint32_t position, uint32_t limit);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_SYNSET_MEMBER_H_
