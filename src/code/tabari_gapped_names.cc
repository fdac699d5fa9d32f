#include "code/tabari_gapped_names.h"

#include "code/actor_match_state.h"

namespace khaldun {
namespace {

// Whether one of words [begin, end) is a comma: TABARI drops what commas
// set off before it reads names ("Elrond, the Lord of Rivendell, ...").
bool HasComma(const SentenceAnalysis& analysis, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k) {
    if (analysis.words[k] == ",") return true;
  }
  return false;
}

}  // namespace

void JoinTabariGappedNames(const SentenceAnalysis& analysis, const GappedPhrases& gapped,
                           const dict::Dictionary& dictionary, dict::DateNumber date,
                           std::span<const std::string_view> keys, std::vector<uint32_t>* scan_begin,
                           std::vector<int32_t>* absorbed_by) {
  if (gapped.empty()) return;
  const auto usable = [&analysis](int32_t n) {
    return n >= 0 && analysis.nps[n].kind == NounPhraseKind::kBase && !analysis.nps[n].pronoun;
  };
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (!usable(static_cast<int32_t>(n)) || (*absorbed_by)[n] >= 0) continue;
    int32_t last = -1;  // the NP the longest such phrase ends in
    for (uint32_t k = (*scan_begin)[n]; k < np.end && last < 0; ++k) {
      for (const GappedPhrases::Match& match : gapped.MatchesAt(keys, k, analysis.size())) {
        const uint32_t end = k + match.length;
        if (end <= np.end || ActorFitOnDate(dictionary, match.actor, date) == 0 || HasComma(analysis, k, end)) {
          continue;
        }
        const int32_t at = analysis.np_of_word[end - 1];
        if (usable(at) && at > last) last = at;
      }
    }
    if (last < 0 || static_cast<uint32_t>(last) <= n) continue;
    for (uint32_t m = 0; m < analysis.nps.size(); ++m) {
      const NounPhrase& between = analysis.nps[m];
      if (m != static_cast<uint32_t>(last) && between.kind == NounPhraseKind::kBase && between.begin >= np.begin &&
          between.begin < analysis.nps[last].begin) {
        (*absorbed_by)[m] = last;
      }
    }
    (*scan_begin)[last] = (*scan_begin)[n];
  }
}

}  // namespace khaldun
