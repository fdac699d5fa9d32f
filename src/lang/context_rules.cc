// The queries the context rules share (context_rules.h), and the entry
// point ApplyContextRules. The rules themselves are in
// context_rules_forward.cc and context_rules_backward.cc.
#include "lang/context_rules.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "lang/context_rule_words.h"
#include "lang/tag_state.h"
#include "lang/word_classes.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal {
namespace context {

void ContextRules::Run() {
  ForwardPass();
  BetweenPasses();
  // A second pass for rules that look right at decisions made by the first.
  BackwardPass();
}

void ContextRules::BetweenPasses() {
  for (size_t i = 0; i + 1 < s_.size(); ++i) {
    const TokenState& t = s_[i];
    if (i > 0 && t.Has(kFloatingQuantifierBit)) FloatingQuantifier(i);
    if (t.Has(kEarlyOrLateBit)) EarlyOrLateBeforeATime(i);
  }
}

void ContextRules::FloatingQuantifier(size_t i) {
  TokenState& t = s_[i];
  if (!t.Is(T::kDT)) return;
  const TokenState& before = s_[i - 1];
  const bool subject_before = before.Is(T::kNNS) || before.Is(T::kNNPS) || before.Is(T::kNNP) ||
                              WordIs(before.word, "they") || WordIs(before.word, "we");
  TokenState& verb = s_[i + 1];
  const bool past = (verb.Is(T::kVBN) || verb.Is(T::kVBD)) && verb.Can(T::kVBD);
  if (!subject_before || !(past || verb.Is(T::kVBZ) || verb.Is(T::kVBP) || verb.Is(T::kMD))) return;
  // (Not an object's quantifier: "freed the hostages all held in Gaza"
  // has a finite verb before it.)
  if (FiniteVerbBefore(i - 1)) return;
  t.tag = T::kRB;
  if (past) verb.tag = T::kVBD;
}

void ContextRules::EarlyOrLateBeforeATime(size_t i) {
  TokenState& t = s_[i];
  const std::string_view next = s_[i + 1].word;
  if (t.Is(T::kJJ) && t.Can(T::kRB) && (WordIs(next, "on") || WordIs(next, "in") || WordIs(next, "at"))) {
    t.tag = T::kRB;
  }
}

// Whether the words before i, back to a preposition, are all modifiers of
// a bare noun phrase: "in Israeli tank" before "shelling" (but not "on a
// road" before "leading into").
bool ContextRules::InsidePrepositionalNp(size_t i) const {
  for (int k = 1; k <= 5; ++k) {
    const T tag = TagAt(i, -k);
    if (tag == T::kIN) return k > 1;
    if (!(tag == T::kNN || tag == T::kNNS || tag == T::kJJ)) return false;
  }
  return false;
}

// Whether a past verb form may report a clause: its base (said, told and
// the like, or the form without "-ed"/"-d") is a speech or cognition verb.
bool ContextRules::MayReport(std::string_view past) {
  static constexpr auto kIrregular = MakeSet("said", "told", "thought", "felt", "knew", "wrote", "heard", "saw",
                                             "understood", "found", "warned");
  if (kIrregular.Contains(past)) return true;
  for (size_t cut : {2, 1}) {  // the word sets ignore case
    if (past.size() <= cut + 2) continue;
    const std::string_view base = past.substr(0, past.size() - cut);
    if (word_classes::IsSpeechVerb(base) || word_classes::IsCognitionVerb(base)) return true;
  }
  return false;
}

// Whether "against" follows i, at once or after "and" and a noun or two:
// "asset freezes and travel bans against" (each noun as the lexicon first
// reads it; "bans" may yet be a verb).
bool ContextRules::AgainstAfterNouns(size_t i) const {
  if (WordAt(i, 1, "against")) return true;
  if (!WordAt(i, 1, "and")) return false;
  for (int k = 2; k <= 4; ++k) {
    const TokenState* t = At(i, k);
    if (t == nullptr || !(t->Can(T::kNN) || t->Can(T::kNNS) || t->Is(T::kJJ))) return false;
    if (WordAt(i, k + 1, "against")) return t->Can(T::kNNS);
  }
  return false;
}

// Whether the words before i are one noun phrase right after a verb that
// may report: "said the country's air defences" before "shot".
bool ContextRules::ReportedNounPhraseBefore(size_t i, bool gerund_too) const {
  size_t k = i;
  while (k > 0 && (IsNoun(s_[k - 1].tag) || IsPrenominal(s_[k - 1].tag))) --k;
  if (k == i || k == 0) return false;
  const TokenState& verb = s_[k - 1];
  if (gerund_too && verb.Is(T::kVBG) && verb.word.size() > 5 && verb.word.ends_with("ing")) {
    // "saying", "warning", "noting": the gerund's stem, with its "e" back.
    const std::string_view stem = verb.word.substr(0, verb.word.size() - 3);
    return word_classes::IsSpeechVerb(stem) || word_classes::IsSpeechVerb(std::string(stem) + "e");
  }
  return (verb.Is(T::kVBD) || verb.Is(T::kVBZ) || verb.Is(T::kVBP)) && MayReport(verb.word);
}

// Whether the clause holding i has nothing but one noun phrase before i:
// "Kenyan police" before "shot".
bool ContextRules::OnlyANounPhraseBefore(size_t i) const {
  size_t k = i;
  while (k > 0 && !IsClauseBoundary(k - 1)) --k;
  if (k == i) return false;
  for (; k < i; ++k) {
    const T t = s_[k].tag;
    if (!IsNoun(t) && !IsPrenominal(t)) return false;
  }
  return true;
}

// Whether the name ending just before i (proper nouns and other
// capitalised words: "South Korea", "Turkey") opens its clause.
bool ContextRules::NameOpensClause(size_t i) const {
  size_t k = i - 1;
  while (k > 0 && (s_[k - 1].Is(T::kNNP) || s_[k - 1].Is(T::kNNPS) ||
                   (s_[k - 1].capitalized && !s_[k - 1].Is(T::kDT)))) {
    --k;
  }
  return k == 0 || IsClauseBoundary(k - 1);
}

// Whether the clause holding i opens with "that".
bool ContextRules::ThatOpensClause(size_t i) const {
  size_t k = i;
  while (k > 0 && !IsClauseBoundary(k - 1)) --k;
  return k > 0 && WordIs(s_[k - 1].word, "that");
}

// Has a finite verb appeared since the last clause boundary before i?
bool ContextRules::FiniteVerbBefore(size_t i) const {
  for (size_t k = i; k-- > 0;) {
    if (IsFiniteVerb(s_[k].tag)) return true;
    if (IsClauseBoundary(k)) return false;
  }
  return false;
}

bool ContextRules::FiniteVerbAfter(size_t i, bool or_past_form) const {
  for (size_t k = i + 1; k < s_.size(); ++k) {
    if (IsFiniteVerb(s_[k].tag) || (or_past_form && (s_[k].Can(T::kVBD) || s_[k].Is(T::kMD)))) return true;
  }
  return false;
}

// Does the clause holding i open with a noun phrase (a subject)? Then the
// first verb after it is the clause's finite verb: "Chile on Friday
// recalled ...", "that the Belgian army in Congo trained ...".
bool ContextRules::ClauseOpensWithSubject(size_t i) const {
  size_t k = i;
  while (k > 0 && !IsClauseBoundary(k - 1)) --k;
  if (k == i) return false;
  const T t = s_[k].tag;
  // (An adjective before a noun opens one too: "Insurgent fighters led by
  // ... stormed".)
  return IsNoun(t) || t == T::kDT || t == T::kPRP || t == T::kPRPS || t == T::kCD ||
         (t == T::kJJ && k + 1 < i && IsNoun(s_[k + 1].tag));
}

// The tag before the run of proper nouns that ends just before i (a
// period at the sentence start): ", Reuters reports", "50 Islamic State".
T ContextRules::TagBeforeName(size_t i) const {
  size_t k = i;
  while (k > 0 && (s_[k - 1].tag == T::kNNP || s_[k - 1].tag == T::kNNPS)) --k;
  return k > 0 ? s_[k - 1].tag : T::kPeriod;
}

T ContextRules::TagBeforeAdverbs(size_t i) const {
  size_t k = i;
  while (k > 0 && IsAdverb(s_[k - 1].tag)) --k;
  return k > 0 ? s_[k - 1].tag : T::kPeriod;
}

// Does the clause holding i open with a word tagged `tag` ("Syrian forces
// clash")?
bool ContextRules::ClauseOpensWith(size_t i, T tag) const {
  size_t k = i;
  while (k > 0 && !IsClauseBoundary(k - 1)) --k;
  return k < i && s_[k].Is(tag);
}

// A comma or dash opening or closing an apposition.
bool ContextRules::IsAppositionMark(size_t k) const {
  return s_[k].Is(T::kComma) || (s_[k].Is(T::kColon) && (s_[k].word == "--" || s_[k].word == "\u2013" ||
                                                        s_[k].word == "\u2014"));
}

// Is the noun phrase ending at i-1 a determined apposition to a name
// ("Khalilzad -- the US diplomat tasked with ...")?
bool ContextRules::InApposition(size_t i) const {
  size_t k = i;
  while (k > 0) {
    const T t = s_[k - 1].tag;
    if (IsNoun(t) || t == T::kJJ || t == T::kDT || t == T::kCD || t == T::kPRPS || t == T::kPOS) {
      --k;
      continue;
    }
    break;
  }
  return k >= 2 && k < i && (s_[k].Is(T::kDT) || s_[k].Is(T::kPRPS)) && IsAppositionMark(k - 1) &&
         AppositionHead(k - 2, k - 1);
}

bool ContextRules::AppositionOfAnObject(size_t i) const {
  size_t k = i;
  bool of = false;
  while (k > 0) {
    const T t = s_[k - 1].tag;
    if (IsNoun(t) || t == T::kJJ || t == T::kDT || t == T::kCD || t == T::kPRPS || t == T::kPOS) {
      --k;
    } else if (t == T::kIN && WordIs(s_[k - 1].word, "of")) {
      of = true;
      --k;
    } else {
      break;
    }
  }
  if (!of || k < 2 || k >= i || !s_[k - 1].Is(T::kComma) || !(WordIs(s_[k].word, "a") || WordIs(s_[k].word, "an"))) {
    return false;
  }
  // Closed by a comma: "Rohan took Edoras, a member of the council said."
  // ends on the speaker's verb.
  bool closed = false;
  for (size_t j = i + 1; j < s_.size() && !s_[j].Is(T::kPeriod) && !closed; ++j) closed = s_[j].Is(T::kComma);
  if (!closed) return false;
  for (size_t j = 0; j + 1 < k; ++j) {
    if (s_[j].Is(T::kVBD) || s_[j].Is(T::kVBZ) || s_[j].Is(T::kVBP)) return true;
  }
  return false;
}

bool ContextRules::AppositionOfANameAfterVerb(size_t i) const {
  size_t k = i;
  while (k > 0 && (IsNoun(s_[k - 1].tag) || s_[k - 1].Is(T::kJJ) || s_[k - 1].Is(T::kCD))) --k;
  if (k == i || k < 3 || !s_[k - 1].Is(T::kDT) ||
      !(WordIs(s_[k - 1].word, "the") || WordIs(s_[k - 1].word, "a") || WordIs(s_[k - 1].word, "an")) ||
      !s_[k - 2].Is(T::kComma) || !s_[k - 3].Is(T::kNNP) || word_classes::IsDateWord(s_[k - 3].word)) {
    return false;
  }
  // (A finite verb before the name makes it an object, not the subject the
  // apposition's verb would be the verb of.)
  for (size_t j = k - 3; j-- > 0;) {
    if (s_[j].Is(T::kVBD) || s_[j].Is(T::kVBZ) || s_[j].Is(T::kVBP)) return true;
  }
  return false;
}

// Can the word at `word` carry an apposition opened by the mark at
// `mark`? A name before a comma; any noun before a dash.
bool ContextRules::AppositionHead(size_t word, size_t mark) const {
  return s_[word].Is(T::kNNP) || s_[word].Is(T::kNNPS) ||
         (s_[mark].Is(T::kColon) && (s_[word].Is(T::kNN) || s_[word].Is(T::kNNS)));
}

// Does a comma or dash after i close the apposition, with the name's verb
// right after it (past a date)? Not "Kabul, a spokesman said on Monday."
bool ContextRules::VerbAfterClosingMark(size_t i) const {
  for (size_t k = i + 1; k < s_.size() && k < i + 30; ++k) {
    if (s_[k].Is(T::kPeriod)) return false;
    if (!IsAppositionMark(k)) continue;
    size_t j = k + 1;
    while (j < s_.size() && (s_[j].Is(T::kRB) || word_classes::IsDateWord(s_[j].word) ||
                             (WordIs(s_[j].word, "on") && j + 1 < s_.size() &&
                              word_classes::IsDateWord(s_[j + 1].word)))) {
      ++j;
    }
    return j < s_.size() && (s_[j].Can(T::kVBD) || s_[j].Can(T::kVBZ) || s_[j].Can(T::kVBP) || s_[j].Can(T::kMD));
  }
  return false;
}

// Does the comma or dash at i-1 close such an apposition, with no finite
// verb inside it? Then the verb at i is the name's.
bool ContextRules::ClosesApposition(size_t i) const {
  // Past adverbs and a date: "-- on Friday left".
  size_t j = i;
  while (j > 0 && (s_[j - 1].Is(T::kRB) || word_classes::IsDateWord(s_[j - 1].word) ||
                   (j < i && WordIs(s_[j - 1].word, "on") && word_classes::IsDateWord(s_[j].word)))) {
    --j;
  }
  if (j < 3 || !IsAppositionMark(j - 1)) return false;
  bool finite_inside = false;
  for (size_t k = j - 2; k >= 1 && k + 30 > j; --k) {
    if (s_[k].Is(T::kPeriod)) return false;
    if (IsAppositionMark(k)) {
      // A non-restrictive relative clause has a verb of its own: "China,
      // which has close ties to both, offered".
      if (s_[k + 1].Is(T::kWDT) || s_[k + 1].Is(T::kWP)) return IsNoun(s_[k - 1].tag);
      return !finite_inside && (s_[k + 1].Is(T::kDT) || s_[k + 1].Is(T::kPRPS)) && AppositionHead(k - 1, k);
    }
    finite_inside |= IsFiniteVerb(s_[k].tag);
  }
  return false;
}

bool ContextRules::ClosesParticipleAside(size_t i) const {
  if (i < 3 || !s_[i - 1].Is(T::kComma)) return false;
  for (size_t k = i - 2; k >= 1 && k + 30 > i; --k) {
    if (IsFiniteVerb(s_[k].tag) || s_[k].Is(T::kPeriod)) return false;
    if (s_[k].Is(T::kComma)) return (s_[k + 1].Is(T::kVBN) || s_[k + 1].Is(T::kIN)) && IsNoun(s_[k - 1].tag);
  }
  return false;
}

// Where do the prepositional phrases right after the participle-or-past form
// at i end? Only plain prepositions, their noun phrases and a gerund after a
// preposition ("jailed for marching against Minsk") may come between; a noun
// phrase with no preposition before it opens a clause of its own ("said on
// Monday the talks were over"), and so does a name right after a common
// noun ("insisted in a statement Russia was"): then, or when a word of no
// such phrase comes first, no end is found (kNoEnd). *on_noun says whether
// the words before the end close a noun phrase. "as" may open the first
// phrase after a verb of dress or disguise ("gunmen dressed as hunters").
size_t ContextRules::EndOfPrepositionalPhrases(size_t i, bool* on_noun) const {
  static constexpr auto kPlainPrepositions =
      MakeSet("for", "in", "on", "at", "from", "with", "near", "of", "into", "over", "during", "by", "across",
              "between", "among", "under", "outside", "inside", "to", "against");
  static constexpr auto kDisguise = MakeSet("dressed", "disguised", "clad", "masked");
  bool after_noun = false, after_common_noun = false, after_preposition = false;
  for (size_t k = i + 1; k < s_.size(); ++k) {
    const T tag = s_[k].tag;
    const bool preposition = tag == T::kIN || tag == T::kTO;
    if (preposition) {
      const bool disguised_as = k == i + 1 && WordIs(s_[k].word, "as") && kDisguise.Contains(s_[i].word);
      if (!kPlainPrepositions.Contains(s_[k].word) && !disguised_as) return kNoEnd;
      after_noun = after_common_noun = false;
    } else if (tag == T::kVBG && after_preposition) {
      after_noun = after_common_noun = false;
    } else if (IsNoun(tag) || tag == T::kCD) {
      if (after_common_noun && IsProperNoun(tag)) return kNoEnd;
      after_noun = true;
      after_common_noun = tag == T::kNN || tag == T::kNNS;
    } else if (tag == T::kPOS || (tag == T::kCC && k + 1 < s_.size() && !IsVerb(s_[k + 1].tag))) {
      // (A possessor, or nouns joined by "and": "armed with rifles and grenades".)
      if (!after_noun) return kNoEnd;
      after_noun = after_common_noun = false;
    } else if (IsPrenominal(tag)) {
      if (after_noun) return kNoEnd;
    } else {
      *on_noun = after_noun;
      return k;
    }
    after_preposition = preposition;
  }
  return kNoEnd;
}

bool ContextRules::ReducedRelativeBeforeItsVerb(size_t i) const {
  static constexpr auto kFiniteBe = MakeSet("is", "are", "was", "were");
  static constexpr auto kAuxiliaries = MakeSet("has", "have", "had");
  bool on_noun = false;
  const size_t end = EndOfPrepositionalPhrases(i, &on_noun);
  if (end == kNoEnd || !on_noun) return false;
  if (kFiniteBe.Contains(s_[end].word)) return true;
  if (MayReport(s_[i].word)) return false;
  // (Right after a number the past form qualifies a noun: "handed over 29 alleged smugglers".)
  if (end + 1 >= s_.size() || !IsNoun(s_[end - 1].tag)) return false;
  // (Not past "to" and a bare verb the tagger read as a noun: "called on the Taliban to release detained
  // journalists".)
  for (size_t k = i + 1; k + 1 < end; ++k) {
    if (s_[k].Is(T::kTO) && s_[k + 1].Can(T::kVB)) return false;
  }
  const TokenState& verb = s_[end];
  if (kAuxiliaries.Contains(verb.word) || verb.Is(T::kMD)) return true;
  if (!verb.Can(T::kVBD) || !verb.word.ends_with("ed")) return false;
  const TokenState& object = s_[end + 1];
  if (object.Is(T::kDT) || object.Is(T::kPRPS) || object.Is(T::kCD) || object.Is(T::kNNS) || object.Is(T::kNNP) ||
      object.Is(T::kNNPS) || object.Is(T::kJJ)) {
    return true;
  }
  // A verb that takes no object has no passive participle to qualify a
  // noun with, nor one that stands as an adjective ("protesters gathered
  // outside"): "Troops sent to the border clashed with rebels".
  static constexpr auto kOnlyFinite =
      MakeSet("clashed", "marched", "protested", "demonstrated", "rioted", "rallied", "resigned", "retaliated",
              "responded", "agreed", "disagreed", "voted", "testified", "complained", "surrendered");
  return kOnlyFinite.Contains(verb.word);
}

// Is the noun phrase ending at i-1 the object of a preposition or verb
// ("in a speech given on Friday") rather than a possible subject? So is
// the last of a list of them, joined by commas and "and", whose first is
// one in a clause with a finite verb ("would begin with a truce, the
// release of women, elderly and wounded hostages held in Gaza"; not "In
// Kabul, several hundred men marched"), and one after a participle that
// qualifies its noun.
bool ContextRules::NounPhraseBeforeIsObject(size_t i) const {
  size_t k = i;
  bool listed = false;
  while (k > 0) {
    const T t = s_[k - 1].tag;
    const bool joins = (t == T::kCC || t == T::kComma) && k > 1 && k < i &&
                       (IsNoun(s_[k - 2].tag) || (t == T::kCC && s_[k - 2].Is(T::kJJ)));
    if (IsNoun(t) || t == T::kJJ || t == T::kDT || t == T::kCD || t == T::kPRPS || t == T::kPOS ||
        (t == T::kIN && WordIs(s_[k - 1].word, "of")) ||  // "Secretary of Energy X"
        joins || ((t == T::kVBN || t == T::kVBG) && k < i && IsNoun(s_[k].tag))) {
      listed |= joins;
      --k;
      continue;
    }
    break;
  }
  if (k == i || k == 0) return false;
  if (listed && !FiniteVerbBefore(k)) return false;
  const TokenState& head = s_[k - 1];
  if (head.Is(T::kIN)) return !head.Has(kSubordinatorBit);
  return head.Is(T::kVB) || head.Is(T::kVBG) || head.Is(T::kTO);
}

// Could the next word after token i (past adverbs) be a bare verb? "did
// not even ever clash": "even" is then an adverb.
bool ContextRules::VerbAfterAdverbs(size_t i) const {
  for (size_t k = i + 1; k < s_.size(); ++k) {
    if (IsNegOrAdverb(s_[k])) continue;
    return s_[k].Can(T::kVB);
  }
  return false;
}

// Could the next word (after adverbs) be a finite verb? Then token i is
// more likely its subject than a verb itself: "crowds burned down".
bool ContextRules::VerbMayFollow(size_t i) const {
  for (size_t k = i + 1; k < s_.size(); ++k) {
    if (IsNegOrAdverb(s_[k])) continue;
    const PosTagSet finite = TagBit(T::kVBD) | TagBit(T::kVBP) | TagBit(T::kVBZ) | TagBit(T::kMD);
    return (s_[k].candidates & finite) != 0;
  }
  return false;
}

}  // namespace context

void ApplyContextRules(std::span<TokenState> sentence) { context::ContextRules(sentence).Run(); }

namespace {

// Words the first pass reads whatever their candidates (MayMoveForward):
// tags fixed by convention ("to", "not", "as", "that"), "close to",
// compass words opening a name.
constexpr auto kWordsRulesRead = MakeSet("to", "not", "n't", "as", "that", "close", "north", "south", "east", "west");
constexpr auto kFloatingQuantifiers = MakeSet("both", "all", "each");
constexpr auto kEarlyOrLate = MakeSet("early", "late");
constexpr auto kApostropheS = MakeSet("'s");
// Most words are in none of the lists: one test rejects them (the tagger
// asks for every word it has not seen before).
constexpr WordSetFilter kRuleWordFilter(kWordsRulesRead, context::kCompassWords, context::kDemonymPrefixes,
                                        kApostropheS, context::kBeForms, context::kHaveForms, context::kDoForms,
                                        context::kSubordinators, kFloatingQuantifiers, kEarlyOrLate);

}  // namespace

uint32_t RuleWordBitsOf(std::string_view word) {
  uint32_t bits = word_classes::IsNameParticle(word) ? uint32_t{kNameParticleBit} : 0;
  if (!kRuleWordFilter.MayContain(word)) return bits;
  if (kWordsRulesRead.Contains(word)) bits |= kReadByForwardRulesBit;
  if (context::kCompassWords.Contains(word)) bits |= kCompassBit;
  if (context::kDemonymPrefixes.Contains(word)) bits |= kDemonymPrefixBit;
  if (kApostropheS.Contains(word)) bits |= kApostropheSBit;
  if (context::IsBe(word)) bits |= kBeBit;
  if (context::IsHave(word)) bits |= kHaveBit;
  if (context::IsDo(word)) bits |= kDoBit;
  if (context::IsSubordinator(word)) bits |= kSubordinatorBit;
  if (kFloatingQuantifiers.Contains(word)) bits |= kFloatingQuantifierBit;
  if (kEarlyOrLate.Contains(word)) bits |= kEarlyOrLateBit;
  return bits;
}

}  // namespace khaldun::lang_internal
