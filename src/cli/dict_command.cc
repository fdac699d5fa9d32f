// khaldun dict: inspect and convert event-coding dictionaries.
#include <cstdio>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "dict/dictionary_set.h"
#include "dict/native_format.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun dict show PHRASE [--dict PATH]... [--verbs-format F]\n"
    "       khaldun dict convert --to native [--dict PATH]... [--verbs-format F] [-o OUT]\n"
    "\n"
    "Loads TABARI, PETRARCH-1, PETRARCH-2 and Khaldun (native) dictionaries;\n"
    "PATH is a file or a directory (repeatable), its format detected from its\n"
    "name and content.\n"
    "\n"
    "  show      print every entry matching PHRASE (words separated by blanks or\n"
    "            '_', any case) and the file:line it came from\n"
    "  convert   write the loaded dictionaries in the native format (stdout\n"
    "            unless -o); see docs/dictionary-format.md\n"
    "\n"
    "  --dict PATH        dictionary file or directory (repeatable)\n"
    "  --verbs-format F   petrarch2 (default), petrarch1 or tabari: which verbs\n"
    "                     to use when a directory holds several\n"
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
  for (const dict::DatedCode& code : codes) {
    out += " [" + code.code;
    if (code.when.kind != dict::DateRestriction::Kind::kAlways) out += " " + code.when.ToString();
    out += "]";
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

}  // namespace

int RunDict(const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fprintf(args.empty() ? stderr : stdout, "%s", kUsage);
    return args.empty() ? 2 : 0;
  }
  const std::string action = args[0];
  std::vector<std::string> paths;
  std::vector<std::string> positional;
  dict::LoadOptions options;
  std::string to;
  std::string out_path;
  bool quiet = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", kUsage);
      return 0;
    } else if (arg == "--dict" && has_value) {
      paths.push_back(args[++i]);
    } else if (arg == "--verbs-format" && has_value) {
      dict::PatternSyntax syntax;
      if (!dict::ParsePatternSyntax(args[++i], &syntax)) {
        std::fprintf(stderr, "khaldun dict: unknown verbs format '%s'\n", args[i].c_str());
        return 2;
      }
      options.verbs_format = syntax;
    } else if (arg == "--to" && has_value) {
      to = args[++i];
    } else if ((arg == "-o" || arg == "--output") && has_value) {
      out_path = args[++i];
    } else if (arg == "--quiet") {
      quiet = true;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "khaldun dict: unknown or incomplete option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (action != "show" && action != "convert") {
    std::fprintf(stderr, "khaldun dict: unknown action '%s'\n\n%s", action.c_str(), kUsage);
    return 2;
  }
  if (action == "show" && positional.empty()) {
    std::fprintf(stderr, "khaldun dict show: missing PHRASE\n\n%s", kUsage);
    return 2;
  }
  if (action == "convert" && (to != "native" || !positional.empty())) {
    std::fprintf(stderr, "khaldun dict convert: needs --to native and no PHRASE\n\n%s", kUsage);
    return 2;
  }
  if (paths.empty()) {
    std::fprintf(stderr, "khaldun dict: no dictionaries given (--dict PATH)\n");
    return 2;
  }
  Diagnostics diagnostics;
  Result<dict::Dictionary> loaded = dict::LoadDictionaries(paths, options, &diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "khaldun dict: %s\n", loaded.status().message().c_str());
    return 2;
  }
  const bool had_errors = ReportDiagnostics(diagnostics, quiet);
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
