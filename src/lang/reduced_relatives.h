// Relative clauses without "that" after a deed set off by a comma: "...,
// a move Israel denounced as antisemitic" tells how Israel took the move.
// Internal to src/lang: the clause builder calls it once clauses have
// their subjects and objects.
#ifndef KHALDUN_LANG_REDUCED_RELATIVES_H_
#define KHALDUN_LANG_REDUCED_RELATIVES_H_

#include <string_view>

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// Makes a main clause with a subject and no object a relative clause of
// the noun phrase right before its subject, when that phrase is a deed or
// claim ("move", "decision", "claim"...) opened by "a" or "an" right after
// a comma, and a clause comes before it: the phrase is its antecedent and
// the clause before the comma its parent.
void MarkReducedRelatives(SentenceAnalysis* analysis);

// "The aid the United States promised to Ukraine has not arrived": a
// sentence's first phrase, a common noun, right before a main clause's
// subject whose verb takes no object, with the next clause's finite verb
// after it, is that next clause's subject and the first clause a relative
// clause of it (the object it lacks), not a clause of its own whose last
// phrase is the next one's subject.
void MarkContactRelativesOfTheSubject(SentenceAnalysis* analysis);

// "Thailand suspended the peace declaration it had signed with Cambodia,
// accusing Phnom Penh of ...": a main clause whose subject is a personal
// pronoun right after a clause's object, a common noun, and whose active
// verb lacks an object is a relative clause of that noun (the object it
// lacks), and a participle set off by a comma after it belongs to the
// clause whose object the noun is.
void MarkContactRelativesOfTheObject(SentenceAnalysis* analysis);

// "Gunmen believed to be jihadists killed 30 villagers": a passive participle of belief or report (believe,
// think, say, report, allege...) right after a noun, with its infinitive, says what the noun is believed to be;
// the next finite clause, which has no subject or only one the infinitive's words gave it, is the noun's
// deed, and the participle a relative of the noun. When the participle hung from a speech verb that has no
// complement ("said that soldiers believed to be Russian had executed"), the deed is what was said.
void GiveBeliefParticiplesTheirNoun(SentenceAnalysis* analysis);

// "a drone attack on a remote base in Jordan that killed three American soldiers": a relative clause of
// casualties (kill, wound, injure, leave) hung on a place or site inside the "on", "in", "at", "near" or
// "against" phrases of an assault noun (attack, strike, bombing...) tells what the assault did: the assault
// is its antecedent.
void HangCasualtiesOnTheAssault(SentenceAnalysis* analysis);

// "She hoped officials accused of corruption would be indicted", "said the
// soldiers sent to Mali were safe": a speech or thought verb whose one
// object, right after it, is the subject of a later main clause, with only
// participles inside that subject between, does not take the phrase as its
// object but the clause as what it reports; the participles hang on the
// reported clause, whose subject they qualify.
void ReportPastTheSubjectsParticiples(SentenceAnalysis* analysis);

// "European leaders gathered in London pledged to keep supporting Ukraine":
// two past forms with nothing but the first's prepositional phrases between
// them cannot both be finite. When a main clause with a written subject, a
// one-word past verb and no object is followed at once, past its phrases,
// by a one-word participle that hangs from it and takes an object or a
// complement, the first becomes a participle on the subject (passive
// unless news mostly uses the verb without an object: "troops deployed in
// Mali") and the second the main clause's verb, with that subject.
void ReadFirstOfTwoPastFormsAsParticiple(SentenceAnalysis* analysis);

// "extradited Adolfo Macias, the gang leader known as Fito, to the United
// States": a participle inside the apposition of a clause's last object, or a
// past participle set off by commas right after it ("extradited gang leader
// Adolfo Macias, known as Fito, to the United States"), ends at the comma
// that closes the apposition or the participle, and the phrases right after
// that comma (up to the next break) belong to the clause whose object it
// is, not to the participle nor to no clause.
void GivePhrasesPastAnAppositionToItsVerb(SentenceAnalysis* analysis);

// "recaptured Wad Madani, the capital of Gezira state, from the Rapid Support
// Forces": the phrases right after the comma that closes the apposition of a
// clause's last object, past that apposition's "of" phrases, belong to the
// clause (up to the next break), not to no clause.
void GivePhrasesPastAnAppositionsOfPhrase(SentenceAnalysis* analysis);

// What a past participle right after NP `np` hangs from: `np`, or, when
// `np` is a bare proper name in an "in" or "at" phrase after a common noun,
// that noun ("talks in Doha mediated by Qatar", "a school in Chibok
// attacked by gunmen": the place is where the noun was, not what was done).
int32_t ParticiplesNoun(const SentenceAnalysis& analysis, int32_t np);

// What a relative clause of `verb_lemma` opened by "that" or "which" right
// after NP `np` is about: `np`, or, when the verb kills or wounds and `np`
// is the object of a place preposition after an assault noun, that noun
// ("suicide bombings on churches and hotels that killed 290 people": the
// bombings killed, not the churches).
int32_t RelativesNoun(const SentenceAnalysis& analysis, int32_t np, std::string_view verb_lemma);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_REDUCED_RELATIVES_H_
