#include "code/group_leaders.h"

#include <string_view>

#include "base/same_text.h"

namespace khaldun {

int32_t LeaderNamedAfter(const SentenceAnalysis& analysis, uint32_t n, const std::vector<int32_t>& mention_of_np,
                         const std::vector<ActorMention>& mentions) {
  const uint32_t end = analysis.nps[n].end;
  for (const Clause& clause : analysis.clauses) {
    const uint32_t at = clause.verb.begin;
    if (clause.kind != ClauseKind::kParticipial || clause.agent_np == kNone ||
        (at != end && !(at == end + 1 && analysis.words[end] == ","))) {
      continue;
    }
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    if (!SameTextAsAny(lemma, "lead", "head", "command")) return -1;
    const int32_t m = mention_of_np[clause.agent_np];
    if (m < 0 || !mentions[m].resolved() || SameText(mentions[m].how, "place")) return -1;
    return m;
  }
  return -1;
}

}  // namespace khaldun
