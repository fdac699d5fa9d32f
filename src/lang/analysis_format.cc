#include "lang/analysis_format.h"

namespace khaldun {

const char* TenseName(Tense tense) {
  switch (tense) {
    case Tense::kNonFinite: return "non-finite";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
    case Tense::kModal: return "modal";
  }
  return "?";
}

const char* ClauseKindName(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::kMain: return "main";
    case ClauseKind::kReported: return "reported";
    case ClauseKind::kComplement: return "complement";
    case ClauseKind::kInfinitival: return "infinitival";
    case ClauseKind::kRelative: return "relative";
    case ClauseKind::kCoordinated: return "coordinated";
    case ClauseKind::kSubordinate: return "subordinate";
    case ClauseKind::kParticipial: return "participial";
  }
  return "?";
}

const char* ComplementKindName(ComplementKind kind) {
  switch (kind) {
    case ComplementKind::kNoComplement: return "none";
    case ComplementKind::kThatClause: return "that-clause";
    case ComplementKind::kInfinitive: return "infinitive";
    case ComplementKind::kGerund: return "gerund";
  }
  return "?";
}

std::string FormatTagged(const SentenceAnalysis& a) {
  std::string out;
  for (uint32_t i = 0; i < a.size(); ++i) {
    if (i > 0) out += ' ';
    out += a.words[i];
    out += '/';
    out += PosTagName(a.tags[i]);
  }
  return out;
}

std::string FormatChunks(const SentenceAnalysis& a) {
  std::string out;
  for (uint32_t i = 0; i < a.size(); ++i) {
    const int32_t np = a.np_of_word[i];
    if (i > 0) out += ' ';
    if (np != kNone && a.nps[static_cast<size_t>(np)].begin == i) out += '[';
    out += a.words[i];
    if (np != kNone && a.nps[static_cast<size_t>(np)].end == i + 1) out += ']';
  }
  return out;
}

std::string BracketNp(const SentenceAnalysis& a, int32_t np) {
  if (np == kNone) return "";
  return "[" + a.NpText(np) + "]";
}

std::string FormatClause(const SentenceAnalysis& a, uint32_t k) {
  const Clause& c = a.clauses[k];
  const VerbGroup& g = c.verb;
  std::string out = "clause " + std::to_string(k + 1) + " (" + ClauseKindName(c.kind);
  if (c.parent_clause != kNone) out += " of " + std::to_string(c.parent_clause + 1);
  out += "):";
  if (c.subject_np != kNone) {
    out += " subject " + BracketNp(a, c.subject_np);
  } else if (c.controller_np != kNone) {
    out += " subject (" + a.NpText(c.controller_np) + ")";
  } else {
    out += " subject -";
  }
  out += " verb [" + a.Text(g.begin, g.end) + "] (lemma " + std::string(a.lemma(g.lemma));
  if (g.particle != kNone) out += " " + std::string(a.words[static_cast<uint32_t>(g.particle)]);
  out += ", ";
  out += TenseName(g.tense);
  if (g.perfect) out += " perfect";
  if (g.progressive) out += " progressive";
  out += g.passive ? ", passive" : ", active";
  if (g.negated) out += ", negated";
  out += ")";
  for (uint32_t np : a.indices(c.objects)) out += " object " + BracketNp(a, static_cast<int32_t>(np));
  if (c.agent_np != kNone) out += " agent " + BracketNp(a, c.agent_np);
  for (uint32_t pp : a.indices(c.preps)) {
    const PrepPhrase& p = a.pps[pp];
    if (a.pps[pp].object_np == c.agent_np && c.agent_np != kNone) continue;
    out += " prep [" + a.Text(p.preposition, p.preposition_end) + " " + a.NpText(p.object_np) + "]";
  }
  if (c.complement_clause != kNone) {
    out += " -> " + std::string(ComplementKindName(c.complement_kind)) + " clause " +
           std::to_string(c.complement_clause + 1);
  }
  return out;
}

}  // namespace khaldun
