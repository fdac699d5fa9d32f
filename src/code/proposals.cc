#include "code/proposals.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/accusations.h"
#include "code/clause_reach.h"
#include "code/negation.h"
#include "lang/word_classes.h"

namespace khaldun {

namespace {

// Rewrites the events of clause `c` as what `speaker` asks for: its intent
// (03) when its own state is to act (a threat, 13, of its own cut of ties,
// coercion or force), else its request of the doer by `root`
// ("02" appeal, "10" demand); drops those CAMEO has no such code for. The
// other half of a joint act with the speaker ("Russia and Ukraine resume
// talks": Ukraine's with Russia) says nothing more.
struct Asked {
  int considered = 0;  // events of `c` not dropped before
  int kept = 0;        // of those, the ones rewritten as asked for
};
Asked AskedOfDoers(const std::vector<ActorMention>& mentions, const ClauseFacts& facts, int32_t speaker, uint32_t c,
                   std::string_view root, std::vector<CandidateEvent>* out) {
  // The events of the speaker's own state in a joint act, by whom they are with.
  std::vector<int32_t> partners_of_own;
  for (size_t e : facts.events[c]) {
    const CandidateEvent& event = (*out)[e];
    if (!event.dropped && event.target >= 0 && SpeaksOfItself(mentions, event.source, speaker)) {
      partners_of_own.push_back(event.target);
    }
  }
  Asked asked;
  for (size_t e : facts.events[c]) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped) continue;
    ++asked.considered;
    const bool own = SpeaksOfItself(mentions, event.source, speaker);
    const bool other_half = !own && event.target >= 0 && SpeaksOfItself(mentions, event.target, speaker) &&
                            std::ranges::any_of(partners_of_own, [&](int32_t partner) {
                              return mentions[partner].code == mentions[event.source].code;
                            });
    if (event.paired || (own && event.target < 0) || other_half) {
      event.dropped = true;
      continue;
    }
    // (The speaker's own threat, vowed, is that threat: "vowed that Iran would pay for the attack", 130.)
    if (own && SameText(CodeRoot(event.code), "13")) {
      ++asked.kept;
      continue;
    }
    // (The speaker's own coercion or force to come is a threat: "Ruto said
    // police should shoot protesters in the leg" -> 137.)
    const bool hostile = CodeRoot(event.code) >= std::string_view("16");
    const std::string code = RequestedCode(own ? (hostile ? "13" : "03") : root, event.code);
    if (code.empty()) {
      event.dropped = true;
      continue;
    }
    event.notes.push_back(std::string(own ? "asks of itself " : "asks of another ") + event.code + ": -> " + code);
    if (!own) event.target = event.source;
    event.source = speaker;
    event.code = code;
    ++asked.kept;
  }
  return asked;
}

// "said that Sweden must extradite about 130 people": a deed required of a
// named doer of another state that names no one else (its clause coded, no
// event) is still demanded of that doer. Rewrites the speaker's plain
// statement (01) of `parent` as that demand, aimed at the doer; returns
// whether it did.
bool DemandTheDeedOfItsDoer(const std::vector<ActorMention>& mentions, const ClauseFacts& facts, int32_t parent,
                            uint32_t c, std::vector<CandidateEvent>* out) {
  const int32_t speaker = facts.source[parent];
  const int32_t doer = facts.source[c];
  if (doer < 0 || !mentions[doer].resolved() || SpeaksOfItself(mentions, doer, speaker) || facts.code[c].empty() ||
      SameText(facts.code[c], "---")) {
    return false;
  }
  const std::string demand = RequestedCode("10", facts.code[c]);
  if (demand.empty()) return false;
  for (size_t t : facts.events[parent]) {
    CandidateEvent& statement = (*out)[t];
    if (statement.dropped || statement.paired || !SameText(CodeRoot(statement.code), "01")) continue;
    statement.notes.push_back("requires " + facts.code[c] + " of " + mentions[doer].code + ": -> " + demand);
    statement.code = demand;
    statement.target = doer;
    return true;
  }
  return false;
}

}  // namespace

bool Propose(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const Clause& content = analysis.clauses[c];
  const int32_t speaker = facts.source[parent];
  if (!SameText(CodeRoot(facts.code[parent]), "03") || speaker < 0 || !mentions[speaker].resolved() ||
      (content.kind != ClauseKind::kComplement && content.kind != ClauseKind::kReported) ||
      content.verb.tense == Tense::kFuture || content.verb.negated) {
    return false;
  }
  const Asked asked = AskedOfDoers(mentions, facts, speaker, c, "02", out);
  if (asked.considered == 0) return false;
  // (What CAMEO has no appeal for is dropped; the offer itself stays.)
  if (asked.kept > 0) {
    for (size_t t : facts.events[parent]) (*out)[t].dropped = true;
  }
  if (trace) trace->push_back("clause " + std::to_string(parent + 1) + ": a proposal of what clause " +
                              std::to_string(c + 1) + " says");
  return true;
}

bool Require(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
             int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const Clause& content = analysis.clauses[c];
  const int32_t speaker = facts.source[parent];
  if (speaker < 0 || !mentions[speaker].resolved() || content.verb.modal == kNone || content.verb.negated ||
      !(word_classes::EqualsLower(analysis.words[content.verb.modal], "must") ||
        word_classes::EqualsLower(analysis.words[content.verb.modal], "should"))) {
    return false;
  }
  // ("should have acted": what ought to have been done is past, a reproach.)
  for (uint32_t k = content.verb.modal + 1; k < content.verb.end; ++k) {
    if (word_classes::EqualsLower(analysis.words[k], "have")) return false;
  }
  const Asked asked = AskedOfDoers(mentions, facts, speaker, c, "10", out);
  if (asked.considered == 0) return DemandTheDeedOfItsDoer(mentions, facts, parent, c, out);
  // (What CAMEO has no demand for is dropped; the statement itself stays.)
  for (size_t t : facts.events[parent]) {
    if (asked.kept > 0 && SameText(CodeRoot((*out)[t].code), "01")) (*out)[t].dropped = true;
  }
  if (trace) trace->push_back("clause " + std::to_string(parent + 1) + ": requires what clause " +
                              std::to_string(c + 1) + " says");
  return true;
}

bool AskOfASecondThatClause(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                            const ClauseFacts& facts, int32_t parent, uint32_t c, std::string_view root,
                            std::vector<CandidateEvent>* out) {
  const std::vector<size_t>& mine = facts.events[c];
  const int32_t first_that = analysis.clauses[parent].complement_clause;
  if (analysis.clauses[c].kind != ClauseKind::kComplement || first_that == kNone ||
      first_that == static_cast<int32_t>(c) || mine.empty() || (*out)[mine.front()].dropped) {
    return false;
  }
  const CandidateEvent deed = (*out)[mine.front()];
  std::string asked = RequestedCode(root, deed.code);
  if (asked.empty()) asked = std::string(root) + "0";
  std::vector<CandidateEvent> added;
  for (size_t t : facts.events[parent]) {
    const CandidateEvent& demand = (*out)[t];
    if (demand.dropped || demand.paired || mentions[demand.source].code == mentions[deed.source].code ||
        std::any_of(added.begin(), added.end(), [&](const CandidateEvent& a) { return a.source == demand.source; })) {
      continue;
    }
    CandidateEvent copy = demand;
    copy.code = asked;
    copy.target = deed.source;
    copy.notes.push_back("a second that-clause asks for " + deed.code + " -> " + asked);
    added.push_back(std::move(copy));
  }
  for (CandidateEvent& event : added) out->push_back(std::move(event));
  return !added.empty();
}

bool AskTheDoerNotTheVenue(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                           const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out) {
  const int32_t doer = facts.source[c];
  if (analysis.clauses[c].kind != ClauseKind::kComplement || doer < 0 || !mentions[doer].resolved()) return false;
  // Whether the mention's phrase, through "of" phrases, is the object of "at".
  auto at_venue = [&](const ActorMention& mention) {
    int32_t np = mention.np;
    for (int depth = 0; np >= 0 && depth < 4; ++depth) {
      if (analysis.nps[np].coordination != kNone) np = analysis.nps[np].coordination;
      const int32_t pp = analysis.nps[np].pp_object_of;
      if (pp == kNone) return false;
      const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
      if (preposition == "at") return true;
      if (preposition != "of") return false;
      np = analysis.pps[pp].attached_np;
    }
    return false;
  };
  bool any = false;
  for (size_t t : facts.events[parent]) {
    CandidateEvent& request = (*out)[t];
    if (request.dropped || request.paired || request.target < 0 || request.target == doer ||
        mentions[request.source].code == mentions[doer].code || !at_venue(mentions[request.target])) {
      continue;
    }
    request.notes.push_back("asked at a venue: aimed at the doer asked, " + mentions[doer].code);
    request.target = doer;
    any = true;
  }
  return any;
}

bool WarnOfOwnForce(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                    const ClauseFacts& facts, int32_t parent, uint32_t c, std::vector<CandidateEvent>* out,
                    std::vector<std::string>* trace) {
  const int32_t speaker = facts.source[parent];
  if (!SameText(CodeRoot(facts.code[parent]), "13") || speaker < 0 || facts.source[c] < 0 ||
      !facts.events[c].empty() || !IsForceRoot(CodeRoot(facts.code[c])) || analysis.clauses[c].verb.negated ||
      !IsFutureClause(analysis, analysis.clauses[c]) || !SpeaksOfItself(mentions, facts.source[c], speaker)) {
    return false;
  }
  bool rewritten = false;
  for (size_t e : facts.events[parent]) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.paired || !SameText(event.code, "130")) continue;
    event.notes.push_back("warned of its own force to come: 130 -> 138");
    event.code = "138";
    rewritten = true;
  }
  if (rewritten && trace) trace->push_back("clause " + std::to_string(parent + 1) + ": a threat of the force clause " +
                                           std::to_string(c + 1) + " tells");
  return rewritten;
}

int32_t HelpsToDo(const SentenceAnalysis& analysis, uint32_t c) {
  const Clause& help = analysis.clauses[c];
  if (!SameTextAsAny(analysis.lemma(help.verb.lemma), "help", "assist")) return kNone;
  const int32_t deed = help.complement_clause;
  return deed != kNone && analysis.clauses[deed].kind == ClauseKind::kInfinitival ? deed : kNone;
}

}  // namespace khaldun
