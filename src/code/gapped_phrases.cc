#include "code/gapped_phrases.h"

#include <algorithm>

#include "code/word_key.h"

namespace khaldun {
namespace {

// How many text words from `at` unit `unit` takes: its words one per text
// word, or all of them in one text word joined by '_' ("HALF_ELVEN"); 0
// when it does not match there.
uint32_t UnitFit(const std::vector<std::string>& unit, std::span<const std::string_view> keys, uint32_t at,
                 uint32_t limit) {
  if (at >= limit) return 0;
  if (unit.size() > 1) {
    std::string joined;
    for (const std::string& word : unit) joined += (joined.empty() ? "" : "_") + word;
    if (keys[at] == joined) return 1;
  }
  if (at + unit.size() > limit) return 0;
  for (size_t i = 0; i < unit.size(); ++i) {
    if (keys[at + i] != unit[i]) return 0;
  }
  return static_cast<uint32_t>(unit.size());
}

}  // namespace

GappedPhrases::GappedPhrases(const dict::Dictionary& dictionary) {
  // PETRARCH-1 reads its actors files as TABARI does.
  const bool petrarch1 =
      std::any_of(dictionary.verb_families.begin(), dictionary.verb_families.end(),
                  [](const dict::VerbFamily& family) { return family.syntax == dict::PatternSyntax::kPetrarch1; });
  for (uint32_t a = 0; a < dictionary.actors.size(); ++a) {
    if (!dictionary.actors[a].stems && !petrarch1) continue;
    for (const dict::Phrase* phrase : dictionary.actors[a].Phrases()) {
      const size_t words = phrase->words.size();
      if (words < 2 || std::none_of(phrase->joins.begin(), phrase->joins.end() - 1, [](char join) {
            return join == dict::kJoinGap || join == dict::kJoinExactGap;
          })) {
        continue;
      }
      Phrase gapped;
      gapped.actor = a;
      gapped.units.emplace_back();
      for (size_t i = 0; i < words; ++i) {
        gapped.units.back().push_back(WordKey(phrase->words[i]));
        const bool gap = phrase->joins[i] == dict::kJoinGap || phrase->joins[i] == dict::kJoinExactGap;
        if (gap && i + 1 < words) gapped.units.emplace_back();
      }
      phrases_.push_back(std::move(gapped));
    }
  }
}

std::vector<GappedPhrases::Match> GappedPhrases::MatchesAt(std::span<const std::string_view> keys, uint32_t at,
                                                           uint32_t limit) const {
  std::vector<Match> out;
  for (const Phrase& phrase : phrases_) {
    uint32_t next = at + UnitFit(phrase.units[0], keys, at, limit);
    if (next == at) continue;
    for (size_t u = 1; u < phrase.units.size() && next > at; ++u) {
      uint32_t found = 0;
      for (uint32_t t = next; t < limit && t <= next + kMaxGap && found == 0; ++t) {
        const uint32_t fit = UnitFit(phrase.units[u], keys, t, limit);
        if (fit > 0) found = t + fit;
      }
      next = found == 0 ? at : found;
    }
    if (next > at) out.push_back({phrase.actor, next - at});
  }
  return out;
}

}  // namespace khaldun
