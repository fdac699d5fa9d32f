// The stages that build SentenceAnalysis from tagged, lemmatised words.
// Internal to src/lang: LanguageAnalyzer calls them in this order; each reads
// what the previous ones wrote and is linear in the sentence length.
#ifndef KHALDUN_LANG_PHRASE_BUILDER_H_
#define KHALDUN_LANG_PHRASE_BUILDER_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Base noun-phrase chunks (determiner, pre-modifiers, head; possessors as
// their own chunk ending in 's), in token order; fills np_of_word (and
// first preposition_length, which the later stages read too).
// Requires words, tags and lemmas (and word_bits).
//
// `scan` is for the agreement test: kEveryToken runs the chunk scan at
// every token, kWhereOneMayOpen (the same chunks) first rules out the
// tokens where none can start.
enum class ChunkScan { kWhereOneMayOpen, kEveryToken };
void ChunkNounPhrases(SentenceAnalysis* analysis, ChunkScan scan = ChunkScan::kWhereOneMayOpen);

// Prepositional phrases over the chunks, then coordinations ("X and Y",
// appended to nps) and appositions ("X , the envoy ,").
void LinkNounPhrases(SentenceAnalysis* analysis);

// One Clause per verb group with only Clause::verb filled, in token order.
void FindVerbGroups(SentenceAnalysis* analysis);

// Attaches PPs, then fills every clause's kind, subject, controller, objects,
// preps, agent, complement and parent, and clause_of_word. Finally fills
// NounPhrase::pps.
void BuildClauses(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_PHRASE_BUILDER_H_
