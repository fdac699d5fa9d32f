// The context rules' first pass (ContextRules::Forward), left to right:
// at each token the first rule that matches sets its tag. Most rules name
// the sentence they were written for; each moves a token only to a tag its
// neighbours demand. Several end in the past-tense-or-participle decision
// (context_rules_participle.cc).
#include <cctype>
#include <cstddef>
#include <string_view>

#include "lang/context_rule_words.h"
#include "lang/context_rules.h"
#include "lang/tag_state.h"
#include "lang/word_classes.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal::context {
namespace {

// Word lists of single rules below.
constexpr auto kAttributionVerbs = MakeSet("reports", "says", "writes", "adds", "notes", "claims",
    "confirms", "announces");
constexpr auto kParticlesAfterName = MakeSet("down", "up", "out", "off", "back", "away");
constexpr auto kTitlesAfterNoun = MakeSet("chief", "general");
constexpr auto kSingularDeterminers = MakeSet("a", "an", "another", "each", "every");
// Adjectives that, after a determiner, name a body of people or a deed: "the military", "the offensive".
constexpr auto kCollectiveAdjectives = MakeSet("military", "public", "offensive");
constexpr auto kNot = MakeSet("not", "n't");
constexpr auto kPredeterminers = MakeSet("such", "all", "both", "half", "quite");
constexpr auto kBareInfinitiveVerbs = MakeSet("helps", "helped", "lets", "let", "makes", "made");
constexpr auto kParticles = MakeSet("up", "out", "off", "down", "away");
constexpr auto kDegreeWords = MakeSet("more", "most", "less", "least");

// What the first pass reads of a token, for the test that skips a token no
// rule can move (MayMoveForward). But for the words whose tag is fixed by
// convention, capitalised words joining a name and an adjective in "-ed"
// before "by", a rule moves a token only to another of its candidates, and
// only from the tags it names: so a token may move only if it has a
// candidate, other than its tag, that a rule for its tag may choose.
// A rule added below must keep OtherCandidatesRead and the lists true (the
// list of words read whatever their candidates, kWordsRulesRead, is in
// context_rules.cc, where RuleWordBitsOf reads it).
//
// Candidates a rule may choose whatever the current tag: an "-s" verb
// (attribution), a predeterminer, an adverb or a bare verb (after modals),
// a particle, an adverb of degree, a participle or gerund (which may make
// an adjective).
constexpr PosTagSet kCandidatesReadForAnyTag = TagBit(T::kVBZ) | TagBit(T::kPDT) | TagBit(T::kRB) |
                                               TagBit(T::kVB) | TagBit(T::kRP) | TagBit(T::kRBR) |
                                               TagBit(T::kRBS) | TagBit(T::kVBG) | TagBit(T::kVBN);
// The candidates the rules for a token tagged `tag` may choose.
constexpr PosTagSet OtherCandidatesRead(T tag) {
  switch (tag) {
    case T::kNN:  // headline present, past after a subject, participles, gerunds
      return kCandidatesReadForAnyTag | TagBit(T::kVBP) | TagBit(T::kVBD);
    case T::kJJ:  // heads of phrases, verbs before determiners, participles
      return kCandidatesReadForAnyTag | TagBit(T::kNN) | TagBit(T::kVBP) | TagBit(T::kVBD);
    case T::kVBZ:  // plural nouns, adjectives after "very"
      return kCandidatesReadForAnyTag | TagBit(T::kNNS) | TagBit(T::kJJ);
    case T::kVB:
    case T::kVBP:  // past tense, nouns, adjectives, participles, present
      return kCandidatesReadForAnyTag | TagBit(T::kVBD) | TagBit(T::kNN) | TagBit(T::kJJ) | TagBit(T::kVBP);
    case T::kVBD:
    case T::kVBN:  // past or participle, adjectives after "very"
      return kCandidatesReadForAnyTag | TagBit(T::kVBD) | TagBit(T::kJJ);
    case T::kVBG:  // nouns, adjectives
      return kCandidatesReadForAnyTag | TagBit(T::kNN) | TagBit(T::kJJ);
    case T::kRB:  // a noun after a determiner
      return kCandidatesReadForAnyTag | TagBit(T::kNN);
    default:
      return kCandidatesReadForAnyTag;
  }
}
// The tags a capitalised word may leave whatever its candidates (for a name).
constexpr PosTagSet kTagsOfCapitalisedRules = TagBit(T::kJJ) | TagBit(T::kFW) | TagBit(T::kVB) | TagBit(T::kVBD) |
                                              TagBit(T::kVBG) | TagBit(T::kVBN) | TagBit(T::kVBP) | TagBit(T::kVBZ);

// Whether a rule of the first pass may move token t (see above): most
// tokens ("the", "government", "in") no rule can move.
bool MayMoveForward(const TokenState& t) {
  if ((t.candidates & ~TagBit(t.tag) & OtherCandidatesRead(t.tag)) != 0) return true;
  if (t.capitalized && (TagBit(t.tag) & kTagsOfCapitalisedRules) != 0) return true;
  if (t.Is(T::kJJ) && t.word.ends_with("ed")) return true;
  return t.Has(kReadByForwardRulesBit);  // a word of kWordsRulesRead
}
// The tags of the rules from the headline present to the past tense after
// a subject: nouns, adjectives (a comparative too: "lower") and the verb
// forms they move.
constexpr PosTagSet kTagsOfVerbOrNounRules = TagBit(T::kNN) | TagBit(T::kNNS) | TagBit(T::kJJ) | TagBit(T::kJJR) |
                                             TagBit(T::kVB) | TagBit(T::kVBP) | TagBit(T::kVBZ);
// The tags of the rules for noun-phrase heads: verb forms, adverbs and
// adjectives that a determiner or possessive makes nouns.
constexpr PosTagSet kVerbTags = TagBit(T::kVB) | TagBit(T::kVBD) | TagBit(T::kVBG) | TagBit(T::kVBN) |
                                TagBit(T::kVBP) | TagBit(T::kVBZ);
constexpr PosTagSet kTagsOfNounPhraseRules = kVerbTags | TagBit(T::kRB) | TagBit(T::kJJ);
// The tags of the rules from "very" to the agent after an adjective-first
// participle: verb forms, adjectives and nouns that may be participles.
constexpr PosTagSet kTagsOfAuxiliaryRules = kVerbTags | TagBit(T::kJJ) | TagBit(T::kNN);
// The tags of the rules from a bare form after a preposition to the base
// form or present tense.
constexpr PosTagSet kTagsOfBareFormRules = TagBit(T::kVB) | TagBit(T::kVBP) | TagBit(T::kNN) | TagBit(T::kVBG) |
                                           TagBit(T::kNNS) | TagBit(T::kVBZ);

}  // namespace

void ContextRules::ForwardPass() {
  for (size_t i = 0; i < s_.size(); ++i) {
    // Tested here, the call (with its stack frame) is saved too.
    if (MayMoveForward(s_[i])) Forward(i);
  }
}

void ContextRules::Forward(size_t i) {
  TokenState& t = s_[i];
  const std::string_view w = t.word;
  const T before = TagAt(i, -1);
  const T next = TagAt(i, 1);

  // "Planes carrying wounded soldiers": after a noun, before a past form
  // and its noun, an "-ing" form is the participle taking them as object.
  if (t.Can(T::kVBG) && (t.Is(T::kNN) || t.Is(T::kJJ) || t.Is(T::kVBG)) && IsNoun(before) &&
      (next == T::kVBD || next == T::kVBN) && IsNoun(TagAt(i, 2))) {
    t.tag = T::kVBG;
    return;
  }
  // A speech verb closing the sentence after ", Name": "..., Reuters
  // reports." is attribution, not the plural noun "reports".
  if (!t.capitalized && t.Can(T::kVBZ) && (before == T::kNNP || before == T::kNNPS) &&
      (next == T::kPeriod || i + 1 == s_.size()) &&
      kAttributionVerbs.Contains(w) && TagBeforeName(i) == T::kComma) {
    t.tag = T::kVBZ;
    return;
  }
  // "froze the assets of oligarchs close to Putin", "Sources close to the
  // talks said", "near Tabatol, close to the border with Mali": after a
  // noun or a comma, in a sentence with another finite verb, "close to" is
  // an adjective.
  if (WordIs(w, "close") && t.Can(T::kJJ) && (IsNoun(before) || before == T::kComma) && WordAt(i, 1, "to")) {
    bool other_verb = FiniteVerbBefore(i);
    for (size_t k = i + 2; k < s_.size() && !other_verb; ++k) {
      other_verb = s_[k].Is(T::kVBD) || s_[k].Is(T::kVBZ) || s_[k].Is(T::kMD);
    }
    if (other_verb) {
      t.tag = T::kJJ;
      return;
    }
  }
  // The rules up to names read a noun, adjective or verb; one test skips
  // them for any other token.
  if ((TagBit(t.tag) & kTagsOfVerbOrNounRules) != 0) {
    // Headline present: "Protesters clash with police", "Rebels attack army
    // posts": a plural subject opening the clause, then a word that can be its
    // verb, with no finite verb anywhere else in the sentence.
    if (t.Is(T::kNN) && t.Can(T::kVBP) && before == T::kNNS && !FiniteVerbBefore(i) &&
        (ClauseOpensWithSubject(i) || ClauseOpensWith(i, T::kJJ)) &&
        (next == T::kIN || next == T::kDT || IsNoun(next) || next == T::kJJ || next == T::kPRPS || next == T::kCD)) {
      if (!FiniteVerbAfter(i)) {
        t.tag = T::kVBP;
        return;
      }
    }
    // "the army chief held talks", "the police chief said": after a noun and
    // before a verb, "chief" heads the phrase.
    if (t.Is(T::kJJ) && t.Can(T::kNN) && kTitlesAfterNoun.Contains(w) && IsNoun(before) && i + 1 < s_.size() &&
        (s_[i + 1].Can(T::kVBD) || s_[i + 1].Can(T::kVBZ) || s_[i + 1].Is(T::kMD))) {
      t.tag = T::kNN;
      return;
    }
    // "after the military seized power": before a past form that opens an
    // object, "the military" is the subject, not a modifier of a participle;
    // so is "the Pakistani military" (a capitalised demonym after "the" or a
    // possessive, or opening the sentence: "Israel's Gaza offensive killed").
    const bool demonym_first = i >= 1 && (before == T::kJJ || before == T::kNNP) && s_[i - 1].capitalized &&
                               (i == 1 || s_[i - 2].Is(T::kDT) || s_[i - 2].Is(T::kPOS));
    if (t.Is(T::kJJ) && t.Can(T::kNN) && kCollectiveAdjectives.Contains(w) && (before == T::kDT || demonym_first) &&
        i + 2 < s_.size() &&
        s_[i + 1].Can(T::kVBD) && (s_[i + 1].Is(T::kVBN) || s_[i + 1].Is(T::kVBD)) &&
        StartsNounPhraseTag(s_[i + 2].tag) && !FiniteVerbBefore(i)) {
      t.tag = T::kNN;
      return;
    }
    // "Russia attacks Ukraine", "Turkey hosts millions of refugees": after a
    // name opening the clause and before an object, an "-s" form is the verb.
    if (t.Is(T::kNNS) && t.Can(T::kVBZ) && !t.capitalized && i > 0 &&
        (before == T::kNNP || (before == T::kNN && s_[i - 1].capitalized)) && NameOpensClause(i) &&
        !FiniteVerbBefore(i) &&
        (next == T::kDT || next == T::kCD || next == T::kPRPS || next == T::kNNP || next == T::kNNPS ||
         next == T::kNNS)) {
      t.tag = T::kVBZ;
      if (before == T::kNN) s_[i - 1].tag = T::kNNP;
      return;
    }
    // "50 Islamic State suspects": a number, then a name, then a plural noun
    // rather than a verb.
    if (t.Is(T::kVBZ) && t.Can(T::kNNS) && !t.capitalized && (before == T::kNNP || before == T::kNNPS) &&
        TagBeforeName(i) == T::kCD) {
      t.tag = T::kNNS;
      return;
    }
    // A past tense read as a noun after a name, before its particle: "Ukraine
    // shot down 20 drones", "Hamas set off"; after a plural subject too:
    // "Azerbaijani forces shot down a drone", also opening a report: "said
    // the country's air defences shot down".
    if (t.Is(T::kNN) && t.Can(T::kVBD) && !t.capitalized &&
        (before == T::kNNP || before == T::kNNPS ||
         (before == T::kNNS && ((OnlyANounPhraseBefore(i) && !FiniteVerbBefore(i)) || ReportedNounPhraseBefore(i)))) &&
        i + 1 < s_.size() && kParticlesAfterName.Contains(s_[i + 1].word)) {
      t.tag = T::kVBD;
      return;
    }
    // A bare verb read as a noun after the subject of a that-clause, before
    // its particle or its object: "demanded that President Rajapaksa step
    // down", "demanded that Russia return the bodies", "demanded that
    // Lukashenko hand over power", "that the military council hand power", "demanded that the president step down";
    // so is one read as a comparative: "that the government lower prices",
    // or as an adjective, before a name or a number too: "demanded that
    // Minsk free Andrzej Poczobut"; adverbs may come between: "that Russia
    // immediately release".
    const bool adjective_before_object =
        t.Is(T::kJJ) && (next == T::kNNP || next == T::kNNPS || next == T::kCD || next == T::kNNS);
    // So is a noun-first form before a name that is no date: "demanded that Belarus release Andrzej Poczobut".
    const bool noun_before_name = t.Is(T::kNN) && (next == T::kNNP || next == T::kNNPS) && i + 1 < s_.size() &&
                                  !word_classes::IsDateWord(s_[i + 1].word);
    // Any such form before a number or a count: "that Georgia's government
    // release hundreds of protesters".
    const bool before_count = next == T::kCD || (i + 1 < s_.size() && IsCountNoun(s_[i + 1].word));
    if ((t.Is(T::kNN) || t.Is(T::kJJR) || t.Is(T::kJJ)) && t.Can(T::kVB) && !t.capitalized &&
        IsNoun(TagBeforeAdverbs(i)) && i + 1 < s_.size() &&
        (kParticlesAfterName.Contains(s_[i + 1].word) || WordIs(s_[i + 1].word, "aside") ||
         (WordIs(s_[i + 1].word, "over") && IsNoun(TagAt(i, 2))) || next == T::kDT || next == T::kPRPS ||
         (WordIs(t.word, "hand") && WordIs(s_[i + 1].word, "power")) ||
         adjective_before_object || noun_before_name || before_count) &&
        !FiniteVerbBefore(i) && ThatOpensClause(i)) {
      t.tag = T::kVB;
      return;
    }
    // Joined by "and" or "or" to a bare verb of its clause, before an
    // object, a form that may be a bare verb is one: "urged Iran to halt
    // enrichment and free all prisoners", "demanded that Lukashenko hand over
    // power and free all political prisoners".
    if ((t.Is(T::kJJ) || t.Is(T::kNN)) && t.Can(T::kVB) && !t.capitalized && i >= 3 &&
        (WordAt(i, -1, "and") || WordAt(i, -1, "or")) && (next == T::kDT || next == T::kPRPS || next == T::kCD)) {
      for (size_t k = i - 2; k > 0 && !IsClauseBoundary(k); --k) {
        if (s_[k].Is(T::kVB)) {
          t.tag = T::kVB;
          return;
        }
      }
    }
    // A bare form after a singular name that opens its clause is past tense:
    // "Russia cut off gas supplies" (the present would be "cuts").
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBD) && before == T::kNNP && OnlyANounPhraseBefore(i) &&
        !FiniteVerbBefore(i) && (next == T::kRP || next == T::kDT || next == T::kPRPS || next == T::kCD)) {
      t.tag = T::kVBD;
      return;
    }
    // A past tense read as a noun after its subject, before its object:
    // "Kenyan police shot dead three protesters", "The army cut the road";
    // or before a past form it is coordinated with: "A gunman shot and
    // wounded the candidate".
    // (An adverb may come between: "Israeli troops mistakenly shot dead";
    // so after "and": "shot and seriously wounded".)
    const size_t second = i + 2 < s_.size() && s_[i + 2].Is(T::kRB) ? i + 3 : i + 2;
    const bool and_past =
        WordAt(i, 1, "and") && second < s_.size() && (s_[second].Is(T::kVBD) || s_[second].Is(T::kVBN));
    const size_t subject_end = before == T::kRB && i >= 2 ? i - 1 : i;
    const T subject_tag = TagAt(subject_end, -1);
    // (A name may be the subject: "The United States cast a veto".)
    if (t.Is(T::kNN) && t.Can(T::kVBD) && !t.capitalized &&
        (subject_tag == T::kNN || subject_tag == T::kNNS || subject_tag == T::kNNP || subject_tag == T::kNNPS) &&
        (next == T::kDT || next == T::kCD || next == T::kPRPS || WordAt(i, 1, "dead") || and_past) &&
        !FiniteVerbBefore(i) && OnlyANounPhraseBefore(subject_end)) {
      t.tag = T::kVBD;
      return;
    }
    // So is one read as an adjective before a particle: "Pakistani police
    // rounded up hundreds of refugees".
    if (t.Is(T::kJJ) && t.Can(T::kVBD) && !t.capitalized && next == T::kRP && IsNoun(subject_tag) &&
        !FiniteVerbBefore(i) && OnlyANounPhraseBefore(subject_end)) {
      t.tag = T::kVBD;
      return;
    }
  }
  // Rules for capitalised words: parts of names (context_rules_names.cc).
  if (t.capitalized && NamePart(i)) return;
  // Closed-class words whose treebank tag is fixed by convention.
  if (WordIs(w, "to")) { t.tag = T::kTO; return; }
  if (kNot.Contains(w)) { t.tag = T::kRB; return; }
  // Predeterminers: "such a step", "all the troops".
  if (t.Can(T::kPDT) && next == T::kDT && kPredeterminers.Contains(w)) {
    t.tag = T::kPDT;
    return;
  }
  // "as many as", "as well as": the first "as" is an adverb.
  if (WordIs(w, "as") && (next == T::kJJ || next == T::kRB) && WordAt(i, 2, "as")) {
    t.tag = T::kRB;
    return;
  }

  // Modals, "to" and do-support select the bare verb: "will not call".
  const TokenState* prev = PrevSkippingAdverbs(i);
  // Between them and that verb a word that is also an adverb is the adverb:
  // "did not even consider", "will further discuss" (but "to even the
  // score", "to further the cause" take an object, not a verb; nor is a
  // determiner before its noun: "respond to any move against Iran"; "can
  // neither build" keeps its adverb).
  static constexpr auto kDeterminers = MakeSet("any", "that", "this", "every", "some", "another", "each");
  if (prev != nullptr && t.Can(T::kRB) && !(t.Can(T::kDT) && kDeterminers.Contains(w)) &&
      (prev->Is(T::kMD) || prev->Is(T::kTO) || (IsVerb(prev->tag) && prev->Has(kDoBit))) && VerbAfterAdverbs(i)) {
    t.tag = T::kRB;
    return;
  }
  // So is an "-ly" word between "be" or "have" and a participle: "was
  // briefly detained", "has repeatedly called" (the lexicon lists "briefly"
  // as a noun first).
  if (prev != nullptr && t.Can(T::kRB) && w.size() > 4 && w.ends_with("ly") && IsVerb(prev->tag) &&
      (prev->Has(kBeBit) || prev->Has(kHaveBit))) {
    size_t k = i + 1;
    while (k < s_.size() && IsNegOrAdverb(s_[k])) ++k;
    if (k < s_.size() && (s_[k].Can(T::kVBN) || (prev->Has(kBeBit) && s_[k].Can(T::kVBG)))) {
      t.tag = T::kRB;
      return;
    }
  }
  if (prev != nullptr && (prev->Is(T::kMD) || prev->Is(T::kTO) ||
                          (IsVerb(prev->tag) && prev->Has(kDoBit)))) {
    const bool noun_then_pause = prev->Is(T::kTO) && IsNoun(t.tag) &&
                                 (next == T::kComma || next == T::kPeriod);
    // "sentenced to prison by a court", "returned to jail on Monday": where
    // one is held, with no object after it ("voted to jail him" jails).
    const bool place_of_detention = prev->Is(T::kTO) && IsNoun(t.tag) &&
                                    (WordIs(w, "prison") || WordIs(w, "jail")) &&
                                    (next == T::kIN || next == T::kCC || i + 1 == s_.size());
    if (t.Can(T::kVB) && t.tag != T::kDT && t.tag != T::kCD && !noun_then_pause && !place_of_detention) {
      t.tag = T::kVB;
      return;
    }
  }

  // Heads of noun phrases read as verbs, adverbs or adjectives: one test
  // skips these rules for any other tag.
  if ((TagBit(t.tag) & kTagsOfNounPhraseRules) != 0) {
    // Before a possessive "'s" an adjective that may be a noun is the owner: "the Myanmar military's chief".
    if (t.Is(T::kJJ) && t.Can(T::kNN) && next == T::kPOS) {
      t.tag = T::kNN;
      return;
    }
    // After a determiner or possessive the head of a noun phrase follows: "the offer", "its talks"; so after
    // "a" or "an" and a participle: "in a televised address".
    const bool determined = before == T::kDT || before == T::kPRPS || before == T::kPOS || before == T::kWPS ||
                            (before == T::kVBN && (WordAt(i, -2, "a") || WordAt(i, -2, "an")));
    if (determined && IsVerb(t.tag)) {
      if (t.Is(T::kVBZ) && t.Can(T::kNNS)) { t.tag = T::kNNS; return; }
      if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN)) { t.tag = T::kNN; return; }
      if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kJJ)) { t.tag = T::kJJ; return; }
      // ("the worsening humanitarian situation": before an adjective and a
      // noun, an "-ing" adjective.)
      if (t.Is(T::kVBG) && t.Can(T::kJJ) && next == T::kJJ && IsNoun(TagAt(i, 2))) { t.tag = T::kJJ; return; }
      if (t.Is(T::kVBG) && t.Can(T::kNN) && !IsNoun(next)) { t.tag = T::kNN; return; }
    }
    // "opened the Rafah crossing to": after a determiner and a name, a gerund
    // that no noun follows heads the phrase.
    if (t.Is(T::kVBG) && t.Can(T::kNN) && before == T::kNNP && TagBeforeName(i) == T::kDT && !IsNoun(next) &&
        next != T::kDT && next != T::kPRPS && next != T::kCD && next != T::kJJ) {
      t.tag = T::kNN;
      return;
    }
    // "the fatal police shooting of a teenager": after a common noun of a determined phrase, before "of", the
    // "-ing" form of a deed heads the phrase.
    static constexpr auto kDeedGerunds = MakeSet("shooting", "killing", "bombing", "shelling", "stabbing", "beating",
                                                 "kidnapping", "lynching", "sinking", "downing", "jailing", "torching");
    if (t.Is(T::kVBG) && t.Can(T::kNN) && before == T::kNN && WordAt(i, 1, "of") && kDeedGerunds.Contains(w)) {
      size_t k = i - 1;
      while (k > 0 && (s_[k - 1].Is(T::kNN) || s_[k - 1].Is(T::kJJ) || s_[k - 1].Is(T::kNNP))) --k;
      if (k > 0 && (s_[k - 1].Is(T::kDT) || s_[k - 1].Is(T::kPRPS) || s_[k - 1].Is(T::kPOS))) {
        t.tag = T::kNN;
        return;
      }
    }
    // "the first such transfer": after "such" a bare form is a noun.
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && WordAt(i, -1, "such")) { t.tag = T::kNN; return; }
    // "alleged killings and torture by the government": joined by "and" or
    // "or" to a noun, before "by" or "of", a bare form is a second noun.
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && before == T::kCC && i >= 2 && IsNoun(TagAt(i, -2)) &&
        (WordAt(i, 1, "by") || WordAt(i, 1, "of"))) {
      t.tag = T::kNN;
      return;
    }
    // "held a (lengthy) phone call with": after a singular determiner (or a
    // possessive pronoun: "to its trade blacklist"), any adjectives and a
    // singular noun, a bare form cannot be the verb (it would need "-s"), so
    // it is the compound's head; so after "the" when a finite verb follows
    // ("The phone call lasted an hour").
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && before == T::kNN && i >= 2 && !s_[i - 1].capitalized) {
      size_t k = i - 2;
      while (k > 0 && (s_[k].Is(T::kJJ) || s_[k].Is(T::kNN)) && !s_[k].capitalized) --k;
      const bool singular = (s_[k].Is(T::kDT) && kSingularDeterminers.Contains(s_[k].word)) || s_[k].Is(T::kPRPS);
      const bool finite_follows = next == T::kVBD || next == T::kVBZ || next == T::kMD;
      if (singular || (finite_follows && s_[k].Is(T::kDT) && WordIs(s_[k].word, "the"))) {
        t.tag = T::kNN;
        return;
      }
    }
    // "drawing a sharp rebuke from": after a singular determiner or a
    // possessive pronoun and adjectives, a bare form with no object is the
    // noun the phrase ends on ("their first face-to-face encounter since").
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && before == T::kJJ && i >= 2 &&
        (next == T::kIN || next == T::kTO || next == T::kComma || next == T::kPeriod)) {
      size_t k = i - 1;
      while (k > 0 && s_[k].Is(T::kJJ)) --k;
      if ((s_[k].Is(T::kDT) && kSingularDeterminers.Contains(s_[k].word)) || s_[k].Is(T::kPRPS)) {
        t.tag = T::kNN;
        return;
      }
    }
    // "in the south of Lebanon": after a determiner an adverb that is also a
    // noun is the noun.
    if (before == T::kDT && t.Is(T::kRB) && t.Can(T::kNN) && !IsAdjective(next) && next != T::kRB) {
      t.tag = T::kNN;
      return;
    }

    // An adjective that is also a noun heads the phrase after a possessive
    // when nothing nominal follows: "Sudan's military ousted the president"
    // (but "Iran's military leaders", "China's economic and military power").
    if (t.Is(T::kJJ) && t.Can(T::kNN) && before == T::kPOS && !IsNoun(next) && !IsPrenominal(next) &&
        next != T::kCC && next != T::kComma && next != T::kVBG) {
      t.tag = T::kNN;
      return;
    }
    // No adjective comes right before a determiner: after the subject that
    // opens the clause it is the verb ("Rohan and Gondor welcome the new
    // treaty").
    if (t.Is(T::kJJ) && t.Can(T::kVBP) && (next == T::kDT || next == T::kPRPS) && IsNoun(before) &&
        !FiniteVerbBefore(i) && ClauseOpensWithSubject(i)) {
      t.tag = T::kVBP;
      return;
    }
  }
  // Participles after auxiliaries and the past-or-participle choice: one
  // test skips them for any other tag.
  if ((TagBit(t.tag) & kTagsOfAuxiliaryRules) != 0) {
    // After "very" comes an adjective or adverb, never a verb: "drove very
    // close to the checkpoint".
    if (IsVerb(t.tag) && (t.Can(T::kJJ) || t.Can(T::kRB)) && i > 0 && WordIs(s_[i - 1].word, "very")) {
      t.tag = t.Can(T::kJJ) ? T::kJJ : T::kRB;
      return;
    }
    // A perfect: after "has", "have", "had" a form that is also a past
    // participle is the participle ("has celebrated the holiday"), unless it
    // is one that mostly qualifies nouns ("has renewed ties", "had sustained
    // losses").
    if (t.Is(T::kJJ) && t.Can(T::kVBN) && !word_classes::IsAdjectivalParticiple(w) && prev != nullptr &&
        prev->Has(kHaveBit) && prev->word != "'d") {
      t.tag = T::kVBN;
      return;
    }
    // A noun that is also a participle after "has", "have", "had", before a
    // particle or the start of an object: "had shot down five jets", "has hit
    // the convoy", "had shot dead 12 protesters".
    if (t.Is(T::kNN) && t.Can(T::kVBN) && prev != nullptr && prev->Has(kHaveBit) && prev->word != "'d" &&
        i + 1 < s_.size() && (kParticlesAfterName.Contains(s_[i + 1].word) || s_[i + 1].word == "dead" ||
                              next == T::kDT || next == T::kCD || next == T::kPRPS)) {
      t.tag = T::kVBN;
      return;
    }
    // After "help" as a verb, a noun that is also the bare verb, before the
    // start of an object, is the infinitive: "helped halt last month's
    // fighting", "to help end the war" (not "helped aid agencies").
    if (t.Is(T::kNN) && (t.Can(T::kVB) || t.Can(T::kVBP)) && prev != nullptr && IsVerb(before) &&
        (prev->word == "help" || prev->word == "helps" || prev->word == "helped" || prev->word == "helping") &&
        (next == T::kDT || next == T::kPRPS || next == T::kJJ || next == T::kCD || next == T::kPDT)) {
      t.tag = T::kVB;
      return;
    }
    // A passive: right after "was", "were", "been"... a noun that is also a
    // past participle is the participle ("was shot dead", "were hit by").
    if (t.Is(T::kNN) && t.Can(T::kVBN) && prev != nullptr && prev->Has(kBeBit) && next != T::kNN && next != T::kNNS) {
      t.tag = T::kVBN;
      return;
    }
    // A bare verb cannot follow "has": "has close ties", "have strong links".
    if (t.Is(T::kVB) && t.Can(T::kJJ) && IsNoun(next)) {
      const TokenState* prev_word = At(i, -1);
      if (prev_word != nullptr && prev_word->Has(kHaveBit)) {
        t.tag = T::kJJ;
        return;
      }
    }
    // Nor a bare form after a third-person or past verb that takes no bare
    // infinitive ("helped build", "let go" do): before a noun it is the
    // adjective, "used live ammunition", "fired live rounds" ("helped free
    // prisoners" frees them); else the noun, "seeks help from", "offered
    // support to".
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && (before == T::kVBZ || before == T::kVBD || before == T::kVBN)) {
      const TokenState* prev_word = At(i, -1);
      if (prev_word != nullptr && !prev_word->Has(kHaveBit) && !prev_word->Has(kBeBit) && !prev_word->Has(kDoBit) &&
          !kBareInfinitiveVerbs.Contains(prev_word->word)) {
        if (t.Is(T::kVB) && t.Can(T::kJJ) && IsNoun(next)) {
          t.tag = T::kJJ;
          return;
        }
        if (t.Can(T::kNN) && before != T::kVBN) {
          t.tag = T::kNN;
          return;
        }
      }
    }
    // A past form that the lexicon lists as a noun or adjective first is
    // the verb right after a subject pronoun: "said it shot down five jets",
    // "they shot two protesters"; so is a bare form after "he", "she" or
    // "it", which would take "-s" in the present: "he cut ties" (not after
    // "did" or a modal: "did it cut ties?").
    if (before == T::kPRP && t.Can(T::kVBD)) {
      const std::string_view pronoun = s_[i - 1].word;
      const bool singular = IsSingularSubjectPronoun(pronoun);
      const bool subject = singular || (IsNonThirdPronoun(pronoun) && !WordIs(pronoun, "you"));
      const bool asked = i >= 2 && (s_[i - 2].Has(kDoBit) || s_[i - 2].Is(T::kMD));
      if ((subject && (t.Is(T::kNN) || t.Is(T::kJJ))) || (singular && !asked && (t.Is(T::kVB) || t.Is(T::kVBP)))) {
        t.tag = T::kVBD;
        return;
      }
    }
    // A lexicon that lists an "-ed" word as a noun first ("abducted") is
    // wrong when a noun phrase comes on both sides: "gunmen abducted two
    // engineers", "abducted more than 200 pupils"; so is one that lists any
    // past form so before an object pronoun: "stormed the residence and shot him dead".
    const bool object_pronoun = next == T::kPRP && (WordAt(i, 1, "him") || WordAt(i, 1, "them") ||
                                                    WordAt(i, 1, "her") || WordAt(i, 1, "us"));
    if (t.Is(T::kNN) && t.Can(T::kVBD) && t.Can(T::kVBN) &&
        (object_pronoun ||
         (w.ends_with("ed") && (IsNoun(before) || before == T::kPRP) &&
          (next == T::kDT || next == T::kCD || next == T::kNNS || next == T::kNNP || next == T::kNNPS ||
           next == T::kPRPS || next == T::kJJ || next == T::kPRP ||
           ((next == T::kJJR || next == T::kRBR) && WordAt(i, 2, "than")))))) {
      t.tag = T::kVBD;
      ParticipleOrPast(i);
      return;
    }
    // A form that is also a participle, after a noun and a finite verb, with
    // its agent: "rejected the proposal put forward by Kyiv".
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBN) && IsNoun(before) && FiniteVerbBefore(i) &&
        (WordAt(i, 1, "by") || ((next == T::kRB || next == T::kRP) && WordAt(i, 2, "by")))) {
      t.tag = T::kVBN;
      return;
    }
    // A noun-first participle after a plural noun, with its agent or "dead":
    // "the deaths of 19 protesters shot by police", "civilians shot dead" (not
    // after a singular noun: "a production cut by OPEC" is one noun).
    if (t.Is(T::kNN) && t.Can(T::kVBN) && (before == T::kNNS || before == T::kNNPS) &&
        (WordAt(i, 1, "by") || WordAt(i, 1, "dead"))) {
      t.tag = T::kVBN;
      return;
    }
    // A participle spelled like its base form after "be" or "have": "the
    // vote was put off", "have cut ties".
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBN)) {
      const TokenState* auxiliary = PrevSkippingAdverbs(i);
      if (auxiliary != nullptr && (auxiliary->Has(kHaveBit) || auxiliary->Has(kBeBit))) {
        t.tag = T::kVBN;
        return;
      }
    }
    // Past tense or participle.
    if (t.Can(T::kVBD) && t.Can(T::kVBN) && (t.Is(T::kVBD) || t.Is(T::kVBN))) {
      ParticipleOrPast(i);
      return;
    }
    // An adjective-first past form as the verb of a clause that opened with
    // its subject: "The minister travelled to Pakistan", "Qatar brokered a
    // deal" (before a determiner an adjective would have no noun to qualify).
    // So before "and" and a second past form: "Rwanda armed and trained
    // the rebels".
    // So before a noun phrase when no finite verb follows: "Russia armed
    // separatists in Donbas" (not "the Houthi armed group attacked").
    const bool second_past = next == T::kCC && i + 2 < s_.size() && s_[i + 2].Can(T::kVBD) &&
                             (WordAt(i, 1, "and") || WordAt(i, 1, "or"));
    if (t.Is(T::kJJ) && t.Can(T::kVBD) && t.Can(T::kVBN) && IsNoun(before) &&
        (next == T::kTO || next == T::kIN || next == T::kDT || next == T::kPRPS || second_past ||
         ((next == T::kNNS || next == T::kNNP || next == T::kNNPS || next == T::kJJ || next == T::kCD) &&
          !FiniteVerbAfter(i, /*or_past_form=*/true))) &&
        !FiniteVerbBefore(i) && ClauseOpensWithSubject(i)) {
      t.tag = T::kVBD;
      ParticipleOrPast(i);
      return;
    }
    // An adjective-first participle after be/have with an agent: "is being
    // pressured by"; or after a noun, a reduced relative: "a ceasefire
    // brokered by Egypt", also set off by a comma: "Houthi fighters, armed
    // by Iran,".
    if (t.Is(T::kJJ) && (t.Can(T::kVBN) || w.ends_with("ed")) && WordAt(i, 1, "by") && prev != nullptr &&
        (prev->Has(kBeBit) || prev->Has(kHaveBit) || before == T::kNN || before == T::kNNS ||
         (before == T::kComma && IsNoun(TagAt(i, -2))))) {
      t.tag = T::kVBN;
      return;
    }
  }

  // "faces mounting pressure", "warring factions": an adjective before a noun.
  if ((t.Can(T::kVBG) || t.Can(T::kVBN)) && t.Can(T::kJJ) && (next == T::kNN || next == T::kNNS) &&
      word_classes::IsAdjectivalParticiple(w)) {
    const TokenState* prev_word = At(i, -1);
    if (prev_word == nullptr || (!prev_word->Has(kBeBit) && !prev_word->Has(kHaveBit))) {
      t.tag = T::kJJ;
      return;
    }
  }
  // Bare forms, gerunds and "-s" forms against nouns: one test skips them
  // for any other tag.
  if ((TagBit(t.tag) & kTagsOfBareFormRules) != 0) {
    // After a preposition (and an adjective), a bare form is a noun: "put the
    // army on high alert", "troops on alert".
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) &&
        (before == T::kIN || (before == T::kJJ && TagAt(i, -2) == T::kIN)) && !IsNoun(next) &&
        next != T::kDT && next != T::kPRPS && next != T::kPRP) {
      const TokenState* preposition = At(i, before == T::kIN ? -1 : -2);
      if (preposition != nullptr && !preposition->Has(kSubordinatorBit) && !WordIs(preposition->word, "that")) {
        t.tag = T::kNN;
        return;
      }
    }
    // Gerund or noun: "in the killing ." / "to planning the massacres".
    if ((t.Is(T::kNN) || t.Is(T::kVBG)) && t.Can(T::kVBG) && t.Can(T::kNN)) {
      // Before "between" it names what goes on between two parties:
      // "Fighting between the army and rebels killed 20", "as fighting
      // between the army and the RSF raged" (not after "be": "were
      // fighting between themselves").
      const TokenState* last = PrevSkippingAdverbs(i);
      if (WordAt(i, 1, "between") && (last == nullptr || !last->Has(kBeBit))) {
        t.tag = T::kNN;
        return;
      }
      // Opening a clause right before a finite verb that takes no object, it
      // is that verb's subject: "as fighting escalated over the region",
      // "Shelling continued overnight" (but "after killing wounded soldiers").
      // Its own phrase may come between: "though fighting with M23 rebels
      // continued in the east".
      int verb_at = 1;
      if (const TokenState* p = At(i, 1); p != nullptr && p->Is(T::kIN) && !p->Has(kSubordinatorBit)) {
        int k = 2;
        for (const TokenState* word = At(i, k);
             word != nullptr && k < 7 &&
             (IsNoun(word->tag) || word->Is(T::kDT) || word->Is(T::kJJ) || word->Is(T::kCD));
             word = At(i, ++k)) {
        }
        if (k > 2 && IsNoun(TagAt(i, k - 1))) verb_at = k;
      }
      const TokenState* following = At(i, verb_at);
      const T after_next = TagAt(i, verb_at + 1);
      if ((i == 0 || (before == T::kIN && s_[i - 1].Has(kSubordinatorBit))) && following != nullptr &&
          (following->Can(T::kVBD) || following->Can(T::kVBZ)) && !IsNoun(after_next) &&
          after_next != T::kDT && after_next != T::kPRPS && after_next != T::kPRP && after_next != T::kCD) {
        t.tag = T::kNN;
        return;
      }
      if ((IsNoun(before) || before == T::kJJ) &&
          (IsPunct(next) || IsVerb(next) || next == T::kMD || next == T::kCC)) {
        t.tag = T::kNN;
        return;
      }
      // After an adjective and before a preposition: "ethnic cleansing of",
      // "heavy fighting in".
      if (before == T::kJJ && (next == T::kIN || next == T::kTO)) {
        t.tag = T::kNN;
        return;
      }
      // The head of a preposition's noun phrase: "hurt by Israeli tank
      // shelling near Rafah", "died in army shelling on Friday".
      if (before == T::kNN && next == T::kIN && InsidePrepositionalNp(i)) {
        t.tag = T::kNN;
        return;
      }
      // (After "by", before an adjective and its noun too: "responded by
      // firing ballistic missiles", a means.)
      const bool by_means = before == T::kIN && WordIs(s_[i - 1].word, "by") && next == T::kJJ &&
                            (TagAt(i, 2) == T::kNNS || TagAt(i, 2) == T::kNN);
      if ((before == T::kIN || before == T::kTO || before == T::kComma) &&
          (next == T::kDT || next == T::kPRPS || next == T::kPRP || next == T::kCD ||
           (before == T::kComma && next == T::kJJ) || by_means)) {
        t.tag = T::kVBG;
        return;
      }
      // After a name that a preposition governs, before a determiner, a
      // number or an adjective and a name or plural noun, it opens a
      // participle on the phrase before: "struck a building in Doha housing
      // senior Hamas officials" (not "the Doha housing market").
      if (before == T::kNNP && TagAt(i, -2) == T::kIN &&
          (next == T::kDT || next == T::kPRPS || next == T::kCD ||
           (next == T::kJJ && (TagAt(i, 2) == T::kNNP || TagAt(i, 2) == T::kNNPS || TagAt(i, 2) == T::kNNS)))) {
        t.tag = T::kVBG;
        return;
      }
      // After a subordinator, before a name, a nationality and its noun or
      // title, or "against": "after meeting Putin", "after meeting Afghan
      // officials", "after meeting Chinese President Xi", "while warning against escalation".
      const TokenState* following_word = At(i, 1);
      const bool nationality = next == T::kJJ && following_word != nullptr &&
                               std::isupper(static_cast<unsigned char>(following_word->word[0])) != 0 &&
                               (TagAt(i, 2) == T::kNNS || TagAt(i, 2) == T::kNN || TagAt(i, 2) == T::kNNP);
      if (before == T::kIN && s_[i - 1].Has(kSubordinatorBit) &&
          (next == T::kNNP || next == T::kNNPS || nationality || WordAt(i, 1, "against"))) {
        t.tag = T::kVBG;
        return;
      }
      if (before == T::kIN && (next == T::kPeriod || next == T::kComma)) {
        t.tag = T::kNN;
        return;
      }
    }

    // Plural noun or third-person verb: "peace talks" / "the Taliban talks to".
    if ((t.Is(T::kNNS) && t.Can(T::kVBZ)) || (t.Is(T::kVBZ) && t.Can(T::kNNS))) {
      const TokenState* p = At(i, -1);
      if (p != nullptr && IsSingularSubjectPronoun(p->word)) { t.tag = T::kVBZ; return; }
      // "whose country chairs the bloc": after "whose" and its singular noun, before an object, the verb.
      if (before == T::kNN && WordAt(i, -2, "whose") &&
          (next == T::kDT || next == T::kPRPS || next == T::kNNP || next == T::kCD)) {
        t.tag = T::kVBZ;
        return;
      }
      // After a determiner, number or adjective; or right after a verb or
      // preposition, where an object starts: "rejected calls for a truce".
      if (before == T::kDT || before == T::kPRPS || before == T::kPOS || before == T::kCD ||
          before == T::kJJ || before == T::kIN || (IsVerb(before) && before != T::kVBG)) {
        t.tag = T::kNNS;
        return;
      }
      // "rejected US calls for", "imposed asset freezes": a name or noun right after a past verb that reports
      // nothing modifies its plural object ("said US calls for" may report); after one that may, only before
      // "against" ("announced asset freezes against").
      if ((before == T::kNNP || before == T::kNN) && (TagAt(i, -2) == T::kVBD || TagAt(i, -2) == T::kVBN) &&
          (!MayReport(At(i, -2)->word) || AgainstAfterNouns(i))) {
        t.tag = T::kNNS;
        return;
      }
      // "rescue teams and emergency supplies to": a noun joined by "and" to
      // a plural noun, then such a form, is a plural noun like the first.
      if (before == T::kNN && TagAt(i, -2) == T::kCC && TagAt(i, -3) == T::kNNS) {
        t.tag = T::kNNS;
        return;
      }
      // "four sniffer dogs": after a number above one and a noun, a plural
      // noun (a verb there would want a singular subject).
      if (before == T::kNN && TagAt(i, -2) == T::kCD && !WordIs(At(i, -2)->word, "one") &&
          !WordIs(At(i, -2)->word, "1")) {
        t.tag = T::kNNS;
        return;
      }
      if ((before == T::kNN || before == T::kNNP || before == T::kWDT || before == T::kWP) &&
          !FiniteVerbBefore(i) && !VerbMayFollow(i) &&
          (next == T::kDT || next == T::kPRPS || next == T::kPRP || next == T::kTO ||
           next == T::kCD || next == T::kRB || next == T::kJJ)) {
        t.tag = T::kVBZ;
        return;
      }
      return;  // otherwise the lexicon's more frequent reading
    }

    // Base form or present tense: "they have", "officials say".
    if (t.Is(T::kVB) && t.Can(T::kVBP)) {
      const TokenState* p = At(i, -1);
      if ((p != nullptr && IsNonThirdPronoun(p->word)) ||
          ((before == T::kNNS || before == T::kNNPS) && !FiniteVerbBefore(i))) {
        t.tag = T::kVBP;
        return;
      }
    }
  }

  // "that": relative pronoun, determiner or complementiser.
  if (WordIs(w, "that")) {
    if (IsNoun(before) && (IsVerb(next) || next == T::kMD)) { t.tag = T::kWDT; return; }
    // (Not before a compound whose head is plural: "a raid that health
    // officials said killed ...".)
    size_t head = i + 1;
    while (head < s_.size() && (s_[head].Is(T::kJJ) || s_[head].Is(T::kNN))) ++head;
    const bool plural_head = head < s_.size() && s_[head].Is(T::kNNS);
    const bool singular_follows = (next == T::kNN || (next == T::kJJ && TagAt(i, 2) == T::kNN)) && !plural_head;
    if (singular_follows && !IsVerb(before)) { t.tag = T::kDT; return; }
    t.tag = T::kIN;
    return;
  }

  // Particles after verbs: "called off the talks", "set up a panel".
  if (t.Can(T::kRP) && IsVerb(before) && kParticles.Contains(w) &&
      !WordAt(i, 1, "of")) {
    if (StartsNounPhrase(next) || IsPunct(next) || next == T::kIN || next == T::kTO) {
      t.tag = T::kRP;
      return;
    }
  }

  // "more"/"most" before an adjective or adverb are adverbs of degree.
  if ((next == T::kJJ || next == T::kRB || next == T::kVBN) && kDegreeWords.Contains(w)) {
    Set(t, (WordIs(w, "more") || WordIs(w, "less")) ? T::kRBR : T::kRBS);
    return;
  }
}

}  // namespace khaldun::lang_internal::context
