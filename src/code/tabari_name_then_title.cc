#include "code/tabari_name_then_title.h"

namespace khaldun {

void JoinNameAndTitleAfter(const SentenceAnalysis& analysis, const HoldsEntry& holds_actor,
                           const HoldsEntry& holds_agent, std::vector<uint32_t>* scan_begin,
                           std::vector<int32_t>* absorbed_by) {
  auto usable = [&](int32_t n) {
    return n >= 0 && analysis.nps[n].kind == NounPhraseKind::kBase && !analysis.nps[n].pronoun &&
           (*absorbed_by)[n] < 0;
  };
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& name = analysis.nps[n];
    if (!usable(static_cast<int32_t>(n)) || name.end >= analysis.size()) continue;
    const int32_t next = analysis.np_of_word[name.end];
    if (!usable(next) || analysis.nps[next].begin != name.end || analysis.tags[name.end] != PosTag::kJJ) continue;
    const NounPhrase& title = analysis.nps[next];
    const uint32_t from = (*scan_begin)[n];
    if (!holds_actor(from, name.end) || holds_agent(from, name.end) || holds_actor(title.begin, title.end) ||
        !holds_agent(title.begin, title.end)) {
      continue;
    }
    (*absorbed_by)[n] = next;
    (*scan_begin)[next] = from;
  }
}

}  // namespace khaldun
