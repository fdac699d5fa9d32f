// The words each clause owns after its subject and verb: its objects and its
// prepositional phrases, up to where the next clause starts. Internal to
// src/lang: the clause builder calls it once every clause has its kind and
// subject.
#ifndef KHALDUN_LANG_CLAUSE_REGIONS_H_
#define KHALDUN_LANG_CLAUSE_REGIONS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Fills each clause's objects, preps, agent (a passive's "by" phrase) and
// end, each PP's clause, and clause_of_word: from the clause's verb to where
// the next clause starts, stopping at punctuation or a complementiser ("that",
// a subordinator opening a finite clause). Objects are the top phrases
// (possessed, coordinated) that are neither a preposition's object, an
// apposition, nor a time; PPs are those not attached to a noun, before the
// verb when not yet claimed and after it up to a break.
void FillClauseRegions(SentenceAnalysis* analysis);

// Whether token `i` opens a clause: a subordinator, complementiser ("that")
// or relative pronoun outside any noun phrase. Shared with the clause builder.
bool OpensClauseAt(const SentenceAnalysis& analysis, uint32_t i);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_CLAUSE_REGIONS_H_
