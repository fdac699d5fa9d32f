// VerbStandIn: TABARI's rule that a word its verbs file lists is a verb
// wherever it stands.
//
// TABARI has no tagger: it takes the first word of the sentence its verbs
// dictionary lists as the verb. Khaldun's tagger may read such a word as a
// noun or an adjective ("Rohan made a pledge to Gondor": PLEDGE), and
// then no pattern of that verb is tried. This is the fallback, used only for
// the families of TABARI verbs files: when a clause's own verb codes
// nothing, a listed word after it stands in for the verb.
#ifndef KHALDUN_CODE_VERB_STAND_IN_H_
#define KHALDUN_CODE_VERB_STAND_IN_H_

#include <cstdint>
#include <functional>
#include <optional>

#include "code/clause_coder.h"
#include "code/clause_reach.h"
#include "code/compiled_dictionary.h"
#include "lang/clause.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether `coded` gives its clause an event or a pattern's reading: a verb
// outside the dictionaries, or a null-coded one ([---]) none of whose
// patterns matched, codes nothing; nor, for TABARI, which passes over it
// to the next verb, does a weak default (IsWeakDefault).
bool CodesSomething(const ClauseCode& coded);

// Whether `coded` is a verb's TABARI weak default, a code marked '?' that
// no pattern replaced ("SAID [023?]"): TABARI codes it, without the '?',
// only when no other verb of the sentence codes ("said the government
// proposed to ..." is the proposal).
bool IsWeakDefault(const ClauseCode& coded);

struct VerbStandIn {
  uint32_t word = 0;  // the sentence token acting as the verb
  ClauseCode code;    // its code there
};

// For clause `c`: the first word of its verb group or after it, in the
// clause itself, other than its verb, that the tagger did not take for a
// verb, that a TABARI verbs file lists and that codes something read as the
// verb within `reach`; when its own verb codes something
// (`own_verb_codes`), only a word of the group before that verb (a modal:
// "should" is a TABARI verb). None when the dictionaries hold no TABARI verbs, or when
// the verb of another clause before that word codes something
// (`verb_codes(d)` says whether clause d's verb does): TABARI takes the
// first verb of the sentence.
std::optional<VerbStandIn> FindVerbStandIn(const CompiledDictionary& dictionary, const ClauseCoder& coder,
                                           const SentenceAnalysis& analysis, const MatchContext& context,
                                           uint32_t c, const ClauseReach& reach, bool own_verb_codes,
                                           const std::function<bool(uint32_t)>& verb_codes);

// The first word of the sentence in no clause at all ("Rohan pledges to
// Gondor" with no verb found) that a TABARI verbs file lists and that codes
// something read as the verb, its patterns reading from the start of the
// sentence to the next clause; none when a verb before it codes something
// (`verb_codes(d)` as above) or the dictionaries hold no TABARI verbs.
std::optional<VerbStandIn> FindLooseVerb(const CompiledDictionary& dictionary, const ClauseCoder& coder,
                                         const SentenceAnalysis& analysis, const MatchContext& context,
                                         const std::function<bool(uint32_t)>& verb_codes);

// One past the last word a word in no clause, at `word`, governs: the start
// of the next clause, else the end of the sentence.
uint32_t LooseVerbEnd(const SentenceAnalysis& analysis, uint32_t word);

// Whether the verb of a clause other than `c` that comes before token
// `word` codes something (`verb_codes(d)` says whether clause d's does):
// then TABARI, which codes the first verb of a sentence, has its verb.
bool VerbCodedBefore(const SentenceAnalysis& analysis, uint32_t c, uint32_t word,
                     const std::function<bool(uint32_t)>& verb_codes);

// The first clause of the part of the sentence clause `c` belongs to: the
// outermost clause before it that it depends on (a later main clause, with
// what it governs, is a part of its own; a speech verb after its report
// starts none).
uint32_t PartOpening(const SentenceAnalysis& analysis, uint32_t c);

// Whether clause `c`, with its verb at token `word`, opens a later main
// clause's part of the sentence (one that does not begin it) and no verb of
// that part before `word` codes something (`verb_codes(d)` as above): TABARI
// codes clause by clause, and this verb is that clause's first.
bool FirstVerbOfLaterMainClause(const SentenceAnalysis& analysis, uint32_t c, uint32_t word,
                                const std::function<bool(uint32_t)>& verb_codes);

// Clause `parsed` with `word` as its verb: a verb group of that one word
// keeping the parsed group's tense, without its modal, negation or passive
// (TABARI reads those only through patterns); subject, objects and phrases
// as parsed.
Clause WithVerbAt(const Clause& parsed, uint32_t word);

}  // namespace khaldun

#endif  // KHALDUN_CODE_VERB_STAND_IN_H_
