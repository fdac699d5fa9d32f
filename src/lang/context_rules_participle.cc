// The context rules' choice between the past tense and the past participle
// (ContextRules::ParticipleOrPast) for a form that may be either, which
// several rules of the first pass end in: its auxiliary, its agent,
// appositions, reduced relatives and the clause's subject decide.
#include <cstddef>

#include "lang/context_rule_words.h"
#include "lang/context_rules.h"
#include "lang/tag_state.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal::context {

void ContextRules::ParticipleOrPast(size_t i) {
  TokenState& t = s_[i];
  const TokenState* prev = PrevSkippingAdverbs(i);
  if (prev != nullptr && (prev->Has(kHaveBit) || prev->Has(kBeBit))) {
    Set(t, T::kVBN);
    return;
  }
  // "The troops that Russia sent to Belarus fired at ...", "The envoy the UN appointed met ...": past a
  // relative clause (with or without "that") of the sentence's opening noun phrase, whose one finite verb
  // has no object (the relative's gap), the next past form is the sentence's verb.
  {
    size_t k = i, verb = i;
    int finite = 0;
    while (k > 0 && !IsClauseBoundary(k - 1)) {
      if (IsFiniteVerb(s_[--k].tag)) ++finite, verb = k;
    }
    size_t after = verb + 1;
    while (after < i && (IsAdverb(s_[after].tag) || s_[after].Is(T::kVBN))) ++after;
    const auto noun_phrase_words = [&](size_t from, size_t to) {
      for (size_t j = from; j < to; ++j) {
        if (!(IsNoun(s_[j].tag) || IsPrenominal(s_[j].tag) || s_[j].Is(T::kDT) || s_[j].Is(T::kCD) ||
              s_[j].Is(T::kPRP))) {
          return false;
        }
      }
      return true;
    };
    bool relative = false;
    if (finite == 1 && (after == i || s_[after].Is(T::kIN) || s_[after].Is(T::kTO))) {
      if (k >= 3) {
        const TokenState& opener = s_[k - 1];
        relative = IsNoun(s_[k - 2].tag) && noun_phrase_words(0, k - 1) &&
                   (opener.Is(T::kWDT) || opener.Is(T::kWP) || (opener.Is(T::kIN) && WordIs(opener.word, "that")));
      } else if (k == 0 && noun_phrase_words(0, verb)) {
        // ("The aid they promised": a common noun, then a determiner or pronoun opening the relative's subject.)
        for (size_t m = 1; m + 1 < verb && !relative; ++m) {
          relative = (s_[m - 1].Is(T::kNN) || s_[m - 1].Is(T::kNNS)) && (s_[m].Is(T::kDT) || s_[m].Is(T::kPRP));
        }
      }
    }
    if (relative) {
      Set(t, T::kVBD);
      return;
    }
  }
  const T next = TagAt(i, 1);
  // "an airstrike carried out by Israel": a particle may come between. (Not
  // "by" and a gerund with its object, a means: "India retaliated by
  // expelling a Canadian diplomat", "responded by firing ballistic
  // missiles".)
  const bool by_follows = WordAt(i, 1, "by") || (next == T::kRP && WordAt(i, 2, "by"));
  const size_t after_by = i + (next == T::kRP ? 3 : 2);
  const bool means = by_follows && after_by + 1 < s_.size() && s_[after_by].Can(T::kVBG) &&
                     s_[after_by].word.ends_with("ing") &&
                     (s_[after_by + 1].Is(T::kDT) || s_[after_by + 1].Is(T::kPRPS) || s_[after_by + 1].Is(T::kCD) ||
                      s_[after_by + 1].Is(T::kNNP) || s_[after_by + 1].Is(T::kJJ));
  if (by_follows && !WordAt(i, next == T::kRP ? 3 : 2, "far") && !means) {
    Set(t, T::kVBN);
    return;
  }
  const T before = TagAt(i, -1);
  // "in a trial Washington denounced as a sham": after a name that follows
  // "a" and a deed or charge noun, after a comma or a preposition of manner
  // or place, the past form is the name's own verb in a relative clause
  // without "that" (noun_phrase_chunker.cc opens it).
  if (before == T::kNNP) {
    size_t k = i - 1;
    while (k > 0 && s_[k].Is(T::kNNP)) --k;
    if (k >= 2 && s_[k].Is(T::kNN) && !s_[k].capitalized && word_classes::IsDeedOrChargeNoun(s_[k].word) &&
        (WordIs(s_[k - 1].word, "a") || WordIs(s_[k - 1].word, "an")) &&
        (s_[k - 2].Is(T::kComma) || word_classes::OpensDeedBeforeRelative(s_[k - 2].word))) {
      Set(t, T::kVBD);
      return;
    }
  }
  if (IsNoun(before) && next == T::kTO && IsObjectThenToParticiple(t.word)) {
    Set(t, T::kVBN);
    return;
  }
  // "Khalilzad -- the US diplomat tasked with ending the war -- left for":
  // inside the apposition a participle, after it the name's verb.
  if (IsNoun(before) && (next == T::kIN || next == T::kTO || next == T::kRB) && InApposition(i) &&
      VerbAfterClosingMark(i)) {
    Set(t, T::kVBN);
    return;
  }
  // So after an adverb opening such an aside: "Imamoglu, widely seen as
  // Erdogan's rival, was detained", "The rebels, widely believed to be ...,".
  if (before == T::kRB && i >= 3 && s_[i - 2].Is(T::kComma) && IsNoun(TagAt(i, -3)) &&
      (next == T::kIN || next == T::kTO) && VerbAfterClosingMark(i)) {
    Set(t, T::kVBN);
    return;
  }
  // "released the mayor of Nablus, a member of the Hamas movement jailed
  // over a year ago, ..." (or "jailed two years ago"): after an object, an
  // apposition opened by "a" and running through an "of" phrase holds a
  // participle, not its own verb.
  const bool span_follows = next == T::kCD && i + 2 < s_.size() && word_classes::IsPeriodWord(s_[i + 2].word);
  if (IsNoun(before) && (next == T::kIN || next == T::kTO || next == T::kRB || span_follows) &&
      AppositionOfAnObject(i)) {
    Set(t, T::kVBN);
    return;
  }
  // So after a name a verb's clause holds, when the apposition opens with
  // "the": "refused to extradite Andrei Lugovoi, the former KGB officer
  // charged with murdering ..." (not a speaker's words: "..., the army
  // said in a statement"; but "charged with", "accused of" are charges).
  // (After a common noun: after a name it is the name's own verb, "..., a
  // verdict U.N. rights chief Michelle Bachelet condemned as ...".)
  if ((before == T::kNN || before == T::kNNS) && (next == T::kIN || next == T::kTO) &&
      (!MayReport(t.word) || WordAt(i, 1, "with") || WordAt(i, 1, "of")) && AppositionOfANameAfterVerb(i)) {
    Set(t, T::kVBN);
    return;
  }
  if (!StartsNounPhraseTag(next) && ClosesApposition(i)) {
    Set(t, T::kVBD);
    return;
  }
  // "The rebels, led by Gondor, attacked Rohan".
  if (before == T::kComma && ClosesParticipleAside(i)) {
    Set(t, T::kVBD);
    return;
  }
  const bool noun_follows = IsNoun(next) || next == T::kJJ;
  // Prenominal participle: "the proposed deal", "with jailed activists",
  // "the two jailed activists" (a bare number may end a subject: "Police
  // said two injured men...").
  const bool determined_number = before == T::kCD && (TagAt(i, -2) == T::kDT || TagAt(i, -2) == T::kPRPS);
  // "Armed and masked men": joined to an adjective before a noun.
  if (before == T::kCC && TagAt(i, -2) == T::kJJ && noun_follows && next != T::kNNP) {
    Set(t, T::kVBN);
    return;
  }
  // "aid for refugees and displaced people": joined to a preposition's
  // object, before a common noun, a past form qualifies that noun (after a
  // verb's object it may be a second verb: "killed ten and displaced
  // thousands"; so before a count: "massacred hundreds of Yazidi men and
  // abducted thousands of women"; nor a verb of pledge or threat, whose adjective news seldom uses: "suspended
  // Mali over the coup and threatened sanctions").
  static constexpr auto kSecondActs = MakeSet("threatened", "vowed", "pledged", "warned", "urged", "demanded");
  if (before == T::kCC && (TagAt(i, -2) == T::kNNS || TagAt(i, -2) == T::kNN) && t.word.ends_with("ed") &&
      (next == T::kNN || next == T::kNNS) && i >= 3 && !IsCountNoun(s_[i + 1].word) &&
      !kSecondActs.Contains(t.word)) {
    size_t k = i - 2;
    while (k > 0 && (IsNoun(s_[k - 1].tag) || s_[k - 1].Is(T::kJJ) || s_[k - 1].Is(T::kDT) || s_[k - 1].Is(T::kCD))) {
      --k;
    }
    if (k > 0 && s_[k - 1].Is(T::kIN) && !WordIs(s_[k - 1].word, "that")) {
      t.tag = T::kJJ;  // (as an adjective, whatever the lexicon lists, so the noun phrase opens with it)
      return;
    }
  }
  // "citing repeated and baseless attacks": joined by "and" to an adjective
  // before a noun, it is one too.
  if (t.word.ends_with("ed") && next == T::kCC && TagAt(i, 2) == T::kJJ &&
      (TagAt(i, 3) == T::kNN || TagAt(i, 3) == T::kNNS)) {
    t.tag = T::kJJ;
    return;
  }
  // After "to" an "-ed" form is no infinitive but qualifies the noun:
  // "withdrew to agreed lines".
  if (before == T::kTO && t.word.ends_with("ed") && noun_follows && next != T::kNNP) {
    Set(t, T::kJJ);
    return;
  }
  if ((IsPrenominal(before) && (before != T::kCD || determined_number)) || ((before == T::kIN || IsVerb(before)) &&
                                                     !At(i, -1)->Has(kHaveBit) && noun_follows &&
                                                     next != T::kNNP)) {
    if (noun_follows && next != T::kNNP) {
      Set(t, T::kVBN);
      return;
    }
  }
  if (i == 0 && (next == T::kIN || next == T::kTO || next == T::kRB)) {
    Set(t, T::kVBN);  // "Asked about the talks, he said"
    return;
  }
  // "Suspected Islamist rebels hacked ...": opening the sentence before a
  // noun's words, it qualifies the noun.
  if (i == 0 && t.word.ends_with("ed") && (next == T::kJJ || next == T::kNN || next == T::kNNS || next == T::kNNP)) {
    t.tag = T::kJJ;
    return;
  }
  // "killed at least 28": a quantity, not a phrase of place.
  const bool quantity = WordAt(i, 1, "at") && (WordAt(i, 2, "least") || WordAt(i, 2, "most"));
  const bool takes_no_object =
      (next == T::kIN && !WordAt(i, 1, "that") && !quantity) || next == T::kTO || next == T::kRB;
  // "ordered an investigation into the police officers involved.": at the clause's end, after a noun and a
  // finite verb, a form of a verb that needs an object qualifies the noun.
  if (IsNoun(before) && (next == T::kPeriod || next == T::kComma) && FiniteVerbBefore(i) &&
      (WordIs(t.word, "involved") || WordIs(t.word, "concerned") || WordIs(t.word, "affected"))) {
    Set(t, T::kVBN);
    return;
  }
  if (IsNoun(before) && (next == T::kIN || next == T::kTO) && !quantity && ReducedRelativeBeforeItsVerb(i)) {
    Set(t, T::kVBN);
    return;
  }
  // Asked only when the cheap tests pass: it scans the clause.
  // (A that-clause's bare verb is its verb: "demanded that Hamas release
  // all women and children held in Gaza".)
  const auto bare_verb_before = [&] {
    for (size_t k = i; k-- > 0 && !IsClauseBoundary(k);) {
      if (s_[k].Is(T::kVB)) return ThatOpensClause(i);
    }
    return false;
  };
  // (Nor one of holding people, with no object, in a phrase joined to a verb's object by "and": "released
  // women and children held in Gaza".)
  const auto joined_to_an_object = [&] {
    size_t k = i;
    bool joined = false;
    while (k > 0 && (IsNoun(s_[k - 1].tag) || IsPrenominal(s_[k - 1].tag) || s_[k - 1].Is(T::kCC))) {
      joined |= s_[--k].Is(T::kCC);
    }
    return joined && k > 0 && IsVerb(s_[k - 1].tag);
  };
  const bool joined_held = takes_no_object && IsHeldParticiple(t.word) && joined_to_an_object();
  const auto main_verb = [&] {
    return !FiniteVerbBefore(i) && ClauseOpensWithSubject(i) && !bare_verb_before() && !joined_held;
  };
  // "said Russia agreed to resume talks", "saying the two sides agreed to
  // meet": after the noun phrase a report opens with, a past form before
  // "to" and a verb is the reported clause's own verb, when no finite verb
  // follows in its clause ("said the soldiers sent to help were safe").
  const auto reported_verb = [&] {
    if (next != T::kTO || i + 2 >= s_.size() || !s_[i + 2].Can(T::kVB) || !ReportedNounPhraseBefore(i, true)) {
      return false;
    }
    for (size_t k = i + 3; k < s_.size() && !IsClauseBoundary(k); ++k) {
      if (IsFiniteVerb(s_[k].tag)) return false;
    }
    return true;
  };
  // "foreign fighters believed to be Russian had executed 300 men": a verb of belief before "to be" or "to
  // have", with a finite verb still to come in its clause, says what the noun before it is believed to be.
  const auto believed_to_be = [&] {
    if (!IsNoun(before) || next != T::kTO || i + 2 >= s_.size() || !IsBeliefParticiple(t.word) ||
        (!WordIs(s_[i + 2].word, "be") && !WordIs(s_[i + 2].word, "have"))) {
      return false;
    }
    for (size_t k = i + 3; k < s_.size() && !IsClauseBoundary(k); ++k) {
      if (IsFiniteVerb(s_[k].tag) || s_[k].Can(T::kVBD) || s_[k].Can(T::kMD)) return true;
    }
    return false;
  };
  if (believed_to_be()) {
    Set(t, T::kVBN);
    return;
  }
  if (IsNoun(before) && takes_no_object && !means && !main_verb() && !reported_verb() &&
      (FiniteVerbBefore(i) || NounPhraseBeforeIsObject(i) || joined_held)) {
    Set(t, T::kVBN);  // reduced relative: "the rebels killed in the raid"
    return;
  }
  // "agreed to send Marder armoured vehicles": after a name that is a
  // verb's object (a verb that reports nothing: "said Russia attacked
  // towns"), a past form before a common noun qualifies that noun.
  // So after a number: "extradited 29 suspected cartel members" (but "said
  // 29 attended meetings", and "at least", "at most", "more than" or "fewer
  // than" may come between the verb and it).
  // (Or before an adjective and its noun: "released five detained U.S.
  // citizens".)
  const bool noun_next =
      next == T::kNN || next == T::kNNS ||
      ((next == T::kJJ || (next == T::kNNP && before == T::kCD)) && (TagAt(i, 2) == T::kNN || TagAt(i, 2) == T::kNNS));
  if ((before == T::kNNP || before == T::kNNPS || before == T::kCD) && noun_next) {
    size_t k = i - 1;
    if (before == T::kCD) {
      const bool at_least = k >= 2 && WordIs(s_[k - 2].word, "at") &&
                            (WordIs(s_[k - 1].word, "least") || WordIs(s_[k - 1].word, "most"));
      const bool more_than = k >= 2 && WordIs(s_[k - 1].word, "than") &&
                             (WordIs(s_[k - 2].word, "more") || WordIs(s_[k - 2].word, "fewer"));
      if (at_least || more_than) k -= 2;
      // (Past a verb's particle: "handed over 29 alleged cartel figures".)
      if (k > 1 && (s_[k - 1].Is(T::kRP) || WordIs(s_[k - 1].word, "over") || WordIs(s_[k - 1].word, "back")) &&
          IsVerb(s_[k - 2].tag)) {
        --k;
      }
    } else {
      while (k > 0 && (s_[k - 1].Is(T::kNNP) || s_[k - 1].Is(T::kNNPS))) --k;
    }
    if (k > 0) {
      const TokenState& verb = s_[k - 1];
      // (With no finite verb before, it is the verb: "Western nations
      // including Britain imposed sanctions".)
      if (((verb.Is(T::kVB) || verb.Is(T::kVBG)) && FiniteVerbBefore(i)) ||
          ((verb.Is(T::kVBD) || verb.Is(T::kVBZ) || verb.Is(T::kVBP)) && !MayReport(verb.word))) {
        // (As an adjective, so the name, it and the noun make one phrase.)
        Set(t, t.Can(T::kJJ) ? T::kJJ : T::kVBN);
        return;
      }
    }
  }
  if (IsNominal(before) || before == T::kWDT || before == T::kWP || before == T::kEX ||
      before == T::kRB || before == T::kRRB || before == T::kCloseQuote || before == T::kCC ||
      StartsNounPhraseTag(next)) {
    Set(t, T::kVBD);
  }
}

}  // namespace khaldun::lang_internal::context
