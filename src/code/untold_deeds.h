// UntoldDeeds: clauses whose form alone says that what they tell was not
// done, whatever their verbs code.
//
// "If Iran attacks Israel", "talks on ending the war", "barred women from
// attending universities", "withdrew without firing a shot", "tore up her
// passport to avoid being forced out", "have yet to leave", "asked whether
// Washington would supply jets", "six months after the army overthrew the
// government": a condition, a topic, what someone is kept from, leaves
// undone, avoids or has yet to do, what a question asks about and
// background told again are no news. (What depends
// on the governing verb's code — refusals, failures, orders, wishes — is
// ClauseRelations'.)
#ifndef KHALDUN_CODE_UNTOLD_DEEDS_H_
#define KHALDUN_CODE_UNTOLD_DEEDS_H_

#include "lang/clause.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Why `clause` of `analysis` tells of no deed done, for the explanation
// ("a condition, not coded"), or nullptr when its form does not say so:
// - a condition ("if", "unless": IsCondition in clause_reach.h), or a
//   question ("whether" before its subject);
// - a relative clause with "would", "could", "might", "may" or "should"
//   ("a peace conference that both sides would recognise");
// - an active "-ing" participle describing a site ("a school sheltering
//   displaced families": what the site is used for, not news);
// - a gerund after a topic preposition that a noun of talk or agreement
//   governs ("talks on ending the war", "a deal with India on sharing the
//   river");
// - with `modern_verbs`, a naming verb whose object, a noun of talk or
//   agreement, is followed (past its phrases) by a quote, an adjective or
//   "a"/"an": a judgment of the talks ("calling talks with Washington
//   \"not smart\"", "called the deal a sham"), not a call for them;
// - a gerund after "from" ("refrained from attacking") or "without"
//   ("left without signing the deal");
// - an infinitive after "yet" ("have yet to leave"), or after a bare "be"
//   or "due" under "be" (a plan or a duty: "is to withdraw", "is due to
//   travel");
// - with `modern_verbs` (its verbs are not TABARI's or PETRARCH-1's, whose
//   validation records code such clauses), an "after" or "since" clause a
//   span of weeks, months, years or decades opens: background told again
//   ("six months after the army overthrew the elected government");
// - a gerund or infinitive governed by a verb of avoiding (avoid, evade,
//   escape, avert, dodge): "to avoid being forced out of the country";
// - with `modern_verbs` (TABARI and PETRARCH-1 read negation only through
//   their patterns) and `governor_codes_nothing`, an infinitive governed by
//   a negated verb: "did not try to attack", "was not trying to overthrow
//   the government" (not "did not hesitate to attack", nor wait, cease,
//   forget, fail or neglect, whose negation affirms);
// - with `modern_verbs`, a report whose speech verb "mistakenly", "wrongly",
//   "falsely", "erroneously" or "incorrectly" qualifies: "Karzai mistakenly
//   declared the Taliban had announced a new ceasefire".
const char* WhyUntold(const SentenceAnalysis& analysis, const Clause& clause, bool modern_verbs,
                      bool governor_codes_nothing);

}  // namespace khaldun

#endif  // KHALDUN_CODE_UNTOLD_DEEDS_H_
