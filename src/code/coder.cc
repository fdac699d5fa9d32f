#include "code/coder.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "base/same_text.h"
#include "code/actor_matcher.h"
#include "code/actor_references.h"
#include "dict/actor.h"
#include "code/compiled_dictionary.h"
#include "code/discard_scope.h"
#include "code/event_locator.h"
#include "code/sentence_coder.h"
#include "code/sentence_keys.h"
#include "code/tabari_complexity.h"
#include "code/tabari_compound_phrase.h"
#include "code/tabari_pronouns.h"
#include "code/verb_phrase_scope.h"

namespace khaldun {

const char* DateOriginName(DateOrigin origin) {
  switch (origin) {
    case DateOrigin::kUnknown: return "none";
    case DateOrigin::kDocument: return "document";
    case DateOrigin::kDateline: return "dateline";
    case DateOrigin::kOption: return "option";
  }
  return "?";
}

struct Coder::Impl {
  Impl(dict::Dictionary d, CoderOptions o, TextAnalyzer t, LanguageAnalyzer l)
      : dictionary(std::move(d)), options(std::move(o)), text(std::move(t)), language(std::move(l)) {}
  dict::Dictionary dictionary;
  CoderOptions options;
  TextAnalyzer text;
  LanguageAnalyzer language;
  std::unique_ptr<CompiledDictionary> compiled;
  std::unique_ptr<ActorMatcher> actors;
  std::unique_ptr<SentenceCoder> sentences;
  // Places events; without a gazetteer it warns once and places nothing.
  EventLocator locator = EventLocator::LoadOptional();
};

struct CoderWorkspace::Impl {
  ArticleText text;
  SentenceAnalysis analysis;
  SentenceKeys words;
  std::vector<ActorMention> mentions;
  std::vector<int32_t> mention_of_np, mention_at;
  std::vector<uint32_t> np_end;  // per base NP of `analysis`: one past its last word
  std::vector<uint32_t> name_end;  // MatchContext::name_end
  std::vector<std::vector<int32_t>> group_of_np;
  std::vector<CandidateEvent> candidates;
  ActorHistory history;
  ActorMatcherScratch actor_scratch;
  SentenceCoderScratch sentence_scratch;
};

CoderWorkspace::CoderWorkspace() : impl_(std::make_unique<Impl>()) {}
CoderWorkspace::~CoderWorkspace() = default;
CoderWorkspace::CoderWorkspace(CoderWorkspace&&) noexcept = default;
CoderWorkspace& CoderWorkspace::operator=(CoderWorkspace&&) noexcept = default;

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::Coder(Coder&&) noexcept = default;
Coder& Coder::operator=(Coder&&) noexcept = default;
Coder::~Coder() = default;

Result<Coder> Coder::Create(dict::Dictionary dictionary, CoderOptions options) {
  Result<TextAnalyzer> text = TextAnalyzer::Create();
  if (!text.ok()) return text.status();
  Result<LanguageAnalyzer> language = LanguageAnalyzer::Load();
  if (!language.ok()) return language.status();
  if (!options.tabari) options.tabari = ReadTabariSwitches(dictionary.options);
  auto impl = std::make_unique<Impl>(std::move(dictionary), std::move(options), std::move(text).value(),
                                     std::move(language).value());
  impl->compiled = std::make_unique<CompiledDictionary>(impl->dictionary);
  impl->actors = std::make_unique<ActorMatcher>(*impl->compiled, impl->locator.gazetteer());
  impl->sentences = std::make_unique<SentenceCoder>(*impl->compiled, impl->options.require_dyad,
                                                      impl->options.negations);
  return Coder(std::move(impl));
}

const dict::Dictionary& Coder::dictionary() const { return impl_->dictionary; }
const CoderOptions& Coder::options() const { return impl_->options; }

namespace {

// "June 2" or "June 2, 2019" with the year of `fallback` when absent.
std::optional<Date> DatelineDate(const std::string& month_day, std::optional<Date> fallback) {
  static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (month_day.size() < 5) return std::nullopt;
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    if (month_day.compare(0, 3, kMonths[m]) == 0) month = m + 1;
  }
  size_t space = month_day.find(' ');
  if (month == 0 || space == std::string::npos) return std::nullopt;
  int day = std::atoi(month_day.c_str() + space + 1);
  size_t comma = month_day.find(", ");
  int year = comma != std::string::npos ? std::atoi(month_day.c_str() + comma + 2) : (fallback ? fallback->year : 0);
  if (year == 0) return std::nullopt;
  if (year < 1000 || year > 9999 || day < 1 || day > 31) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return ParseDate(buffer);
}

dict::DateNumber ToNumber(const Date& date) { return date.year * 10000 + date.month * 100 + date.day; }

dict::DateNumber Today() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return (utc.tm_year + 1900) * 10000 + (utc.tm_mon + 1) * 100 + utc.tm_mday;
}

// With TABARI's TIME SHIFT: the first <TIME> phrase of the sentence coded
// [###] or [+++], with its code ("KAN WA MA KAN [###]"); "" when none.
std::string TimePhraseRejecting(const CompiledDictionary& compiled, const std::vector<std::string_view>& keys,
                                const std::vector<size_t>& hashes) {
  const dict::Dictionary& dict = compiled.dictionary();
  for (size_t k = 0; k < keys.size(); ++k) {
    PhraseIndex::Match match =
        compiled.time_phrases().Longest(keys, hashes, k, keys.size(), [](uint32_t) { return true; });
    if (match.length == 0) continue;
    const dict::VerbFamily& family = dict.verb_families[match.payload];
    if (family.code == "###" || family.code == "+++") return family.name + " [" + family.code + "]";
  }
  return "";
}

// Fills `*out`, a new event's actor (in place: an EventActor, with its
// location's dozen strings, is costly to move); its entries only with
// `provenance` (CoderOptions::provenance).
void FillEventActor(const ActorMention& mention, const dict::Dictionary& dict, const SentenceAnalysis& analysis,
                    const ArticleText& text, const Sentence& sentence, bool provenance, EventActor* out) {
  EventActor& actor = *out;
  actor.code = mention.code;
  actor.how = mention.how;
  if (provenance) {
    actor.entries.reserve(mention.entries.size());
    for (const dict::SourceRef& entry : mention.entries) {
      actor.entries.push_back(IsGazetteerEntry(entry) ? "gazetteer" : dict.Where(entry));
    }
  }
  if (mention.end > mention.begin) {
    analysis.TextInto(mention.begin, mention.end, &actor.text);
    Span span{text.tokens[sentence.token_begin + mention.begin].span.begin,
              text.tokens[sentence.token_begin + mention.end - 1].span.end};
    actor.span = text.offsets.ToOriginal(span);
  }
}

// Sets `*event`'s pattern, as its dictionary writes it, and the pattern's
// "file:line" (the verb's when the candidate's code is its verb's default).
void FillEventPattern(const CandidateEvent& candidate, const dict::Dictionary& dict, Event* event) {
  const dict::VerbFamily& family = dict.verb_families[candidate.family];
  if (candidate.pattern != nullptr) {
    // (Built in place: each + of a temporary moved or reallocated it.)
    const std::string body = dict::RenderPatternBody(*candidate.pattern, family.syntax);
    const std::string code = candidate.pattern->code.ToString();
    event->pattern.reserve(body.size() + code.size() + 5);
    event->pattern.append("- ").append(body).append(" [").append(code).append("]");
    event->pattern_entry = dict.Where(candidate.pattern->where);
  } else {
    event->pattern = family.verbs[candidate.verb].text + " (verb default)";
    event->pattern_entry = dict.Where(family.verbs[candidate.verb].where);
  }
}

void SplitLastIfCompound(std::vector<Event>* events) {
  // A dictionary entry may stand for several actors at once ("THE_SHIRE
  // [FRO/BIL/SAM]"): one event per source and target they name.
  const Event& last = events->back();
  if (last.source.code.find('/') == std::string::npos && last.target.code.find('/') == std::string::npos) return;
  const Event event = std::move(events->back());
  events->pop_back();
  const std::vector<std::string> sources = dict::SplitCompoundCode(event.source.code), targets = dict::SplitCompoundCode(event.target.code);
  for (const std::string& source : sources) {
    for (const std::string& target : targets) {
      if (source.empty() || target.empty() || source == target) continue;
      Event each = event;
      each.notes.push_back("compound actor " + event.source.code + " / " + event.target.code);
      each.source.code = source;
      each.target.code = target;
      events->push_back(std::move(each));
    }
  }
}

// TABARI's FORWARD: the actor a sentence names first (not through a
// pronoun), without the agent added to it ("Fornost President Umbardacil"
// forwards Fornost); "" when it names none.
std::string ForwardedActor(const std::vector<ActorMention>& mentions) {
  const ActorMention* first = nullptr;
  for (const ActorMention& mention : mentions) {
    if (!mention.resolved() || !mention.named || mention.how == "pronoun" || mention.how == "place") continue;
    if (first == nullptr || mention.begin < first->begin) first = &mention;
  }
  if (first == nullptr) return "";
  // An agent joins a country's three letters to its own.
  return first->how.find("agent") != std::string::npos && first->code.size() > 3 ? first->code.substr(0, 3)
                                                                                   : first->code;
}

// The switches as the sentence coder takes them. DEFAULT's actors follow
// the sentence's own `*mentions` (of a sentence of `words` words): they name
// no words and are no actor to look for (their codes are unresolved ones
// until written out).
TabariSentenceSwitches ForSentence(const TabariSwitches& switches, uint32_t words, std::vector<ActorMention>* mentions) {
  TabariSentenceSwitches out;
  out.code_all = switches.code_by == TabariSwitches::CodeBy::kAll;
  out.short_asides = !switches.comma.has_value();
  auto add_default = [&](const char* code) {
    ActorMention& mention = mentions->emplace_back();
    mention.code = code;
    mention.how = "default";
    mention.begin = mention.end = words;
    return static_cast<int32_t>(mentions->size() - 1);
  };
  if (!switches.default_source.empty()) {
    out.default_source = add_default(kDefaultSourceCode);
    out.prior = switches.source_prior;
  }
  if (!switches.default_target.empty()) {
    out.default_target = add_default(kDefaultTargetCode);
    out.after = switches.target_after;
  }
  return out;
}

// TABARI's CODE BY SENTENCE: only the events of the sentence's first verb
// that coded.
void KeepFirstVerbsEvents(std::vector<CandidateEvent>* candidates, std::vector<std::string>* trace) {
  if (candidates->empty()) return;
  uint32_t first = UINT32_MAX;
  for (const CandidateEvent& candidate : *candidates) first = std::min(first, candidate.verb_begin);
  const size_t before = candidates->size();
  std::erase_if(*candidates, [&](const CandidateEvent& candidate) { return candidate.verb_begin != first; });
  if (trace && candidates->size() < before) {
    trace->push_back("TABARI CODE BY SENTENCE: only the first verb's events kept");
  }
}

// A material deed (CAMEO 06-08, 14-20) that a later "the launch", "the
// attack" may stand for; not words (statements, appeals, criticism).
bool IsMaterialDeed(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "06" || root == "07" || root == "08" || (root >= "14" && root <= "20");
}

}  // namespace

uint32_t Coder::CodeDocument(const Document& document, CoderWorkspace* workspace, std::vector<Event>* events,
                             std::vector<SentenceTrace>* traces) const {
  return CodeDocument(document, *impl_->options.tabari, workspace, events, traces);
}

uint32_t Coder::CodeDocument(const Document& document, const TabariSwitches& tabari, CoderWorkspace* workspace,
                             std::vector<Event>* events, std::vector<SentenceTrace>* traces) const {
  CoderWorkspace::Impl& ws = workspace->impl();
  const Impl& impl = *impl_;
  // TABARI's switches are for TABARI's verbs only.
  static const TabariSwitches kNoSwitches;
  const TabariSwitches& switches = impl.compiled->HasTabariVerbs() ? tabari : kNoSwitches;
  // FORWARD: the actor the previous sentence named first, for the pronouns
  // of the next one.
  std::string forwarded;
  impl.text.Analyze(document, &ws.text);
  ws.history.Clear();

  // The date: metadata, then the dateline, then --date.
  std::optional<Date> date;
  DateOrigin origin = DateOrigin::kUnknown;
  if (!document.date.empty()) date = ParseDate(document.date), origin = DateOrigin::kDocument;
  if (!date && ws.text.dateline.present && !ws.text.dateline.month_day.empty()) {
    date = DatelineDate(ws.text.dateline.month_day, impl.options.default_date);
    if (date) origin = DateOrigin::kDateline;
  }
  if (!date && impl.options.default_date) date = impl.options.default_date, origin = DateOrigin::kOption;
  if (!date) origin = DateOrigin::kUnknown;
  dict::DateNumber date_number = date ? ToNumber(*date) : Today();
  std::string date_text = date ? date->ToString() : "";

  const dict::Dictionary& dict = impl.dictionary;
  const bool provenance = impl.options.provenance;
  for (uint32_t s = 0; s < ws.text.sentences.size(); ++s) {
    const Sentence& sentence = ws.text.sentences[s];
    SentenceTrace* trace = nullptr;
    if (traces != nullptr && impl.options.trace) {
      traces->push_back({s + 1, {}});
      trace = &traces->back();
    }
    std::vector<std::string>* lines = trace ? &trace->lines : nullptr;
    if (ws.text.blocks[sentence.block].kind != BlockKind::kBody) {
      if (lines) lines->push_back("headline: not coded");
      continue;
    }
    impl.language.Analyze(ws.text, sentence, &ws.analysis);
    const SentenceAnalysis& analysis = ws.analysis;
    ws.words.Build(analysis);
    const SentenceDiscards discards =
        FindDiscards(impl.compiled->discards(), dict.discards, analysis, ws.words.keys, ws.words.key_hashes);
    if (switches.time_shift && discards.found.empty()) {
      if (const std::string rejects = TimePhraseRejecting(*impl.compiled, ws.words.keys, ws.words.key_hashes);
          !rejects.empty()) {
        if (lines) lines->push_back("TABARI time phrase " + rejects + ": sentence rejected (### discard, +++ too complex)");
        continue;
      }
    }
    if (lines) {
      for (uint32_t d : discards.found) {
        lines->push_back("discarded by '" + dict.discards[d].phrase.Words() + "' (" + dict.Where(dict.discards[d].where) +
                         ")" + (static_cast<int32_t>(d) == discards.whole ? "" : ": its clause only, a time phrase"));
        if (static_cast<int32_t>(d) == discards.whole) break;
      }
    }
    if (discards.whole >= 0) continue;
    // FORWARD: a pronoun without an antecedent in its sentence stands for
    // the previous sentence's first actor, whatever the pronoun, and for
    // nothing else the document said.
    ActorHistory forwarded_history;
    if (switches.forward && !forwarded.empty()) {
      for (bool person : {false, true}) {
        ActorMention& mention = forwarded_history.mentions.emplace_back();
        mention.code = forwarded;
        mention.how = "forwarded";
        mention.person = person;
      }
    }
    impl.actors->Match(analysis, ws.words.keys, ws.words.key_hashes, date_number,
                       switches.forward ? forwarded_history : ws.history, switches.convert_agent, &ws.mentions,
                       &ws.mention_of_np, &ws.group_of_np, &ws.actor_scratch, lines);
    if (impl.compiled->HasOnlyTabariVerbs()) {
      ResolveTabariPronouns(analysis, &ws.mentions, &ws.mention_of_np, &ws.group_of_np, lines);
      DropTabariCompoundFirstPhrase(analysis, ws.words.keys, impl.compiled->dictionary(), &ws.mentions, lines);
    }
    if (switches.forward) forwarded = ForwardedActor(ws.mentions);
    const size_t own_mentions = ws.mentions.size();
    const TabariSentenceSwitches tabari_sentence = ForSentence(switches, analysis.size(), &ws.mentions);
    ws.mention_at.assign(analysis.size(), -1);
    for (uint32_t m = 0; m < ws.mentions.size(); ++m) {
      uint32_t at = ws.mentions[m].begin;
      if (at >= ws.mention_at.size()) continue;
      const int32_t first = ws.mention_at[at];
      // "talks between US and Ukrainian officials": a country's abbreviation
      // that a shared head took over (its phrase names no mention now) is
      // the American officials.
      const bool superseded = first >= 0 && ws.mentions[first].np >= 0 &&
                              ws.mention_of_np[ws.mentions[first].np] < 0 &&
                              SameText(ws.mentions[m].how, "actor+shared head");
      if (first < 0 || superseded) ws.mention_at[at] = static_cast<int32_t>(m);
    }
    // "talks between Sudan's army and the RSF": a pattern's actor read at
    // a possessor is the role it owns, when that has an actor of its own, or
    // the actor it owns ("condolences to Iran's Supreme Leader Ali Khamenei").
    for (uint32_t m = 0; m < ws.mentions.size(); ++m) {
      const ActorMention& owned = ws.mentions[m];
      if (owned.np < 0 || !owned.resolved()) continue;
      // (Not a name that only qualifies the phrase's head: "Sweden's NATO membership".)
      const bool heads_its_phrase =
          SameText(owned.how, "actor") && owned.named && owned.end == analysis.nps[owned.np].end;
      // ("talks with Iran's top nuclear negotiator, Ali Larijani": a head no dictionary names is the
      // person its apposition names, of the possessor's country.)
      int32_t named = static_cast<int32_t>(m);
      if (const int32_t apposition = analysis.nps[owned.np].apposition;
          SameText(owned.how, "possessor") && apposition != kNone && ws.mention_of_np[apposition] >= 0) {
        const ActorMention& person = ws.mentions[ws.mention_of_np[apposition]];
        if (person.resolved() && person.named && CountryPart(person.code) == CountryPart(owned.code)) {
          named = ws.mention_of_np[apposition];
        }
      }
      if (!SameText(owned.how, "possessor+agent") && !heads_its_phrase && named == static_cast<int32_t>(m)) continue;
      const int32_t possessor = analysis.nps[owned.np].possessor;
      if (possessor == kNone) continue;
      const uint32_t at = analysis.nps[possessor].full_begin;
      if (at < ws.mention_at.size() && ws.mention_at[at] >= 0 &&
          ws.mentions[ws.mention_at[at]].np == possessor) {
        ws.mention_at[at] = named;
      }
    }
    ws.np_end.clear();
    for (const NounPhrase& np : analysis.nps) ws.np_end.push_back(np.end);
    MatchContext context{&ws.words.keys,       &ws.words.lemma_keys,   &ws.mentions,   &ws.mention_at,
                         &ws.words.key_hashes, &ws.words.lemma_hashes, &analysis.tags, &analysis.np_of_word,
                         &ws.np_end};
    context.words = &analysis.words;
    ws.name_end.assign(analysis.size(), 0);
    for (const ActorMention& mention : ws.mentions) {
      if (!mention.named || !SameText(mention.how, "actor") || mention.end > analysis.size()) continue;
      for (uint32_t at = mention.begin; at + 1 < mention.end; ++at) ws.name_end[at] = mention.end;
    }
    context.name_end = &ws.name_end;
    if (impl.compiled->HasOnlyTabariVerbs() && !switches.comma.has_value()) context.tabari_asides = &analysis;
    ws.candidates.clear();
    impl.sentences->Code(analysis, context, ws.mentions, ws.mention_of_np, ws.group_of_np, tabari_sentence,
                         &ws.sentence_scratch, &ws.candidates, lines);
    if (!discards.clauses.empty()) {
      std::erase_if(ws.candidates, [&](const CandidateEvent& event) {
        const int32_t c = event.clause >= 0 ? event.clause : analysis.clause_of_word[event.verb_begin];
        return c != kNone && discards.clauses[c];
      });
    }
    if (switches.code_by == TabariSwitches::CodeBy::kSentence) KeepFirstVerbsEvents(&ws.candidates, lines);
    if (impl.compiled->HasPetrarch1Syntax()) DropEventsInsideCodedVerbPhrases(analysis, &ws.candidates, lines);
    // TABARI's special codes reject the whole sentence: "###" (an actor, a
    // pattern) discards it, "+++" marks it too complex to code.
    // TABARI's COMPLEX: a sentence past its limits is not coded.
    if (switches.complex && impl.compiled->HasOnlyTabariVerbs() && !ws.candidates.empty()) {
      if (const std::string why = TabariTooComplex(*switches.complex, analysis, ws.words.keys, *impl.compiled,
                                                   ws.mentions, ws.candidates);
          !why.empty()) {
        if (lines) lines->push_back("sentence too complex (TABARI COMPLEX: " + why + ")");
        ws.candidates.clear();
      }
    }
    auto rejects = [](const std::string& code) { return SameTextAsAny(code, "###", "+++"); };
    const ActorMention* rejecting_actor = nullptr;
    for (const ActorMention& mention : ws.mentions) {
      if (rejects(mention.code)) rejecting_actor = &mention;
    }
    const CandidateEvent* rejecting_event = nullptr;
    for (const CandidateEvent& candidate : ws.candidates) {
      if (rejects(candidate.code)) rejecting_event = &candidate;
    }
    if (rejecting_actor != nullptr || rejecting_event != nullptr) {
      if (lines) {
        lines->push_back("sentence rejected: " + (rejecting_actor != nullptr
                                                      ? "actor " + rejecting_actor->code
                                                      : "code " + rejecting_event->code) +
                         " (### discard, +++ too complex)");
      }
      ws.candidates.clear();
    }

    // The sentence's issues are its events' only: none looked for without one.
    std::vector<std::string> issues;
    for (size_t k = 0; !ws.candidates.empty() && k < analysis.size(); ++k) {
      PhraseIndex::Match issue = impl.compiled->issues().Longest(ws.words.keys, ws.words.key_hashes, k, analysis.size(),
                                                                 [](uint32_t) { return true; });
      if (issue.length > 0 && dict.issues[issue.payload].kind == dict::Issue::Kind::kCode) {
        issues.push_back(dict.issues[issue.payload].code);
      }
    }
    const size_t first_event = events->size();
    // An Event is costly to move: room for the sentence's events at once
    // rather than a reallocation as each arrives.
    if (const size_t needed = first_event + ws.candidates.size(); needed > events->capacity()) {
      events->reserve(std::max(needed, 2 * events->capacity()));
    }
    std::pair<int32_t, int32_t> dyad{-1, -1};  // the last event's between two parties
    int32_t untargeted_doer = -1;                // else the last material deed's aimed at no one named
    for (CandidateEvent& candidate : ws.candidates) {  // its notes move to the event
      Event& event = events->emplace_back();  // filled in place: an Event is costly to move
      event.document_id = document.id;
      event.sentence = s + 1;
      event.date = date_text;
      event.date_origin = origin;
      FillEventActor(ws.mentions[candidate.source], dict, analysis, ws.text, sentence, provenance, &event.source);
      if (candidate.source == tabari_sentence.default_source) event.source.code = switches.default_source;
      if (candidate.target >= 0) {
        FillEventActor(ws.mentions[candidate.target], dict, analysis, ws.text, sentence, provenance, &event.target);
        if (candidate.target == tabari_sentence.default_target) event.target.code = switches.default_target;
      } else if (!candidate.implied_target.empty()) {
        event.target.code = std::move(candidate.implied_target);
        event.target.how = candidate.implied_how;
      } else {
        event.target.code = "---";
        event.target.how = "none";
      }
      event.code = std::move(candidate.code);  // (the candidate is done with)
      if (candidate.target >= 0 && TwoParties(ws.mentions[candidate.source], ws.mentions[candidate.target])) {
        dyad = {candidate.source, candidate.target};
      } else if (candidate.target < 0 && event.target.how == "none" && IsMaterialDeed(event.code)) {
        untargeted_doer = candidate.source;
      }
      analysis.TextInto(candidate.verb_begin, candidate.verb_end, &event.verb_text);
      Span verb{ws.text.tokens[sentence.token_begin + candidate.verb_begin].span.begin,
                ws.text.tokens[sentence.token_begin + candidate.verb_end - 1].span.end};
      event.verb_span = ws.text.offsets.ToOriginal(verb);
      if (provenance) FillEventPattern(candidate, dict, &event);
      event.notes = std::move(candidate.notes);
      if (candidate.reported_by >= 0) event.reported_by = ws.mentions[candidate.reported_by].code;
      event.issues = issues;
      event.sentence_text = std::string(sentence.span.of(ws.text.normalized));
      if (lines) lines->push_back("event: " + event.source.code + " " + event.code + " " + event.target.code);
      SplitLastIfCompound(events);
    }
    if (events->size() > first_event) {
      impl.locator.Locate(ws.text, sentence, std::span<Event>(*events).subspan(first_event));
    }
    if (dyad.first >= 0) {
      NoteDyad(ws.mentions[dyad.first], ws.mentions[dyad.second], &ws.history);
    } else if (untargeted_doer >= 0) {
      NoteDoer(ws.mentions[untargeted_doer], &ws.history);
    }
    // Moved, not copied: the sentence is done with its mentions, and the
    // next Match clears them.
    ws.mentions.resize(own_mentions);
    for (ActorMention& mention : ws.mentions) {
      // A place ("in Texas") is where things happen, not whom "they" means.
      if (mention.resolved() && !SameText(mention.how, "place")) ws.history.mentions.push_back(std::move(mention));
    }
  }
  return static_cast<uint32_t>(ws.text.sentences.size());
}

std::vector<Event> Coder::CodeSentence(std::string_view text, std::optional<Date> date, CoderWorkspace* workspace,
                                       std::vector<SentenceTrace>* traces) const {
  return CodeSentence(text, date, *impl_->options.tabari, workspace, traces);
}

std::vector<Event> Coder::CodeSentence(std::string_view text, std::optional<Date> date, const TabariSwitches& tabari,
                                       CoderWorkspace* workspace, std::vector<SentenceTrace>* traces) const {
  Document document;
  document.id = "sentence";
  // TABARI deletes comma-delimited clauses before it codes (COMMA:).
  document.text = tabari.comma && impl_->compiled->HasTabariVerbs() ? DeleteCommaClauses(text, *tabari.comma)
                                                                    : std::string(text);
  if (date) document.date = date->ToString();
  std::vector<Event> events;
  CodeDocument(document, tabari, workspace, &events, traces);
  return events;
}

}  // namespace khaldun
