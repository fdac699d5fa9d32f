#include "code/mutual_codes.h"

#include <algorithm>
#include <string_view>

#include "base/same_text.h"
#include "code/negation.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {

bool MayBorrowATarget(const std::string& code, const Clause& clause) {
  const std::string_view root = CodeRoot(code);
  return root == "08" || root >= std::string_view("17") ||
         (clause.kind == ClauseKind::kParticipial && root >= std::string_view("10") && root <= std::string_view("13")) ||
         (clause.kind == ClauseKind::kSubordinate && (root == "05" || root == "11")) ||
         (clause.kind == ClauseKind::kInfinitival && StartsWithText(NegatedCode(code), "12"));
}

bool StandsWithoutATarget(const std::string& code, bool by_pattern, const Clause& clause, bool state_doers) {
  const std::string_view root = CodeRoot(code);
  // (A refusal stands alone, "will not attend", "refused to extend the deal", but not a deed told as not done:
  // "did not visit it in person".)
  return root == "14" || (root == "12" && (by_pattern || (clause.verb.negated && clause.verb.tense != Tense::kPast))) ||
         (SameTextAsAny(code, "015", "016") && (clause.kind != ClauseKind::kParticipial || by_pattern)) ||
         ((root == "15" || root == "09") && by_pattern) || (SameText(code, "0831") && state_doers) ||
         (SameText(code, "0832") && by_pattern && state_doers) ||
         (SameText(code, "0871") && by_pattern && (!clause.verb.passive || clause.agent_np != kNone));
}

bool IsMutual(const std::string& code) {
  const std::string_view root = CodeRoot(code);
  // Visiting and hosting are not done to each other ("the US, Canada and
  // Mexico will host the World Cup"), nor is mediation ("a truce brokered
  // by the US and France").
  // (Compared in line: see base/same_text.h.)
  if (SameText(root, "04")) return !SameTextAsAny(code, "042", "043", "045");
  return SameText(root, "06") || SameTextAsAny(code, "050", "054", "057", "0871", "087") ||
         SameTextAsAny(code, "190", "193") ||  // "X and Y clashed", "fought with clubs"
         SameText(code, "030") || StartsWithText(code, "031") || SameTextAsAny(code, "032", "036", "037", "0356") ||
         SameTextAsAny(code, "085", "0354");  // "agreed to cut tariffs": on each other's goods
}

bool MadeForOthers(std::string_view lemma) {
  static constexpr std::string_view kProposing[] = {"propose", "offer", "suggest", "submit", "unveil", "table"};
  for (std::string_view verb : kProposing) {
    if (lemma == verb) return true;
  }
  return word_classes::IsBrokerVerb(lemma);
}

bool PlaceCanBeTarget(const std::string& code) {
  const std::string_view root = CodeRoot(code);
  // Not reduced relations (16): "ended their summit in Hanoi" halts nothing
  // with Vietnam.
  // A claim or denial of responsibility is aimed at where the attack hit
  // ("claimed responsibility for a drone attack on Tel Aviv").
  // Aid (07) goes to a place's people: "flew tents and food to Kabul".
  return (CompareText(root, "14") >= 0 && !SameText(root, "16")) || SameText(root, "07") ||
         SameTextAsAny(code, "042", "043", "018", "015", "016") || StartsWithText(code, "087");
}

bool AimedAtItsOwn(const std::string& code, std::string_view source, std::string_view target) {
  return (SameText(CodeRoot(code), "13") && OfOneState(source, target)) ||
         (SameTextAsAny(code, "042", "043") && AtHome(source, target)) ||
         (SameText(CodeRoot(code), "07") && source.size() > 3 && target.size() > 3 && OfOneState(source, target));
}

bool ThreatAtItsOwnState(const std::string& code, const std::vector<ActorMention>& mentions,
                         const std::vector<int32_t>& sources, uint32_t target) {
  return SameText(CodeRoot(code), "13") && std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
           return AimedAtItsOwn(code, mentions[s].code, mentions[target].code);
         });
}

namespace {

// Whether `pp` is a "with" or "against" phrase naming people whose country
// is unknown ("with insurgents"); "against" not for cooperation (`code`
// 01-09): "carried out a joint operation against arms traffickers" is done
// together.
bool AgainstPeopleOfNoKnownCountry(const SentenceAnalysis& analysis, const PrepPhrase& pp, const std::string& code,
                                   const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions) {
  const std::string_view preposition = analysis.words[pp.preposition];
  if (pp.object_np == kNone || !SameTextAsAny(preposition, "with", "against")) return false;
  if (SameText(preposition, "against") && CodeRoot(code) < std::string_view("10")) return false;
  const int32_t m = mention_of_np[pp.object_np];
  return m >= 0 && !mentions[m].resolved();
}

}  // namespace

ObjectsOfTheDeed ReadObjectsOfTheDeed(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                                      uint32_t verb, uint32_t deed_end, const std::vector<int32_t>& mention_of_np,
                                      const std::vector<ActorMention>& mentions) {
  ObjectsOfTheDeed out;
  for (uint32_t pp : analysis.indices(clause.preps)) {
    out.fought_others |= AgainstPeopleOfNoKnownCountry(analysis, analysis.pps[pp], code, mention_of_np, mentions);
  }
  for (uint32_t object : analysis.indices(clause.objects)) {
    const NounPhrase& np = analysis.nps[object];
    const bool deed = np.head > verb && np.head < deed_end;
    if (const int32_t m = mention_of_np[object]; m >= 0 && !mentions[m].resolved() && !deed) out.aimed_at_others = true;
    if (!deed && mention_of_np[object] < 0 && IsForceRoot(CodeRoot(code)) && !np.pronoun) out.aimed_at_others = true;
    if (np.determiner != kNone && SameTextAsAny(analysis.words[np.determiner], "their", "Their")) out.reciprocal = true;
    // "fought street battles with insurgents": the deed's own "with" or
    // "against" phrase names the others.
    for (uint32_t pp : analysis.indices(np.pps)) {
      out.fought_others |= AgainstPeopleOfNoKnownCountry(analysis, analysis.pps[pp], code, mention_of_np, mentions);
    }
    if (np.end - np.begin == 2 && ((analysis.words[np.begin] == "each" && analysis.words[np.begin + 1] == "other") ||
                                   (analysis.words[np.begin] == "one" && analysis.words[np.begin + 1] == "another"))) {
      out.reciprocal = true;
      out.each_other = true;
    }
  }
  out.aimed_at_others = out.aimed_at_others || out.fought_others;
  return out;
}

}  // namespace khaldun::sentence_coding
