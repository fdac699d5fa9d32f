#include "dict/lint.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string_view>
#include <utility>

namespace khaldun::dict {
namespace {

// Collects findings with the dictionary's file:line notation.
class Findings {
 public:
  explicit Findings(const Dictionary& dictionary) : dictionary_(dictionary) {}

  void Add(LintKind kind, Severity severity, const SourceRef& where, std::string message) {
    out_.push_back({kind, severity, dictionary_.Where(where), std::move(message)});
  }
  std::string Where(const SourceRef& where) const { return dictionary_.Where(where); }
  std::vector<LintFinding> Take() { return std::move(out_); }

 private:
  const Dictionary& dictionary_;
  std::vector<LintFinding> out_;
};

// A code made of no letter and no digit ("---", "###"): null or TABARI special.
bool IsSpecialCode(std::string_view code) {
  return std::none_of(code.begin(), code.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

// Why one event code (one side of a paired code) is unknown, or "".
std::string EventCodeProblem(std::string_view code, const EventCodeTable* table) {
  if (code.empty() || IsSpecialCode(code)) return "";
  if (!IsWellFormedEventCode(code)) return "malformed event code '" + std::string(code) + "'";
  if (table != nullptr && !table->IsKnown(code)) {
    return "event code '" + std::string(code) + "' is not in the CAMEO table";
  }
  return "";
}

// Checks a code as written in a verb, a family header or a pattern ("042:043").
void CheckEventCode(std::string_view written, const std::string& what, const SourceRef& where,
                    const EventCodeTable* table, Findings* findings) {
  if (written.empty()) return;
  Result<PairedCode> parsed = ParsePairedCode(written);
  if (!parsed.ok()) {
    findings->Add(LintKind::kUnknownEventCode, Severity::kError, where,
                  what + ": unreadable code '" + std::string(written) + "'");
    return;
  }
  for (const std::string* side : {&parsed.value().primary, &parsed.value().paired}) {
    std::string problem = EventCodeProblem(*side, table);
    if (!problem.empty()) findings->Add(LintKind::kUnknownEventCode, Severity::kError, where, what + ": " + problem);
  }
}

void CheckEventCodes(const Dictionary& d, const EventCodeTable* table, Findings* findings) {
  for (const VerbFamily& family : d.verb_families) {
    CheckEventCode(family.code, "verbs " + family.name, family.where, table, findings);
    for (const Verb& verb : family.verbs) CheckEventCode(verb.code, "verb " + verb.text, verb.where, table, findings);
    for (const VerbPattern& pattern : family.patterns) {
      const std::string what = "pattern [" + pattern.code.ToString() + "] " + RenderPatternBody(pattern, family.syntax);
      for (const std::string* side : {&pattern.code.primary, &pattern.code.paired}) {
        std::string problem = EventCodeProblem(*side, table);
        if (!problem.empty()) {
          findings->Add(LintKind::kUnknownEventCode, Severity::kError, pattern.where, what + ": " + problem);
        }
      }
    }
  }
}

// Why an actor or agent code is malformed, or "".
std::string ActorCodeProblem(std::string_view code) {
  if (code.empty()) return "empty code";
  if (IsSpecialCode(code)) return "";
  size_t digit_run = 0;
  for (char c : code) {
    const bool digit = c >= '0' && c <= '9';
    if (!digit && !(c >= 'A' && c <= 'Z')) return "code '" + std::string(code) + "' is not upper-case letters and digits";
    digit_run = digit ? digit_run + 1 : 0;
    if (digit_run >= 4) return "code '" + std::string(code) + "' has a date in it";
  }
  return "";
}

void CheckActorCodes(const Dictionary& d, Findings* findings) {
  for (const Actor& actor : d.actors) {
    for (const DatedCode& code : actor.codes) {
      std::string problem = ActorCodeProblem(code.code);
      if (!problem.empty()) {
        findings->Add(LintKind::kMalformedActorCode, Severity::kError, code.where,
                      "actor " + actor.name.phrase.ToString() + ": " + problem);
      } else if (!IsSpecialCode(code.code) && code.code.size() % 3 != 0) {
        findings->Add(LintKind::kMalformedActorCode, Severity::kWarning, code.where,
                      "actor " + actor.name.phrase.ToString() + ": code '" + code.code +
                          "' is not made of three-character CAMEO blocks");
      }
    }
  }
  for (const Agent& agent : d.agents) {
    std::string problem = ActorCodeProblem(agent.code);
    if (!problem.empty()) {
      findings->Add(LintKind::kMalformedActorCode, Severity::kError, agent.where,
                    "agent " + agent.phrase.ToString() + ": " + problem);
    }
  }
}

std::string CodesText(const std::vector<DatedCode>& codes) {
  std::string out;
  for (const DatedCode& code : codes) {
    out += (out.empty() ? "[" : " [") + code.code;
    if (code.when.kind != DateRestriction::Kind::kAlways) out += " " + code.when.ToString();
    out += "]";
  }
  return out.empty() ? "(no code)" : out;
}

// A restriction as the half-open date interval [first, second).
std::pair<DateNumber, DateNumber> Interval(const DateRestriction& when) {
  switch (when.kind) {
    case DateRestriction::Kind::kBefore: return {INT32_MIN, when.to};
    case DateRestriction::Kind::kOnOrAfter: return {when.from, INT32_MAX};
    case DateRestriction::Kind::kBetween: return {when.from, when.to};
    case DateRestriction::Kind::kAlways: break;
  }
  return {INT32_MIN, INT32_MAX};
}

// Namesakes: two actors sharing a phrase that the document date tells
// apart, because each has dated roles. Returns the first span of days on
// which dated roles of both hold ({0, 0} when none), where only a country
// before the name can choose.
std::pair<DateNumber, DateNumber> NamesakesOverlap(const Actor& a, const Actor& b) {
  for (const DatedCode& x : a.codes) {
    if (x.when.kind == DateRestriction::Kind::kAlways) continue;
    for (const DatedCode& y : b.codes) {
      if (y.when.kind == DateRestriction::Kind::kAlways) continue;
      const auto [x_from, x_to] = Interval(x.when);
      const auto [y_from, y_to] = Interval(y.when);
      if (x_from < y_to && y_from < x_to) return {std::max(x_from, y_from), std::min(x_to, y_to)};
    }
  }
  return {0, 0};
}

// "19990207-20150123", "before 20150123", "from 19990207 on".
std::string DaysText(DateNumber from, DateNumber to) {
  if (from == INT32_MIN) return "before " + std::to_string(to);
  if (to == INT32_MAX) return "from " + std::to_string(from) + " on";
  return std::to_string(from) + "-" + std::to_string(to);
}

bool HasDatedCode(const Actor& actor) {
  for (const DatedCode& code : actor.codes) {
    if (code.when.kind != DateRestriction::Kind::kAlways) return true;
  }
  return false;
}

// Same phrase twice in one actor; same phrase in two actors (duplicate when
// the codes agree, conflict when they differ, unless they are namesakes the
// date tells apart: "King Abdullah" of Saudi Arabia and of Jordan).
void CheckActorPhrases(const Dictionary& d, Findings* findings) {
  struct Seen {
    size_t actor;
    SourceRef where;
  };
  std::map<std::string, Seen, std::less<>> seen;
  for (size_t a = 0; a < d.actors.size(); ++a) {
    const Actor& actor = d.actors[a];
    std::vector<const ActorName*> names = {&actor.name};
    for (const ActorName& synonym : actor.synonyms) names.push_back(&synonym);
    for (const ActorName* name : names) {
      const std::string words = name->phrase.Words();
      if (words.empty()) continue;
      auto [it, inserted] = seen.try_emplace(words, Seen{a, name->where});
      if (inserted) continue;
      const Actor& other = d.actors[it->second.actor];
      const std::string first = findings->Where(it->second.where);
      if (it->second.actor == a) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, name->where,
                      "phrase " + name->phrase.ToString() + " appears twice in actor " + actor.name.phrase.ToString() +
                          " (first at " + first + ")");
      } else if (other.codes == actor.codes) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, name->where,
                      "phrase " + name->phrase.ToString() + " is also in actor " + other.name.phrase.ToString() +
                          " at " + first + " with the same codes");
      } else if (HasDatedCode(actor) && HasDatedCode(other)) {
        const auto [from, to] = NamesakesOverlap(actor, other);
        if (from == to) continue;
        findings->Add(LintKind::kConflict, Severity::kWarning, name->where,
                      "phrase " + name->phrase.ToString() + " is also in actor " + other.name.phrase.ToString() +
                          " at " + first + ": both hold dated roles " + DaysText(from, to) +
                          ", when only a country before the name tells them apart (else the first loaded wins)");
      } else {
        findings->Add(LintKind::kConflict, Severity::kError, name->where,
                      "phrase " + name->phrase.ToString() + " " + CodesText(actor.codes) + " is also in actor " +
                          other.name.phrase.ToString() + " at " + first + " with " + CodesText(other.codes) +
                          " (the first loaded wins)");
      }
    }
  }
}

// Agent phrases (singulars and plurals) given twice.
void CheckAgentPhrases(const Dictionary& d, Findings* findings) {
  std::map<std::string, const Agent*, std::less<>> seen;
  for (const Agent& agent : d.agents) {
    std::vector<const Phrase*> phrases = {&agent.phrase};
    for (const Phrase& plural : agent.plurals) phrases.push_back(&plural);
    const Agent* reported = nullptr;  // one finding per pair of agents
    for (const Phrase* phrase : phrases) {
      const std::string words = phrase->Words();
      if (words.empty()) continue;
      auto [it, inserted] = seen.try_emplace(words, &agent);
      if (inserted || it->second == &agent || it->second == reported) continue;
      const Agent& other = *it->second;
      reported = &other;
      const std::string at = findings->Where(other.where);
      if (other.CodeNotation() == agent.CodeNotation()) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, agent.where,
                      "agent " + phrase->ToString() + " [" + agent.CodeNotation() + "] is also at " + at);
      } else {
        findings->Add(LintKind::kConflict, Severity::kError, agent.where,
                      "agent " + phrase->ToString() + " [" + agent.CodeNotation() + "] is also at " + at + " as [" +
                          other.CodeNotation() + "]");
      }
    }
  }
}

// Verbs given twice (within a family or across families of one section) and
// patterns given twice in a family.
void CheckVerbsAndPatterns(const Dictionary& d, Findings* findings) {
  struct SeenVerb {
    const VerbFamily* family;
    const Verb* verb;
  };
  std::map<std::string, SeenVerb, std::less<>> verbs;  // section|words -> first
  for (const VerbFamily& family : d.verb_families) {
    for (const Verb& verb : family.verbs) {
      const std::string key = family.section + "|" + SplitVerbForm(verb.text).phrase.Words();
      auto [it, inserted] = verbs.try_emplace(key, SeenVerb{&family, &verb});
      if (inserted) continue;
      const VerbFamily& other_family = *it->second.family;
      const Verb& other = *it->second.verb;
      const std::string code = verb.code.empty() ? family.code : verb.code;
      const std::string other_code = other.code.empty() ? other_family.code : other.code;
      const std::string at = findings->Where(other.where);
      if (&other_family == &family) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, verb.where,
                      "verb " + verb.text + " appears twice in verbs " + family.name + " (first at " + at + ")");
      } else if (code == other_code) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, verb.where,
                      "verb " + verb.text + " [" + code + "] in verbs " + family.name + " is also in verbs " +
                          other_family.name + " at " + at);
      } else {
        findings->Add(LintKind::kConflict, Severity::kError, verb.where,
                      "verb " + verb.text + " [" + code + "] in verbs " + family.name + " is also in verbs " +
                          other_family.name + " at " + at + " as [" + other_code + "]");
      }
    }
    std::map<std::string, const VerbPattern*, std::less<>> patterns;
    for (const VerbPattern& pattern : family.patterns) {
      const std::string body = RenderPatternBody(pattern, family.syntax);
      auto [it, inserted] = patterns.try_emplace(body, &pattern);
      if (inserted) continue;
      const VerbPattern& other = *it->second;
      const std::string at = findings->Where(other.where);
      if (other.code == pattern.code) {
        findings->Add(LintKind::kDuplicate, Severity::kWarning, pattern.where,
                      "pattern [" + pattern.code.ToString() + "] " + body + " appears twice in verbs " + family.name +
                          " (first at " + at + ")");
      } else {
        findings->Add(LintKind::kConflict, Severity::kError, pattern.where,
                      "pattern [" + pattern.code.ToString() + "] " + body + " in verbs " + family.name +
                          " is also at " + at + " as [" + other.code.ToString() + "] (the first wins)");
      }
    }
  }
}

void CheckDatedCodes(const Dictionary& d, Findings* findings) {
  for (const Actor& actor : d.actors) {
    const std::string name = actor.name.phrase.ToString();
    const DatedCode* undated = nullptr;
    for (size_t i = 0; i < actor.codes.size(); ++i) {
      const DatedCode& code = actor.codes[i];
      if (code.when.kind == DateRestriction::Kind::kAlways) {
        if (undated != nullptr && undated->code != code.code) {
          findings->Add(LintKind::kOverlappingDates, Severity::kError, code.where,
                        "actor " + name + ": undated code " + code.code + " is never used: undated " + undated->code +
                            " at " + findings->Where(undated->where) + " comes first");
        }
        if (undated == nullptr) undated = &code;
        continue;
      }
      const auto [from, to] = Interval(code.when);
      if (from >= to) {
        findings->Add(LintKind::kOverlappingDates, Severity::kError, code.where,
                      "actor " + name + ": code " + code.code + " " + code.when.ToString() + " holds on no day");
        continue;
      }
      for (size_t j = 0; j < i; ++j) {
        const DatedCode& earlier = actor.codes[j];
        if (earlier.when.kind == DateRestriction::Kind::kAlways || earlier.code == code.code) continue;
        const auto [earlier_from, earlier_to] = Interval(earlier.when);
        if (from < earlier_to && earlier_from < to) {
          findings->Add(LintKind::kOverlappingDates, Severity::kError, code.where,
                        "actor " + name + ": " + code.code + " " + code.when.ToString() + " overlaps " + earlier.code +
                            " " + earlier.when.ToString() + " at " + findings->Where(earlier.where) +
                            " (the earlier line wins)");
        }
      }
    }
  }
}

// Undefined synsets anywhere in a token list (alternatives included).
void CheckSynsetRefs(const Dictionary& d, const std::vector<PatternToken>& tokens, const std::string& what,
                     const SourceRef& where, Findings* findings) {
  for (const PatternToken& token : tokens) {
    if (token.kind == PatternToken::Kind::kSynset) {
      std::string_view name = token.text;
      while (!name.empty() && name.back() == '_') name.remove_suffix(1);
      if (d.FindSynset(name) == nullptr) {
        findings->Add(LintKind::kUnmatchablePattern, Severity::kError, where,
                      what + ": synset &" + std::string(name) + " is not defined");
      }
    }
    for (const std::vector<PatternToken>& alternative : token.alternatives) {
      CheckSynsetRefs(d, alternative, what, where, findings);
    }
  }
}

size_t CountKind(const VerbPattern& pattern, PatternToken::Kind kind) {
  size_t n = 0;
  for (const auto* side : {&pattern.before, &pattern.after}) {
    n += static_cast<size_t>(std::count_if(side->begin(), side->end(),
                                           [kind](const PatternToken& t) { return t.kind == kind; }));
  }
  return n;
}

// True when the pattern is '*' alone (or with '^' skips): it matches
// wherever the verb does and binds no actor, so with the family's own code
// it changes nothing. ('$', '+' and '%' do change things: they bind the
// source or target to the actor found there.)
bool IsBareVerb(const VerbPattern& pattern) {
  for (const auto* side : {&pattern.before, &pattern.after}) {
    for (const PatternToken& t : *side) {
      if (t.kind != PatternToken::Kind::kSkip) return false;
    }
  }
  return true;
}

// True when the pattern is '*' and '+' alone: it names no word, so in a
// PETRARCH-2 family the coder prefers the verb's own code to it unless that
// code is null (docs/coder.md, "Which pattern wins").
bool NamesOnlyATarget(const VerbPattern& pattern) {
  if (!pattern.before.empty()) return false;
  size_t targets = 0;
  for (const PatternToken& t : pattern.after) {
    if (t.kind == PatternToken::Kind::kTarget) ++targets;
    else if (t.kind != PatternToken::Kind::kSkip) return false;
  }
  return targets == 1;
}

// Whether some verb of `family` has a null default ("---"), where a pattern
// naming only a target can still win.
bool SomeVerbHasNullDefault(const VerbFamily& family) {
  return std::any_of(family.verbs.begin(), family.verbs.end(),
                     [&](const Verb& verb) { return (verb.code.empty() ? family.code : verb.code) == "---"; });
}

void CheckPatterns(const Dictionary& d, Findings* findings) {
  for (const VerbFamily& family : d.verb_families) {
    const bool target_only_patterns_lose = family.syntax == PatternSyntax::kPetrarch2 && !SomeVerbHasNullDefault(family);
    for (const VerbPattern& pattern : family.patterns) {
      const std::string what = "pattern [" + pattern.code.ToString() + "] " + RenderPatternBody(pattern, family.syntax);
      CheckSynsetRefs(d, pattern.before, what, pattern.where, findings);
      CheckSynsetRefs(d, pattern.after, what, pattern.where, findings);
      for (auto [kind, symbol] : {std::pair{PatternToken::Kind::kSource, "$"}, std::pair{PatternToken::Kind::kTarget, "+"}}) {
        if (CountKind(pattern, kind) > 1) {
          findings->Add(LintKind::kUnmatchablePattern, Severity::kError, pattern.where,
                        what + ": '" + symbol + "' used more than once");
        }
      }
      if (IsBareVerb(pattern) && pattern.code.ToString() == family.code) {
        findings->Add(LintKind::kUnmatchablePattern, Severity::kWarning, pattern.where,
                      what + ": nothing around '*' and the code of verbs " + family.name + ": it adds nothing");
      }
      if (target_only_patterns_lose && NamesOnlyATarget(pattern) && pattern.code.ToString() != family.code) {
        findings->Add(LintKind::kUnmatchablePattern, Severity::kWarning, pattern.where,
                      what + ": names no word, so the verbs' own codes in " + family.name +
                          " win over it; give the verbs that code instead");
      }
    }
  }
  for (const Synset& synset : d.synsets) {
    // A pattern's '_' joins words ("&SEAT_OF_POWER" is &SEAT, then OF...).
    if (synset.name.find('_') != std::string::npos) {
      findings->Add(LintKind::kUnmatchablePattern, Severity::kWarning, synset.where,
                    "synset &" + synset.name + ": no pattern can refer to a name holding '_', which joins words");
    }
    for (const SynsetMember& member : synset.members) {
      for (const std::string& word : member.phrase.words) {
        if (word.size() > 1 && word[0] == '&' && d.FindSynset(word.substr(1)) == nullptr) {
          findings->Add(LintKind::kUnmatchablePattern, Severity::kError, member.where,
                        "synset &" + synset.name + ": member refers to undefined synset " + word);
        }
      }
    }
  }
}

}  // namespace

const char* LintKindName(LintKind kind) {
  switch (kind) {
    case LintKind::kUnknownEventCode: return "unknown-event-code";
    case LintKind::kMalformedActorCode: return "malformed-actor-code";
    case LintKind::kDuplicate: return "duplicate";
    case LintKind::kConflict: return "conflict";
    case LintKind::kOverlappingDates: return "overlapping-dates";
    case LintKind::kUnmatchablePattern: return "unmatchable-pattern";
    case LintKind::kLoad: return "load";
  }
  return "?";
}

std::string LintFinding::ToString() const {
  return where + (severity == Severity::kError ? ": error: [" : ": warning: [") + LintKindName(kind) + "] " + message;
}

std::vector<LintFinding> LintDictionary(const Dictionary& dictionary, const EventCodeTable* codes) {
  Findings findings(dictionary);
  CheckEventCodes(dictionary, codes, &findings);
  CheckActorCodes(dictionary, &findings);
  CheckActorPhrases(dictionary, &findings);
  CheckAgentPhrases(dictionary, &findings);
  CheckVerbsAndPatterns(dictionary, &findings);
  CheckDatedCodes(dictionary, &findings);
  CheckPatterns(dictionary, &findings);
  return findings.Take();
}

void AppendLoadFindings(const Diagnostics& diagnostics, std::vector<LintFinding>* findings) {
  for (const Diagnostic& d : diagnostics.all()) {
    std::string where = d.file;
    if (d.line > 0) where += ":" + std::to_string(d.line);
    findings->push_back({LintKind::kLoad, d.severity, std::move(where), d.message});
  }
}

}  // namespace khaldun::dict
