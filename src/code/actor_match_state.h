// What the steps of ActorMatcher::Match share (code/actor_references.h,
// code/sentence_country.h, code/agent_accumulation.h): the mentions found so
// far in one sentence, how an actor code takes an agent's, and how well an
// actor entry fits the document date.
#ifndef KHALDUN_CODE_ACTOR_MATCH_STATE_H_
#define KHALDUN_CODE_ACTOR_MATCH_STATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/same_text.h"
#include "code/actor_matcher.h"
#include "code/actor_mention.h"
#include "code/roles.h"
#include "code/tabari_agent_codes.h"
#include "dict/dated_code.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// The actor mentions of one sentence as ActorMatcher::Match finds them: the
// caller's output vectors, which every step reads and extends.
struct MatchedMentions {
  const SentenceAnalysis& analysis;
  std::vector<ActorMention>& mentions;
  // One entry per NP: an index into `mentions`, or -1.
  std::vector<int32_t>& mention_of_np;
  // Null when not tracing.
  std::vector<std::string>* trace;

  // Appends `mention` as NP `np`'s mention (its np set, mention_of_np[np]
  // pointing at it) and traces "actor: [words] -> code (how)". Moved in
  // once: a mention is costly to move.
  void Add(ActorMention&& mention, int32_t np) {
    mention.np = np;
    if (trace != nullptr) {
      trace_lines.resize(mentions.size(), kNoLine);
      trace_lines.push_back(trace->size());
      trace->push_back(TraceLine(mention));
    }
    mention_of_np[np] = static_cast<int32_t>(mentions.size());
    mentions.push_back(std::move(mention));
  }

  // Rewrites each mention's "actor:" line with the code and how it ended
  // with: later steps resolve what was first only a role ("civilians" ->
  // ISRCVL, harmed country+agent).
  void RetraceFinalCodes() {
    if (trace == nullptr) return;
    for (size_t m = 0; m < trace_lines.size() && m < mentions.size(); ++m) {
      if (trace_lines[m] != kNoLine && trace_lines[m] < trace->size()) (*trace)[trace_lines[m]] = TraceLine(mentions[m]);
    }
  }

  static constexpr size_t kNoLine = static_cast<size_t>(-1);
  std::string TraceLine(const ActorMention& mention) const {
    return "actor: [" + analysis.Text(mention.begin, mention.end) + "] -> " + mention.code + " (" + std::string(mention.how) + ")";
  }
  // Per mention: the index of its "actor:" line in `trace`, or kNoLine
  // (filled by Add).
  std::vector<size_t> trace_lines = {};
};

// CombineCodes, or with TABARI's dictionaries (`tabari_codes`, which join
// codes block by block) TabariCombineCodes.
inline std::string CombineCodesFor(bool tabari_codes, const std::string& actor, const dict::Agent& agent) {
  return tabari_codes ? TabariCombineCodes(actor, agent) : CombineCodes(actor, agent);
}

// How well actor entry `a` of `dict` fits `date`: 0 when it has no code then
// (or "---"), 1 when only its undated default holds, 2 when a dated code
// holds on the date.
inline int ActorFitOnDate(const dict::Dictionary& dict, uint32_t a, dict::DateNumber date) {
  const dict::DatedCode* code = dict::ResolveCode(dict.actors[a].codes, date);
  if (code == nullptr || SameText(code->code, "---")) return 0;
  return code->when.kind == dict::DateRestriction::Kind::kAlways ? 1 : 2;
}

// Whether actor entry `a`'s code on `date` belongs to `country`.
inline bool NamesCountry(const dict::Dictionary& dict, uint32_t a, dict::DateNumber date, std::string_view country) {
  const dict::DatedCode* code = dict::ResolveCode(dict.actors[a].codes, date);
  return code != nullptr && CountryPart(code->code) == country;
}

// Whether a word before `np`'s head passes `is_word`: "two *foreign*
// tankers", "the *international* community".
template <typename IsWord>
bool HasModifier(const SentenceAnalysis& analysis, const NounPhrase& np, IsWord is_word) {
  for (uint32_t k = np.begin; k < np.head; ++k) {
    if (is_word(analysis.words[k])) return true;
  }
  return false;
}

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACTOR_MATCH_STATE_H_
