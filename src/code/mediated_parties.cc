#include "code/mediated_parties.h"

#include <algorithm>

#include "base/same_text.h"

namespace khaldun::sentence_coding {

void MediatedParties(const NpMentions& t, const std::vector<ActorMention>& mentions, uint32_t c,
                     const std::vector<int32_t>& sources, std::vector<int32_t>* targets) {
  const SentenceAnalysis& analysis = t.analysis;
  const Clause& clause = analysis.clauses[c];
  // ("Talks between Iran and the US ended, with Oman acting as mediator":
  // an active participle mediates the news of the clause it hangs from.)
  const bool active_participle =
      !clause.verb.passive && clause.kind == ClauseKind::kParticipial && clause.parent_clause != kNone;
  if (!active_participle && (!clause.verb.passive || clause.antecedent_np == kNone ||
                             (clause.kind != ClauseKind::kParticipial && clause.kind != ClauseKind::kRelative))) {
    return;
  }
  // The clause the phrase stands in (the parent, when the phrase was read as
  // this clause's own or none's: "..., in a deal brokered by Trump").
  int32_t home =
      active_participle ? clause.parent_clause : analysis.clause_of_word[analysis.nps[clause.antecedent_np].begin];
  if (home < 0 || home == static_cast<int32_t>(c)) home = clause.parent_clause;
  // Up to the clause that tells the news: "met for their first talks since
  // M23 seized Goma, in a meeting brokered by Qatar" (not the rebels).
  while (home >= 0 && analysis.clauses[home].parent_clause != kNone &&
         (analysis.clauses[home].kind == ClauseKind::kParticipial ||
          analysis.clauses[home].kind == ClauseKind::kRelative ||
          analysis.clauses[home].kind == ClauseKind::kSubordinate)) {
    home = analysis.clauses[home].parent_clause;
  }
  // (Else the nearest above it whose doers a dictionary names.)
  for (int guard = 0; guard < 8 && home >= 0; ++guard, home = analysis.clauses[home].parent_clause) {
    std::vector<int32_t> parties;
    MentionsOf(t, analysis.clauses[home].actor_np(), &parties, /*through_pps=*/true, /*doers_only=*/true);
    std::erase_if(parties, [&](int32_t party) {
      const ActorMention& mention = mentions[party];
      return !mention.resolved() || SameText(mention.how, "place") ||
             std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].code == mention.code; });
    });
    if (!parties.empty()) {
      targets->insert(targets->end(), parties.begin(), parties.end());
      return;
    }
  }
}

}  // namespace khaldun::sentence_coding
