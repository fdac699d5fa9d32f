// Clause: who did what to whom, as the sentence's grammar says it.
//
// One clause per verb group. Subjects and objects are NP indices into
// SentenceAnalysis::nps; clauses refer to each other by index into
// SentenceAnalysis::clauses.
#ifndef KHALDUN_LANG_CLAUSE_H_
#define KHALDUN_LANG_CLAUSE_H_

#include <cstdint>

#include "lang/phrase.h"
#include "lang/verb_group.h"

namespace khaldun {

enum class ClauseKind : uint8_t {
  kMain,         // an independent clause: "the Taliban rejected the offer"
  kReported,     // what a speech verb reports: "X said (that) Y ...", "Y ..., X said"
  kComplement,   // a that-clause of a non-speech verb: "hoped (that) talks would resume"
  kInfinitival,  // "refused to negotiate", "arrived in Doha to attend"
  kRelative,     // "X, who has led ...", "the deal that the US signed"
  kCoordinated,  // the second verb of "took to Twitter and stated"
  kSubordinate,  // adverbial: "as the US leader prepared ...", "because talks failed"
  kParticipial,  // -ing/-ed without auxiliary: "by promoting biofuels", "a man killed by police"
};

enum class ComplementKind : uint8_t { kNoComplement, kThatClause, kInfinitive, kGerund };

const char* ClauseKindName(ClauseKind kind);
const char* ComplementKindName(ComplementKind kind);

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  VerbGroup verb;
  // The subject written in the clause, or kNone (infinitives, coordinated
  // verbs, subject relatives, imperatives).
  int32_t subject_np = kNone;
  // Who does the action when the clause has no subject of its own: the
  // parent's object or subject for infinitives ("urged Iran to halt" ->
  // Iran), the first verb's subject for coordinated verbs, the antecedent for
  // subject relatives and participles. Equal to subject_np when that is set.
  int32_t controller_np = kNone;
  // Relative and participial clauses: the NP they modify.
  int32_t antecedent_np = kNone;
  IndexRange objects;  // NP indices after the verb: direct (and indirect) objects
  IndexRange preps;    // PP indices attached to this clause's verb
  int32_t agent_np = kNone;  // passive "by" phrase: "was killed by police" -> police
  int32_t complement_clause = kNone;  // "said that ..." / "refused to ..." / "by -ing"
  ComplementKind complement_kind = ComplementKind::kNoComplement;
  int32_t parent_clause = kNone;      // the clause this one depends on (kNone for main)
  uint32_t begin = 0, end = 0;        // tokens from the clause's first word to its last

  // The actor of the clause: the explicit subject, else the controller.
  int32_t actor_np() const { return subject_np != kNone ? subject_np : controller_np; }
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_CLAUSE_H_
