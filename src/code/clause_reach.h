// ClauseReach: how far a clause's verb patterns may read, in sentence tokens.
//
// A clause's own words run from its first word to its end; a pattern naming
// "TO" reads on into the clause's infinitive, and a TABARI or PETRARCH-1
// pattern also reads the clause that governs this one (before '*') and the
// clauses this one governs (after '*').
#ifndef KHALDUN_CODE_CLAUSE_REACH_H_
#define KHALDUN_CODE_CLAUSE_REACH_H_

#include <cstdint>
#include <utility>

#include "lang/sentence_analysis.h"

namespace khaldun {

struct ClauseReach {
  uint32_t governing_begin = 0;  // where the governing clause begins (<= the clause's begin)
  uint32_t after_end = 0;        // one past the clause's last word (past the verb at least)
  uint32_t infinitive_end = 0;   // one past the clause's infinitive or "of" gerund (>= after_end)
  uint32_t governed_end = 0;     // one past the clauses it governs (>= after_end)
  // The subject's phrase, where a PETRARCH-2 pattern's words before '*'
  // lie: the one written, or the one an infinitive or relative clause takes
  // from the clause above ({0, 0}: none).
  std::pair<uint32_t, uint32_t> subject{0, 0};
};

// Where a noun's phrase ends, past the prepositional phrases that follow it,
// wherever the parser attached them ("the meeting between X and Y on the
// sidelines"), and an infinitive that continues it ("the refusal of the
// rebels to talk with Lima"). `end` is one past the noun phrase.
uint32_t PhraseLimit(const SentenceAnalysis& analysis, uint32_t end);

// Whether clause `c` reports another clause or governs a that-clause
// ("Israel said rockets were fired", "Russia shelled Kharkiv, Ukraine said").
bool ReportsAClause(const SentenceAnalysis& analysis, uint32_t c);

// Whether noun phrase `np` stands for a deed an earlier clause told of:
// a deed noun (word_classes::IsDeedNoun) that owns nothing and is owned by
// no one, last in its phrase, and definite ("the move", "this decision"),
// set off by a comma, alone or after "in" ("..., a move condemned by
// Kyiv", "..., in an attack that Qatar condemned"), or indefinite with
// "that" or "which" right after it ("an attack that Ukraine condemned").
// False for kNone.
bool IsDeedReference(const SentenceAnalysis& analysis, int32_t np);

// The doer behind an instrument: for noun phrase `np` headed by a weapon
// or an assault noun, the "by" phrase of a passive participle on it,
// directly or through its infinitive ("shot down by a missile fired by
// rebels", "killed in an air strike believed to have been carried out by
// Israel"), else that participle's "from" phrase ("targeted by a drone
// launched from Lebanon"), or, when a relative clause tells what it did, the
// subject of the active clause that launched, fired, dropped or sent it as
// its object ("Houthi rebels launched a drone that struck Tel Aviv"). kNone
// when there is none, or `np` is kNone.
int32_t DoerBehindInstrument(const SentenceAnalysis& analysis, int32_t np);

// Whether `clause` is a participle on a document noun whose issuer, the
// subject of the clause it hangs from, speaks through it ("adopted a
// resolution condemning Israel"); not a news report, which tells of others'
// acts ("breaking news reports announcing the alleged truce").
bool SpeaksForItsIssuer(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `clause` is a passive participle of supply on the noun it
// qualifies, with no object of its own: that noun is what was given or made
// ("police officers pledged by Kenya", "drones made by Iran"), not whom for.
bool QualifiesWhatItGives(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `clause` is a participle set off by a comma, with no noun it
// modifies: ", killing eight people", ", cutting off most aid".
bool IsAdverbialParticiple(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `clause` is a participle that "of" opens or comes right before:
// "accused Belgrade of kidnapping them".
bool IsOfGerund(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `clause` is a participle in the "of" phrase of a charge noun:
// "arrested a cleric on suspicion of helping militants", "on charges of
// attacking soldiers" (what is alleged, not what was done); or told by
// "with" or "of" right after a charge verb (IsChargeVerb): "the officer
// charged with murdering", "accused of spying".
bool IsChargeGerund(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `clause`'s subject is also the object of a preposition: a parse
// that took a phrase's object for the subject ("... northwest of Mogadishu
// killed more than 100 militants", past a parenthesis).
bool SubjectIsAPhrasesObject(const SentenceAnalysis& analysis, const Clause& clause);

// The clause whose instrument clause `c` tells of: for the participle of
// DoerBehindInstrument ("an airstrike carried out by Israel"), or its
// infinitive, the passive clause whose agent or locative phrase that
// instrument is ("civilians were killed in an airstrike carried out by
// Israel": the killing). kNone when `c` is no such clause.
int32_t DeedOfInstrument(const SentenceAnalysis& analysis, uint32_t c);

// Whether `clause`, a subordinate clause, states a condition: it opens with
// "if" or "unless", or with "until", "once" or "before" and a present
// ("until Israel withdraws": what has to happen first, not news; "a day
// before Sarkozy heads to Beijing": not yet), or with one of these and a
// future or a plan ("was scheduled to") waiting for it.
bool IsCondition(const SentenceAnalysis& analysis, const Clause& clause);

// Whether a condition (IsCondition) hangs from clause `c`: "would end all
// negotiations if Russian forces killed ...".
bool HasCondition(const SentenceAnalysis& analysis, uint32_t c);

// Whether `clause` speaks of the future: "will" (its tense) or "would"; or,
// reported by a warning or threat, "could", "might" or "may" ("warned that it
// could strike Kyiv": a possibility warned of is threatened, as a future is).
bool IsFutureClause(const SentenceAnalysis& analysis, const Clause& clause);

// Whether clause `c` is `ancestor` or lies inside it without crossing into
// reported speech, a that-clause, an adverbial, relative or coordinated
// clause, a participle set off by a comma that modifies no noun, or one
// whose noun is a deed reference set off by a comma (events of their own:
// "withdrew from the deal, a move condemned by Ukraine"), nor below a
// participle under `ancestor` (a coordinated clause counts as its own
// event right above `c`, and higher up when it is finite and shares no
// object with `ancestor`). False for kNone.
bool WithinClause(const SentenceAnalysis& analysis, int32_t c, int32_t ancestor);

// The reach of clause `c` of `analysis`.
ClauseReach ReachOf(const SentenceAnalysis& analysis, uint32_t c);

}  // namespace khaldun

#endif  // KHALDUN_CODE_CLAUSE_REACH_H_
