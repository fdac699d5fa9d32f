// The context rules' second pass (ContextRules::Backward), after the first
// has tagged the whole sentence: rules that look right at its decisions
// (possessive or "is", names and the compass words and nationality words
// inside them, a phrase's last adjective as its head).
#include <cctype>
#include <cstddef>
#include <span>
#include <string_view>

#include "lang/context_rule_words.h"
#include "lang/context_rules.h"
#include "lang/tag_state.h"
#include "lang/word_set.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal::context {
namespace {

// Words after which "'s" is "is", not a possessive: "that's", "there's".
constexpr auto kIsAfterPronoun = MakeSet("that", "there", "what", "who", "where", "here", "it");
// Participles of alliance, adjectives before the plural they qualify.
constexpr auto kAllianceParticiples = MakeSet("allied", "affiliated", "aligned", "associated");

// Whether a rule of the second pass may move token i of `s` (or, for "'s",
// the word after it). Every rule reads "'s", a compass word tagged as a
// name or adverb, a lower-case adjective that may be a noun, a name
// particle after a name, or a capitalised word: the sentence's first, a
// preposition in a name, a noun or adjective before a name, a name before
// a common noun or a conjunction; an "-ing" noun after a comma or "be";
// "de facto".
bool MayMoveBackward(std::span<const TokenState> s, size_t i) {
  const TokenState& t = s[i];
  if (!t.capitalized) {
    // (The word's bits before its tags and its neighbour's: most words
    // have none of them, and each test ends at its first false term.)
    return t.Has(kApostropheSBit) || (t.Is(T::kJJ) && t.Can(T::kNN)) ||
           ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && i > 0 && s[i - 1].Is(T::kNN)) ||
           (t.Has(kCompassBit) && (t.Is(T::kNNP) || t.Is(T::kRB) || t.Is(T::kNN))) ||
           (t.Has(kNameParticleBit) && i > 0 && s[i - 1].Is(T::kNNP)) ||
           ((t.Is(T::kVBD) || t.Is(T::kVBN)) && i > 0 && s[i - 1].Is(T::kCC) &&
            kAllianceParticiples.Contains(t.word)) ||
           (t.Is(T::kNN) && i > 0 && t.Can(T::kVBG) && (s[i - 1].Is(T::kComma) || IsBe(s[i - 1].word))) ||
           (t.Is(T::kNN) && t.Can(T::kVBG) && i + 1 < s.size() && s[i + 1].Is(T::kRP)) ||
           (t.Is(T::kFW) && i + 1 < s.size() && WordIs(t.word, "de") && WordIs(s[i + 1].word, "facto"));
  }
  if (i == 0) return true;
  const T next = i + 1 < s.size() ? s[i + 1].tag : T::kPeriod;
  switch (t.tag) {
    case T::kIN: return WordIs(t.word, "without") || WordIs(t.word, "against");
    case T::kNN: return next == T::kNNP;
    case T::kJJ: return next == T::kNNP || next == T::kNNPS;
    case T::kNNP: return next == T::kNN || next == T::kNNS || next == T::kCC || t.Has(kDemonymPrefixBit);
    case T::kRB: return t.Has(kCompassBit);
    default: return false;
  }
}

// Whether the bare form at i, after a singular common noun, ends that
// noun's phrase: the phrase opens with a determiner, a possessive or an
// adjective ("the missile launch", "North Korea's rocket launch"), no
// verb that takes a bare infinitive after its object ("let", "help",
// "make", "see", "watch") or subjunctive "that" comes before it ("urged
// that the council vote on it"), and a preposition, a punctuation mark or
// "and" follows.
bool BareFormEndsNounPhrase(std::span<const TokenState> s, size_t i) {
  const T next = i + 1 < s.size() ? s[i + 1].tag : T::kPeriod;
  if (next != T::kIN && next != T::kPeriod && next != T::kComma && next != T::kCC) return false;
  // k: the phrase's first word after its opener.
  size_t k = i - 1;
  while (k > 0 && (s[k - 1].Is(T::kNN) || s[k - 1].Is(T::kJJ) || s[k - 1].Is(T::kJJS) || s[k - 1].Is(T::kNNP))) --k;
  if (k == 0) return false;
  size_t first = k;  // the phrase's first word, its opener or possessor included
  if (s[k - 1].Is(T::kDT) || s[k - 1].Is(T::kPRPS)) {
    first = k - 1;
  } else if (s[k - 1].Is(T::kPOS)) {
    first = k - 1;
    while (first > 0 && s[first - 1].Is(T::kNNP)) --first;
  } else if (!s[k].Is(T::kJJ) && !s[k].Is(T::kJJS)) {
    return false;
  }
  static constexpr auto kBareInfinitiveTakers =
      MakeSet("that", "let", "lets", "help", "helps", "helped", "make", "makes", "made", "see", "saw", "watch",
              "watched", "have", "had");
  return first == 0 || !kBareInfinitiveTakers.Contains(s[first - 1].word);
}

}  // namespace

void ContextRules::BackwardPass() {
  for (size_t i = 0; i < s_.size(); ++i) {
    // Tested here, the call (with its stack frame) is saved too.
    if (MayMoveBackward(s_, i)) Backward(i);
  }
}

void ContextRules::Backward(size_t i) {
  TokenState& t = s_[i];
  const T before = TagAt(i, -1);
  const T next = TagAt(i, 1);
  // Possessive or "is": "the Taliban's offer" / "it's over".
  if (t.Has(kApostropheSBit)) {
    const TokenState* p = At(i, -1);
    if (p != nullptr && (before == T::kPRP || kIsAfterPronoun.Contains(p->word))) {
      t.tag = T::kVBZ;
    } else if (IsNoun(before) || before == T::kCloseQuote) {
      t.tag = T::kPOS;
      // Read as "is" in the forward pass, it made a participle of what is
      // the possessed noun: "Sweden's bid to join".
      if (i + 1 < s_.size()) {
        TokenState& possessed = s_[i + 1];
        if ((possessed.Is(T::kVBN) || possessed.Is(T::kVBD)) && possessed.Can(T::kNN) && !IsNoun(TagAt(i, 2)) &&
            TagAt(i, 2) != T::kJJ) {
          possessed.tag = T::kNN;
        }
      }
    }
    return;
  }
  // A participle of alliance after "and" or "or" that joins it to a noun or
  // an adjective, before a plural noun, qualifies that noun: "the Rapid
  // Support Forces and allied militias had", "Russian and allied forces".
  if ((t.Is(T::kVBD) || t.Is(T::kVBN)) && before == T::kCC && (next == T::kNNS || next == T::kNNPS) &&
      (IsNoun(TagAt(i, -2)) || TagAt(i, -2) == T::kJJ) && kAllianceParticiples.Contains(t.word)) {
    t.tag = T::kJJ;
    // Read as the clause's verb, it made a participle of the verb after
    // the noun: "troops and allied militias clashed with".
    size_t k = i + 1;
    while (k < s_.size() && IsNoun(s_[k].tag)) ++k;
    if (k < s_.size() && s_[k].Is(T::kVBN) && s_[k].Can(T::kVBD) && !FiniteVerbBefore(k)) s_[k].tag = T::kVBD;
    return;
  }
  // An "-ing" form read as a noun after a comma, before "that", is a
  // participle reporting: "suspended all trade with India, warning that it
  // would respond" (not "a warning that": no comma before it).
  if (t.Is(T::kNN) && before == T::kComma && t.Can(T::kVBG) && t.word.ends_with("ing") && WordAt(i, 1, "that")) {
    t.tag = T::kVBG;
    return;
  }
  // An "-ing" form read as a noun before a particle is a verb's: "signed a decree formally ruling out any
  // negotiations" (a noun takes no particle).
  if (t.Is(T::kNN) && t.Can(T::kVBG) && t.word.ends_with("ing") && next == T::kRP) {
    t.tag = T::kVBG;
    return;
  }
  // "de facto" qualifies the noun after it: "Syria's de facto leader".
  if (t.Is(T::kFW) && WordIs(t.word, "de") && WordAt(i, 1, "facto")) {
    t.tag = T::kJJ;
    s_[i + 1].tag = T::kJJ;
    return;
  }
  // An "-ing" form read as a noun after "be" and before a determiner is the
  // progressive's participle: "he was opening a formal investigation".
  if (t.Is(T::kNN) && t.Can(T::kVBG) && t.word.ends_with("ing") && i > 0 && IsBe(s_[i - 1].word) &&
      s_[i - 1].word != "'s" && (next == T::kDT || next == T::kPRPS)) {
    t.tag = T::kVBG;
    return;
  }
  // A bare form after a singular common noun is no verb of it (that would
  // take "-s"): "condemned the missile launch on Thursday".
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && !t.capitalized && before == T::kNN && BareFormEndsNounPhrase(s_, i)) {
    t.tag = T::kNN;
    return;
  }
  // A capitalised "Without" or "Against" between capitalised words is part
  // of a name: "Doctors Without Borders", "Campaign Against Arms Trade".
  if (t.Is(T::kIN) && i > 0 && t.capitalized && (WordIs(t.word, "without") || WordIs(t.word, "against")) &&
      s_[i - 1].capitalized && i + 1 < s_.size() && s_[i + 1].capitalized &&
      (IsNoun(s_[i - 1].tag)) && IsNoun(next)) {
    t.tag = T::kNNP;
    if (s_[i - 1].Is(T::kNNS)) s_[i - 1].tag = T::kNNPS;
    return;
  }
  // A lower-case name particle between proper nouns joins them: "Clan del
  // Golfo" (the lexicon calls "del" a foreign word), "Mocimboa da Praia".
  if (i > 0 && i + 1 < s_.size() && !t.capitalized && !t.Is(T::kNNP) && t.Has(kNameParticleBit) &&
      s_[i - 1].Is(T::kNNP) && s_[i + 1].capitalized && next == T::kNNP) {
    t.tag = T::kNNP;
    return;
  }
  // A compass word before a demonym is part of it: "South Korean forces",
  // "North Korean missiles", "the Central African nation".
  if (t.Is(T::kNNP) && t.Has(kDemonymPrefixBit) && next == T::kJJ && i + 1 < s_.size() &&
      s_[i + 1].capitalized && (TagAt(i, 2) == T::kNN || TagAt(i, 2) == T::kNNS)) {
    t.tag = T::kJJ;
    return;
  }
  // A compass word after a plural noun or a distance, before "of", says
  // where: "kidnapped missionaries and their relatives east of
  // Port-au-Prince" ("the east of the country" is a noun).
  if ((t.Is(T::kNN) || t.Is(T::kJJ)) && t.Has(kCompassBit) && WordAt(i, 1, "of") && !t.capitalized &&
      (before == T::kNNS || before == T::kNNPS || (before == T::kNN && TagAt(i, -2) == T::kCD))) {
    t.tag = T::kRB;
    return;
  }
  // A compass word between a preposition and a name modifies the name: "in
  // south Lebanon", "across north Syria".
  if (t.Is(T::kRB) && t.Has(kCompassBit) && next == T::kNNP &&
      (before == T::kIN || before == T::kDT || before == T::kTO)) {
    t.tag = T::kJJ;
    return;
  }
  // A sentence's first word read in lower case may be a name after all:
  // "North Korea refused", "Polish officials said" (not "polish").
  if (i == 0 && t.capitalized && t.Can(T::kNNP) && !IsNoun(t.tag) && t.tag != T::kJJ && t.tag != T::kDT &&
      t.tag != T::kIN && t.tag != T::kCC && t.tag != T::kPRP && t.tag != T::kPRPS && t.tag != T::kTO &&
      t.tag != T::kMD && t.tag != T::kWDT && t.tag != T::kWP && t.tag != T::kWRB && t.tag != T::kEX) {
    if (next == T::kNNP || next == T::kNNPS) {
      t.tag = T::kNNP;
      return;
    }
    if ((next == T::kNN || next == T::kNNS) && IsVerb(t.tag)) {
      t.tag = T::kJJ;
      return;
    }
  }
  // "China, which ...", "Turkey said": a capitalised first word whose
  // capitalised form is a name, before a comma, a possessive or a verb.
  if (i == 0 && t.capitalized && t.Is(T::kNN) && t.Can(T::kNNP) &&
      (next == T::kComma || next == T::kPOS || next == T::kVBD || next == T::kVBZ || next == T::kMD)) {
    t.tag = T::kNNP;
    return;
  }
  // So is one read as an adjective ("Manila", a kind of paper) before a verb,
  // whose participle reading it made the past tense again ("Manila accused
  // Beijing"), or before "and", a name and its verb ("Manila and Beijing
  // agreed"; not "Russian and American officials").
  if (i == 0 && t.capitalized && t.Is(T::kJJ) && t.Can(T::kNNP) && i + 1 < s_.size() &&
      (((next == T::kVBN || next == T::kVBD) && s_[i + 1].Can(T::kVBD)) || next == T::kVBZ || next == T::kMD ||
       (next == T::kCC && TagAt(i, 2) == T::kNNP && (IsVerb(TagAt(i, 3)) || TagAt(i, 3) == T::kMD)))) {
    t.tag = T::kNNP;
    if (next == T::kVBN) s_[i + 1].tag = T::kVBD;
    return;
  }
  // Capitalised nationality words: adjectives before common nouns ("Islamic
  // republic", "Nigerian student"), names inside names ("European Union").
  // A capitalised common-noun reading before a name is a title: "President Obama".
  // Mid-sentence, any capitalised noun before a name is part of it: "the
  // Defence Ministry".
  if (t.capitalized && t.Is(T::kNN) && next == T::kNNP &&
      (t.Can(T::kNNP) || (i > 0 && !IsPunct(before)))) {
    t.tag = T::kNNP;
    return;
  }
  // A nationality joined to another before their noun is an adjective as
  // that one is (or may be, whatever this pass has not reached yet): "talks
  // between American and Russian officials", "16,000 American and Filipino troops". (Not an
  // acronym: "U.S. and Philippine troops" is the chunker's.)
  if (t.capitalized && t.Is(T::kNNP) && next == T::kCC && t.Can(T::kJJ) && i + 3 < s_.size() &&
      t.word.size() > 1 && std::islower(static_cast<unsigned char>(t.word[1])) &&
      (WordIs(s_[i + 1].word, "and") || WordIs(s_[i + 1].word, "or")) && s_[i + 2].capitalized &&
      s_[i + 2].Can(T::kJJ) && (s_[i + 3].Is(T::kNN) || s_[i + 3].Is(T::kNNS))) {
    t.tag = T::kJJ;
    return;
  }
  if (t.capitalized && (t.Is(T::kNNP) || t.Is(T::kJJ))) {
    if (next == T::kNNP || next == T::kNNPS) {
      if (t.Is(T::kJJ) && t.Can(T::kNNP)) t.tag = T::kNNP;
    } else if ((next == T::kNN || next == T::kNNS) && t.Is(T::kNNP)) {
      const std::string_view w = t.word;
      // "the opposition Unitary Platform": before a capitalised noun, after a lower-case word (so no
      // headline), a name's first word, and the noun its last; not a nationality ("the Russian Army").
      const bool nationality = w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("i") ||
                               w.ends_with("ic");
      if (s_[i + 1].capitalized && i > 0 && !s_[i - 1].capitalized && !nationality) {
        s_[i + 1].tag = T::kNNP;
        return;
      }
      const bool adjective_shape = !t.known && (w.ends_with("ian") || w.ends_with("ese") ||
                                                w.ends_with("ic") || w.ends_with("ish"));
      if ((t.Can(T::kJJ) && before != T::kNNP) || adjective_shape) t.tag = T::kJJ;
    }
    return;
  }
  // An adjective reading left as a phrase's last word is its head noun:
  // "the Belgian military in Congo", "the alliance chief said".
  if (t.Is(T::kJJ) && t.Can(T::kNN) && !t.capitalized &&
      (before == T::kDT || before == T::kJJ || IsNoun(before) || before == T::kPOS ||
       before == T::kPRPS) &&
      (next == T::kVBD || next == T::kVBZ || next == T::kVBP || next == T::kMD ||
       next == T::kIN || next == T::kComma || next == T::kPeriod)) {
    t.tag = T::kNN;
    return;
  }
}

}  // namespace khaldun::lang_internal::context
