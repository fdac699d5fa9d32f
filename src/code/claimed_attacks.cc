#include "code/claimed_attacks.h"

#include <algorithm>

#include "base/same_text.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {

int32_t Claimant(const NpMentions& t, const std::vector<ActorMention>& mentions) {
  const SentenceAnalysis& analysis = t.analysis;
  int32_t claimant = -1;
  for (const Clause& clause : analysis.clauses) {
    if (!SameText(analysis.lemma(clause.verb.lemma), "claim") || clause.verb.negated) continue;
    int32_t doer_np = kNone;
    if (clause.verb.passive) {
      doer_np = clause.agent_np;
    } else if (clause.objects.size() > 0) {
      const std::string_view object = analysis.lemma(analysis.nps[*analysis.indices(clause.objects).begin()].head);
      if (SameText(object, "responsibility") || word_classes::IsAssaultNoun(object)) doer_np = clause.actor_np();
    }
    if (doer_np == kNone) continue;
    std::vector<int32_t> doers;
    MentionsOf(t, doer_np, &doers);
    std::erase_if(doers, [&](int32_t m) { return !mentions[m].resolved() || SameText(mentions[m].how, "place"); });
    if (doers.empty()) continue;
    if (claimant >= 0 && mentions[claimant].code != mentions[doers.front()].code) return -1;
    claimant = doers.front();
  }
  return claimant;
}

bool NoNamedDoer(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources) {
  return std::all_of(sources.begin(), sources.end(), [&](int32_t s) {
    return mentions[s].code.starts_with("---") || SameText(mentions[s].how, "sentence country+agent");
  });
}

}  // namespace khaldun::sentence_coding
