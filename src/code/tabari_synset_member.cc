#include "code/tabari_synset_member.h"

#include "dict/phrase.h"

namespace khaldun {

uint32_t TabariMemberLength(const std::vector<std::string>& member, std::string_view joins,
                            const std::vector<std::string_view>& keys, const std::vector<std::string_view>& lemma_keys,
                            uint32_t position, uint32_t limit) {
  if (member.empty() || joins.size() != member.size() || position >= limit) return 0;
  const size_t last = member.size() - 1;
  const bool stem_last = joins[last] == dict::kJoinGap;
  auto meets = [&](size_t k, uint32_t at) {
    if (keys[at] == member[k] || lemma_keys[at] == member[k]) return true;
    return k == last && stem_last && keys[at].starts_with(member[k]);
  };
  if (!meets(0, position)) return 0;
  uint32_t at = position;
  for (size_t k = 1; k < member.size(); ++k) {
    const bool gap = joins[k - 1] == dict::kJoinGap || joins[k - 1] == dict::kJoinExactGap;
    const uint32_t furthest = at + 1 + (gap ? kTabariMemberMaxGap : 0);
    uint32_t next = at + 1;
    while (next < limit && next <= furthest && !meets(k, next)) ++next;
    if (next >= limit || next > furthest) return 0;
    at = next;
  }
  return at - position + 1;
}

}  // namespace khaldun
