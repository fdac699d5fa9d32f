// VerbGroup: a verb with its auxiliaries, modal, negation and particle.
//
// "did not attend", "will not call", "has been killed", "to negotiate",
// "pull out". Token indices are positions within the sentence.
#ifndef KHALDUN_LANG_VERB_GROUP_H_
#define KHALDUN_LANG_VERB_GROUP_H_

#include <cstdint>

#include "lang/phrase.h"

namespace khaldun {

enum class Tense : uint8_t {
  kNonFinite,  // "to attend", "promoting", "killed" without an auxiliary
  kPresent,    // "rejects", "is meeting", "has rejected", "are killed"
  kPast,       // "rejected", "was meeting", "had rejected", "did not attend"
  kFuture,     // "will call", "'ll meet", "shall", "is going to" is kPresent + infinitive
  kModal,      // would, could, should, may, might, must, can
};

const char* TenseName(Tense tense);

struct VerbGroup {
  uint32_t begin = 0, end = 0;  // whole group, including "to", modal, auxiliaries, adverbs, "not"
  uint32_t main_verb = 0;       // the lexical verb ("attend"; "is" when "be" is the only verb)
  uint32_t lemma = 0;           // token whose lemma names the verb: SentenceAnalysis::lemma(lemma)
  int32_t modal = kNone;        // "will", "could", "must"
  int32_t particle = kNone;     // "out" in "pull out" (RP right after the verb)
  Tense tense = Tense::kNonFinite;
  bool negated = false;         // not, n't, never
  bool passive = false;         // be/get + past participle, or a bare participle in a reduced relative
  bool perfect = false;         // have + past participle
  bool progressive = false;     // be + -ing
  bool infinitive = false;      // introduced by "to"
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_VERB_GROUP_H_
