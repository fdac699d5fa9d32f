#include "code/group_leaders.h"

#include <string_view>

#include "base/same_text.h"
#include "code/actor_references.h"

namespace khaldun {

namespace {

// Heads that name who leads or speaks for a body and carry no role of their
// own in the dictionaries.
bool IsLeadershipNoun(std::string_view word) {
  return SameTextAsAny(word, "leader", "leaders", "leadership", "chief", "head", "founder", "chairman",
                       "chairwoman", "spokesman", "spokeswoman", "spokesperson");
}

// Whether a group mention can be what `kind` ("its", "their") refers to.
bool FitsPossessive(const ActorMention& mention, PronounKind kind) {
  return mention.resolved() && !mention.person && !SameText(mention.how, "place") &&
         !(kind == PronounKind::kGroupSingular && mention.plural);
}

// Verbs by which a state or body makes people its own agents where they go.
bool IsSendingVerb(std::string_view lemma) {
  return SameTextAsAny(lemma, "send", "appoint", "deploy", "dispatch", "station", "name", "nominate", "post");
}

}  // namespace

int32_t PrincipalNamedAfter(const SentenceAnalysis& analysis, uint32_t n, const std::vector<int32_t>& mention_of_np,
                            const std::vector<ActorMention>& mentions) {
  auto principal = [&](int32_t np) {
    const int32_t m = np != kNone ? mention_of_np[np] : -1;
    return m >= 0 && mentions[m].resolved() && !SameText(mentions[m].how, "place") ? m : -1;
  };
  const uint32_t end = analysis.nps[n].end;
  for (const Clause& clause : analysis.clauses) {
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    // "the envoy the UN appointed", "troops that Russia deployed": who sent them, in a relative clause of them.
    if (clause.kind == ClauseKind::kRelative && clause.antecedent_np == static_cast<int32_t>(n) &&
        !clause.verb.passive && !clause.verb.negated && IsSendingVerb(lemma)) {
      return principal(clause.subject_np);
    }
    const uint32_t at = clause.verb.begin;
    if (clause.kind != ClauseKind::kParticipial || clause.agent_np == kNone ||
        (at != end && !(at == end + 1 && analysis.words[end] == ","))) {
      continue;
    }
    if (!SameTextAsAny(lemma, "lead", "head", "command") && !IsSendingVerb(lemma)) return -1;
    return principal(clause.agent_np);
  }
  return -1;
}

void ResolveLeaderPossessives(const ActorHistory& history, MatchedMentions* found) {
  const SentenceAnalysis& analysis = found->analysis;
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun || np.determiner == kNone || found->mention_of_np[n] >= 0 ||
        !IsLeadershipNoun(analysis.words[np.head])) {
      continue;
    }
    const PronounKind kind = KindOfPronoun(analysis.words[np.determiner]);
    if (kind != PronounKind::kGroup && kind != PronounKind::kGroupSingular) continue;
    int32_t subject = -1;
    if (const int32_t clause = analysis.clause_of_word[np.begin]; clause >= 0) {
      const int32_t subject_np = analysis.clauses[clause].actor_np();
      if (subject_np != kNone) subject = found->mention_of_np[subject_np];
    }
    // A group a dictionary names comes before a role ("seized military
    // facilities"): nearest of each.
    int32_t nearest_named = -1;
    int32_t nearest = -1;
    for (size_t m = 0; m < found->mentions.size(); ++m) {
      const ActorMention& mention = found->mentions[m];
      if (mention.end > np.begin || !FitsPossessive(mention, kind)) continue;
      // "talks under Algerian mediation": a nationality before another
      // noun leads nothing.
      if (mention.np >= 0 && mention.end <= analysis.nps[mention.np].head) continue;
      // A state alone is an "its".
      if (kind == PronounKind::kGroup && mention.code.size() == 3 && !mention.plural) continue;
      // (Nor the same actor named again.)
      if (kind == PronounKind::kGroup && subject >= 0 && !found->mentions[subject].plural &&
          mention.code == found->mentions[subject].code) {
        continue;
      }
      int32_t& best = mention.named ? nearest_named : nearest;
      if (best < 0 || mention.end > found->mentions[best].end) best = static_cast<int32_t>(m);
    }
    if (nearest_named >= 0) nearest = nearest_named;
    const ActorMention* antecedent = nearest >= 0 ? &found->mentions[nearest] : nullptr;
    for (auto it = history.mentions.rbegin(); it != history.mentions.rend() && antecedent == nullptr; ++it) {
      if (FitsPossessive(*it, kind)) antecedent = &*it;
    }
    if (antecedent == nullptr) continue;
    ActorMention mention = *antecedent;
    mention.begin = np.begin;
    mention.end = np.end;
    // "their leader" is one person, "its leadership" a body.
    mention.plural = analysis.tags[np.head] == PosTag::kNNS;
    mention.person = !mention.plural && analysis.words[np.head] != "leadership";
    mention.how = "pronoun";
    found->Add(std::move(mention), static_cast<int32_t>(n));
  }
}

}  // namespace khaldun
