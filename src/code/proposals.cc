#include "code/proposals.h"

#include "base/same_text.h"
#include "code/accusations.h"
#include "code/negation.h"

namespace khaldun {

bool Propose(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const Clause& content = analysis.clauses[c];
  const int32_t speaker = facts.source[parent];
  if (!SameText(CodeRoot(facts.code[parent]), "03") || speaker < 0 || !mentions[speaker].resolved() ||
      (content.kind != ClauseKind::kComplement && content.kind != ClauseKind::kReported) ||
      content.verb.tense == Tense::kFuture || content.verb.negated) {
    return false;
  }
  bool any = false;
  for (size_t e : facts.events[c]) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped) continue;
    const bool own = SpeaksOfItself(mentions, event.source, speaker);
    // (The other half of "Russia and Ukraine resume talks", Ukraine's with
    // Russia, says nothing more.)
    const bool with_speaker = event.target >= 0 && SpeaksOfItself(mentions, event.target, speaker);
    if (event.paired || (own && event.target < 0) || (!own && with_speaker)) {
      event.dropped = true;
      continue;
    }
    const std::string code = RequestedCode(own ? "03" : "02", event.code);
    if (code.empty()) {
      event.dropped = true;
      continue;
    }
    event.notes.push_back(std::string(own ? "proposes to do " : "proposes that another do ") + event.code + ": -> " +
                          code);
    if (!own) event.target = event.source;
    event.source = speaker;
    event.code = code;
    any = true;
  }
  if (!any) return false;
  for (size_t t : facts.events[parent]) (*out)[t].dropped = true;
  if (trace) trace->push_back("clause " + std::to_string(parent + 1) + ": a proposal of what clause " +
                              std::to_string(c + 1) + " says");
  return true;
}

}  // namespace khaldun
