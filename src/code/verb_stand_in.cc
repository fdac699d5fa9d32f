#include "code/verb_stand_in.h"

#include <algorithm>

#include "base/same_text.h"

namespace khaldun {

bool IsWeakDefault(const ClauseCode& coded) {
  return coded.found && coded.pattern == nullptr && coded.code.primary.ends_with('?');
}

bool CodesSomething(const ClauseCode& coded) {
  return coded.found && (coded.pattern != nullptr || (!coded.code.primary.empty() && !SameText(coded.code.primary, "---") &&
                                                      !IsWeakDefault(coded)));
}

std::optional<VerbStandIn> FindVerbStandIn(const CompiledDictionary& dictionary, const ClauseCoder& coder,
                                           const SentenceAnalysis& analysis, const MatchContext& context,
                                           uint32_t c, const ClauseReach& reach, bool own_verb_codes,
                                           const std::function<bool(uint32_t)>& verb_codes) {
  if (!dictionary.HasTabariVerbs()) return std::nullopt;
  const Clause& clause = analysis.clauses[c];
  // A verb that codes yields only to a listed word of its group before it.
  const uint32_t end = own_verb_codes ? clause.verb.main_verb : reach.after_end;
  for (uint32_t word = clause.verb.begin; word < end; ++word) {
    // A word the tagger calls a verb heads a clause of its own (or is this
    // one's); a modal is a verb to TABARI ("SHOULD").
    if (word == clause.verb.main_verb || IsVerb(analysis.tags[word]) ||
        analysis.clause_of_word[word] != static_cast<int32_t>(c)) {
      continue;
    }
    ClauseCode code = coder.Code(context, 0, 0, word, reach.after_end, reach.infinitive_end, reach.governed_end,
                                 {0, 0}, nullptr);
    if (!CodesSomething(code) ||
        dictionary.dictionary().verb_families[code.family].syntax != dict::PatternSyntax::kTabari) {
      continue;
    }
    if (VerbCodedBefore(analysis, c, word, verb_codes)) return std::nullopt;
    return VerbStandIn{word, code};
  }
  return std::nullopt;
}

std::optional<VerbStandIn> FindLooseVerb(const CompiledDictionary& dictionary, const ClauseCoder& coder,
                                         const SentenceAnalysis& analysis, const MatchContext& context,
                                         const std::function<bool(uint32_t)>& verb_codes) {
  if (!dictionary.HasTabariVerbs()) return std::nullopt;
  for (uint32_t word = 0; word < analysis.size(); ++word) {
    if (analysis.clause_of_word[word] != kNone) continue;
    const uint32_t end = LooseVerbEnd(analysis, word);
    ClauseCode code = coder.Code(context, 0, 0, word, end, end, end, {0, 0}, nullptr);
    if (!CodesSomething(code) ||
        dictionary.dictionary().verb_families[code.family].syntax != dict::PatternSyntax::kTabari) {
      continue;
    }
    if (VerbCodedBefore(analysis, static_cast<uint32_t>(kNone), word, verb_codes)) return std::nullopt;
    return VerbStandIn{word, code};
  }
  return std::nullopt;
}

uint32_t LooseVerbEnd(const SentenceAnalysis& analysis, uint32_t word) {
  uint32_t end = analysis.size();
  for (const Clause& clause : analysis.clauses) {
    if (clause.begin > word) end = std::min(end, clause.begin);
  }
  return end;
}

bool VerbCodedBefore(const SentenceAnalysis& analysis, uint32_t c, uint32_t word,
                     const std::function<bool(uint32_t)>& verb_codes) {
  for (uint32_t d = 0; d < analysis.clauses.size(); ++d) {
    if (d != c && analysis.clauses[d].verb.main_verb < word && verb_codes(d)) return true;
  }
  return false;
}

uint32_t PartOpening(const SentenceAnalysis& analysis, uint32_t c) {
  uint32_t top = c;
  for (int depth = 0; depth < 16; ++depth) {
    const int32_t parent = analysis.clauses[top].parent_clause;
    if (parent == kNone || analysis.clauses[parent].begin > analysis.clauses[top].begin) break;
    top = static_cast<uint32_t>(parent);
  }
  return top;
}

bool FirstVerbOfLaterMainClause(const SentenceAnalysis& analysis, uint32_t c, uint32_t word,
                                const std::function<bool(uint32_t)>& verb_codes) {
  const uint32_t top = PartOpening(analysis, c);
  const Clause& opening = analysis.clauses[top];
  if (opening.parent_clause != kNone || opening.kind != ClauseKind::kMain || opening.begin == 0) return false;
  for (uint32_t d = 0; d < analysis.clauses.size(); ++d) {
    const uint32_t other = analysis.clauses[d].verb.main_verb;
    if (d != c && other >= opening.begin && other < word && verb_codes(d)) return false;
  }
  return true;
}

Clause WithVerbAt(const Clause& parsed, uint32_t word) {
  Clause clause = parsed;
  clause.verb = VerbGroup{};
  clause.verb.begin = word;
  clause.verb.end = word + 1;
  clause.verb.main_verb = word;
  clause.verb.lemma = word;
  clause.verb.tense = parsed.verb.tense;
  return clause;
}

}  // namespace khaldun
