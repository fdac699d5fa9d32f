#include "code/discard_scope.h"

#include <cctype>

namespace khaldun {

bool IsTimeDiscard(const dict::Discard& discard) {
  const std::vector<std::string>& words = discard.phrase.words;
  if (words.empty() || discard.story) return false;
  const std::string& last = words.back();
  if (words.size() >= 2 && (last == "AGO" || last == "LATER" || last == "EARLIER")) return true;
  if (words.size() != 1 || last.size() != 4) return false;
  for (char c : last) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::vector<bool> DiscardedClauses(const SentenceAnalysis& analysis, const dict::Discard& discard, uint32_t at) {
  if (!IsTimeDiscard(discard) || at >= analysis.clause_of_word.size()) return {};
  // The nearest clause holding the phrase that tells background.
  int32_t scope = analysis.clause_of_word[at];
  while (scope != kNone) {
    const ClauseKind kind = analysis.clauses[scope].kind;
    if (kind == ClauseKind::kRelative || kind == ClauseKind::kParticipial || kind == ClauseKind::kSubordinate) break;
    scope = analysis.clauses[scope].parent_clause;
  }
  if (scope == kNone) return {};
  std::vector<bool> out(analysis.clauses.size(), false);
  // Parents come before their children in the clause list, or after: walk
  // up from each clause instead.
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    int32_t k = static_cast<int32_t>(c);
    for (size_t steps = 0; k != kNone && steps <= analysis.clauses.size(); ++steps, k = analysis.clauses[k].parent_clause) {
      if (k == scope) {
        out[c] = true;
        break;
      }
    }
  }
  return out;
}

SentenceDiscards FindDiscards(const PhraseIndex& index, const std::vector<dict::Discard>& discards,
                              const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
                              const std::vector<size_t>& hashes) {
  SentenceDiscards out;
  for (size_t k = 0; k < keys.size(); ++k) {
    const PhraseIndex::Match match = index.Longest(keys, hashes, k, keys.size(), [](uint32_t) { return true; });
    if (match.length == 0) continue;
    out.found.push_back(match.payload);
    const std::vector<bool> clauses = DiscardedClauses(analysis, discards[match.payload], static_cast<uint32_t>(k));
    if (clauses.empty()) {
      out.whole = static_cast<int32_t>(match.payload);
      return out;
    }
    out.clauses.resize(clauses.size(), false);
    for (size_t c = 0; c < clauses.size(); ++c) {
      if (clauses[c]) out.clauses[c] = true;
    }
  }
  return out;
}

}  // namespace khaldun
