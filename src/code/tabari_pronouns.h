// TabariPronouns: whom a personal pronoun stands for with a TABARI verbs
// file.
//
// TABARI reads no grammar: a personal pronoun ("he", "him", "it", "they",
// "them") that comes after an actor in its sentence stands for the
// sentence's first actor (PossessedActor), with the actors coordinated with it, whatever the
// pronoun's person or number and whichever actor is nearer ("Gondor warned
// Rohan, and then it asked Arnor to help": Gondor asked; "Gondor and Rohan
// met Arnor and they asked Bree": both asked). Khaldun's own reading (the
// last fitting person or group) would give Rohan, or nobody for "it" there.
// ResolveTabariPronouns is used only when every verb comes from a TABARI
// verbs file (CompiledDictionary::HasOnlyTabariVerbs).
#ifndef KHALDUN_CODE_TABARI_PRONOUNS_H_
#define KHALDUN_CODE_TABARI_PRONOUNS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether `word` is a personal pronoun TABARI replaces by an actor (any
// case): he, she, it, they, him, her, them.
bool IsTabariPersonalPronoun(std::string_view word);

// TABARI reads "Gondor's Prime Minister Falastur" as one actor (GONGOV):
// when mention `m` is a possessor ("Gondor" 's) whose possession right
// after it names an actor through it (how "possessor+agent"), ending by
// token `end`, that mention; else `m`.
int32_t PossessedActor(const std::vector<ActorMention>& mentions, int32_t m, uint32_t end);

// Points every NP of `analysis` that is such a pronoun, and comes after the
// sentence's first resolved actor (not a place), at that actor and its
// coordination: copies of their mentions spanning the pronoun are appended
// to `*mentions`, `(*mention_of_np)[np]` names the first and
// `(*group_of_np)[np]` lists them all when there are several (as for an NP
// standing for several actors). What the actor matcher gave the pronoun is
// replaced. `trace` (may be null) gets a line per pronoun.
void ResolveTabariPronouns(const SentenceAnalysis& analysis, std::vector<ActorMention>* mentions,
                           std::vector<int32_t>* mention_of_np, std::vector<std::vector<int32_t>>* group_of_np,
                           std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_PRONOUNS_H_
