// Where each prepositional phrase belongs: to the noun phrase right before
// it ("the leader of the Taliban", "troops in Iraq") or to its clause
// ("met in Doha"). Internal to src/lang: the clause builder attaches them
// before it classifies clauses and fills NounPhrase::pps once it is done.
#ifndef KHALDUN_LANG_PREP_ATTACHMENT_H_
#define KHALDUN_LANG_PREP_ATTACHMENT_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Sets PrepPhrase::attached_np (the coordination a chunk belongs to) for a
// PP right after an NP when the preposition is "of", when the NP is not in
// a verb's object position, or when a finite verb follows the PP's NP
// ("claimed foreign troops in Iraq are ..."). A subordinator whose NP, past
// its own phrases, comes before a finite verb opens a clause and attaches
// to nothing ("left Doha after Britain and France freed them"). The others
// stay unattached: they belong to the clause.
void AttachPrepPhrases(SentenceAnalysis* analysis);

// The clause's phrase of where ("at the court", "in the capital") whose
// object is NP `np`, or of when after a document ("a resolution on
// Wednesday"); else kNone. A participle after it goes with the phrase
// before it ("filed a case at the ICJ accusing Israel").
int32_t WhereTheClauseHappens(const SentenceAnalysis& analysis, int32_t np);

// Fills NounPhrase::pps from the attachments, as contiguous slices of the
// index pool.
void FillNounPhrasePps(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_PREP_ATTACHMENT_H_
