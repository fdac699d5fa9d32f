// Proposals and requirements: what a speech act says should happen, in a
// that-clause, has not happened (internal to src/code, for
// ClauseRelations).
#ifndef KHALDUN_CODE_PROPOSALS_H_
#define KHALDUN_CODE_PROPOSALS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "code/clause_relations.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// "Putin proposed that Russia and Ukraine resume direct talks": what a
// speech act of intent (03: propose, offer, suggest) says should happen has
// not happened. It is the proposer's intent when the proposer's own state is
// among those to act (RUSGOV 036 UKR), and an appeal to those who are to act
// when it is not ("proposed that Iran halt enrichment" -> 02x IRN). For
// parent clause `parent`, coded 03, and its that-clause `c` (not in the
// future: "promised that it would ..." is an announced intention), rewrites
// the events of `c` that way (dropping those CAMEO has no appeal or intent
// for) and, when one is kept, drops the parent's own. Returns whether `c`
// had an event to rewrite.
bool Propose(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "The Taliban warned that U.S. forces must leave Afghanistan": what a
// speaker says must or should be done has not been done; it is the
// speaker's demand of those who are to do it (10: "must leave" -> 1056 at
// USAMIL), or its intent when the speaker's own state is to act (03; a
// threat, 13, of its own cut of ties, coercion or force: "Ruto said police
// should shoot protesters in the leg" -> KENGOV 137 KENOPP). For
// reported clause `c` of speech act `parent` whose verb group has "must" or
// "should", no negation and no perfect ("should have acted" reproaches),
// rewrites the events of `c` that way (dropping those CAMEO has no demand or
// intent for) and, when one is kept, drops the parent's plain statements
// (01); with no event in `c` but its coded deed and a doer of another state
// ("said that Sweden must extradite about 130 people"), rewrites the plain
// statement as the demand of that deed, aimed at the doer. Returns whether
// `c` had an event to rewrite or the statement was rewritten.
bool Require(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "NATO's Solana warned Milosevic that the alliance would launch air
// strikes": a warning (13) whose reported clause `c` tells, in the future,
// the speaker's own force (18-20) aimed at no one named threatens force,
// 138, at whom it warns. Rewrites the plain threats (130) of `parent`;
// returns whether it did.
bool WarnOfOwnForce(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                    const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                    std::vector<std::string>* trace);

// "demanded at an emergency meeting of the UN Security Council that Rwanda
// withdraw its troops": a request `parent` whose target is named only as
// where it was made (the object of "at", through "of" phrases) is aimed at
// the doer of its that-clause `c` (c's source, a resolved actor not of the
// requester's code). Returns whether it retargeted.
bool AskTheDoerNotTheVenue(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                           const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out);

// "demanded that M23 halt its offensive and that Rwanda withdraw its
// troops": a second that-clause `c` of request `parent` (an appeal, demand
// or threat by `root`: "02", "10", "13"), after the first its parent's events
// took their code from, asks its own doer for its own deed. Adds a copy of
// each of the parent's events (one per source, not the doer's own) coded
// for the first event of `c` (RequestedCode, else the bare root code) and
// aimed at that event's source. Returns whether it added one.
bool AskOfASecondThatClause(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                            const ClauseFacts& facts, int32_t parent, uint32_t c, std::string_view root,
                            std::vector<CandidateEvent>* out);

// "called on the armed forces to help him oust Maduro": when clause `c` asks for help (help, assist) with an
// infinitive of its own, that infinitive's clause, whose deed is what the help is for; else kNone.
int32_t HelpsToDo(const SentenceAnalysis& analysis, uint32_t c);

}  // namespace khaldun

#endif  // KHALDUN_CODE_PROPOSALS_H_
