// TabariSwitches: the option switches of TABARI's program that change how a
// sentence is coded, as TABARI's .options file (or a validation record's
// "OPTION:" line) sets them.
//
// They hold only for TABARI verbs (CompiledDictionary::HasTabariVerbs): the
// coder ignores them for every other dictionary. The defaults are TABARI's
// own defaults, which are what the coder does without switches.
#ifndef KHALDUN_CODE_TABARI_SWITCHES_H_
#define KHALDUN_CODE_TABARI_SWITCHES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"

namespace khaldun {

// COMPLEX: VERBS[v] CONJ[c] NOACTPRIOR (code/tabari_complexity.h).
struct TabariComplexity {
  unsigned verbs = 0;         // VERBS[v]; 0: no limit
  unsigned conjunctions = 0;  // CONJ[c]; 0: no limit
  bool no_actor_prior = false;
  bool operator==(const TabariComplexity&) const = default;
};

struct TabariSwitches {
  // SET: CODE BY CLAUSE (the default) codes each clause; SET: CODE BY
  // SENTENCE keeps only the sentence's first event (those of its first
  // clause that codes); SET: CODE ALL also codes the verbs TABARI passes
  // over after a verb that coded.
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;

  // DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER: the codes an event takes
  // when it has no source or no target ("" when that default is off).
  // With PRIOR, only an actor before the verb is a source (else the
  // default); without it, a clause with no actor before its verb takes the
  // first one after it for source. With AFTER, only an actor after the verb
  // is a target (else the default); without it, a clause with no actor
  // after its verb takes the second of a compound source for target.
  std::string default_source;
  std::string default_target;
  bool source_prior = false;
  bool target_after = false;

  // SET: CONVERT AGENT = TRUE: an agent that names no actor ("Guerrillas",
  // "the Muslims") is an actor coded "~" and the agent's code ("~REB"),
  // instead of an actorless role ("---REB") or the sentence's country
  // with the agent.
  bool convert_agent = false;

  // FORWARD: a personal pronoun that stands for no actor of its own
  // sentence ("He has also asked Gondor ...") stands for the first actor of
  // the document's previous sentence, without its agent.
  bool forward = false;

  // SET: TIME SHIFT = TRUE: the phrases of the verbs file's <TIME> section
  // hold; one coded [###] discards the sentence, one coded [+++] makes it
  // too complex to code (the day shifts are not applied).
  bool time_shift = false;

  // COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0 (TABARI's
  // defaults): before coding a sentence TABARI deletes the clauses commas
  // set off whose blank-separated words number within the limits: between
  // two commas [min, max], after the last one [end_min, end_max], before the
  // first one [begin_min, begin_max]; "COMMA: OFF" deletes none.
  struct CommaLimits {
    unsigned min = 2, max = 10;
    unsigned end_min = 2, end_max = 10;
    unsigned begin_min = 255, begin_max = 0;
    bool operator==(const CommaLimits&) const = default;
  };
  // Unset (no COMMA: switch): Khaldun's own reading of TABARI's defaults,
  // which deletes nothing but takes no target from a short aside after the
  // sentence's first comma.
  std::optional<CommaLimits> comma;
  // COMPLEX: the limits past which a sentence is too complex to code (none
  // when unset).
  std::optional<TabariComplexity> complex;

  bool operator==(const TabariSwitches&) const = default;
};

// Applies one option line in TABARI's words, "COMMAND: value" ("SET: CODE
// ALL", "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT:
// OFF", "SET: CONVERT AGENT = TRUE", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR",
// "FORWARD: ^^*****NNN*SSS", "FORWARD:
// ... OFF"), to `switches`; lines about anything else change nothing.
void ApplyTabariOption(std::string_view line, TabariSwitches* switches);

// `sentence` without the comma-delimited clauses `limits` delete (see
// TabariSwitches::comma); a deleted last clause leaves the sentence's final
// period.
std::string DeleteCommaClauses(std::string_view sentence, const TabariSwitches::CommaLimits& limits);

// The switches that a TABARI .options file's lines set, in order.
TabariSwitches ReadTabariSwitches(const std::vector<dict::OptionLine>& options);

// The number of blank-separated words of `text`, as TABARI counts them
// (for SET: MINIMUM WORDS and the COMMA: limits).
size_t TabariWordCount(std::string_view text);

}  // namespace khaldun

#endif  // KHALDUN_CODE_TABARI_SWITCHES_H_
