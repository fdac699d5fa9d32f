#include "code/phone_calls.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/negation.h"

namespace khaldun::sentence_coding {

bool MadeInACall(const SentenceAnalysis& analysis, const Clause& clause) {
  // (A phrase fronted before the sentence's first clause is that clause's: "During a phone call, Xi told ...".)
  const bool first = std::none_of(analysis.clauses.begin(), analysis.clauses.end(),
                                  [&](const Clause& other) { return other.begin < clause.begin; });
  for (uint32_t k = first ? 0 : clause.begin; k + 1 < clause.end && k + 1 < analysis.size(); ++k) {
    if (!SameTextAsAny(analysis.lemma(k), "in", "during", "over")) continue;
    const int32_t np = analysis.np_of_word[k + 1];
    if (np < 0) continue;
    const NounPhrase& phrase = analysis.nps[static_cast<size_t>(np)];
    if (phrase.begin != k + 1 || phrase.head == phrase.begin ||
        !SameTextAsAny(analysis.lemma(phrase.head), "call", "conversation")) {
      continue;
    }
    if (!SameTextAsAny(analysis.lemma(phrase.head - 1), "phone", "telephone", "video")) continue;
    // (A call "with" someone names whom it was with: "offered to mediate between Sudan and the UAE in a phone
    // call on Friday with Burhan" called Burhan, not the parties.)
    for (uint32_t w = phrase.head + 1; w < analysis.size() && w < phrase.head + 5; ++w) {
      if (analysis.tags[w] == PosTag::kComma || analysis.tags[w] == PosTag::kPeriod) break;
      if (SameText(analysis.words[w], "with")) return false;
    }
    return true;
  }
  return false;
}

namespace {

// Clause `c`, or an infinitive it governs where the parse hung the call: "asked Putin for credit to import fuel
// during a telephone call".
bool SaidInACall(const SentenceAnalysis& analysis, size_t c) {
  if (MadeInACall(analysis, analysis.clauses[c])) return true;
  for (const Clause& clause : analysis.clauses) {
    if (clause.parent_clause == static_cast<int32_t>(c) && clause.kind == ClauseKind::kInfinitival &&
        MadeInACall(analysis, clause)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void AddTheCallsActsWereMadeIn(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                               size_t first, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const size_t end = out->size();
  for (size_t e = first; e < end; ++e) {
    const CandidateEvent& act = (*out)[e];
    if (act.dropped || act.reads_words || act.clause < 0 || act.source < 0 || act.target < 0 || act.paired ||
        act.code.size() < 3 || CodeRoot(act.code) > std::string_view("13") || CodeRoot(act.code) == "04" ||
        SameText(mentions[static_cast<size_t>(act.target)].how, "place") ||
        !SaidInACall(analysis, static_cast<size_t>(act.clause))) {
      continue;
    }
    CandidateEvent call = act;
    call.notes.push_back("made in a telephone call: 041 beside " + act.code);
    call.code = "041";
    if (trace) trace->push_back("clause " + std::to_string(act.clause + 1) + ": " + act.code + " made in a call, and 041");
    out->push_back(std::move(call));
  }
}

}  // namespace khaldun::sentence_coding
