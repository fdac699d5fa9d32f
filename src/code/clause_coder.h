// ClauseCoder: the CAMEO code a clause's verb and complements call for.
//
// Finds the clause's verb among the dictionary's verb forms (compound verbs
// such as "meet with" or "pull out" need their other words next to the
// verb), tries every pattern of the verb's family and keeps the most
// specific match; without one the verb's (or family's) default code holds.
#ifndef KHALDUN_CODE_CLAUSE_CODER_H_
#define KHALDUN_CODE_CLAUSE_CODER_H_

#include <string>
#include <vector>

#include "code/compiled_dictionary.h"
#include "code/pattern_matcher.h"
#include "dict/verb_pattern.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

struct ClauseCode {
  bool found = false;            // the verb is in the dictionary
  dict::PairedCode code;         // the code to use ("---" primary: explicitly no event)
  const dict::VerbPattern* pattern = nullptr;  // the matched pattern, or null (default code)
  bool reads_infinitive = false;  // the pattern reads on into the clause's infinitive ("(TO NEGOTIATE)")
  uint32_t family = 0;
  uint32_t verb = 0;
  uint32_t form_words = 0;       // words the verb form spans ("AIR_STRIKE": 2)
  uint32_t form_end = 0;         // one past its words that follow the verb at once (not a particle after the object)
  PatternFit fit;                // slots bound by the pattern
  // When `fit` binds no target: the target of another pattern of the same
  // verb and root that fit too, -1 if none ("AGAINST +" beside the chosen
  // "AGAINST &PLAN"). The coder falls back on it only when the clause
  // names no target otherwise.
  int32_t other_target = -1;
  // The pattern's words after '*' began in the subject of a passive clause
  // ("new sanctions were imposed on Iran"): the subject is the pattern's
  // object, as in the active, not its victim.
  bool reads_passive_subject = false;
};

class ClauseCoder {
 public:
  explicit ClauseCoder(const CompiledDictionary& dictionary) : dictionary_(&dictionary), matcher_(dictionary) {}

  // Codes the verb at token `verb_token`, whose complements lie in
  // [verb_token + 1, after_end) and whose preceding clause words start at
  // `before_begin`; a TABARI or PETRARCH-1 pattern's words before '*' may
  // start earlier, at `governing_begin` (<= before_begin), in the clause
  // that governs this one ("- SAID * [123]": "said it deplored"), and its
  // words after '*' may run on to `governed_end` (>= after_end), through
  // the clauses this one governs ("* WAR": "vowed to wage war"). Patterns
  // with a "TO" ("* + (TO SETTLE)") read on to `infinitive_end` (>=
  // after_end), the end of the clause's infinitive. A PETRARCH-2 pattern's
  // words before '*' lie in the clause's subject, [subject.first,
  // subject.second), when it has one (first == second: none). With
  // `trace`, every pattern tried is described there. In a `passive` clause
  // a PETRARCH-2 or native pattern without words before '*' that does not
  // fit the words after the verb may begin in the subject before the verb,
  // which is the active's object ("evidence ... was presented": "* EVIDENCE").
  ClauseCode Code(const MatchContext& context, uint32_t governing_begin, uint32_t before_begin, uint32_t verb_token,
                  uint32_t after_end, uint32_t infinitive_end, uint32_t governed_end,
                  std::pair<uint32_t, uint32_t> subject, std::vector<std::string>* trace, bool passive = false) const;

  // Whether the pattern that coded `coded` spells out a negation itself
  // ("NOT", "N'T", "NEVER", or a synset of such words: "did n't", "will
  // not"), so that its code already says what the negated verb means.
  // False for a verb's own code.
  bool NamesNegation(const ClauseCode& coded) const;

  // Whether `pattern` names the upper-case `word` itself ("WITHOUT").
  static bool NamesWord(const dict::VerbPattern& pattern, std::string_view word);

  // The same for a noun heading a noun phrase (`section NOMINAL` families only).
  ClauseCode CodeNominal(const MatchContext& context, uint32_t noun_token, uint32_t after_end,
                         std::vector<std::string>* trace) const;

 private:
  ClauseCode CodeAt(const MatchContext& context, uint32_t governing_begin, uint32_t before_begin, uint32_t token,
                    uint32_t after_end, uint32_t infinitive_end, uint32_t governed_end,
                    std::pair<uint32_t, uint32_t> subject, bool nominal, bool passive,
                    std::vector<std::string>* trace) const;

  const CompiledDictionary* dictionary_;
  PatternMatcher matcher_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_CLAUSE_CODER_H_
