#include "code/attack_tolls.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/negation.h"
#include "code/roles.h"

namespace khaldun::sentence_coding {

bool SettleAttackTolls(const std::vector<ActorMention>& mentions, const std::vector<size_t>& attacks, bool leaving,
                       const std::vector<size_t>& tolls, std::vector<CandidateEvent>* out) {
  bool any = false;
  for (size_t e : tolls) {
    CandidateEvent& toll = (*out)[e];
    // (So is bare coercion, what the attack forced: "forcing medics to evacuate patients", and a release the
    // attack made, no concession: "stormed the National Penitentiary, freeing thousands of inmates".)
    if (!leaving && !IsForceRoot(CodeRoot(toll.code)) && !SameTextAsAny(toll.code, "170", "0841")) continue;
    const auto attack = std::find_if(attacks.begin(), attacks.end(), [&](size_t t) {
      return mentions[(*out)[t].source].code == mentions[toll.source].code;
    });
    if (attack == attacks.end()) continue;
    toll.dropped = true;
    any = true;
    // Those killed in the place struck were who was struck: its own people, or another state's forces there
    // ("attacked Kabul airport, killing 13 US troops"; not "two Indian students" killed in Kyiv).
    CandidateEvent& struck = (*out)[*attack];
    if (IsForceRoot(CodeRoot(toll.code)) && struck.target >= 0 && SameText(mentions[struck.target].how, "place") &&
        toll.target >= 0 &&
        mentions[toll.target].resolved() && !SameText(mentions[toll.target].how, "place") &&
        mentions[toll.target].code.size() > 3 &&
        (mentions[toll.target].code.compare(0, 3, mentions[struck.target].code, 0, 3) == 0 ||
         IsForceRole(std::string_view(mentions[toll.target].code).substr(3)))) {
      struck.target = toll.target;
      struck.notes.push_back("aimed at whom its toll names in the place struck");
    }
  }
  return any;
}

}  // namespace khaldun::sentence_coding
