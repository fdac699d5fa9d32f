#include "code/clause_coder.h"

#include <algorithm>
#include <bit>
#include <span>
#include <utility>

#include "base/same_text.h"
#include "code/negation.h"
#include "code/word_key.h"
#include "code/tabari_noun_form.h"
#include "code/tabari_pattern_tier.h"

namespace khaldun {
namespace {

// Whether mention `m` (-1: none) is one of several joined by "and", "or",
// "nor" or a comma: the compound actor a '%' asks for.
bool NamesACompound(const MatchContext& context, int32_t m) {
  if (m < 0) return false;
  const ActorMention& mention = (*context.mentions)[static_cast<size_t>(m)];
  auto joiner = [&](uint32_t at) {
    if (at >= context.keys->size()) return false;
    return SameTextAsAny((*context.keys)[at], "AND", "OR", "NOR", ",");
  };
  return joiner(mention.end) || (mention.begin > 0 && joiner(mention.begin - 1));
}

bool IsQuote(std::string_view key) { return SameTextAsAny(key, "``", "''", "\"", "'", "\u201c", "\u201d"); }

// How many words of a (compound) form match around `token`; 0 if the form
// does not fit. Words after the head may sit one word further on ("pulled
// out" and "met with" fit), and a particle after the verb's object, before
// a preposition or the clause's end ("handed Milosevic over to the
// tribunal"; not "back": "sent its troops back to Iraq" is no return).
// `*end`: the verb's position plus the form's words, or one past the verb
// alone when its particle stood apart.
uint32_t FormFit(const VerbForm& form, const MatchContext& context, uint32_t token, uint32_t limit, uint32_t* end) {
  const std::vector<std::string_view>& keys = *context.keys;
  const std::vector<std::string_view>& lemmas = *context.lemma_keys;
  if (form.head > token) return 0;
  for (uint32_t k = 0; k < form.head; ++k) {
    uint32_t at = token - form.head + k;
    if (!SameBytes(keys[at], form.words[k]) && !SameBytes(lemmas[at], form.words[k])) return 0;
  }
  uint32_t at = token + 1;
  bool adjacent = true;
  for (size_t k = form.head + 1; k < form.words.size() && adjacent; ++k) {
    while (at < limit && IsQuote(keys[at])) ++at;  // show "flexibility"
    adjacent = at < limit && (SameBytes(keys[at], form.words[k]) || SameBytes(lemmas[at], form.words[k]));
    ++at;
  }
  if (adjacent) {
    *end = token + static_cast<uint32_t>(form.words.size());
    return static_cast<uint32_t>(form.words.size());
  }
  if (form.head != 0 || form.words.size() != 2 || context.np_of_word == nullptr || context.np_end == nullptr ||
      context.tags == nullptr || !SameTextAsAny(form.words[1], "OVER", "OUT", "OFF", "UP", "DOWN", "AWAY")) {
    return 0;
  }
  const std::vector<int32_t>& np_of_word = *context.np_of_word;
  at = token + 1;
  if (at >= limit || np_of_word[at] < 0) return 0;
  at = (*context.np_end)[np_of_word[at]];
  if (at + 1 < limit && SameText(keys[at], "OF") && np_of_word[at + 1] >= 0) at = (*context.np_end)[np_of_word[at + 1]];
  if (at >= limit || !SameBytes(keys[at], form.words[1])) return 0;
  const PosTag next = at + 1 < limit ? (*context.tags)[at + 1] : PosTag::kPeriod;
  if (!(next == PosTag::kIN || next == PosTag::kTO || next == PosTag::kComma || next == PosTag::kPeriod)) return 0;
  *end = token + 1;
  return 2;
}

// The word and lemma hashes of a clause (and its infinitive), to tell
// quickly whether a pattern's required word is there. A 1024-bit filter
// answers most questions; a look at the hashes the rest. Fill() before
// asking: it is not done for a verb without patterns.
class ClauseWords {
 public:
  ClauseWords(const MatchContext& context, uint32_t begin, uint32_t end) : context_(&context), begin_(begin), end_(end) {}

  void Fill() {
    if (filled_) return;
    filled_ = true;
    for (uint32_t k = begin_; k < end_; ++k) {
      for (size_t hash : {(*context_->key_hashes)[k], (*context_->lemma_hashes)[k]}) {
        const size_t bit = (hash >> 1) % kBits;
        bits_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
    }
    for (size_t k = 0; k < kBits / 64; ++k) first_word_bits_[k % 4] |= bits_[k];
  }

  bool Has(size_t hash) const {
    const size_t bit = (hash >> 1) % kBits;
    if (((bits_[bit / 64] >> (bit % 64)) & 1) == 0) return false;
    for (uint32_t k = begin_; k < end_; ++k) {
      if ((*context_->key_hashes)[k] == hash || (*context_->lemma_hashes)[k] == hash) return true;
    }
    return false;
  }

  // The clause's words: how many, and, as bits over the patterns of
  // `index` (PatternFirstWords::Mark), the patterns whose first word is
  // among them.
  uint32_t size() const { return end_ > begin_ ? end_ - begin_ : 0; }
  void MarkCandidates(const PatternFirstWords& index, std::vector<uint64_t>* bits) const {
    const std::span<const size_t> keys(*context_->key_hashes), lemmas(*context_->lemma_hashes);
    index.Mark(keys.subspan(begin_, size()), lemmas.subspan(begin_, size()), bits);
  }

  // False when a word or synset `needs` names besides its first word cannot
  // be in the clause: a synset needs a word that may start one of its members.
  bool MayHoldTheRest(const CompiledDictionary::PatternNeeds& needs) const {
    for (size_t hash : needs.more_words) {
      if (!Has(hash)) return false;
    }
    for (const CompiledDictionary::SynsetIndex* synset : needs.synsets) {
      uint64_t common = 0;
      for (size_t k = 0; k < 4; ++k) common |= synset->first_word_bits[k] & first_word_bits_[k];
      if (common == 0) return false;
    }
    return true;
  }

 private:
  static constexpr size_t kBits = 1024;
  // SynsetIndex::first_word_bits has a bit per hash modulo 256: the clause's
  // bits folded to that size.
  static_assert(kBits % 256 == 0);

  const MatchContext* context_;
  uint32_t begin_, end_;
  bool filled_ = false;
  uint64_t bits_[kBits / 64] = {};
  uint64_t first_word_bits_[4] = {};
};

// Whether `code` refines `than` within its root: "195" over "190", "1246"
// over "124".
bool MoreSpecificSameRoot(const std::string& code, const std::string& than) {
  if (code.size() < 3 || than.size() < 3 || code.compare(0, 2, than, 0, 2) != 0) return false;
  auto specificity = [](const std::string& c) { return c.size() * 2 + (c.back() != '0' ? 1 : 0); };
  return specificity(code) > specificity(than);
}

// Whether the phrase ending at token `near_end` (exclusive) is a possessor
// of the phrase that holds token `far_end` - 1: "the election observers'
// report".
bool OwnsTheNextPhrase(const MatchContext& context, uint32_t near_end, uint32_t far_end) {
  if (context.np_of_word == nullptr || context.np_end == nullptr || near_end == 0 || far_end == 0) return false;
  const std::vector<int32_t>& np_of = *context.np_of_word;
  const int32_t near = np_of[near_end - 1];
  const int32_t far = np_of[far_end - 1];
  if (near < 0 || far < 0 || near == far) return false;
  auto possessive = [&](uint32_t k) {
    return k < np_of.size() && SameTextAsAny((*context.keys)[k], "'", "'S");
  };
  uint32_t next = (*context.np_end)[near];
  const bool owned = possessive(next - 1) || possessive(next);
  if (possessive(next)) ++next;
  return owned && next < np_of.size() && np_of[next] == far;
}

// Whether the phrase ending at token `near_end` (exclusive) is a unit of the
// people or things its "of" phrase, holding token `far_end` - 1, names: "a
// brigade of 52 doctors" sends doctors.
bool UnitOfTheNextPhrase(const MatchContext& context, uint32_t near_end, uint32_t far_end) {
  if (context.np_of_word == nullptr || context.keys == nullptr || near_end == 0 || far_end <= near_end + 1 ||
      !SameText((*context.keys)[near_end], "OF") ||
      !SameTextAsAny((*context.keys)[near_end - 1], "BRIGADE", "BRIGADES", "CONTINGENT", "TEAM", "TEAMS", "UNIT",
                     "DETACHMENT", "SQUAD", "GROUP")) {
    return false;
  }
  const int32_t far = (*context.np_of_word)[far_end - 1];
  return far >= 0 && (*context.np_of_word)[near_end + 1] == far;
}

// Whether the words ending at `modifier_end` (exclusive) modify the noun that
// ends the phrase at `head_end`: "emergency" of "an emergency loan".
bool ModifiesItsHead(const MatchContext& context, uint32_t modifier_end, uint32_t head_end) {
  if (context.np_of_word == nullptr || context.np_end == nullptr || modifier_end == 0 || head_end == 0 ||
      modifier_end >= head_end) {
    return false;
  }
  const int32_t np = (*context.np_of_word)[head_end - 1];
  return np >= 0 && (*context.np_of_word)[modifier_end - 1] == np && (*context.np_end)[np] == head_end;
}

// Whether an infinitive a pattern reads to `infinitive_end` is the purpose of the noun phrase another pattern
// (`object_fit`, code `object_code`) ends with, right before its "to": "asked Putin for credit to import fuel"
// asks for credit (&LOAN, 0231), not to import (0211). Only a noun the pattern names with a code of its own
// (not a root's bare 0): the infinitive after "a call" is what is called for.
bool PurposeOfTheObject(const MatchContext& context, const PatternFit& object_fit, const std::string& object_code,
                        uint32_t infinitive_end) {
  const uint32_t last = object_fit.last_token;
  if (context.keys == nullptr || context.tags == nullptr || context.np_of_word == nullptr ||
      context.np_end == nullptr || object_fit.score == 0 || object_code.size() < 3 || object_code[2] == '0' ||
      last == 0 || last > context.keys->size()) {
    return false;
  }
  // (The noun phrase the pattern's noun is in, to its end: "for a credit line to import".)
  const int32_t np = (*context.np_of_word)[last - 1];
  if (np < 0) return false;
  const uint32_t to = (*context.np_end)[np];
  if (to == 0 || to + 1 >= context.keys->size() || infinitive_end <= to + 1 || !SameText((*context.keys)[to], "TO") ||
      (*context.tags)[to + 1] != PosTag::kVB) {
    return false;
  }
  const PosTag head = (*context.tags)[to - 1];
  // (The noun is no actor the pattern took: "urged Rohan to withdraw" asks Rohan to.)
  const bool actor = context.mention_at != nullptr && (*context.mention_at)[to - 1] >= 0;
  return (head == PosTag::kNN || head == PosTag::kNNS) && !actor;
}

std::string Describe(const dict::VerbPattern& pattern, const dict::VerbFamily& family) {
  return "- " + dict::RenderPatternBody(pattern, family.syntax) + " [" + pattern.code.ToString() + "]";
}

// Whether an actor in the subject's words [first, second) has the code of
// the target `fit` bound: "The UN General Assembly backed a Palestinian bid
// for full UN membership" does not back the UN ("(BID) (FOR +)").
bool SubjectNamesTheTarget(const MatchContext& context, std::pair<uint32_t, uint32_t> subject,
                           const PatternFit& fit) {
  if (fit.target < 0 || context.mentions == nullptr || context.mention_at == nullptr) return false;
  // (A target the pattern reads in the subject is meant: "+ * CRITICISM (FROM $)".)
  if ((*context.mentions)[fit.target].begin < subject.second) return false;
  const std::string& target = (*context.mentions)[fit.target].code;
  for (uint32_t k = subject.first; k < subject.second && k < context.mention_at->size(); ++k) {
    const int32_t m = (*context.mention_at)[k];
    if (m >= 0 && m != fit.target && (*context.mentions)[m].resolved() && (*context.mentions)[m].code == target) {
      return true;
    }
  }
  return false;
}

// Whether the target `fit` bound is a named actor beginning the phrase right
// after the verb (token `from` on): only determiners, adjectives, numbers
// and nouns before it; or one right after that phrase's "in", "near" or
// "outside", where its thing is ("a shopping centre in Kremenchuk").
bool TargetIsObject(const MatchContext& context, uint32_t from, const PatternFit& fit) {
  if (fit.target < 0 || context.tags == nullptr || context.mentions == nullptr) return false;
  if (!(*context.mentions)[fit.target].resolved()) return false;  // "ordered the military": no one named
  const uint32_t begin = (*context.mentions)[fit.target].begin;
  for (uint32_t k = from; k < begin; ++k) {
    const PosTag tag = (*context.tags)[k];
    // ("struck a shopping centre in Kremenchuk": a place right after the object, where the object is, is struck.)
    const bool where = k + 1 == begin && k > from && context.keys != nullptr &&
                       SameTextAsAny((*context.keys)[k], "IN", "NEAR", "OUTSIDE") && IsNoun((*context.tags)[k - 1]);
    if (!IsNoun(tag) && !IsAdjective(tag) && tag != PosTag::kDT && tag != PosTag::kPDT && tag != PosTag::kPRPS &&
        tag != PosTag::kCD && tag != PosTag::kPOS && !where) {
      return false;
    }
  }
  return from <= begin;
}

}  // namespace

bool ClauseCoder::NamesWord(const dict::VerbPattern& pattern, std::string_view word) {
  auto check = [&](const std::vector<dict::PatternToken>& tokens) {
    return std::any_of(tokens.begin(), tokens.end(), [&](const dict::PatternToken& token) {
      return token.kind == dict::PatternToken::Kind::kWord && token.text == word;
    });
  };
  return check(pattern.before) || check(pattern.after);
}

bool ClauseCoder::NamesNegation(const ClauseCode& coded) const {
  if (coded.pattern == nullptr) return false;
  const std::vector<dict::VerbPattern>& patterns = dictionary_->dictionary().verb_families[coded.family].patterns;
  return dictionary_->NeedsOf(coded.family)[static_cast<size_t>(coded.pattern - patterns.data())].names_negation;
}

ClauseCode ClauseCoder::Code(const MatchContext& context, uint32_t governing_begin, uint32_t before_begin,
                             uint32_t verb_token, uint32_t after_end, uint32_t infinitive_end, uint32_t governed_end,
                             std::pair<uint32_t, uint32_t> subject, std::vector<std::string>* trace,
                             bool passive) const {
  return CodeAt(context, governing_begin, before_begin, verb_token, after_end, infinitive_end, governed_end, subject,
                false, passive, trace);
}

ClauseCode ClauseCoder::CodeNominal(const MatchContext& context, uint32_t noun_token, uint32_t after_end,
                                    std::vector<std::string>* trace) const {
  return CodeAt(context, noun_token, noun_token, noun_token, after_end, after_end, after_end, {0, 0}, true, false,
                trace);
}

ClauseCode ClauseCoder::CodeAt(const MatchContext& context, uint32_t governing_begin, uint32_t before_begin,
                               uint32_t token, uint32_t after_end, uint32_t infinitive_end, uint32_t governed_end,
                               std::pair<uint32_t, uint32_t> subject, bool nominal, bool passive,
                               std::vector<std::string>* trace) const {
  const dict::Dictionary& dict = dictionary_->dictionary();
  ClauseCode best;
  int best_score = -1;
  uint32_t best_form_words = 0;
  // The actor (no place) a pattern of the default's own code found at a tie
  // with the default, which then kept it: whom the default aims at.
  int32_t default_actor_target = -1;
  // Candidate forms: by the word as written and by its lemma; each family
  // is tried once per form length (a compound, "called for", after the
  // plain verb of its own family).
  // Per-thread buffers that only grow (CodeAt runs for every verb and noun
  // the dictionaries know, some six times a sentence; fresh vectors cost an
  // allocation each every time). CodeAt does not run inside itself.
  thread_local std::vector<std::pair<uint32_t, uint32_t>> tried_buffer;
  std::vector<std::pair<uint32_t, uint32_t>>& tried = tried_buffer;
  tried.clear();
  // Filled for the first verb form with patterns: from the verb's next word
  // at the latest, where the words after it begin, and over the clauses a
  // TABARI pattern may read when the dictionaries have such patterns.
  const bool beyond = dictionary_->HasTabariSyntax();
  const uint32_t sentence_end = static_cast<uint32_t>(context.keys->size());
  // (A relative clause's subject lies before the clause: "protesters who
  // stormed parliament" reads "PROTESTERS *".)
  const uint32_t subject_begin = subject.first < subject.second ? subject.first : token + 1;
  ClauseWords clause_words(context,
                           dictionary_->HasTabariVerbs()
                               ? 0
                               : std::min({beyond ? governing_begin : before_begin, before_begin, token + 1,
                                           subject_begin}),
                           dictionary_->HasTabariVerbs() ? sentence_end
                           : beyond                      ? std::max(governed_end, infinitive_end)
                                                         : infinitive_end);
  // "ended without agreement": what follows "without" is not done, so a
  // pattern's words after the verb stop there unless it names "without".
  uint32_t without_at = UINT32_MAX;
  for (uint32_t k = token + 1; k < std::max({after_end, infinitive_end, governed_end}); ++k) {
    if (SameText((*context.keys)[k], "WITHOUT")) {
      without_at = k;
      break;
    }
  }
  // "Damascus was captured by rebels": a passive's "by" phrase names its
  // doer, so a pattern's words found there ("* REBELS", captured rebels) are
  // no object of the verb.
  uint32_t by_at = UINT32_MAX, by_end = 0;
  for (uint32_t k = token + 1; passive && k < after_end; ++k) {
    if (SameText((*context.keys)[k], "BY")) {
      by_at = k;
      break;
    }
  }
  // (Its noun phrase only: "was urged by Rohan to send aid" still reads
  // "(TO SEND &AID)".)
  if (by_at != UINT32_MAX && context.tags != nullptr) {
    by_end = by_at + 1;
    while (by_end < after_end && (IsNoun((*context.tags)[by_end]) || IsAdjective((*context.tags)[by_end]) ||
                                  (*context.tags)[by_end] == PosTag::kDT || (*context.tags)[by_end] == PosTag::kCD ||
                                  (*context.tags)[by_end] == PosTag::kPOS)) {
      ++by_end;
    }
  }
  // "re-examine", "re-impose": the verb without its prefix when the
  // dictionary lacks the prefixed form (empty otherwise: no candidate).
  std::string_view unprefixed;
  const std::string_view lemma = (*context.lemma_keys)[token];
  if (lemma.size() > 5 && lemma.starts_with("RE-") &&
      dictionary_->VerbFormsOf(lemma, (*context.lemma_hashes)[token]).empty()) {
    unprefixed = lemma.substr(3);
  }
  thread_local std::vector<uint64_t> candidates;  // patterns to try, a bit each (PatternFirstWords::Mark assigns it)
  auto consider = [&](const VerbForm& form, bool by_surface) {
    if (dictionary_->IsNominal(form.family) != nominal) return;
    if (form.surface_only && !by_surface) return;  // "BAN=" is not "baned"
    // A compound's words follow the verb whatever the clause builder made
    // of them ("stand ready to": "ready" may end up outside the clause).
    uint32_t form_end = token + 1;
    uint32_t words = FormFit(form, context, token, static_cast<uint32_t>(context.keys->size()), &form_end);
    if (words == 0 || words < best_form_words) return;
    if (std::find(tried.begin(), tried.end(), std::pair(form.family, words)) != tried.end()) return;
    tried.emplace_back(form.family, words);
    const dict::VerbFamily& family = dict.verb_families[form.family];
    // TABARI: "a pledge", "Praise Day" are nouns.
    if (family.syntax == dict::PatternSyntax::kTabari && dictionary_->HasOnlyTabariVerbs() &&
        TabariReadsAsNoun(context, token)) {
      return;
    }
    const dict::Verb& verb = family.verbs[form.verb];
    if (words > best_form_words) best_score = -1;  // a longer compound verb wins outright
    best_form_words = words;
    // The default: the verb's own code, else the family's.
    if (best_score < 0) {
      best = ClauseCode();
      best.found = true;
      best.family = form.family;
      best.verb = form.verb;
      best.form_words = words;
      best.form_end = form_end;
      best.code = dictionary_->DefaultCode(form.family, form.verb);
      best_score = 0;
      default_actor_target = -1;
      if (trace) {
        const std::string& code = verb.code.empty() ? family.code : verb.code;
        trace->push_back("verb " + verb.text + " in " + family.name + " [" + code + "] (" + dict.Where(verb.where) + ")");
      }
    }
    // Patterns see the words right after the verb, a compound's own words
    // included, so that "call for" can tell "(FOR &CEASEFIRE)" from "&CEASEFIRE".
    const std::vector<CompiledDictionary::PatternNeeds>& needs = dictionary_->NeedsOf(form.family);
    const uint32_t patterns = static_cast<uint32_t>(family.patterns.size());
    if (patterns > 0) clause_words.Fill();
    // PETRARCH-1's '^' skips the rest of a word's phrase; the same for every
    // pattern of the family.
    MatchContext family_context = context;
    family_context.skip_rest_of_phrase = family.syntax == dict::PatternSyntax::kPetrarch1;
    family_context.first_word_in_verb_phrase = family.syntax == dict::PatternSyntax::kPetrarch2;
    // Pattern p, whose first word (if it names one) is in the clause.
    auto try_pattern = [&](uint32_t p) {
      // A trace lists every pattern that has its first word, skipped or not
      // by its other words.
      if (trace == nullptr && !clause_words.MayHoldTheRest(needs[p])) return;
      const dict::VerbPattern& pattern = family.patterns[p];
      const bool reads_infinitive = dictionary_->ReadsInfinitive(form.family, p);
      // TABARI (and PETRARCH-1, which reads its patterns) reads a pattern's
      // words before '*' in the governing clause too.
      const bool tabari_like =
          family.syntax == dict::PatternSyntax::kTabari || family.syntax == dict::PatternSyntax::kPetrarch1;
      // TABARI's own patterns, which know no clauses, read from the start of
      // the sentence before '*' and to its end after it.
      const uint32_t words_begin = family.syntax == dict::PatternSyntax::kTabari ? 0
                                   : tabari_like ? std::min(governing_begin, before_begin)
                                                 : before_begin;
      const uint32_t clause_end = reads_infinitive ? infinitive_end : after_end;
      // ("* TRUCE" past "that").
      uint32_t words_end = family.syntax == dict::PatternSyntax::kTabari ? sentence_end
                           : tabari_like                                 ? std::max(clause_end, governed_end)
                                                                         : clause_end;
      if (!tabari_like && without_at < words_end && !NamesWord(pattern, "WITHOUT")) words_end = without_at;
      // PETRARCH-2 matches the words before '*' in the subject's noun
      // phrase ("&AIRCRAFT *"), not in adverbs or determiners around it:
      // "Neither X nor Y boycotted" is not "- NEITHER *". A pattern that
      // spells out a negation ("NOT * +") reads the verb group.
      const bool in_subject = family.syntax == dict::PatternSyntax::kPetrarch2 && subject.first < subject.second &&
                              subject.second <= token && !needs[p].names_negation;
      PatternFit fit = in_subject ? matcher_.Fit(pattern, family_context, subject.first, token, token + 1, words_end,
                                                 subject.second)
                                  : matcher_.Fit(pattern, family_context, words_begin, token, token + 1, words_end,
                                                 UINT32_MAX, family.syntax == dict::PatternSyntax::kTabari);
      // A passive's subject is the active's object: "new sanctions were
      // imposed on Iran" reads "* &SANCTION" and "* (SANCTIONS ON +)" as
      // "imposed new sanctions on Iran" would. Only for patterns that read
      // no subject of their own (none before '*': the passive's doer is its
      // "by" phrase), and not for TABARI's or PETRARCH-1's, which the
      // legacy suites pin.
      bool in_passive_subject = false;
      if (!fit.matched && passive && family.syntax == dict::PatternSyntax::kPetrarch2 && pattern.before.empty() &&
          subject.first < subject.second && subject.second <= token) {
        MatchContext turned = family_context;
        turned.gap_begin = subject.second;
        turned.gap_end = token + 1;
        fit = matcher_.Fit(pattern, turned, subject.first, token, subject.first, words_end);
        // (It must name a word there: a bare "* +" would take the subject
        // itself for the object.)
        if (fit.score == 0) fit = PatternFit();
        in_passive_subject = fit.matched;
      }
      if (fit.matched && !tabari_like && fit.score > 0 && fit.last_token > by_at && fit.last_token <= by_end &&
          fit.target < 0 && !NamesWord(pattern, "BY")) {
        fit = PatternFit();
        in_passive_subject = false;
      }
      // (A pattern aiming the deed at its own doer gives way to the others.)
      if (fit.matched && family.syntax == dict::PatternSyntax::kPetrarch2 &&
          SubjectNamesTheTarget(context, subject, fit)) {
        fit = PatternFit();
      }
      if (trace) {
        trace->push_back(std::string(fit.matched ? "  matched " : "  tried   ") + Describe(pattern, family) + " (" +
                         dict.Where(pattern.where) + ")" + (in_passive_subject ? " in the passive's subject" : ""));
      }
      if (!fit.matched) return;
      // (An infinitive that is the purpose of what a rival pattern of the same root names gives way to it.)
      const bool same_family_root = best.pattern != nullptr && family.syntax == dict::PatternSyntax::kPetrarch2 &&
                                    best.family == form.family &&
                                    CodeRoot(pattern.code.primary) == CodeRoot(best.code.primary);
      if (same_family_root && reads_infinitive && !best.reads_infinitive &&
          PurposeOfTheObject(context, best.fit, best.code.primary, fit.last_token)) {
        return;
      }
      const bool object_over_purpose = same_family_root && !reads_infinitive && best.reads_infinitive &&
                                       PurposeOfTheObject(context, fit, pattern.code.primary, best.fit.last_token);
      // Two patterns of one root that both fit tell what was done and to
      // whom: "rallied against the government's plan" is a protest for a
      // policy change (AGAINST &PLAN) aimed at the government (AGAINST +).
      const bool same_root = best.pattern != nullptr && best_score >= 0 && best.family == form.family &&
                             best.verb == form.verb && fit.source == best.fit.source &&
                             CodeRoot(pattern.code.primary) == CodeRoot(best.code.primary);
      if (fit.score < best_score && !object_over_purpose) {
        // Within one root, PETRARCH-2's more specific code refines a fuller
        // fit, which still says to whom: "announced a military aid package
        // for Ukraine" is 0332 ({MILITARY AID}) aimed by "&AID (FOR +)".
        if (same_root && family.syntax == dict::PatternSyntax::kPetrarch2 &&
            MoreSpecificSameRoot(pattern.code.primary, best.code.primary)) {
          const int32_t kept_target = best.fit.target >= 0 ? best.fit.target : best.other_target;
          best.pattern = &pattern;
          best.code = pattern.code;
          best.fit = fit;
          best.reads_infinitive = reads_infinitive;
          best.reads_passive_subject = in_passive_subject;
          best.other_target = fit.target < 0 ? kept_target : -1;
          return;
        }
        if (same_root && best.fit.target < 0 && best.other_target < 0) best.other_target = fit.target;
        return;
      }
      if (fit.score == best_score) {
        // TABARI (and PETRARCH-1, which reads its patterns) takes any pattern
        // that matches over the verb's default, one naming only actors
        // included ("- % * [044:045]": said of a compound); PETRARCH-2 and
        // native patterns must name a word to beat it, or ask for a compound
        // actor ("- % * [120]": said of "X and Y"), a condition the default
        // lacks. A null default ("---": no event unless a pattern says so)
        // also yields to a pattern naming only a target when that target is
        // the verb's object: "STRIKE [---]" with "* +" codes "struck the
        // Iranian consulate", not "ordered the military to keep fighting
        // Hezbollah".
        const bool beats_default =
            best.pattern == nullptr &&
            (family.syntax == dict::PatternSyntax::kTabari || family.syntax == dict::PatternSyntax::kPetrarch1 ||
             NamesACompound(context, fit.compound) ||
             (best.code.primary == "---" && TargetIsObject(context, token + words, fit)));
        // Between patterns, on a tie within one CAMEO root the more specific
        // code wins: "launched an air strike" is 195 (aerial weapons), though
        // "air strike" is also an &ATTACK (190).
        // (TABARI takes the first pattern that fits, whatever its code.)
        const bool more_specific = best.pattern != nullptr && family.syntax != dict::PatternSyntax::kTabari &&
                                   MoreSpecificSameRoot(pattern.code.primary, best.code.primary);
        // TABARI tries its plain patterns, then those with alternatives,
        // then those naming a synset (code/tabari_pattern_tier.h): "* CROWN"
        // beats an earlier "* &COIN" that fits as well.
        const bool earlier_tier = family.syntax == dict::PatternSyntax::kTabari && best.pattern != nullptr &&
                                  TabariPatternTier(pattern) < TabariPatternTier(*best.pattern);
        // Between PETRARCH-2 patterns of different roots, the one whose words
        // end nearer the verb reads its object, not a later phrase: "ended a
        // peace agreement with separatist groups" ends an agreement (&AGREEMENT)
        // and bans no party (&PARTY, which "groups" also fits).
        // (Not a possessor before the phrase it owns: "rejected the election
        // observers' report" rejects a report.) So does one of two sibling
        // codes of a root, neither more specific: "agreed to a truce and the
        // release of hostages" is 0356 (&CEASEFIRE), not 0353 (RELEASE).
        const bool siblings = pattern.code.primary != best.code.primary &&
                              !MoreSpecificSameRoot(best.code.primary, pattern.code.primary);
        // (But within one phrase its head says what it is: "approved an emergency loan" is a loan, &LOAN,
        // not an &EMERGENCY.)
        const bool rival = best.pattern != nullptr && family.syntax == dict::PatternSyntax::kPetrarch2 &&
                           best.family == form.family &&
                           (CodeRoot(pattern.code.primary) != CodeRoot(best.code.primary) || siblings);
        const bool nearer = rival && fit.last_token < best.fit.last_token &&
                            !OwnsTheNextPhrase(context, fit.last_token, best.fit.last_token) &&
                            !ModifiesItsHead(context, fit.last_token, best.fit.last_token) &&
                            !UnitOfTheNextPhrase(context, fit.last_token, best.fit.last_token);
        // (Nor a unit before what it is made of: "sent a brigade of 52 doctors" sends doctors, 073.)
        const bool head = rival && (ModifiesItsHead(context, best.fit.last_token, fit.last_token) ||
                                    UnitOfTheNextPhrase(context, best.fit.last_token, fit.last_token));
        if (!beats_default && !more_specific && !earlier_tier && !nearer && !head && !object_over_purpose) {
          if (same_root && best.fit.target < 0 && best.other_target < 0) best.other_target = fit.target;
          if (best.pattern == nullptr && pattern.code.primary == best.code.primary && fit.target >= 0 &&
              family_context.mentions != nullptr && !SameText((*family_context.mentions)[fit.target].how, "place")) {
            default_actor_target = fit.target;
          }
          return;
        }
      }
      // Nor does a pattern of the default's code that aims at a place
      // ("(IN +)") outscore the default aiming at an actor: "visited Putin in
      // Moscow" is a visit to Putin.
      if (best.pattern == nullptr && default_actor_target >= 0 && pattern.code.primary == best.code.primary &&
          fit.target >= 0 && SameText((*family_context.mentions)[fit.target].how, "place")) {
        return;
      }
      best.other_target = same_root && fit.target < 0 ? (best.fit.target >= 0 ? best.fit.target : best.other_target) : -1;
      best_score = fit.score;
      best.found = true;
      best.family = form.family;
      best.verb = form.verb;
      best.form_words = words;
      best.form_end = form_end;
      best.pattern = &pattern;
      best.reads_infinitive = reads_infinitive;
      best.reads_passive_subject = in_passive_subject;
      best.code = pattern.code;
      best.fit = fit;
    };
    // A word the pattern needs is not in the clause: the pattern is not
    // tried. A family of many patterns finds those whose first word is
    // there by looking the clause's words up (the same patterns, in the
    // same order); a small one tests each pattern.
    if (patterns > 2 * clause_words.size()) {
      clause_words.MarkCandidates(dictionary_->FirstWordsOf(form.family), &candidates);
      for (size_t w = 0; w < candidates.size(); ++w) {
        for (uint64_t bits = candidates[w]; bits != 0; bits &= bits - 1) {
          try_pattern(static_cast<uint32_t>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
        }
      }
    } else {
      for (uint32_t p = 0; p < patterns; ++p) {
        if (needs[p].first_word == 0 || clause_words.Has(needs[p].first_word)) try_pattern(p);
      }
    }
  };
  const std::string_view words_to_try[] = {(*context.keys)[token], lemma, unprefixed};
  const size_t hashes_to_try[] = {(*context.key_hashes)[token], (*context.lemma_hashes)[token],
                                  unprefixed.empty() ? 0 : WordKeyHash(unprefixed)};
  for (size_t w = 0; w < std::size(words_to_try); ++w) {
    const std::string_view word = words_to_try[w];
    // A word tried already ("attack" is its own lemma) finds forms that
    // were all considered.
    if (word.empty() || std::any_of(words_to_try, words_to_try + w, [&](std::string_view tried_word) {
          return tried_word == word;
        })) {
      continue;
    }
    for (const VerbForm& form : dictionary_->VerbFormsOf(word, hashes_to_try[w])) consider(form, w == 0);
  }
  // TABARI stems ("RESTOR" for "restore") after the words themselves.
  for (const VerbForm* form : dictionary_->VerbStemsOf((*context.keys)[token])) consider(*form, false);
  return best;
}

}  // namespace khaldun
