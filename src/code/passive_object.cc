#include "code/passive_object.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/mutual_codes.h"
#include "code/negation.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {

bool FindPassiveDoers(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::string& code, bool petrarch2, std::vector<int32_t>* sources) {
  const SentenceAnalysis& analysis = t.analysis;
  if (sources->empty()) MentionsOf(t, clause.agent_np, sources);
  if (sources->empty() && clause.agent_np != kNone &&
      word_classes::IsCollectiveNoun(analysis.words[analysis.nps[clause.agent_np].head])) {
    MentionsOf(t, clause.agent_np, sources, /*through_pps=*/true, /*doers_only=*/true);
  }
  if (sources->empty()) MentionsOf(t, DoerBehindInstrument(analysis, clause.agent_np), sources);
  if (sources->empty()) {
    for (uint32_t pp : analysis.indices(clause.preps)) {
      if (!IsLocative(analysis.words[analysis.pps[pp].preposition])) continue;
      MentionsOf(t, DoerBehindInstrument(analysis, analysis.pps[pp].object_np), sources);
      if (!sources->empty()) break;
      // (A name that is the phrase's head is a place, and so is a place
      // noun's phrase: "abducted in the Kenyan capital" names no abductor.)
      const int32_t object = analysis.pps[pp].object_np;
      const int32_t named = object == kNone ? -1 : t.mention_of_np[object];
      if (named >= 0 && mentions[named].begin <= analysis.nps[object].head &&
          analysis.nps[object].head < mentions[named].end) {
        continue;
      }
      if (object != kNone && word_classes::IsPlaceNoun(analysis.words[analysis.nps[object].head])) continue;
      MentionsOf(t, object, sources);
      if (!sources->empty()) break;
    }
  }
  if (!sources->empty() || !petrarch2 || clause.agent_np != kNone) return false;
  // PETRARCH-2 reads a passive's doer off the rest of its verb phrase:
  // "Rohan was blamed over its quarrel with Gondor" is Gondor's act.
  PassiveDoerInPhrases(t, mentions, clause, sources);
  if (sources->empty() && IsForceRoot(CodeRoot(code))) ForceFromPlace(t, clause, sources);
  if (!sources->empty() || !SameText(CodeRoot(code), "15")) return false;
  MentionsOf(t, clause.actor_np(), sources);
  std::erase_if(*sources, [&](int32_t m) {
    return !mentions[m].resolved() || mentions[m].code.size() < 6 ||
           !IsForceRole(std::string_view(mentions[m].code).substr(3));
  });
  return !sources->empty();
}

void AimPassiveObject(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::string& code, bool carries_out_deed, std::vector<int32_t>* sources,
                      std::vector<int32_t>* targets) {
  // Coercion and force are done to whom they name, whatever the family:
  // "two soldiers were captured by Hamas" is aimed at the soldiers.
  const std::string_view root = CodeRoot(code);
  const bool deed_family = carries_out_deed && !(root >= "17" && root <= "20");
  const SentenceAnalysis& analysis = t.analysis;
  // Nor is anyone known only by a role ("troops were sent to Mali"): the
  // search goes on, as the active's goes on past its object.
  // Nor the doer where force came from ("fired from Lebanon at Israel").
  auto keep_aimed = [&](std::vector<int32_t>* found) {
    std::erase_if(*found, [&](int32_t m) {
      return !mentions[m].resolved() || (!PlaceCanBeTarget(code) && SameText(mentions[m].how, "place")) ||
             std::find(sources->begin(), sources->end(), m) != sources->end();
    });
  };
  std::vector<int32_t> found;
  const int32_t subject = clause.actor_np();
  if (targets->empty() && !deed_family) {
    MentionsOf(t, subject, &found, /*through_pps=*/true);
    keep_aimed(&found);
  }
  // The deed's own phrases ("sanctions against Iran", "evidence of a plot
  // against Ukraine").
  if (targets->empty() && deed_family && subject != kNone) {
    for (uint32_t pp : analysis.indices(analysis.nps[subject].pps)) {
      MentionsOf(t, analysis.pps[pp].object_np, &found, /*through_pps=*/true);
      keep_aimed(&found);
      if (!found.empty()) break;
    }
  }
  if (targets->empty() && found.empty()) {
    for (uint32_t pp : analysis.indices(clause.preps)) {
      const PrepPhrase& phrase = analysis.pps[pp];
      // The doer is the source; a fronted phrase sets the scene.
      if (phrase.object_np == kNone || phrase.object_np == clause.agent_np ||
          phrase.preposition <= clause.verb.main_verb || analysis.nps[phrase.object_np].temporal) {
        continue;
      }
      MentionsOf(t, phrase.object_np, &found);
      keep_aimed(&found);
      if (!found.empty()) break;
    }
  }
  targets->insert(targets->end(), found.begin(), found.end());
  std::erase_if(*sources, [&](int32_t s) { return std::find(targets->begin(), targets->end(), s) != targets->end(); });
}

bool SubjectSaysNo(const SentenceAnalysis& analysis, const Clause& clause) {
  const int32_t subject = clause.actor_np();
  if (subject == kNone) return false;
  const NounPhrase& phrase = analysis.nps[subject];
  return phrase.determiner != kNone && SameTextAsAny(analysis.words[phrase.determiner], "no", "No", "NO");
}

}  // namespace khaldun::sentence_coding
