#include "code/nationality_lists.h"

#include <algorithm>

#include "base/same_text.h"

namespace khaldun {
namespace {

// Whether NP `n` is a lone capitalised abbreviation of two or three letters
// ("US", "the UK", "EU"), which news uses as an adjective before "and".
bool IsCountryAbbreviation(const SentenceAnalysis& analysis, uint32_t n) {
  const NounPhrase& np = analysis.nps[n];
  const bool the = analysis.words[np.begin] == "the" || analysis.words[np.begin] == "The";
  if (np.end != np.begin + (the ? 2 : 1)) return false;
  const std::string_view word = analysis.words[np.end - 1];
  if (word.size() < 2 || word.size() > 3) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

void ShareNationalityHeads(const SentenceAnalysis& analysis, const dict::Dictionary& dict, dict::DateNumber date,
                           const std::function<PhraseIndex::Match(uint32_t, uint32_t)>& actor_phrase_at,
                           std::vector<ActorMention>* mentions, std::vector<int32_t>* mention_of_np,
                           std::vector<std::vector<int32_t>>* group_of_np, std::vector<std::string>* trace) {
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    const int32_t own = (*mention_of_np)[n];
    if (own < 0 || np.kind != NounPhraseKind::kBase || !(*mentions)[own].resolved()) continue;
    auto is_and = [&](uint32_t k) { return SameTextAsAny(analysis.words[k], "and", "or"); };
    // The other nationality is outside the phrase ("Indian and [Chinese
    // soldiers]") or inside it, where the chunker joined coordinated
    // adjectives ("[Chinese and American officials]").
    uint32_t word = analysis.size();
    int32_t abbreviation = kNone;
    if (np.begin >= 2 && is_and(np.begin - 1)) {
      word = np.begin - 2;
      const int32_t covering = analysis.np_of_word[word];
      if (covering >= 0 && (*mention_of_np)[covering] >= 0) {
        // An actor of its own ("Pakistan and Indian soldiers"), unless it is
        // a country's abbreviation used as an adjective: "US and South
        // Korean forces" are American forces too; or an adjective ending a
        // phrase with no noun of its own: "16,000 American and Filipino troops".
        const bool adjective_alone =
            analysis.tags[word] == PosTag::kJJ && analysis.nps[covering].end == word + 1;
        if (!adjective_alone && !IsCountryAbbreviation(analysis, static_cast<uint32_t>(covering))) continue;
        abbreviation = covering;
      }
    } else {
      for (uint32_t k = np.begin; k + 1 < (*mentions)[own].begin && k + 1 < np.head; ++k) {
        if (is_and(k + 1)) word = k;
      }
    }
    if (word >= analysis.size()) continue;
    // "Canadian, Italian and Belgian leaders": the list may go on before it,
    // each member set off by a comma and in no phrase of its own.
    uint32_t first = std::min(word, np.begin);
    std::vector<int32_t> group;
    for (uint32_t at = word;;) {
      const PosTag tag = analysis.tags[at];
      if (tag != PosTag::kJJ && tag != PosTag::kNNP) break;
      PhraseIndex::Match other = actor_phrase_at(at, at + 1);
      if (other.length == 0) break;
      const dict::DatedCode* code = dict::ResolveCode(dict.actors[other.payload].codes, date);
      const ActorMention& shared = (*mentions)[own];
      if (code->code.size() != 3 || shared.code.compare(0, 3, code->code) == 0) break;
      ActorMention mention = shared;
      mention.begin = at;
      mention.end = at + 1;
      // The role comes along whether an agent or one dictionary phrase gave
      // it: "Indian and [Chinese troops]" -> INDMIL; but not a named group's
      // own role: "Israeli and [Hamas] delegations" is no Israeli rebel; a
      // state's forces named before the head are forces of both: "Jordanian
      // and [Egyptian military] planes".
      const bool phrase_has_head = shared.end > np.head;
      const bool role = SameText(shared.how, "actor+agent") ||
                        (SameText(shared.how, "actor") && shared.code.size() == 6 &&
                         (phrase_has_head || shared.code.compare(3, 3, "MIL") == 0));
      mention.code = code->code + (role ? shared.code.substr(3) : "");
      mention.how = "actor+shared head";
      mention.entries.insert(mention.entries.begin(),
                             code->where.line ? code->where : dict.actors[other.payload].name.where);
      mention.np = static_cast<int32_t>(n);
      if (trace != nullptr) {
        trace->push_back("actor: [" + analysis.Text(at, at + 1) + "] -> " + mention.code + " (" + std::string(mention.how) + ")");
      }
      group.push_back(static_cast<int32_t>(mentions->size()));
      mentions->push_back(std::move(mention));
      if (first < 2 || analysis.words[first - 1] != "," || analysis.np_of_word[first - 2] != kNone) break;
      at = first = first - 2;
    }
    if (group.empty()) continue;
    group.push_back(own);
    (*group_of_np)[n] = std::move(group);
    if (abbreviation != kNone) (*mention_of_np)[abbreviation] = -1;  // the group names it now
  }
}

}  // namespace khaldun
