// The word classes and tag classes the tagger's context rules share
// (context_rules_forward.cc, context_rules_backward.cc): closed lists of
// auxiliaries, pronouns and subordinators, and groupings of treebank tags.
// Not public API. Lists used by a single rule stay beside that rule.
#ifndef KHALDUN_LANG_CONTEXT_RULE_WORDS_H_
#define KHALDUN_LANG_CONTEXT_RULE_WORDS_H_

#include <string_view>

#include "lang/pos_tag.h"
#include "lang/tag_state.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal::context {

using T = PosTag;

// "north", "south", "east", "west" and those between them: compass words that join names ("South Korean",
// "in south Lebanon", "in northeast Syria").
inline constexpr auto kCompassWords = MakeSet("north", "south", "east", "west", "northeast", "northwest", "southeast",
                                              "southwest", "north-east", "north-west", "south-east", "south-west");
// Words that join a demonym as one adjective: "South Korean", "Central
// African", "Southeast Asian".
inline constexpr auto kDemonymPrefixes =
    MakeSet("north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest");

// Whether `w` is a form of "have" (contracted "'ve", "'d" included), the
// auxiliary of the perfect.
inline constexpr auto kHaveForms = MakeSet("have", "has", "had", "having", "'ve", "'d");
inline bool IsHave(std::string_view w) { return kHaveForms.Contains(w); }
// Whether `w` is a form of "be" or of the passive auxiliaries "get" and
// "become": after them a participle is passive.
inline constexpr auto kBeForms = MakeSet("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
    "am", "get", "gets", "got", "gotten", "getting", "become", "became", "becomes");
inline bool IsBe(std::string_view w) { return kBeForms.Contains(w); }
// Whether `w` is a form of "do", whose do-support selects a bare verb.
inline constexpr auto kDoForms = MakeSet("do", "does", "did");
inline bool IsDo(std::string_view w) { return kDoForms.Contains(w); }
// Whether the token is tagged as an adverb (RB, RBR, RBS; "not" is RB):
// the words the rules look past between an auxiliary and its verb.
inline bool IsNegOrAdverb(const TokenState& t) {
  return t.Is(T::kRB) || t.Is(T::kRBR) || t.Is(T::kRBS);
}
// Tags that open or continue a noun phrase before its head.
inline bool IsPrenominal(T t) {
  return t == T::kDT || t == T::kPRPS || t == T::kPOS || t == T::kJJ || t == T::kJJR ||
         t == T::kJJS || t == T::kCD || t == T::kWPS || t == T::kPDT;
}
// Tags that can end a subject: nouns, personal pronouns, numbers.
inline bool IsNominal(T t) { return IsNoun(t) || t == T::kPRP || t == T::kCD; }
// Tags that can open a noun phrase, an object after a particle ("set up a
// panel").
inline bool StartsNounPhrase(T t) {
  return IsNoun(t) || t == T::kDT || t == T::kPRPS || t == T::kJJ || t == T::kJJS ||
         t == T::kCD || t == T::kPRP || t == T::kPDT;
}
// Punctuation tags, brackets and quotes included.
inline bool IsPunct(T t) {
  return t == T::kComma || t == T::kPeriod || t == T::kColon || t == T::kOpenQuote ||
         t == T::kCloseQuote || t == T::kLRB || t == T::kRRB;
}
// Subject pronouns that take a third-person-singular verb.
// Past forms of verbs that take "to" only after their object ("linked the
// attack to al-Qaeda"): right before "to" they are participles ("militants
// linked to al-Qaeda", "demonstrators opposed to the bill").
inline bool IsObjectThenToParticiple(std::string_view w) {
  static constexpr auto kParticiples =
      MakeSet("opposed", "linked", "tied", "related", "affiliated", "allied", "attached", "subjected", "exposed",
              "devoted", "dedicated", "connected", "aligned");
  return kParticiples.Contains(w);
}

// Past forms of verbs of holding people that never go without their
// object: with none after them they are participles ("women and children
// held in Gaza", "activists detained in Minsk").
inline bool IsHeldParticiple(std::string_view w) {
  static constexpr auto kParticiples = MakeSet("held", "detained", "jailed", "imprisoned", "kidnapped", "abducted",
                                               "arrested", "captured", "incarcerated", "interned");
  return kParticiples.Contains(w);
}

// Past forms of verbs of belief and report that, passive, take "to be" or "to have" after the one believed:
// "fighters believed to be Russian", "a man said to have led the raid".
inline bool IsBeliefParticiple(std::string_view w) {
  static constexpr auto kParticiples = MakeSet("believed", "thought", "said", "reported", "alleged", "understood",
                                               "known", "feared", "presumed", "suspected", "rumoured", "rumored");
  return kParticiples.Contains(w);
}

// Plural nouns of a count a verb may take as its object: "released hundreds
// of protesters", "abducted thousands of women".
inline bool IsCountNoun(std::string_view w) {
  static constexpr auto kCounts = MakeSet("dozens", "hundreds", "thousands", "millions", "scores", "tens");
  return kCounts.Contains(w);
}

inline bool IsSingularSubjectPronoun(std::string_view w) {
  static constexpr auto kPronouns = MakeSet("he", "she", "it");
  return kPronouns.Contains(w);
}
// Subject pronouns that take the plain present ("they have").
inline bool IsNonThirdPronoun(std::string_view w) {
  static constexpr auto kPronouns = MakeSet("i", "we", "you", "they");
  return kPronouns.Contains(w);
}
// Subordinating conjunctions open a new clause: a verb after them has its
// own subject ("two years after protesters stormed its embassy").
inline constexpr auto kSubordinators = MakeSet("after", "as", "because", "before", "since", "when",
    "while", "although", "though", "if", "until", "unless", "whether", "once", "where");
inline bool IsSubordinator(std::string_view w) { return kSubordinators.Contains(w); }
// Tags that open the object of a past verb ("seized power", "killed two
// soldiers"): after a past-or-participle form they make it the past tense.
inline bool StartsNounPhraseTag(T t) {
  return t == T::kDT || t == T::kPRPS || t == T::kCD || t == T::kNNS || t == T::kNN ||
         t == T::kPRP || t == T::kPDT || t == T::kJJ;
}

}  // namespace khaldun::lang_internal::context

#endif  // KHALDUN_LANG_CONTEXT_RULE_WORDS_H_
