#include "code/concessions.h"

#include "base/same_text.h"
#include "code/negation.h"

namespace khaldun {

bool ConcedeToWhomItBowed(const SentenceAnalysis& analysis, const ClauseFacts& facts, int32_t parent, uint32_t c,
                          std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  if (analysis.clauses[c].kind != ClauseKind::kParticipial || analysis.clauses[c].antecedent_np != kNone) return false;
  int32_t bow = -1;
  for (size_t e : facts.events[c]) {
    const CandidateEvent& event = (*out)[e];
    if (!event.dropped && !event.paired && event.code == "080" && event.target >= 0) bow = static_cast<int32_t>(e);
  }
  if (bow < 0) return false;
  const int32_t source = (*out)[bow].source, target = (*out)[bow].target;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (untargeted.clause != parent || untargeted.source != source || CodeRoot(untargeted.code) != "08" ||
        untargeted.code == "080") {
      continue;
    }
    CandidateEvent event = untargeted;
    event.target = target;
    event.notes.push_back("made to whom clause " + std::to_string(c + 1) + " bowed");
    (*out)[bow].dropped = true;
    out->push_back(std::move(event));
    if (trace) trace->push_back("clause " + std::to_string(parent + 1) + ": a concession to whom it bowed");
    return true;
  }
  return false;
}

}  // namespace khaldun
