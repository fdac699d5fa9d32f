#include "code/tabari_compound_phrase.h"

#include <algorithm>

#include "code/word_key.h"

namespace khaldun {
namespace {

// How far after the possessive an "and" may lie: a word or two of the
// phrase, as TABARI's compounds are read.
constexpr uint32_t kMaxPhraseWords = 3;

// Whether `key` is a word of TABARI's <NOUN> or <ADJECTIVE> lists (or,
// with `adjectives_only`, of the latter).
bool Listed(const dict::Dictionary& dictionary, std::string_view key, bool adjectives_only = false) {
  for (const dict::WordList& list : dictionary.word_lists) {
    if ((list.name != "NOUN" || adjectives_only) && list.name != "ADJECTIVE") continue;
    for (const dict::WordListEntry& entry : list.entries) {
      if (entry.phrase.words.size() == 1 && WordKey(entry.phrase.words[0]) == key) return true;
    }
  }
  return false;
}

}  // namespace

void DropTabariCompoundFirstPhrase(const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
                                   const dict::Dictionary& dictionary, std::vector<ActorMention>* mentions,
                                   std::vector<std::string>* trace) {
  if (dictionary.word_lists.empty()) return;
  int32_t first = -1;
  for (uint32_t m = 0; m < mentions->size(); ++m) {
    const ActorMention& mention = (*mentions)[m];
    if (mention.resolved() && (first < 0 || mention.begin < (*mentions)[first].begin)) first = static_cast<int32_t>(m);
  }
  if (first < 0) return;
  const uint32_t possessive = (*mentions)[first].end;
  if (possessive >= keys.size() || keys[possessive] != "'S") return;
  for (uint32_t k = possessive + 2; k <= possessive + kMaxPhraseWords && k + 1 < keys.size(); ++k) {
    if (keys[k] != "AND") continue;
    const uint32_t next = k + 1;
    const bool actor_next = std::any_of(mentions->begin(), mentions->end(), [&](const ActorMention& m) {
      return m.begin == next && m.resolved();
    });
    const std::string_view word = analysis.words[next];
    if (actor_next || Listed(dictionary, keys[next]) || word == "the" || word == "a" || word == "an") return;
    for (ActorMention& mention : *mentions) {
      if (mention.end <= k && mention.resolved()) {
        if (trace) trace->push_back("TABARI: [" + analysis.Text(mention.begin, mention.end) +
                                    "] lies in the first phrase of a compound: not coded");
        mention.code.clear();
      }
    }
    return;
  }
}

void ExtendTabariCompoundOverAdjectives(const std::vector<std::string_view>& keys, const dict::Dictionary& dictionary,
                                        const std::vector<ActorMention>& mentions, uint32_t end,
                                        std::vector<int32_t>* members) {
  if (dictionary.word_lists.empty() || members->empty()) return;
  for (;;) {
    uint32_t at = 0;
    for (int32_t m : *members) at = std::max(at, mentions[m].end);
    const uint32_t first_adjective = at;
    while (at < end && at < keys.size() && Listed(dictionary, keys[at], /*adjectives_only=*/true)) ++at;
    if (at == first_adjective || at >= end) return;
    int32_t next = -1;
    for (uint32_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin == at && mentions[m].resolved() && mentions[m].end <= end) next = static_cast<int32_t>(m);
    }
    if (next < 0 || std::find(members->begin(), members->end(), next) != members->end()) return;
    members->push_back(next);
  }
}

}  // namespace khaldun
