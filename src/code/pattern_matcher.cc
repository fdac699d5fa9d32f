#include "code/pattern_matcher.h"

#include <string_view>

namespace khaldun {
namespace {

// Bounds the search on pathological patterns; real ones are a few tokens.
constexpr int kMaxDepth = 24;

bool SameWord(const MatchContext& context, uint32_t position, const std::string& word) {
  return (*context.keys)[position] == word || (*context.lemma_keys)[position] == word;
}

// Prepositions and particles say less about the event than the nouns they
// introduce: "supply ARMS" should beat "supply (TO +)".
bool IsFunctionWord(const dict::PatternToken& token) {
  static constexpr std::string_view kWords[] = {"TO",   "FOR",  "WITH",    "ON",   "AT",  "IN",   "OF",
                                                "FROM", "BY",   "AGAINST", "INTO", "OVER", "ABOUT", "AS",
                                                "THE",  "A",    "AN",      "UP",   "OUT", "OFF",  "DOWN"};
  if (token.kind != dict::PatternToken::Kind::kWord) return false;
  for (std::string_view word : kWords) {
    if (token.text == word) return true;
  }
  return false;
}

}  // namespace

uint32_t PatternMatcher::WordAt(const dict::PatternToken& token, const MatchContext& context, uint32_t position,
                                uint32_t limit) const {
  if (token.kind == dict::PatternToken::Kind::kWord) {
    return SameWord(context, position, token.text) ? 1 : 0;
  }
  if (token.kind == dict::PatternToken::Kind::kSynset) {
    const CompiledDictionary::SynsetIndex* synset = dictionary_->Synset(token.text);
    if (synset == nullptr) return 0;
    uint32_t best = 0;
    for (const std::string* first : {&(*context.keys)[position], &(*context.lemma_keys)[position]}) {
      auto candidates = synset->by_first_word.find(*first);
      if (candidates == synset->by_first_word.end()) continue;
      for (uint32_t id : candidates->second) {
        const std::vector<std::string>& member = synset->members[id];
        if (position + member.size() > limit || member.size() <= best) continue;
        bool same = true;
        for (size_t k = 1; k < member.size() && same; ++k) same = SameWord(context, position + k, member[k]);
        if (same) best = static_cast<uint32_t>(member.size());
      }
    }
    return best;
  }
  return 0;
}

bool PatternMatcher::MatchSequence(const std::vector<dict::PatternToken>& tokens, size_t index,
                                   const MatchContext& context, uint32_t position, uint32_t limit, PatternFit* fit,
                                   int depth) const {
  if (index == tokens.size()) {
    fit->last_token = std::max(fit->last_token, position);
    return true;
  }
  if (depth > kMaxDepth) return false;
  const dict::PatternToken& token = tokens[index];
  using Kind = dict::PatternToken::Kind;
  switch (token.kind) {
    case Kind::kWord:
    case Kind::kSynset:
      for (uint32_t p = position; p < limit; ++p) {
        uint32_t length = WordAt(token, context, p, limit);
        if (length == 0) continue;
        PatternFit attempt = *fit;
        // "war crimes" beats "crimes"; a content word counts twice a preposition.
        attempt.score += static_cast<int>(length) * (IsFunctionWord(token) ? 1 : 2);
        if (MatchSequence(tokens, index + 1, context, p + length, limit, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
    case Kind::kSource:
    case Kind::kTarget:
    case Kind::kCompound:
    case Kind::kSkip:
      for (uint32_t p = position; p < limit; ++p) {
        int32_t mention = (*context.mention_at)[p];
        if (mention < 0) continue;
        PatternFit attempt = *fit;
        if (token.kind == Kind::kTarget) attempt.target = mention;
        if (token.kind == Kind::kSource || token.kind == Kind::kCompound) attempt.source = mention;
        uint32_t next = std::max<uint32_t>(p + 1, (*context.mentions)[mention].end);
        if (MatchSequence(tokens, index + 1, context, next, limit, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
    case Kind::kAlternatives:
      for (const std::vector<dict::PatternToken>& alternative : token.alternatives) {
        std::vector<dict::PatternToken> rest(alternative);
        rest.insert(rest.end(), tokens.begin() + static_cast<std::ptrdiff_t>(index) + 1, tokens.end());
        PatternFit attempt = *fit;
        if (MatchSequence(rest, 0, context, position, limit, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
  }
  return false;
}

PatternFit PatternMatcher::Fit(const dict::VerbPattern& pattern, const MatchContext& context, uint32_t before_begin,
                               uint32_t verb, uint32_t after_begin, uint32_t after_end) const {
  PatternFit fit;
  fit.last_token = after_begin;
  if (!pattern.before.empty() &&
      !MatchSequence(pattern.before, 0, context, before_begin, verb, &fit, 0)) {
    return PatternFit();
  }
  fit.last_token = after_begin;
  if (!MatchSequence(pattern.after, 0, context, after_begin, after_end, &fit, 0)) return PatternFit();
  fit.matched = true;
  return fit;
}

}  // namespace khaldun
