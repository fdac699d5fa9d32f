#include "code/tabari_pronouns.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace khaldun {

bool IsTabariPersonalPronoun(std::string_view word) {
  if (word.size() < 2 || word.size() > 4) return false;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "he" || lower == "she" || lower == "it" || lower == "they" || lower == "him" || lower == "her" ||
         lower == "them";
}

int32_t PossessedActor(const std::vector<ActorMention>& mentions, int32_t m, uint32_t end) {
  const ActorMention& possessor = mentions[m];
  for (uint32_t other = 0; other < mentions.size(); ++other) {
    const ActorMention& possessed = mentions[other];
    if (possessed.how == "possessor+agent" && possessed.resolved() && possessed.begin >= possessor.end &&
        possessed.begin <= possessor.end + 1 && possessed.end <= end) {
      return static_cast<int32_t>(other);
    }
  }
  return m;
}

namespace {

// The mentions of the sentence's first actor and of those coordinated with
// it: the members of the coordination holding its NP, else the actors its
// own NP stands for.
std::vector<int32_t> FirstActorGroup(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                                     const std::vector<int32_t>& mention_of_np,
                                     const std::vector<std::vector<int32_t>>& group_of_np) {
  int32_t first = -1;
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    const ActorMention& mention = mentions[m];
    if (!mention.resolved() || mention.how == "place" || mention.how == "pronoun") continue;
    if (first < 0 || mention.begin < mentions[first].begin) first = static_cast<int32_t>(m);
  }
  if (first < 0) return {};
  first = PossessedActor(mentions, first, UINT32_MAX);
  const int32_t np = mentions[first].np;
  std::vector<int32_t> out;
  auto add_np = [&](uint32_t member) {
    if (group_of_np[member].empty()) {
      if (mention_of_np[member] >= 0) out.push_back(mention_of_np[member]);
    } else {
      out.insert(out.end(), group_of_np[member].begin(), group_of_np[member].end());
    }
  };
  for (const NounPhrase& coordination : analysis.nps) {
    if (coordination.kind != NounPhraseKind::kCoordination || np < 0) continue;
    const auto members = analysis.indices(coordination.members);
    if (std::find(members.begin(), members.end(), static_cast<uint32_t>(np)) == members.end()) continue;
    for (uint32_t member : members) add_np(member);
    break;
  }
  if (out.empty() && np >= 0) add_np(static_cast<uint32_t>(np));
  std::erase_if(out, [&](int32_t m) { return !mentions[m].resolved() || mentions[m].how == "place"; });
  if (std::find(out.begin(), out.end(), first) == out.end()) out.insert(out.begin(), first);
  return out;
}

}  // namespace

void ResolveTabariPronouns(const SentenceAnalysis& analysis, std::vector<ActorMention>* mentions,
                           std::vector<int32_t>* mention_of_np, std::vector<std::vector<int32_t>>* group_of_np,
                           std::vector<std::string>* trace) {
  const std::vector<int32_t> group = FirstActorGroup(analysis, *mentions, *mention_of_np, *group_of_np);
  if (group.empty()) return;
  uint32_t group_begin = (*mentions)[group.front()].begin;
  for (int32_t m : group) group_begin = std::min(group_begin, (*mentions)[m].begin);
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (!np.pronoun || np.kind != NounPhraseKind::kBase || np.begin < group_begin ||
        !IsTabariPersonalPronoun(analysis.words[np.head])) {
      continue;
    }
    std::vector<int32_t> copies;
    for (int32_t m : group) {
      ActorMention copy = (*mentions)[m];
      copy.np = static_cast<int32_t>(n);
      copy.begin = np.begin;
      copy.end = np.end;
      copy.how = "pronoun";
      // The pronoun's own mention, if the actor matcher made one, becomes
      // the first copy, so that no other reading of it is left behind.
      const int32_t own = (*mention_of_np)[n];
      if (copies.empty() && own >= 0 && (*mentions)[own].np == static_cast<int32_t>(n)) {
        (*mentions)[own] = std::move(copy);
        copies.push_back(own);
      } else {
        copies.push_back(static_cast<int32_t>(mentions->size()));
        mentions->push_back(std::move(copy));
      }
    }
    (*mention_of_np)[n] = copies.front();
    (*group_of_np)[n] = copies.size() > 1 ? copies : std::vector<int32_t>{};
    if (trace != nullptr) {
      std::string codes;
      for (int32_t m : copies) codes += (codes.empty() ? "" : " + ") + (*mentions)[m].code;
      trace->push_back("actor: [" + std::string(analysis.words[np.head]) + "] -> " + codes +
                       " (TABARI: a pronoun is the sentence's first actor)");
    }
  }
}

}  // namespace khaldun
