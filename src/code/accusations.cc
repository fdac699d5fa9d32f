#include "code/accusations.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/negation.h"
#include "code/roles.h"
#include "lang/word_classes.h"

namespace khaldun {

namespace {

// Whether mention `m` is `speaker` or coordinated with it ("Lavrov and Wang Yi
// said"): the speech act is each one's.
bool SameSpeaker(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, int32_t m,
                 int32_t speaker) {
  if (m == speaker) return true;
  if (m < 0 || mentions[m].np < 0 || mentions[speaker].np < 0) return false;
  const int32_t coordination = analysis.nps[mentions[m].np].coordination;
  return coordination != kNone && coordination == analysis.nps[mentions[speaker].np].coordination;
}

// Whether the words of `clause` name genocide, war crimes, crimes against
// humanity or ethnic cleansing.
bool NamesAWarCrime(const SentenceAnalysis& analysis, const Clause& clause) {
  auto word = [&](uint32_t w, std::string_view lower) {
    return w < clause.end && w < analysis.words.size() && word_classes::EqualsLower(analysis.words[w], lower);
  };
  for (uint32_t w = clause.begin; w < clause.end && w < analysis.words.size(); ++w) {
    if (word(w, "genocide") || (word(w, "war") && (word(w + 1, "crimes") || word(w + 1, "crime"))) ||
        (word(w, "crimes") && word(w + 1, "against") && word(w + 2, "humanity")) ||
        (word(w, "ethnic") && word(w + 1, "cleansing"))) {
      return true;
    }
  }
  return false;
}

// Whether `clause` (an "of" gerund) names armed aggression: attacking,
// invading, shelling or bombing someone, or starting, launching or
// provoking fighting, a war or an offensive.
bool NamesAggression(const SentenceAnalysis& analysis, const Clause& clause) {
  const std::string_view lemma = analysis.lemma(clause.verb.lemma);
  if (SameTextAsAny(lemma, "attack", "invade", "shell", "bomb")) return true;
  // (Or carrying out, conducting or staging strikes or raids: "accused Islamabad of carrying out air strikes".)
  const bool doing = SameTextAsAny(lemma, "carry", "conduct", "stage", "mount");
  if (!doing && !SameTextAsAny(lemma, "start", "launch", "provoke", "instigate", "initiate", "trigger", "spark")) {
    return false;
  }
  // (The object's head, within a few words: "starting the heaviest fighting in years".)
  for (uint32_t w = clause.verb.end; w < clause.verb.end + 5 && w < analysis.size(); ++w) {
    if (analysis.tags[w] == PosTag::kComma || analysis.tags[w] == PosTag::kPeriod) break;
    if (SameTextAsAny(analysis.lemma(w), "fight", "fighting", "war", "clash", "hostility", "offensive", "aggression",
                      "attack", "invasion", "strike", "airstrike", "raid", "incursion", "bombardment", "shelling")) {
      return true;
    }
  }
  return false;
}

// Whether `clause` names an abuse of human rights: torture, abuse, rape or
// persecution, or lethal or excessive force used against people
// ("accused police of using lethal force against demonstrators").
bool NamesRightsAbuse(const SentenceAnalysis& analysis, const Clause& clause) {
  const std::string_view lemma = analysis.lemma(clause.verb.lemma);
  if (SameTextAsAny(lemma, "torture", "abuse", "rape", "persecute", "mistreat")) return true;
  if (!SameTextAsAny(lemma, "use")) return false;
  for (uint32_t w = clause.verb.end; w + 1 < clause.verb.end + 4 && w + 1 < analysis.size(); ++w) {
    if (SameTextAsAny(analysis.words[w], "lethal", "excessive", "deadly") && analysis.lemma(w + 1) == "force") {
      return true;
    }
  }
  return false;
}

// Whether `clause` (an "of" gerund) names a crime of gain: bribing,
// embezzling, laundering, stealing, smuggling, extorting, rigging a vote
// or buying votes ("accused Russia of spending millions to buy votes").
bool NamesCrime(const SentenceAnalysis& analysis, const Clause& clause) {
  const std::string_view lemma = analysis.lemma(clause.verb.lemma);
  if (SameTextAsAny(lemma, "bribe", "embezzle", "launder", "steal", "smuggle", "extort", "defraud", "rig",
                    "misappropriate", "loot")) {
    return true;
  }
  // (Words up to the clause's first break: its infinitive of purpose included.)
  for (uint32_t w = clause.verb.begin; w + 1 < analysis.size() && w < clause.verb.end + 12; ++w) {
    if (analysis.tags[w] == PosTag::kComma || analysis.tags[w] == PosTag::kPeriod) break;
    if (SameTextAsAny(analysis.lemma(w), "buy", "purchase") && analysis.lemma(w + 1) == "vote") return true;
  }
  return false;
}

}  // namespace

bool SpeaksOfItself(const std::vector<ActorMention>& mentions, int32_t doer, int32_t speaker) {
  auto same_state = [](const std::string& a, const std::string& b) { return a == b || OfOneState(a, b); };
  if (same_state(mentions[doer].code, mentions[speaker].code)) return true;
  const int32_t np = mentions[doer].np;
  return np >= 0 && std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
           return m.np == np && same_state(m.code, mentions[speaker].code);
         });
}

std::string ChargeOfTheOfClause(const SentenceAnalysis& analysis, uint32_t c, const std::string& code) {
  if (code != "112") return code;
  for (const Clause& clause : analysis.clauses) {
    if (clause.parent_clause != static_cast<int32_t>(c)) continue;
    // (An infinitive of the accusation is the gerund's purpose the parse hung there: "accused Russia of
    // spending millions to buy votes".)
    if (clause.kind == ClauseKind::kInfinitival && NamesCrime(analysis, clause)) return "1121";
    if (!IsOfGerund(analysis, clause)) continue;
    if (NamesAWarCrime(analysis, clause)) return "1124";
    if (NamesRightsAbuse(analysis, clause)) return "1122";
    if (NamesAggression(analysis, clause)) return "1123";
    if (NamesCrime(analysis, clause)) return "1121";
  }
  return code;
}

bool Accuse(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const ClauseFacts& facts,
            int32_t parent, uint32_t c, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const std::string_view lemma = analysis.lemma(analysis.clauses[parent].verb.lemma);
  const bool says = word_classes::IsAccusingSpeechVerb(lemma);
  const bool claims = word_classes::IsClaimVerb(lemma);
  const int32_t speaker = facts.source[parent];
  const Clause& reported = analysis.clauses[c];
  const std::string_view speech_root = CodeRoot(facts.code[parent]);
  if ((!says && !claims) || speaker < 0 || !mentions[speaker].resolved() || (speech_root != "01" && speech_root != "11") ||
      reported.verb.tense == Tense::kFuture || reported.verb.modal != kNone || reported.verb.negated) {
    return false;
  }
  // A report told first and credited after ("Jihadists killed 50 soldiers,
  // the army said") names its source, as wire copy credits every report;
  // only a speaker who says first what another did makes a charge of it.
  if (reported.verb.main_verb < analysis.clauses[parent].verb.main_verb) return false;
  auto harmful = [](std::string_view code) { return CodeRoot(code) >= std::string_view("17"); };
  // So is arming the speaking state's own rebels: "Sudan's government said
  // the UAE had supplied weapons to the RSF".
  const std::string_view speaker_state = mentions[speaker].resolved() && IsStateActor(mentions[speaker].code)
                                             ? CountryPart(mentions[speaker].code)
                                             : std::string_view();
  auto arms_its_rebels = [&](const CandidateEvent& event) {
    if (speaker_state.empty() || event.target < 0 || !SameTextAsAny(event.code, "072", "062")) return false;
    const std::string_view target = mentions[event.target].code;
    return target.size() >= 6 && CountryPart(target) == speaker_state && IsNonStateArmedRole(target.substr(3, 3));
  };
  int32_t doer = -1, victim = -1;
  std::string deed;
  for (size_t e : facts.events[c]) {
    const CandidateEvent& event = (*out)[e];
    if (event.dropped || event.paired || (!harmful(event.code) && !arms_its_rebels(event))) continue;
    doer = event.source;
    victim = event.target;
    deed = event.code;
    break;
  }
  if (doer < 0 && facts.events[c].empty() && harmful(facts.code[c])) {
    doer = facts.source[c];
    deed = facts.code[c];
  }
  if (doer < 0 || !mentions[doer].resolved()) return false;
  // A state's organs speak for it: "the Israeli military said Israel struck
  // Hezbollah targets" accuses no one.
  const bool own = SpeaksOfItself(mentions, doer, speaker);
  if (own ? !claims : !says) return false;
  // Witnesses report: "residents said bandits abducted the pupils", "police
  // said militants opened fire" accuse no one.
  const std::string& speaker_code = mentions[speaker].code;
  if (!own && says && speaker_code.size() > 3 && IsWitnessRole(std::string_view(speaker_code).substr(3))) return false;
  // TABARI and PETRARCH-1 code only what is reported.
  const std::vector<size_t>& speech = facts.events[parent];
  auto reads_words = [&](const CandidateEvent& event) { return event.reads_words; };
  if (std::any_of(speech.begin(), speech.end(), [&](size_t t) { return reads_words((*out)[t]); }) ||
      std::any_of(facts.untargeted.begin(), facts.untargeted.end(), reads_words)) {
    return false;
  }
  // "said the RSF had committed genocide": an accusation of war crimes.
  const std::string code = own ? "015" : NamesAWarCrime(analysis, analysis.clauses[c]) ? "1124" : "112";
  bool any = false;
  size_t accusation = 0;  // an event rewritten to the charge, the model for each further doer's
  for (size_t t : speech) {
    CandidateEvent& event = (*out)[t];
    if (event.dropped || event.paired || !SameSpeaker(analysis, mentions, event.source, speaker)) continue;
    if (!any) accusation = t;
    event.notes.push_back((own ? "claims its own " : "says " + mentions[doer].code + " did ") + deed + ": " + event.code +
                          " -> " + code);
    event.code = code;
    event.target = own ? victim : doer;
    any = true;
  }
  // "Israel said rockets were fired at it from Lebanon": the statement had
  // no target until the deed named one.
  const bool rewritten = any;
  for (const CandidateEvent& untargeted : facts.untargeted) {
    if (rewritten || untargeted.clause != parent || !SameSpeaker(analysis, mentions, untargeted.source, speaker)) continue;
    CandidateEvent event = untargeted;
    event.notes.push_back((own ? "claims its own " : "says " + mentions[doer].code + " did ") + deed + ": " +
                          event.code + " -> " + code);
    event.code = code;
    event.target = own ? victim : doer;
    if (event.target >= 0 && mentions[event.target].code != mentions[event.source].code) {
      if (!any) accusation = out->size();
      out->push_back(std::move(event));
      any = true;
    }
  }
  if (!any) return false;
  // "said the RSF and allied militias had committed genocide": each doer
  // the report names is charged; "claimed to have killed dozens of Malian
  // soldiers and Wagner fighters": each victim of one's own deed is claimed.
  const int32_t first = own ? victim : doer;
  for (size_t i = 0; first >= 0 && i < facts.events[c].size(); ++i) {
    const CandidateEvent& deed_event = (*out)[facts.events[c][i]];
    const int32_t other = own ? deed_event.target : deed_event.source;
    if (deed_event.dropped || deed_event.paired || !harmful(deed_event.code) || other < 0 ||
        !mentions[other].resolved() || mentions[other].code == mentions[first].code ||
        SpeaksOfItself(mentions, own ? deed_event.source : other, speaker) != own) {
      continue;
    }
    const bool charged = std::any_of(out->begin(), out->end(), [&](const CandidateEvent& e) {
      return e.code == code && e.source == (*out)[accusation].source && e.target >= 0 &&
             mentions[e.target].code == mentions[other].code;
    });
    if (charged) continue;
    CandidateEvent event = (*out)[accusation];
    event.target = other;
    event.notes.push_back((own ? "and claims its " + deed_event.code + " on " : "and says ") + mentions[other].code +
                          (own ? "" : " did " + deed_event.code));
    out->push_back(std::move(event));
  }
  for (size_t e : facts.events[c]) {
    CandidateEvent& event = (*out)[e];
    event.reported_by = speaker;
    event.notes.push_back("reported by " + mentions[speaker].code);
  }
  if (trace) {
    trace->push_back("clause " + std::to_string(parent + 1) + (own ? ": a claim of its own deed, 015" : ": an accusation, 112"));
  }
  return true;
}

bool ResponsibilityOfAnother(const std::vector<ActorMention>& mentions, const ClauseFacts& facts, int32_t parent,
                             std::vector<CandidateEvent>* out, std::vector<std::string>* trace) {
  const int32_t speaker = facts.source[parent];
  // (Words that claim by themselves, "acknowledged that", claim whatever follows.)
  if (speaker < 0 || facts.by_default[parent]) return false;
  bool any = false;
  for (size_t e : facts.events[parent]) {
    CandidateEvent& event = (*out)[e];
    if (event.code != "015" || event.target < 0 || !mentions[event.target].resolved() ||
        event.source != speaker || SpeaksOfItself(mentions, event.target, speaker)) {
      continue;
    }
    event.notes.push_back("responsibility of " + mentions[event.target].code + ": 015 -> 112");
    event.code = "112";
    any = true;
  }
  if (any && trace) trace->push_back("clause " + std::to_string(parent + 1) + ": responsibility of another");
  return any;
}

bool AnnouncedJoinedFuture(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                           const ClauseFacts& facts, uint32_t c, std::vector<CandidateEvent>* out,
                           std::vector<std::string>* trace) {
  const Clause& clause = analysis.clauses[c];
  if (clause.kind != ClauseKind::kCoordinated || clause.subject_np != kNone || !IsFutureClause(analysis, clause) ||
      clause.parent_clause == kNone) {
    return false;
  }
  const Clause& report = analysis.clauses[clause.parent_clause];
  if ((report.kind != ClauseKind::kReported && report.kind != ClauseKind::kComplement) ||
      report.parent_clause == kNone) {
    return false;
  }
  const int32_t speaker = facts.source[report.parent_clause];
  if (speaker < 0) return false;
  bool any = false;
  for (size_t e : facts.events[c]) {
    CandidateEvent& event = (*out)[e];
    if (event.paired || event.source < 0 || !SpeaksOfItself(mentions, event.source, speaker)) continue;
    const std::string intended = IntendedCode(event.code);
    if (intended == event.code) continue;
    event.notes.push_back("announced intention of " + event.code + " -> " + intended);
    event.code = intended;
    any = true;
  }
  if (any && trace) trace->push_back("clause " + std::to_string(c + 1) + ": a future joined to what is reported, intended");
  return any;
}

}  // namespace khaldun
