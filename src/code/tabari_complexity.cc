#include "code/tabari_complexity.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace khaldun {

namespace {

// The number in "NAME[n]" within `value`, or 0.
unsigned Limit(std::string_view value, std::string_view name) {
  const size_t at = value.find(name);
  if (at == std::string_view::npos) return 0;
  size_t open = at + name.size();
  while (open < value.size() && value[open] == ' ') ++open;
  if (open >= value.size() || value[open] != '[') return 0;
  unsigned n = 0;
  std::from_chars(value.data() + open + 1, value.data() + value.size(), n);
  return n;
}

bool IsConjunctionKey(std::string_view key) { return key == "AND" || key == "OR" || key == "BUT"; }

}  // namespace

TabariComplexity ReadTabariComplexity(std::string_view value) {
  TabariComplexity out;
  out.verbs = Limit(value, "VERBS");
  out.conjunctions = Limit(value, "CONJ");
  out.no_actor_prior = value.find("NOACTPRIOR") != std::string_view::npos;
  return out;
}

std::string TabariTooComplex(const TabariComplexity& limits, const SentenceAnalysis& analysis,
                             const std::vector<std::string_view>& keys, const CompiledDictionary& dictionary,
                             const std::vector<ActorMention>& mentions, const std::vector<CandidateEvent>& candidates) {
  if (limits.verbs > 0) {
    unsigned verbs = 0;
    for (uint32_t i = 0; i < keys.size() && i < analysis.tags.size(); ++i) {
      if (IsVerb(analysis.tags[i]) && (!dictionary.VerbFormsOf(keys[i]).empty() || !dictionary.VerbStemsOf(keys[i]).empty())) {
        ++verbs;
      }
    }
    if (verbs >= limits.verbs) return std::to_string(verbs) + " verbs";
  }
  if (limits.conjunctions > 0) {
    auto actor_ends_at = [&](uint32_t i) {
      return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) { return m.resolved() && m.end == i; });
    };
    auto actor_begins_at = [&](uint32_t i) {
      return std::any_of(mentions.begin(), mentions.end(),
                         [&](const ActorMention& m) { return m.resolved() && m.begin == i; });
    };
    unsigned conjunctions = 0;
    for (uint32_t i = 0; i < keys.size(); ++i) {
      if (IsConjunctionKey(keys[i]) && !(actor_ends_at(i) && actor_begins_at(i + 1))) ++conjunctions;
    }
    if (conjunctions >= limits.conjunctions) return std::to_string(conjunctions) + " conjunctions";
  }
  if (limits.no_actor_prior && !candidates.empty()) {
    uint32_t first_verb = candidates.front().verb_begin;
    for (const CandidateEvent& candidate : candidates) first_verb = std::min(first_verb, candidate.verb_begin);
    const bool actor_before = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.resolved() && m.how != "place" && m.begin < first_verb;
    });
    if (!actor_before) return "no actor before the first verb";
  }
  return "";
}

}  // namespace khaldun
