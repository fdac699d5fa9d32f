// The tagger's contextual rules over one sentence (see ApplyContextRules in
// tag_state.h): written rules, applied left to right, that move a token to
// another of its candidate tags when its neighbours demand it. Not public
// API.
//
// The rules encode general English syntax (auxiliaries select participles,
// modals select bare verbs, determiners start noun phrases), not facts about
// any evaluation sentence. Each rule only picks a tag the lexicon allows for
// the word (or, for unknown words, one the guesser allowed).
//
// The class holds the queries the rules share (what lies around token i:
// clause openings, appositions, finite verbs before it; context_rules.cc);
// the passes are in their own files: context_rules_forward.cc (the first
// pass), context_rules_participle.cc (its past-or-participle decision) and
// context_rules_backward.cc (the second pass, which looks right at
// decisions of the first).
#ifndef KHALDUN_LANG_CONTEXT_RULES_H_
#define KHALDUN_LANG_CONTEXT_RULES_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "lang/context_rule_words.h"
#include "lang/pos_tag.h"
#include "lang/tag_state.h"

namespace khaldun::lang_internal::context {

class ContextRules {
 public:
  // Rules over `s`, which must outlive the object; Run rewrites its tags.
  explicit ContextRules(std::span<TokenState> s) : s_(s) {}

  // Applies the forward pass to every token, left to right, then the
  // backward pass to every token.
  void Run();

 private:
  // The token `offset` places from i, or null past either sentence edge.
  const TokenState* At(size_t i, int offset) const {
    // Before the first token the sum wraps around past the end: one test.
    const size_t j = i + static_cast<size_t>(static_cast<ptrdiff_t>(offset));
    if (j >= s_.size()) return nullptr;
    return &s_[j];
  }
  // The tag `offset` places from i; past either sentence edge a period.
  T TagAt(size_t i, int offset) const {
    const TokenState* t = At(i, offset);
    return t == nullptr ? T::kPeriod : t->tag;  // sentence edges look like "."
  }
  // Whether the word `offset` places from i is `lower` (any case).
  bool WordAt(size_t i, int offset, std::string_view lower) const {
    const TokenState* t = At(i, offset);
    return t != nullptr && WordIs(t->word, lower);
  }
  // Whether the words before i, back to a preposition, are all modifiers of
  // a bare noun phrase: "in Israeli tank" before "shelling" (but not "on a
  // road" before "leading into").
  bool InsidePrepositionalNp(size_t i) const;
  // The nearest token to the left that is not an adverb ("has not yet said").
  const TokenState* PrevSkippingAdverbs(size_t i, int max_skip = 3) const {
    for (int k = 1; k <= max_skip + 1; ++k) {
      const TokenState* t = At(i, -k);
      if (t == nullptr) return nullptr;
      if (!IsNegOrAdverb(*t)) return t;
    }
    return nullptr;
  }
  // Moves t to `tag` if the lexicon (or the guesser) allows it, else
  // leaves it.
  void Set(TokenState& t, T tag) {
    if (t.Can(tag)) t.tag = tag;
  }
  // Whether token k ends the clause before it: a relative pronoun, a
  // conjunction, punctuation that opens a clause, or a complementiser or
  // subordinator.
  bool IsClauseBoundary(size_t k) const {
    const T t = s_[k].tag;
    return t == T::kWDT || t == T::kWP || t == T::kWRB || t == T::kCC || t == T::kColon || t == T::kOpenQuote ||
           t == T::kComma ||
           (t == T::kIN && (WordIs(s_[k].word, "that") || s_[k].Has(kSubordinatorBit)));
  }
  // Whether a past verb form may report a clause: its base (said, told and
  // the like, or the form without "-ed"/"-d") is a speech or cognition verb.
  static bool MayReport(std::string_view past);
  // Whether "against" follows i, at once or after "and" and a noun or two:
  // "asset freezes against", "asset freezes and travel bans against".
  bool AgainstAfterNouns(size_t i) const;
  // Whether the words before i are one noun phrase right after a verb that
  // may report: "said the country's air defences" before "shot". With
  // `gerund_too`, a gerund of speech counts too: "saying Russia" before
  // "agreed".
  bool ReportedNounPhraseBefore(size_t i, bool gerund_too = false) const;
  // Whether the clause holding i has nothing but one noun phrase before i:
  // "Kenyan police" before "shot".
  bool OnlyANounPhraseBefore(size_t i) const;
  // Whether the name ending just before i (proper nouns and other
  // capitalised words: "South Korea", "Turkey") opens its clause.
  bool NameOpensClause(size_t i) const;
  // Whether the clause holding i opens with "that".
  bool ThatOpensClause(size_t i) const;
  // Has a finite verb appeared since the last clause boundary before i?
  bool FiniteVerbBefore(size_t i) const;
  // Is any word after i, to the end of the sentence, tagged a finite verb
  // (or, with `or_past_form`, a modal or a word that may be a past tense,
  // which the forward pass has not reached yet)?
  bool FiniteVerbAfter(size_t i, bool or_past_form = false) const;
  // Does the clause holding i open with a noun phrase (a subject)? Then the
  // first verb after it is the clause's finite verb: "Chile on Friday
  // recalled ...", "that the Belgian army in Congo trained ...".
  bool ClauseOpensWithSubject(size_t i) const;
  // The tag before the run of proper nouns that ends just before i (a
  // period at the sentence start): ", Reuters reports", "50 Islamic State".
  T TagBeforeName(size_t i) const;
  // The tag before the run of adverbs that ends just before i (a period
  // at the sentence start): "Russia" before "immediately release".
  T TagBeforeAdverbs(size_t i) const;
  // Does the clause holding i open with a word tagged `tag` ("Syrian forces
  // clash")?
  bool ClauseOpensWith(size_t i, T tag) const;
  // A comma or dash opening or closing an apposition.
  bool IsAppositionMark(size_t k) const;
  // Is the noun phrase ending at i-1 a determined apposition to a name
  // ("Khalilzad -- the US diplomat tasked with ...")?
  bool InApposition(size_t i) const;
  // Does the noun phrase ending at i-1 open with "a" after a comma, run
  // through an "of" phrase, follow a finite verb and close with a comma
  // after i, as an apposition to that verb's object ("released the mayor of
  // Nablus, a member of the Hamas movement jailed a year ago, ...")?
  bool AppositionOfAnObject(size_t i) const;
  // Does the noun phrase ending at i-1 open with "the", "a" or "an" after a
  // comma that follows a name, itself after a finite verb, as an apposition
  // to a name the verb's clause holds ("refused to extradite Andrei
  // Lugovoi, the former KGB officer charged with ...")?
  bool AppositionOfANameAfterVerb(size_t i) const;
  // Can the word at `word` carry an apposition opened by the mark at
  // `mark`? A name before a comma; any noun before a dash.
  bool AppositionHead(size_t word, size_t mark) const;
  // Does a comma or dash after i close the apposition, with the name's verb
  // right after it (past a date)? Not "Kabul, a spokesman said on Monday."
  bool VerbAfterClosingMark(size_t i) const;
  // Does the comma or dash at i-1 close such an apposition, with no finite
  // verb inside it? Then the verb at i is the name's.
  bool ClosesApposition(size_t i) const;
  // Does the comma at i-1 close a participle or a prepositional phrase set
  // off by commas right after a noun, with no finite verb or other comma
  // inside ("The rebels, led by Gondor, attacked", "Abe, on a visit to
  // Seoul, condemned")? Then the verb at i is the noun's.
  bool ClosesParticipleAside(size_t i) const;
  // Where do the prepositional phrases right after token i end (kNoEnd when
  // a clause of its own may open among them)? *on_noun: do they end on a noun?
  static constexpr size_t kNoEnd = static_cast<size_t>(-1);
  size_t EndOfPrepositionalPhrases(size_t i, bool* on_noun) const;
  // Is the participle-or-past form at i a reduced relative whose noun is the
  // subject of the verb after its prepositional phrases: a finite "be",
  // "talks planned for Sunday in Oman were called off"; or, unless the form
  // is a verb of saying (whose clause may follow with no "that"), a past
  // form with an object, an auxiliary, or a verb that takes no object:
  // "soldiers trained in Russia killed 12 villagers", "troops sent to the
  // border clashed with rebels".
  bool ReducedRelativeBeforeItsVerb(size_t i) const;
  // Is the noun phrase ending at i-1 the object of a preposition or verb
  // ("in a speech given on Friday") rather than a possible subject?
  bool NounPhraseBeforeIsObject(size_t i) const;
  // Could the next word after token i (past adverbs) be a bare verb? "did
  // not even ever clash": "even" is then an adverb.
  bool VerbAfterAdverbs(size_t i) const;
  // Could the next word (after adverbs) be a finite verb? Then token i is
  // more likely its subject than a verb itself: "crowds burned down".
  bool VerbMayFollow(size_t i) const;

  // The first pass: Forward at every token that a rule may move, left to
  // right.
  void ForwardPass();
  // The second pass: Backward at every token that a rule may move, left
  // to right.
  void BackwardPass();
  // Between the passes, one sweep for the two rules below, at the tokens
  // whose words they read. (Neither reads what the other writes: a quantifier
  // moves determiners and verbs, "early" and "late" only adjectives.)
  void BetweenPasses();
  // At token i, 0 < i < size - 1: "France and Italy both condemned Israel",
  // "they all agreed": "both", "all" or "each" after the subject's noun or
  // "they", "we", before a verb, floats from the subject (RB), and a past
  // form after it is the subject's verb (VBD), not a participle the
  // quantifier determines.
  void FloatingQuantifier(size_t i);
  // At token i, i < size - 1: "early" or "late" before "on", "in" or "at"
  // ("late on Tuesday", "early in the war") says when, an adverb (RB), so
  // that a subject before it still reaches its verb: "Ali late on Tuesday
  // denounced the plan" ("late Sunday" is an adjective in a time phrase).
  void EarlyOrLateBeforeATime(size_t i);
  // The first pass at token i: at most one rule fires, the first that
  // matches, and sets the tag of i (a few also settle the token before it).
  void Forward(size_t i);
  // The second pass at token i, after the first pass over the sentence:
  // possessive or "is", compass words and capitalised words in names, a
  // phrase's last adjective as its head noun.
  void Backward(size_t i);
  // Chooses between the past tense (VBD) and the past participle (VBN) for
  // a token that may be either, from its auxiliary, its agent, appositions,
  // reduced relatives and the clause's subject; may leave the tag.
  void ParticipleOrPast(size_t i);
  // Retags capitalised token i as part of a name when its neighbours say it
  // is one ("the opposition Move Forward Party", "in Novi Sad"); returns
  // whether it did.
  bool NamePart(size_t i);

  std::span<TokenState> s_;
};

}  // namespace khaldun::lang_internal::context

#endif  // KHALDUN_LANG_CONTEXT_RULES_H_
