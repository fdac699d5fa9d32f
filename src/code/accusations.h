// Accusations, claims and announced intentions: what a statement becomes
// when it reports a deed of violence or coercion, or the speaker's own
// future (internal to src/code, for ClauseRelations).
#ifndef KHALDUN_CODE_ACCUSATIONS_H_
#define KHALDUN_CODE_ACCUSATIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/clause_relations.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether `doer` is the `speaker`'s state or one of its organs, alone or
// in a group with others: "Russia and Belarus said they would attack"
// speaks of each one's own deed.
bool SpeaksOfItself(const std::vector<ActorMention>& mentions, int32_t doer, int32_t speaker);

// "accused the RSF of committing genocide": an accusation coded `code` 112
// whose clause `c` governs an "of" clause naming a war crime (genocide, war
// crimes, crimes against humanity, ethnic cleansing) is one of war crimes,
// 1124, one naming an abuse of human rights ("of torturing detainees", "of
// using lethal force against demonstrators") one of abuses, 1122, and one
// naming armed aggression ("of shelling", "of starting the fighting") one of
// aggression, 1123, and one naming a crime of gain ("of bribing officials",
// "of spending millions to buy votes") one of crime, 1121; any other code is
// returned as it is.
std::string ChargeOfTheOfClause(const SentenceAnalysis& analysis, uint32_t c, const std::string& code);

// "Israel said Hamas fired rockets at it": to say that another did
// violence or coercion (17-20) is to accuse it, 112; "the US claimed it had
// attacked Iraq" claims responsibility, 015, aimed at the victim. Rewrites
// the events of speech act `parent` (a statement, 01, or an allegation, 11:
// Phoenix's "claim") that way when its
// reported clause `c`, told as done, not as to come, codes such a deed
// (or would, but for its target: "said Iraq had attacked itself"); what is
// reported is still coded, with the speaker. Returns whether it did.
bool Accuse(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
            int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "Spain said ETA was responsible for the bombings": a claim of
// responsibility (015) that speech act `parent` makes of another (its
// target, of no state the speaker speaks for) is an accusation, 112 (a
// denial, 016, answers whoever it names: "said the British allegations were
// baseless"). Only for codes a pattern gave, not the verb alone
// ("acknowledged that"). Rewrites those events of `parent`; returns whether
// it did.
bool ResponsibilityOfAnother(const std::vector<ActorMention>& mentions, const ClauseFacts& facts, int32_t parent,
                             std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "China said it opposed the sale and would take countermeasures": a
// future joined by "and" to what a speaker reports of itself is the
// speaker's intention, as the reported clause's own future is. For clause
// `c`, coordinated with a reported or complement clause of a speech act
// and in the future ("will", "would"), rewrites each of its events whose
// source is the speaker's own (SpeaksOfItself) to the intended code
// (negation.h: IntendedCode). Returns whether it rewrote one.
bool AnnouncedJoinedFuture(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                           const ClauseFacts& facts, uint32_t c, std::vector<CandidateEvent>* out,
                           std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACCUSATIONS_H_
