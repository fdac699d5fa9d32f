// khaldun dict: inspect, check and convert event-coding dictionaries.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/input_options.h"
#include "code/compiled_dictionary.h"
#include "code/coverage.h"
#include "dict/dictionary_set.h"
#include "dict/event_codes.h"
#include "dict/lint.h"
#include "dict/native_format.h"
#include "ingest/document_reader.h"
#include "lang/language_analyzer.h"
#include "text/text_analyzer.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun dict show PHRASE [--dict PATH]... [--verbs-format F]\n"
    "       khaldun dict convert --to native [--dict PATH]... [--verbs-format F] [-o OUT]\n"
    "       khaldun dict lint [--dict PATH]... [--verbs-format F]\n"
    "       khaldun dict coverage FILE... [--dict PATH]... [--top N]\n"
    "       khaldun dict path\n"
    "\n"
    "Loads TABARI, PETRARCH-1, PETRARCH-2 and Khaldun (native) dictionaries;\n"
    "PATH is a file or a directory (repeatable), its format detected from its\n"
    "name and content. Without --dict: Khaldun's own dictionaries; --dict +PATH:\n"
    "Khaldun's own plus PATH (dictionaries/README.md, \"Your own entries\").\n"
    "\n"
    "  show      print every entry matching PHRASE (words separated by blanks or\n"
    "            '_', any case) and the file:line it came from\n"
    "  convert   write the loaded dictionaries in the native format (stdout\n"
    "            unless -o); see docs/dictionary-format.md\n"
    "  lint      list problems with file:line: unknown event codes, malformed\n"
    "            actor codes, duplicate and conflicting entries, overlapping\n"
    "            dated codes, patterns that can never match, lines the loaders\n"
    "            skipped or repaired; exit status 1 when there is any\n"
    "  coverage  read documents (as `khaldun parse` does) and list the most\n"
    "            frequent clause verbs and proper names no entry covers, with\n"
    "            counts and an example sentence each\n"
    "  path      print the directory of Khaldun's own dictionaries\n"
    "\n"
    "  --dict PATH        dictionary file or directory (repeatable)\n"
    "  --verbs-format F   petrarch2 (default), petrarch1 or tabari: which verbs\n"
    "                     to use when a directory holds several\n"
    "  --top N            coverage: how many verbs and names to list (default 30)\n"
    "  --quiet            do not list the problems found in the dictionaries\n";

constexpr size_t kMaxPrinted = 20;

// Prints the first diagnostics and a count; returns true when any were errors.
bool ReportDiagnostics(const Diagnostics& diagnostics, bool quiet) {
  if (!quiet) {
    size_t printed = 0;
    for (const Diagnostic& d : diagnostics.all()) {
      if (d.severity != Severity::kError) continue;
      if (printed++ == kMaxPrinted) break;
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
  }
  if (!diagnostics.all().empty()) {
    std::fprintf(stderr, "khaldun dict: %zu error(s) (entries skipped), %zu warning(s) (input repaired)\n",
                 diagnostics.error_count(), diagnostics.warning_count());
  }
  return diagnostics.error_count() > 0;
}

std::string Codes(const std::vector<dict::DatedCode>& codes) {
  std::string out;
  // (Appended piece by piece: GCC 12 warns falsely of overlap (-Wrestrict) on " " + string.)
  for (const dict::DatedCode& code : codes) {
    out.append(" [").append(code.code);
    if (code.when.kind != dict::DateRestriction::Kind::kAlways) out.append(" ").append(code.when.ToString());
    out.append("]");
  }
  return out.empty() ? " (no code)" : out;
}

// Prints the entries whose phrase is `words` (space-separated upper case).
size_t Show(const dict::Dictionary& d, const std::string& words) {
  size_t found = 0;
  auto print = [&](const dict::SourceRef& where, const std::string& what) {
    std::printf("%s\t%s\n", d.Where(where).c_str(), what.c_str());
    ++found;
  };
  for (const dict::Actor& actor : d.actors) {
    if (actor.name.phrase.Words() == words) {
      print(actor.name.where, "actor " + actor.name.phrase.ToString() + Codes(actor.codes));
    }
    for (const dict::ActorName& synonym : actor.synonyms) {
      if (synonym.phrase.Words() == words) {
        print(synonym.where, "actor synonym " + synonym.phrase.ToString() + " of " + actor.name.phrase.ToString() +
                                 Codes(actor.codes));
      }
    }
  }
  for (const dict::Agent& agent : d.agents) {
    bool match = agent.phrase.Words() == words;
    for (const dict::Phrase& plural : agent.plurals) match = match || plural.Words() == words;
    if (match) print(agent.where, "agent " + agent.phrase.ToString() + " [" + agent.CodeNotation() + "]");
  }
  for (const dict::VerbFamily& family : d.verb_families) {
    for (const dict::Verb& verb : family.verbs) {
      bool match = dict::SplitVerbForm(verb.text).phrase.Words() == words;
      for (const std::string& form : verb.forms) match = match || dict::SplitVerbForm(form).phrase.Words() == words;
      if (!match) continue;
      const std::string code = verb.code.empty() ? family.code : verb.code;
      print(verb.where, "verb " + verb.text + " [" + code + "] in " + (family.section.empty() ? "" : family.section + " ") +
                            "block " + family.name + " (" + dict::PatternSyntaxName(family.syntax) + ", " +
                            std::to_string(family.patterns.size()) + " patterns)");
      for (const dict::VerbPattern& pattern : family.patterns) {
        print(pattern.where, "  pattern [" + pattern.code.ToString() + "] " +
                                 dict::RenderPatternBody(pattern, family.syntax));
      }
    }
  }
  for (const dict::Synset& synset : d.synsets) {
    for (const dict::Phrase& phrase : synset.Expansion()) {
      if (phrase.Words() == words) print(synset.where, "synset member of &" + synset.name);
    }
  }
  for (const dict::Discard& discard : d.discards) {
    if (discard.phrase.Words() == words) {
      print(discard.where, std::string(discard.story ? "story" : "sentence") + " discard " + discard.phrase.ToString());
    }
  }
  for (const dict::Issue& issue : d.issues) {
    for (const dict::Phrase& form : issue.forms) {
      if (form.Words() == words) {
        print(issue.where, "issue " + issue.text + (issue.code.empty() ? " (ignore)" : " [" + issue.code + "]"));
        break;
      }
    }
  }
  for (const dict::WordList& list : d.word_lists) {
    for (const dict::WordListEntry& entry : list.entries) {
      if (entry.phrase.Words() == words) print(entry.where, "word (" + list.name + ") " + entry.phrase.ToString());
    }
  }
  return found;
}

// `dict lint`: every finding on stdout, a count by kind on stderr.
int Lint(const std::vector<std::string>& paths, const dict::LoadOptions& options) {
  Diagnostics diagnostics;
  Result<dict::Dictionary> loaded = dict::LoadDictionaries(paths, options, &diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "khaldun dict lint: %s\n", loaded.status().message().c_str());
    return 2;
  }
  Diagnostics code_problems;
  Result<dict::EventCodeTable> codes = dict::EventCodeTable::Load(EventCodesPath(), &code_problems);
  if (!codes.ok()) {
    std::fprintf(stderr, "khaldun dict lint: %s (event codes are only checked for their form)\n",
                 codes.status().message().c_str());
  }
  std::vector<dict::LintFinding> findings;
  dict::AppendLoadFindings(diagnostics, &findings);
  dict::AppendLoadFindings(code_problems, &findings);
  std::vector<dict::LintFinding> checks = dict::LintDictionary(loaded.value(), codes.ok() ? &codes.value() : nullptr);
  findings.insert(findings.end(), std::make_move_iterator(checks.begin()), std::make_move_iterator(checks.end()));
  std::map<std::string, std::pair<size_t, size_t>> by_kind;  // kind -> errors, warnings
  for (const dict::LintFinding& finding : findings) {
    std::printf("%s\n", finding.ToString().c_str());
    auto& count = by_kind[dict::LintKindName(finding.kind)];
    ++(finding.severity == Severity::kError ? count.first : count.second);
  }
  std::fflush(stdout);
  std::fprintf(stderr, "khaldun dict lint: %zu file(s), %zu actors, %zu agents, %zu verbs, %zu patterns: %zu finding(s)\n",
               loaded.value().files().size(), loaded.value().actors.size(), loaded.value().agents.size(),
               loaded.value().VerbCount(), loaded.value().PatternCount(), findings.size());
  for (const auto& [kind, count] : by_kind) {
    std::fprintf(stderr, "  %-22s %zu error(s), %zu warning(s)\n", kind.c_str(), count.first, count.second);
  }
  return findings.empty() ? 0 : 1;
}

// At most `limit` bytes of `text`, cut at a UTF-8 character boundary.
std::string Shorten(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

void PrintItems(const char* title, uint64_t seen, uint64_t covered, const std::vector<CoverageItem>& items) {
  std::printf("# %s: %llu seen, %llu covered (%.1f%%); most frequent uncovered:\n", title,
              static_cast<unsigned long long>(seen), static_cast<unsigned long long>(covered),
              seen == 0 ? 100.0 : 100.0 * static_cast<double>(covered) / static_cast<double>(seen));
  for (const CoverageItem& item : items) {
    std::printf("%7llu  %-24s  %s\n", static_cast<unsigned long long>(item.count), item.text.c_str(),
                Shorten(item.example, 160).c_str());
  }
}

// `dict coverage`: reads the documents and counts what the dictionaries miss.
int Coverage(const InputOptions& input, const DictionaryOptions& options, size_t top) {
  Result<dict::Dictionary> loaded = LoadDictionariesForCli(options, "dict coverage");
  if (!loaded.ok()) {
    std::fprintf(stderr, "khaldun dict coverage: %s\n", loaded.status().message().c_str());
    return 2;
  }
  Result<TextAnalyzer> analyzer = TextAnalyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "khaldun dict coverage: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  Result<LanguageAnalyzer> language = LanguageAnalyzer::Load();
  if (!language.ok()) {
    std::fprintf(stderr, "khaldun dict coverage: %s\n", language.status().message().c_str());
    return 2;
  }
  const CompiledDictionary compiled(loaded.value());
  CoverageCounter counter(compiled);
  Diagnostics diagnostics([](const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); });
  DocumentReader reader(input.reader, &diagnostics);
  ArticleText text;
  SentenceAnalysis analysis;
  uint64_t documents = 0, sentences = 0;
  for (const std::string& path : input.paths) {
    reader.Read(path, [&](Document& document) {
      analyzer.value().Analyze(document, &text);
      ++documents;
      for (const Sentence& sentence : text.sentences) {
        if (text.blocks[sentence.block].kind != BlockKind::kBody) continue;  // as the coder does
        language.value().Analyze(text, sentence, &analysis);
        counter.AddSentence(analysis, sentence.span.of(text.normalized));
        ++sentences;
      }
    });
  }
  std::printf("# %llu documents, %llu body sentences\n", static_cast<unsigned long long>(documents),
              static_cast<unsigned long long>(sentences));
  PrintItems("clause verbs (lemma)", counter.verbs_seen(), counter.verbs_covered(), counter.TopVerbs(top));
  PrintItems("proper-noun runs", counter.names_seen(), counter.names_covered(), counter.TopNames(top));
  return reader.stats().skipped > 0 ? 1 : 0;
}

}  // namespace

int RunDict(const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fprintf(args.empty() ? stderr : stdout, "%s", kUsage);
    return args.empty() ? 2 : 0;
  }
  const std::string action = args[0];
  if (action != "show" && action != "convert" && action != "lint" && action != "coverage" && action != "path") {
    std::fprintf(stderr, "khaldun dict: unknown action '%s'\n\n%s", action.c_str(), kUsage);
    return 2;
  }
  DictionaryOptions dictionaries;
  InputOptions input;  // coverage only
  std::vector<std::string> positional;
  std::string to;
  std::string out_path;
  size_t top = 30;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    std::string error;
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", kUsage);
      return 0;
    } else if (ConsumeDictionaryArg(args, &i, &dictionaries, &error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "khaldun dict: %s\n", error.c_str());
        return 2;
      }
    } else if (arg == "--to" && has_value) {
      to = args[++i];
    } else if ((arg == "-o" || arg == "--output") && has_value) {
      out_path = args[++i];
    } else if (arg == "--quiet") {
      dictionaries.quiet = true;
    } else if (arg == "--top" && has_value) {
      char* end = nullptr;
      const long n = std::strtol(args[++i].c_str(), &end, 10);
      if (end == args[i].c_str() || *end != '\0' || n < 0) {
        std::fprintf(stderr, "khaldun dict: --top wants a number, not '%s'\n", args[i].c_str());
        return 2;
      }
      top = static_cast<size_t>(n);
    } else if (action == "coverage" && ConsumeInputArg(args, &i, &input, &error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "khaldun dict coverage: %s\n", error.c_str());
        return 2;
      }
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "khaldun dict: unknown or incomplete option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (action == "path") {
    std::printf("%s\n", DefaultDictionaryDir().c_str());
    return 0;
  }
  if (action == "show" && positional.empty()) {
    std::fprintf(stderr, "khaldun dict show: missing PHRASE\n\n%s", kUsage);
    return 2;
  }
  if (action == "convert" && (to != "native" || !positional.empty())) {
    std::fprintf(stderr, "khaldun dict convert: needs --to native and no PHRASE\n\n%s", kUsage);
    return 2;
  }
  if (action == "lint" && !positional.empty()) {
    std::fprintf(stderr, "khaldun dict lint: unexpected argument '%s'\n\n%s", positional[0].c_str(), kUsage);
    return 2;
  }
  if (action == "coverage") {
    if (input.paths.empty()) {
      std::fprintf(stderr, "khaldun dict coverage: no documents given\n\n%s", kUsage);
      return 2;
    }
    return Coverage(input, dictionaries, top);
  }
  Result<std::vector<std::string>> paths = DictionaryPathsForCli(dictionaries);
  if (!paths.ok()) {
    std::fprintf(stderr, "khaldun dict: %s\n", paths.status().message().c_str());
    return 2;
  }
  if (action == "lint") return Lint(paths.value(), dictionaries.load);
  Diagnostics diagnostics;
  Result<dict::Dictionary> loaded = dict::LoadDictionaries(paths.value(), dictionaries.load, &diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "khaldun dict: %s\n", loaded.status().message().c_str());
    return 2;
  }
  const bool had_errors = ReportDiagnostics(diagnostics, dictionaries.quiet);
  if (action == "convert") {
    if (out_path.empty()) {
      std::string text = dict::WriteNative(loaded.value());
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
      Status status = dict::WriteNativeFile(loaded.value(), out_path);
      if (!status.ok()) {
        std::fprintf(stderr, "khaldun dict: %s\n", status.message().c_str());
        return 2;
      }
    }
    return had_errors ? 1 : 0;
  }
  std::string query;
  for (const std::string& word : positional) query += (query.empty() ? "" : " ") + word;
  const std::string words = dict::ParsePhrase(query).Words();
  const size_t found = Show(loaded.value(), words);
  if (found == 0) {
    std::fprintf(stderr, "khaldun dict show: no entry matches '%s'\n", words.c_str());
    return 1;
  }
  return 0;
}

}  // namespace khaldun::cli
