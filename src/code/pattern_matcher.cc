#include "code/pattern_matcher.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "base/same_text.h"
#include "code/tabari_synset_member.h"
#include "code/target_search.h"
#include "code/word_key.h"
#include "geo/word_list.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// Bounds the search on pathological patterns; real ones are a few tokens.
constexpr int kMaxDepth = 24;

bool SameWord(const MatchContext& context, uint32_t position, const std::string& word) {
  return SameBytes((*context.keys)[position], word) || SameBytes((*context.lemma_keys)[position], word);  // in line
}

// Whether the word token `token` meets the text word at `position`: the same
// word, or one it begins when the token is a stem.
bool TokenMeets(const dict::PatternToken& token, const MatchContext& context, uint32_t position) {
  if (token.exact) return SameBytes((*context.keys)[position], token.text);
  return SameWord(context, position, token.text) || (token.stem && (*context.keys)[position].starts_with(token.text));
}

// Prepositions a pattern may name; keys are upper case. By length first:
// the matcher asks this of every word it passes, most of them longer.
bool IsPatternPreposition(std::string_view word) {
  switch (word.size()) {
    case 2:
      return word == "TO" || word == "ON" || word == "AT" || word == "IN" || word == "OF" || word == "BY" ||
             word == "AS";
    case 3: return word == "FOR";
    case 4: return word == "WITH" || word == "FROM" || word == "INTO" || word == "OVER";
    case 5: return word == "ABOUT";
    case 7: return word == "AGAINST";
    default: return false;
  }
}

// Prepositions and particles say less about the event than the nouns they
// introduce: "supply ARMS" should beat "supply (TO +)". (Prepositions of
// place and time too: "(OUTSIDE +)" names no more of the deed than
// "(AGAINST +)" does.) A WordList: the matcher asks this of every pattern
// word it reads, and most are no such word.
constexpr WordList kOtherFunctionWords(std::array<std::string_view, 28>{
    "THE",    "A",      "AN",     "UP",      "OUT",     "OFF",    "DOWN",   "OUTSIDE", "INSIDE", "NEAR",
    "AROUND", "ACROSS", "ALONG",  "TOWARD",  "TOWARDS", "THROUGH", "BEHIND", "BEYOND",  "UNDER",  "WITHIN",
    "AFTER",  "BEFORE", "DURING", "SINCE",   "UNTIL",   "AMID",   "VIA",    "DESPITE"});

bool IsFunctionWord(const dict::PatternToken& token) {
  return token.kind == dict::PatternToken::Kind::kWord &&
         (IsPatternPreposition(token.text) || kOtherFunctionWords.Contains(token.text));
}

// A few words by their WordKeyHash, asked of every position the matcher
// passes: a 64-bit filter turns most hashes away before the list is read.
class HashList {
 public:
  explicit HashList(std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
      hashes_.push_back(WordKeyHash(word));
      filter_ |= uint64_t{1} << FilterBit(hashes_.back());
    }
  }
  bool Contains(size_t hash) const {
    return ((filter_ >> FilterBit(hash)) & 1) != 0 && std::find(hashes_.begin(), hashes_.end(), hash) != hashes_.end();
  }

 private:
  static uint32_t FilterBit(size_t hash) { return static_cast<uint32_t>(hash >> 58); }
  std::vector<size_t> hashes_;
  uint64_t filter_ = 0;
};

// Prepositions that open a time phrase, which never holds what a verb acts
// on; compared by WordKeyHash, as the matcher looks at every position (in
// line there: most hashes stop at the filter).
[[gnu::always_inline]] inline bool IsTimePrepositionHash(size_t hash) {
  static const HashList kHashes{"AFTER", "BEFORE", "SINCE", "UNTIL", "DURING", "AMID", "FOLLOWING"};
  return kHashes.Contains(hash);
}

// Prepositions of place, by WordKeyHash: a phrase of where (or where
// from), after the object, holds no more of what the verb acts on.
[[gnu::always_inline]] inline bool IsPlacePrepositionHash(size_t hash) {
  static const HashList kHashes{"IN", "NEAR", "AT", "AROUND", "OUTSIDE", "INSIDE", "FROM"};
  return kHashes.Contains(hash);
}

// Words of an amount, by their key, after which "in" says of what:
// "six billion dollars in assets".
bool IsAmountKey(std::string_view key) {
  static constexpr std::string_view kAmounts[] = {"DOLLARS", "EUROS", "POUNDS", "YUAN", "RUBLES", "ROUBLES",
                                                  "YEN",     "RUPEES", "MILLION", "BILLION", "TRILLION"};
  return std::find(std::begin(kAmounts), std::end(kAmounts), key) != std::end(kAmounts);
}

// Prepositions by their key: where a "(OVER +)" target's phrase ends.
// A verb that heads a clause; participles may modify a noun inside a
// phrase ("to the self-declared republic").
bool IsClauseVerb(PosTag tag) {
  return tag == PosTag::kVB || tag == PosTag::kVBD || tag == PosTag::kVBP || tag == PosTag::kVBZ;
}

bool IsPrepositionKey(std::string_view key) {
  return IsPatternPreposition(key) || key == "DURING" || key == "AFTER";
}

// Whether the "of" at `p` only says whose members the words before it are
// ("sanctions against members of the Russian military", "an attack on a
// unit of the army"): a target read after a preposition reads on through it.
bool MembersOf(const MatchContext& context, uint32_t position, uint32_t p) {
  if (p <= position || (*context.keys)[p] != "OF") return false;
  const std::string_view before = (*context.keys)[p - 1];
  std::array<char, 16> lower{};
  if (before.size() >= lower.size()) return false;
  std::transform(before.begin(), before.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return word_classes::IsCollectiveNoun(std::string_view(lower.data(), before.size()));
}

}  // namespace

uint32_t PatternMatcher::WordAt(const dict::PatternToken& token, const CompiledDictionary::SynsetIndex* synset,
                                const MatchContext& context, uint32_t position, uint32_t limit) const {
  if (token.kind == dict::PatternToken::Kind::kWord) {
    if (TokenMeets(token, context, position)) return 1;
    // "DON'T" is "do n't" in the text, as the tokenizer splits it.
    const std::string& text = token.text;
    if (text.size() > 3 && text.ends_with("N'T") && position + 1 < limit && (*context.keys)[position + 1] == "N'T" &&
        (*context.keys)[position] == std::string_view(text).substr(0, text.size() - 3)) {
      return 2;
    }
    return 0;
  }
  if (token.kind == dict::PatternToken::Kind::kSynset) {
    if (synset == nullptr) return 0;
    uint32_t best = 0;
    const size_t hashes[] = {(*context.key_hashes)[position], (*context.lemma_hashes)[position]};
    for (size_t h = 0; h < 2; ++h) {
      if (h == 1 && hashes[1] == hashes[0]) break;
      if (!synset->MayStartWith(hashes[h])) continue;
      auto candidates = synset->by_first_word.find(hashes[h]);
      if (candidates == synset->by_first_word.end()) continue;
      for (uint32_t id : candidates->second) {
        const std::vector<std::string>& member = synset->members[id];
        if (!synset->tabari_joins[id].empty()) {
          best = std::max(best, TabariMemberLength(member, synset->tabari_joins[id], *context.keys,
                                                   *context.lemma_keys, position, limit));
          continue;
        }
        if (position + member.size() > limit || member.size() <= best) continue;
        bool same = true;
        for (size_t k = 0; k < member.size() && same; ++k) same = SameWord(context, position + k, member[k]);
        if (same) best = static_cast<uint32_t>(member.size());
      }
    }
    if (best > 0 && context.name_end != nullptr && position + best < (*context.name_end)[position]) return 0;
    return best;
  }
  return 0;
}

bool PatternMatcher::MatchSequence(const Cursor* cursor, const MatchContext& context, uint32_t position,
                                   uint32_t limit, uint32_t end_at, PatternFit* fit, int depth) const {
  while (cursor != nullptr && cursor->index == cursor->tokens->size()) cursor = cursor->next;
  if (cursor == nullptr) {
    if (end_at != kAnywhere && position != end_at) return false;
    fit->last_token = std::max(fit->last_token, position);
    return true;
  }
  if (depth > kMaxDepth) return false;
  // A passive's verb group between its subject and its complements is not
  // read (MatchContext::gap_begin).
  if (position >= context.gap_begin && position < context.gap_end) position = context.gap_end;
  const dict::PatternToken& token = (*cursor->tokens)[cursor->index];
  // "NOTED_WOULD": a '_' before this token allows no words in between.
  const bool tight =
      cursor->index > 0 ? (*cursor->tokens)[cursor->index - 1].join == dict::kJoinTight : cursor->tight_start;
  const Cursor rest{cursor->tokens, cursor->index + 1, cursor->next, false, cursor->nearest};
  using Kind = dict::PatternToken::Kind;
  switch (token.kind) {
    case Kind::kWord:
    case Kind::kSynset: {
      // After "TO" the next word is near: "(TO SANCTIONS)" is not "to lift
      // the sanctions", "(TO SETTLE)" is "to settle" or "to quickly settle".
      const bool after_to = cursor->index > 0 && (*cursor->tokens)[cursor->index - 1].kind == Kind::kWord &&
                            (*cursor->tokens)[cursor->index - 1].text == "TO";
      uint32_t last = tight ? std::min(limit, position + 1) : after_to ? std::min(limit, position + 2) : limit;
      // (Or anywhere in the phrase it opens: "(TO CITY)" is "to the ancient city".)
      if (after_to && !tight && position < limit && context.np_of_word != nullptr && context.np_end != nullptr &&
          (*context.np_of_word)[position] >= 0) {
        last = std::max(last, std::min(limit, (*context.np_end)[(*context.np_of_word)[position]]));
      }
      // A preposition after a noun of the pattern is in that noun's phrase:
      // "SUMMIT (IN +)" is not "a summit on the crisis in Haiti".
      const bool function_word = IsFunctionWord(token);
      const CompiledDictionary::SynsetIndex* synset =
          token.kind == Kind::kSynset ? dictionary_->SynsetOf(token) : nullptr;  // once, not per position
      const bool preposition_after_word = function_word && cursor->index > 0 &&
                                          (*cursor->tokens)[cursor->index - 1].kind != Kind::kTarget &&
                                          (*cursor->tokens)[cursor->index - 1].kind != Kind::kSource &&
                                          !IsFunctionWord((*cursor->tokens)[cursor->index - 1]);
      // A noun after a preposition of the pattern is in that preposition's
      // phrase: "(FOR &WEAPON)" is not "called for calm after rocket attacks".
      const bool word_after_preposition =
          !function_word && cursor->index > 0 && (*cursor->tokens)[cursor->index - 1].kind == Kind::kWord &&
          IsPatternPreposition((*cursor->tokens)[cursor->index - 1].text);
      const bool in_verb_phrase = cursor->first_after_verb && !function_word && context.first_word_in_verb_phrase &&
                                  context.tags != nullptr;
      // An "of" after a common noun in another phrase is that noun's: "(OF
      // &AGREEMENT)" is "pulled out of the agreement", not "withdrew from
      // Gaza under the terms of the agreement".
      const bool verbs_of = cursor->first_after_verb && function_word && context.first_word_in_verb_phrase &&
                            context.tags != nullptr && token.kind == Kind::kWord && token.text == "OF";
      bool preposition_passed = false;
      bool noun_passed = false;
      int phrases_passed = 0;
      int32_t venue_np = -1;
      for (uint32_t p = position; p < last; ++p) {
        if (p == context.gap_begin && p < context.gap_end) {
          p = context.gap_end - 1;  // on past the passive's verb group
          continue;
        }
        // A day's date phrase says when, and the pattern reads past it: "set up a
        // fact-finding mission on Wednesday into alleged abuses".
        if (p + 1 < last && (*context.keys)[p] == "ON" &&
            word_classes::IsDayWord((*context.keys)[p + 1]) && !TokenMeets(token, context, p)) {
          ++p;
          continue;
        }
        if (verbs_of) {
          const PosTag before = p > position ? (*context.tags)[p - 1] : PosTag::kIN;
          if (preposition_passed && (before == PosTag::kNN || before == PosTag::kNNS)) continue;
          preposition_passed |= (*context.tags)[p] == PosTag::kIN;
        }
        if (in_verb_phrase) {
          const PosTag tag = (*context.tags)[p];
          // An "at" phrase is where it was done: "demanded at an emergency
          // meeting" is no "* &MEETING".
          if (context.np_of_word != nullptr) {
            const int32_t np = (*context.np_of_word)[p];
            if (np >= 0 && np == venue_np) continue;
            if (tag == PosTag::kIN && (*context.keys)[p] == "AT" && p + 1 < limit) {
              venue_np = (*context.np_of_word)[p + 1];
            }
          }
          if (noun_passed && tag == PosTag::kIN && (*context.keys)[p] != "OF" && !TokenMeets(token, context, p) &&
              ++phrases_passed == 2) {
            break;
          }
          // Nor is a phrase of where past the object: "held protesters in
          // the city", "held elders from the district" are no "* CITY".
          // (Not after an amount: "six billion dollars in Iranian assets".)
          if (noun_passed && tag == PosTag::kIN && IsPlacePrepositionHash((*context.key_hashes)[p]) &&
              !TokenMeets(token, context, p) && !IsAmountKey((*context.keys)[p - 1])) {
            break;
          }
          noun_passed |= tag == PosTag::kNN || tag == PosTag::kNNS || tag == PosTag::kNNP || tag == PosTag::kNNPS ||
                         tag == PosTag::kPRP;
        }
        // A time phrase ends the words a pattern may read: "end a dispute
        // after talks" is not "END * &TALKS".
        if (p > position && IsTimePrepositionHash((*context.key_hashes)[p]) && !TokenMeets(token, context, p)) break;
        if (preposition_after_word && IsPrepositionKey((*context.keys)[p]) && !TokenMeets(token, context, p)) {
          break;
        }
        if (word_after_preposition && p > position && IsPrepositionKey((*context.keys)[p])) break;
        uint32_t length = WordAt(token, synset, context, p, limit);
        if (length == 0) continue;
        PatternFit attempt = *fit;
        // "war crimes" beats "crimes"; a content word counts twice a preposition.
        attempt.score += static_cast<int>(length) * (function_word ? 1 : 2);
        if (MatchSequence(&rest, context, p + length, limit, end_at, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
    }
    case Kind::kSource:
    case Kind::kTarget:
    case Kind::kCompound:
    case Kind::kSkip: {
      if (token.kind == Kind::kSkip && context.skip_rest_of_phrase && position > 0 && cursor->index > 0 &&
          ((*cursor->tokens)[cursor->index - 1].kind == Kind::kWord ||
           (*cursor->tokens)[cursor->index - 1].kind == Kind::kSynset) &&
          context.np_of_word != nullptr && context.np_end != nullptr) {
        const int32_t np = (*context.np_of_word)[position - 1];
        const uint32_t end = np >= 0 ? std::min(limit, (*context.np_end)[np]) : position;
        PatternFit attempt = *fit;
        if (end > position && MatchSequence(&rest, context, end, limit, end_at, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      // "(OVER +)": the actor is in the preposition's own phrase, not one
      // further on ("criticized X over its stance on Israel").
      const bool after_preposition = cursor->index > 0 && IsFunctionWord((*cursor->tokens)[cursor->index - 1]);
      const uint32_t stop = tight ? std::min(limit, position + 1) : limit;
      for (uint32_t step = position; step < stop; ++step) {
        const uint32_t p = cursor->nearest && !after_preposition ? stop - 1 - (step - position) : step;
        if (p >= context.gap_begin && p < context.gap_end) continue;  // the passive's verb group
        // Nor past a verb or a time phrase: "visited Kyiv (TO +)" is not "to
        // mark two years since Russia's invasion".
        if (after_preposition && ((p > position && ((IsPrepositionKey((*context.keys)[p]) &&
                                                       !MembersOf(context, position, p)) ||
                                                      IsTimePrepositionHash((*context.key_hashes)[p]))) ||
                                  (context.tags != nullptr && IsClauseVerb((*context.tags)[p])))) {
          break;
        }
        int32_t mention = (*context.mention_at)[p];
        if (mention < 0) continue;
        if (cursor->nearest && token.kind == Kind::kSource && context.tabari_asides != nullptr &&
            sentence_coding::InShortCommaAside(*context.tabari_asides, p, limit)) {
          continue;
        }
        PatternFit attempt = *fit;
        if (token.kind == Kind::kTarget) attempt.target = mention;
        if (token.kind == Kind::kSource || token.kind == Kind::kCompound) attempt.source = mention;
        if (token.kind == Kind::kCompound) attempt.compound = mention;
        uint32_t next = std::max<uint32_t>(p + 1, (*context.mentions)[mention].end);
        if (MatchSequence(&rest, context, next, limit, end_at, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
    }
    case Kind::kAlternatives:
      for (const std::vector<dict::PatternToken>& alternative : token.alternatives) {
        const Cursor branch{&alternative, 0, &rest, tight, cursor->nearest, cursor->first_after_verb};
        PatternFit attempt = *fit;
        if (MatchSequence(&branch, context, position, limit, end_at, &attempt, depth + 1)) {
          *fit = attempt;
          return true;
        }
      }
      return false;
  }
  return false;
}

PatternFit PatternMatcher::Fit(const dict::VerbPattern& pattern, const MatchContext& context, uint32_t before_begin,
                               uint32_t verb, uint32_t after_begin, uint32_t after_end, uint32_t before_end,
                               bool nearest_before) const {
  PatternFit fit;
  fit.last_token = after_begin;
  const uint32_t before_limit = std::min(before_end, verb);
  // "RECENT~_*": the last word before the verb is next to it.
  const uint32_t before_at =
      !pattern.before.empty() && pattern.before.back().join == dict::kJoinTight ? verb : kAnywhere;
  const Cursor before{&pattern.before, 0, nullptr, false, nearest_before};
  if (!pattern.before.empty() &&
      !MatchSequence(&before, context, before_begin, before_limit, before_at, &fit, 0)) {
    return PatternFit();
  }
  fit.last_token = after_begin;
  const Cursor after{&pattern.after, 0, nullptr, pattern.verb_join == dict::kJoinTight, false, true};
  if (!MatchSequence(&after, context, after_begin, after_end, kAnywhere, &fit, 0)) return PatternFit();
  fit.matched = true;
  return fit;
}

}  // namespace khaldun
