// khaldun explain: why a sentence gave (or did not give) its events.
#include <cstdio>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "dict/event_codes.h"
#include "code/coder.h"
#include "code/tabari_switches.h"
#include "ingest/document_reader.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun explain [OPTIONS] \"SENTENCE\"\n"
    "       khaldun explain [OPTIONS] --doc FILE [--sentence N]\n"
    "\n"
    "Shows, for each sentence, the actors found, the clauses and every verb pattern\n"
    "tried, why an event was or was not coded, and the events with their provenance.\n"
    "\n"
    "  --doc FILE        explain a document (the first one in FILE)\n"
    "  --sentence N      only sentence N (1-based) of the document\n"
    "  --date YYYY-MM-DD the date deciding which dated roles hold\n"
    "  --tabari-option L a TABARI option line (\"SET: CODE ALL\", \"DEFAULT: SOURCE [X]\n"
    "                    TARGET [Y] AFTER\"), after the .options file's (repeatable;\n"
    "                    TABARI verbs only)\n";

void PrintEvent(const Event& event, const dict::EventCodeTable* codes) {
  std::string name;
  if (codes != nullptr) {
    if (const dict::EventCodeInfo* info = codes->Find(event.code)) name = " " + info->name;
  }
  std::printf("  EVENT %s -> %s  %s%s\n", event.source.code.c_str(), event.target.code.c_str(), event.code.c_str(),
              name.c_str());
  std::printf("    source  [%s] (%s) bytes %u-%u %s\n", event.source.text.c_str(), event.source.how.c_str(),
              event.source.span.begin, event.source.span.end,
              event.source.entries.empty() ? "" : event.source.entries.front().c_str());
  std::printf("    verb    [%s] bytes %u-%u\n", event.verb_text.c_str(), event.verb_span.begin, event.verb_span.end);
  std::printf("    target  [%s] (%s) bytes %u-%u %s\n", event.target.text.c_str(), event.target.how.c_str(),
              event.target.span.begin, event.target.span.end,
              event.target.entries.empty() ? "" : event.target.entries.front().c_str());
  std::printf("    pattern %s (%s)\n", event.pattern.c_str(), event.pattern_entry.c_str());
  std::printf("    date    %s (%s)\n", event.date.empty() ? "-" : event.date.c_str(), DateOriginName(event.date_origin));
  if (event.location.found()) {
    std::printf("    where   %s, %s (%s: %s)\n", event.location.name.c_str(), event.location.country_iso3.c_str(),
                event.location.source.c_str(), event.location.evidence.c_str());
  }
  for (const std::string& note : event.notes) std::printf("    note    %s\n", note.c_str());
}

}  // namespace

int RunExplain(const Args& args) {
  DictionaryOptions dictionaries;
  CoderOptions options;
  options.trace = true;
  std::string doc_path, sentence_text;
  std::vector<std::string> tabari_options;
  int only = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string error;
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s%s", kUsage, kDictionaryFlagsHelp);
      return 0;
    } else if (arg == "--tabari-option" && i + 1 < args.size()) {
      tabari_options.push_back(args[++i]);
    } else if ((arg == "--doc" || arg == "--sentence" || arg == "--date") && i + 1 < args.size()) {
      const std::string& value = args[++i];
      if (arg == "--doc") doc_path = value;
      if (arg == "--sentence") only = std::atoi(value.c_str());
      if (arg == "--date") {
        options.default_date = ParseDate(value);
        if (!options.default_date) error = "--date wants YYYY-MM-DD";
      }
    } else if (ConsumeDictionaryArg(args, &i, &dictionaries, &error)) {
    } else if (!arg.empty() && arg[0] != '-' && sentence_text.empty()) {
      sentence_text = arg;
    } else {
      std::fprintf(stderr, "khaldun explain: unexpected '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    }
    if (!error.empty()) {
      std::fprintf(stderr, "khaldun explain: %s\n", error.c_str());
      return 2;
    }
  }
  if (doc_path.empty() == sentence_text.empty()) {
    std::fprintf(stderr, "%s", kUsage);
    return 2;
  }
  Result<dict::Dictionary> dictionary = LoadDictionariesForCli(dictionaries, "explain");
  if (!dictionary.ok()) {
    std::fprintf(stderr, "khaldun explain: %s\n", dictionary.status().message().c_str());
    return 2;
  }
  if (!tabari_options.empty()) {
    options.tabari = ReadTabariSwitches(dictionary.value().options);
    for (const std::string& line : tabari_options) ApplyTabariOption(line, &*options.tabari);
  }
  Result<Coder> coder = Coder::Create(std::move(dictionary).value(), options);
  if (!coder.ok()) {
    std::fprintf(stderr, "khaldun explain: %s\n", coder.status().message().c_str());
    return 2;
  }
  Diagnostics ignored;
  Result<dict::EventCodeTable> codes = dict::EventCodeTable::Load(EventCodesPath(), &ignored);
  const dict::EventCodeTable* table = codes.ok() ? &codes.value() : nullptr;

  Document document;
  if (!doc_path.empty()) {
    Diagnostics diagnostics([](const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); });
    DocumentReader reader({}, &diagnostics);
    bool have = false;
    reader.Read(doc_path, [&](Document& d) {
      if (!have) document = std::move(d);
      have = true;
    });
    if (!have) {
      std::fprintf(stderr, "khaldun explain: no document in %s\n", doc_path.c_str());
      return 1;
    }
  } else {
    document.id = "sentence";
    document.text = sentence_text;
  }
  CoderWorkspace workspace;
  std::vector<Event> events;
  std::vector<SentenceTrace> traces;
  // A bare sentence is coded as the validation suites code theirs (a TABARI
  // COMMA: switch deletes clauses from it first).
  if (doc_path.empty()) {
    events = coder.value().CodeSentence(document.text, std::nullopt, &workspace, &traces);
  } else {
    coder.value().CodeDocument(document, &workspace, &events, &traces);
  }
  for (const SentenceTrace& trace : traces) {
    if (only > 0 && trace.sentence != static_cast<uint32_t>(only)) continue;
    std::printf("sentence %u\n", trace.sentence);
    for (const std::string& line : trace.lines) std::printf("  %s\n", line.c_str());
    for (const Event& event : events) {
      if (event.sentence == trace.sentence) PrintEvent(event, table);
    }
    std::printf("\n");
  }
  return 0;
}

}  // namespace khaldun::cli
