// SentenceCoder: the events of one analysed sentence (internal to src/code).
//
// Codes every clause, then applies the rules that relate clauses: reported
// speech keeps the reported event and drops the speech act, a reject/refuse
// verb turns its complement into the matching reject code, a request's
// complement is what is requested (not an event), negation follows CAMEO,
// passive voice swaps source and target, compound subjects code each member
// and symmetric codes both ways.
#ifndef KHALDUN_CODE_SENTENCE_CODER_H_
#define KHALDUN_CODE_SENTENCE_CODER_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "code/actor_matcher.h"
#include "code/clause_coder.h"
#include "code/event.h"
#include "code/negation.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// An event before it is written out: mention indices instead of texts.
struct CandidateEvent {
  int32_t clause = -1;      // clause index, or -1 for a nominal event
  int32_t source = -1;      // mention index
  int32_t target = -1;      // mention index, -1 for none ("---")
  std::string code;
  uint32_t verb_begin = 0, verb_end = 0;  // sentence tokens of the verb group (or noun)
  const dict::VerbPattern* pattern = nullptr;
  bool reads_infinitive = false;  // the pattern reads on into the clause's infinitive
  uint32_t family = 0, verb = 0;
  std::vector<std::string> notes;
  int32_t reported_by = -1; // mention index of the speaker
  bool paired = false;      // the reversed dyad's paired code ("hosted" for "visited")
  bool dropped = false;
  bool without_dyad = false;  // coded without a target only because require_dyad is off
  bool reads_words = false;   // its verb is TABARI's or PETRARCH-1's, which code only what a speaker reports
  // With target -1: a target code no words name (a state's emergency rule
  // falls on that state: "Ecuadorean President Daniel Noboa declared a
  // state of emergency" -> ECU), "" for none.
  std::string implied_target;
  const char* implied_how = "";  // how it is known: "source's state", "government protested"
};

// TABARI's switches as one sentence's coding sees them (TabariSwitches).
// DEFAULT: mentions (indices into the sentence's mentions, -1 for none)
// that stand for the default source and target. They name no words and
// have unresolved codes, so that no rule takes them for an actor of the
// sentence; only an event that lacks a source or a target gets them.
inline constexpr const char* kDefaultSourceCode = "---DEFAULT-SOURCE";
inline constexpr const char* kDefaultTargetCode = "---DEFAULT-TARGET";
struct TabariSentenceSwitches {
  int32_t default_source = -1;
  int32_t default_target = -1;
  bool prior = false;  // only an actor before the verb is a source (else the default)
  bool after = false;  // only an actor after the verb is a target (else the default)
  // SET: CODE ALL: every verb is coded as TABARI codes its first one.
  bool code_all = false;
  // No COMMA: switch: a short aside after the first comma gives TABARI's
  // first verb no target (with one, CodeSentence deleted what TABARI does).
  bool short_asides = true;

  // TABARI's DEFAULT, for its first verb (mention indices in `*sources`
  // and `*targets`): without PRIOR, a clause with no actor before its verb
  // takes the first after it for source; without AFTER, one with no actor
  // after its verb acts on the second of its sources ("Bree and Arnor
  // restored ties with Gxndor": BRE on ARN); what is still missing is the
  // default. Nothing when no default is set.
  void CompleteByDefault(std::vector<int32_t>* sources, std::vector<int32_t>* targets) const {
    if (default_source < 0 && default_target < 0) return;
    if (sources->empty() && !prior && !targets->empty()) {
      sources->push_back(targets->front());
      targets->erase(targets->begin());
    }
    if (sources->empty() && default_source >= 0) sources->push_back(default_source);
    if (targets->empty() && !after && sources->size() >= 2) {
      targets->push_back((*sources)[1]);
      sources->resize(1);
    }
    if (targets->empty() && default_target >= 0) targets->push_back(default_target);
  }
};

// SentenceCoder::Code's per-clause working state, kept by the caller (one
// per thread, in its CoderWorkspace) so that its vectors keep their memory
// from sentence to sentence. Code resets every slot it uses.
struct SentenceCoderScratch {
  std::vector<std::vector<size_t>> by_clause;
  std::vector<std::string> clause_code;
  std::vector<int32_t> clause_source;
  std::vector<bool> clause_by_default;
  std::vector<bool> negated_away;
  std::vector<bool> unreal;
  std::vector<bool> weak;  // per clause: coded by a TABARI weak default ("SAID [023?]")
  std::vector<bool> dominant;  // per clause: coded by a TABARI dominant code ("ATTEND [031!]")
  std::vector<int8_t> verb_codes;  // per clause: -1 unknown, 0 its verb codes nothing, 1 it codes
  std::vector<uint32_t> form_end;  // per clause: one past its coded verb form ("lodged a protest"), else 0
  std::vector<CandidateEvent> kept;  // SettleEvents: the events kept, empty between calls
  // Events a clause would have given but for a target ("Israel said"):
  // what it reports may give it one (an accusation).
  std::vector<CandidateEvent> untargeted;
  // The clause being coded: the mentions of its sources and its targets.
  std::vector<int32_t> sources, targets;
};

class SentenceCoder {
 public:
  // `require_dyad` false: a clause without a target still gives its event
  // (CoderOptions::require_dyad). `negations`: the ontology's own
  // negations, tried before CAMEO's (CoderOptions::negations).
  explicit SentenceCoder(const CompiledDictionary& dictionary, bool require_dyad = true,
                         std::vector<CodeNegation> negations = {})
      : dictionary_(&dictionary),
        clause_coder_(dictionary),
        require_dyad_(require_dyad),
        negations_(std::move(negations)) {}

  // Appends the sentence's events to `*out` (mention indices refer to
  // `mentions`); an event of TABARI's first verb without a source or a
  // target takes TABARI's defaults (`tabari`). `trace` (may be null) receives the reasoning.
  void Code(const SentenceAnalysis& analysis, const MatchContext& context, const std::vector<ActorMention>& mentions,
            const std::vector<int32_t>& mention_of_np, const std::vector<std::vector<int32_t>>& group_of_np,
            const TabariSentenceSwitches& tabari, SentenceCoderScratch* scratch, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) const;

 private:
  // Code's events whose verb is a single word rather than a clause's verb
  // group (nominal_events.cc): TABARI's verbs-file word in no clause, event
  // nouns ("the meeting between Khan and Ghani", "an attack on X", not
  // inside what a clause rejects or calls off) and occurrences ("fighting
  // broke out between X and Y"). Reads and extends `scratch`'s by_clause and
  // clause_code as the clause loop left them; `own_verb_codes` tells whether
  // a clause's verb codes something.
  void CodeNominalEvents(const SentenceAnalysis& analysis, const MatchContext& context,
                         const std::vector<ActorMention>& mentions, const std::vector<int32_t>& mention_of_np,
                         const std::vector<std::vector<int32_t>>& group_of_np,
                         const std::function<bool(uint32_t)>& own_verb_codes, SentenceCoderScratch* scratch,
                         std::vector<CandidateEvent>* out, std::vector<std::string>* trace) const;

  // Code's last pass over the sentence's events from `first` on
  // (sentence_events_settling.cc): TABARI's dominant and weak codes, the
  // relations between clauses (RelateClauses, unless CODE ALL), nominal
  // events inside what has not happened; then removes the dropped events
  // and the duplicates (same source, target and code).
  static void SettleEvents(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                           const TabariSentenceSwitches& tabari, size_t first, SentenceCoderScratch* scratch,
                           std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

  const CompiledDictionary* dictionary_;
  ClauseCoder clause_coder_;
  bool require_dyad_;
  std::vector<CodeNegation> negations_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_SENTENCE_CODER_H_
