// Coder: sentences in, CAMEO events out, each one explained.
//
// Built once from a loaded dictionary (compiled into match indexes) and the
// language pipeline; immutable afterwards and safe to share across threads.
// Each thread codes with its own CoderWorkspace.
#ifndef KHALDUN_CODE_CODER_H_
#define KHALDUN_CODE_CODER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "code/event.h"
#include "code/tabari_switches.h"
#include "code/negation.h"
#include "dict/dictionary.h"
#include "ingest/document.h"
#include "lang/language_analyzer.h"
#include "text/article_text.h"
#include "text/text_analyzer.h"

namespace khaldun {

struct CoderOptions {
  // Date used when a document has none of its own (--date).
  std::optional<Date> default_date;
  // Keep the trace of every pattern tried (for `khaldun explain`); slower.
  bool trace = false;
  // Fill each event's provenance: the "file:line" of the dictionary
  // entries behind it (EventActor::entries, Event::pattern_entry) and its
  // pattern in its own notation (Event::pattern). False leaves them empty,
  // for outputs that write none of them (TSV, CSV, GDELT): the strings cost
  // ~1k instructions a sentence, more than writing a TSV line.
  bool provenance = true;
  // PETRARCH's require_dyad: when false, a clause with a source and a code
  // but no target is still an event, without a target ("---"), and stays
  // beside the event it reports. The validation suites switch it per
  // record; the engine codes dyads only.
  bool require_dyad = true;
  // Negations the dictionaries' coding ontology defines beyond CAMEO's
  // reject codes (a PETRARCH internal coding ontology, as a validation
  // suite's environment names one): a negated verb group of such a code is
  // coded as its negation says. Empty for the engine.
  std::vector<CodeNegation> negations;
  // TABARI's option switches: they hold only when the dictionaries have
  // TABARI verbs. Unset: those the dictionaries' .options lines set
  // (Coder::options() has them then); TabariSwitches{} changes nothing.
  std::optional<TabariSwitches> tabari;
};

// What happened to one sentence: its events, and (with trace) why.
struct SentenceTrace {
  uint32_t sentence = 0;
  std::vector<std::string> lines;  // human-readable steps: actors found, patterns tried, decisions
};

// Per-thread scratch space; reuse it for document after document.
class CoderWorkspace {
 public:
  CoderWorkspace();
  ~CoderWorkspace();
  CoderWorkspace(CoderWorkspace&&) noexcept;
  CoderWorkspace& operator=(CoderWorkspace&&) noexcept;

  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

class Coder {
 public:
  // Compiles `dictionary` (which the Coder takes over) for matching and
  // loads the language pipeline. Fails when the language data is missing.
  static Result<Coder> Create(dict::Dictionary dictionary, CoderOptions options = {});

  Coder(Coder&&) noexcept;
  Coder& operator=(Coder&&) noexcept;
  ~Coder();

  // Analyses and codes one document. Appends its events to `*events` (in
  // sentence order) and, when options.trace is set, one SentenceTrace per
  // sentence to `*traces` (may be null). Returns the number of sentences.
  uint32_t CodeDocument(const Document& document, CoderWorkspace* workspace, std::vector<Event>* events,
                        std::vector<SentenceTrace>* traces = nullptr) const;
  // The same with TABARI switches `tabari` in place of *options().tabari
  // (a validation record switches them for itself).
  uint32_t CodeDocument(const Document& document, const TabariSwitches& tabari, CoderWorkspace* workspace,
                        std::vector<Event>* events, std::vector<SentenceTrace>* traces = nullptr) const;

  // The same for one bare sentence (validation suites, `khaldun explain`):
  // the text is coded as a one-paragraph document dated `date`.
  std::vector<Event> CodeSentence(std::string_view text, std::optional<Date> date, CoderWorkspace* workspace,
                                  std::vector<SentenceTrace>* traces = nullptr) const;
  // The same with TABARI switches `tabari` in place of *options().tabari; a
  // COMMA: switch deletes its clauses from `text` first, as TABARI does.
  std::vector<Event> CodeSentence(std::string_view text, std::optional<Date> date, const TabariSwitches& tabari,
                                  CoderWorkspace* workspace, std::vector<SentenceTrace>* traces = nullptr) const;

  const dict::Dictionary& dictionary() const;
  const CoderOptions& options() const;

  struct Impl;

 private:
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_CODER_H_
