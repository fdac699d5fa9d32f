#include "code/band_members.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/same_text.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

bool IsBand(std::string_view head) {
  // (Only a capital needs a copy: "Crowds of protesters" opening a sentence.)
  if (head.empty() || !std::isupper(static_cast<unsigned char>(head.front()))) {
    return word_classes::IsCollectiveNoun(head);
  }
  std::string lower(head);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return word_classes::IsCollectiveNoun(lower);
}

// The object of the first "of" phrase of `np`, a base phrase, or kNone.
// (A later "of" phrase is something else.)
int32_t FirstOfObject(const SentenceAnalysis& analysis, const NounPhrase& np) {
  for (uint32_t pp : analysis.indices(np.pps)) {
    if (!SameText(analysis.words[analysis.pps[pp].preposition], "of")) continue;
    const int32_t object = analysis.pps[pp].object_np;
    return object != kNone && analysis.nps[object].kind == NounPhraseKind::kBase ? object : kNone;
  }
  return kNone;
}

}  // namespace

void AbsorbBandsIntoMembers(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                            std::vector<const dict::Agent*>* agent_only, std::vector<int32_t>* absorbed_by) {
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& band = analysis.nps[n];
    if ((*agent_only)[n] == nullptr || (*absorbed_by)[n] >= 0 ||
        !IsBand(analysis.words[band.head])) {
      continue;
    }
    // "a crowd of hundreds of protesters": through numbers to the members.
    int32_t members = FirstOfObject(analysis, band);
    while (members != kNone && (*agent_only)[members] == nullptr && mention_of_np[members] < 0 &&
           IsBand(analysis.words[analysis.nps[members].head])) {
      members = FirstOfObject(analysis, analysis.nps[members]);
    }
    if (members == kNone || ((*agent_only)[members] == nullptr && mention_of_np[members] < 0)) continue;
    (*agent_only)[n] = nullptr;
    (*absorbed_by)[n] = members;
  }
}

}  // namespace khaldun
