// Events that name no target borrowing it from the clause after them: a
// concession from the yielding participle that says to whom, a deed of force
// from the verb joined to it, a pattern's from the infinitive it reads
// (internal to src/code, for ClauseRelations).
#ifndef KHALDUN_CODE_BORROWED_TARGETS_H_
#define KHALDUN_CODE_BORROWED_TARGETS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/clause_relations.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// "Sargsyan resigned, bowing to protests led by Pashinyan": a concession
// (08: resigning 0831, easing a restriction...) that named no one to whom
// it was made is made to whom the yielding participle `c` after it bows
// (a plain 080 of the same source, with a target), and that 080 only says
// so again. For participle `c` of clause `parent`, adds the parent's
// untargeted concession with that target and drops the 080. Returns
// whether it did.
bool ConcedeToWhomItBowed(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                          std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "Riot police fired rubber bullets and beat voters": a deed of coercion or
// force (17-20) that named no one is aimed at whom the verb joined to it,
// with the same doer, aims its own such deed, when all it names is what was
// fired (no place stormed first: "stormed a plane and arrested him"). For coordinated clause `c`
// of clause `parent`, adds the parent's untargeted deeds with that target.
// Returns whether it did.
bool AimAtTheJoinedVerbsTarget(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent,
                               uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "Pakistan suspended all trade with India, warning that it would
// respond": a demand, disapproval, rejection or threat (10-13) that a
// participle set off after its clause (participle `c` of clause `parent`)
// names no one in is aimed at whom that clause's deed by the same doer
// was. Adds those events with that target; returns whether it did.
bool WarnWhomItsClauseStruck(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                             std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

// "Uganda deployed special forces to Juba to protect President Kiir": an
// event of a pattern that reads on into infinitive `c` ("(TO PROTECT)") and
// is aimed at no one but a place (a visit's apart) is aimed at whom the
// infinitive's own event by the same doer is, when that is an actor, not a
// place. Retargets those events of `parent` (`mentions` tells places);
// returns whether it did.
bool AimAtWhomTheInfinitiveNames(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                                 const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                                 std::vector<std::string>* trace);

// "demanded the release of Mali's president, who was detained by soldiers": a demand of or appeal for a
// release (1053, 0253) aimed at those released is aimed at whoever holds them, the "by" agent of passive
// relative or participle `c` of holding (detained, held, jailed, arrested, kidnapped, abducted, captured,
// imprisoned, seized) on the released, as "the release of hostages held by Hamas" is asked of Hamas.
// Retargets those events of `parent`; returns whether it did.
bool AskTheHolderForTheRelease(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                               const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                               std::vector<std::string>* trace);

// "Two Venezuelan military jets flew near a US Navy destroyer, in what the Pentagon called a highly
// provocative move": a label "in what X called ..." (subordinate clause `c` of `parent`) judges the deed. A
// judgment it codes (05, 11) by another than the deed's doer and its state is aimed at that doer; anything
// else it codes is dropped ("in what the Kremlin called a response to provocative statements" labels the
// Kremlin's own drills). With native and PETRARCH-2 verbs. Returns whether `c` was such a label.
bool JudgeTheLabelledDeed(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                          const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                          std::vector<std::string>* trace);

// "Ethiopia refused to allow international mediation on the Nile dam": what infinitive `c` under a refusal
// would code, when it named no one (its events in `facts.untargeted`), is refused all the same: appends each
// such event as its rejection (NegatedCode, 12), which stands without a target. Returns whether it did.
bool RefuseTheUnnamed(const ClauseFacts& facts, uint32_t c, std::vector<CandidateEvent>* out,
                      std::vector<std::string>* trace);

// The above for clause `c` of clause `parent` (a participle, a joined
// clause or an infinitive), in that order. Returns whether a concession, a
// holder or a label settled `c` (nothing more to relate).
bool BorrowTargets(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                   const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                   std::vector<std::string>* trace);

}  // namespace khaldun

#endif  // KHALDUN_CODE_BORROWED_TARGETS_H_
