#include "cli/dictionary_options.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/diagnostics.h"
#include "dict/dictionary_paths.h"
#include "lang/data_paths.h"

namespace khaldun::cli {

const char kDictionaryFlagsHelp[] =
    "  --dict PATH            dictionary file or directory (repeatable; TABARI, PETRARCH-1,\n"
    "                         PETRARCH-2 or native, detected); default: Khaldun's own;\n"
    "                         +PATH: Khaldun's own plus PATH (see dictionaries/README.md)\n"
    "  --verbs-format F       petrarch2 (default), petrarch1 or tabari: which verbs to use\n"
    "                         when a directory holds several\n"
    "  --quiet-dict           do not list the problems found in the dictionaries\n";

bool ConsumeDictionaryArg(const Args& args, size_t* i, DictionaryOptions* options, std::string* error) {
  const std::string& arg = args[*i];
  if (arg == "--dict" || arg == "--verbs-format") {
    if (*i + 1 >= args.size()) {
      *error = arg + " needs a value";
      return true;
    }
    const std::string& value = args[++*i];
    if (arg == "--dict") {
      options->paths.push_back(value);
    } else {
      dict::PatternSyntax syntax;
      if (!dict::ParsePatternSyntax(value, &syntax)) {
        *error = "unknown --verbs-format '" + value + "' (want petrarch2, petrarch1 or tabari)";
      } else {
        options->load.verbs_format = syntax;
      }
    }
    return true;
  }
  if (arg == "--quiet-dict") {
    options->quiet = true;
    return true;
  }
  return false;
}

std::string DefaultDictionaryDir() {
  namespace fs = std::filesystem;
  if (const char* data = std::getenv("KHALDUN_DATA_DIR")) return std::string(data) + "/dictionaries";
  std::string source = LangDataDir() + "/dictionaries";
  std::error_code error;
  if (fs::is_directory(source, error)) return source;
  return std::string(KHALDUN_INSTALL_DATA_DIR) + "/dictionaries";
}

Result<std::vector<std::string>> DictionaryPathsForCli(const DictionaryOptions& options) {
  return dict::ExpandDictionaryPaths(options.paths, DefaultDictionaryDir());
}

Result<dict::Dictionary> LoadDictionariesForCli(const DictionaryOptions& options, const char* command) {
  Result<std::vector<std::string>> expanded = DictionaryPathsForCli(options);
  if (!expanded.ok()) return expanded.status();
  const std::vector<std::string>& paths = expanded.value();
  Diagnostics diagnostics;
  Result<dict::Dictionary> loaded = dict::LoadDictionaries(paths, options.load, &diagnostics);
  if (!loaded.ok()) return loaded;
  if (!diagnostics.all().empty()) {
    size_t shown = 0;
    for (const Diagnostic& d : diagnostics.all()) {
      if (options.quiet || ++shown > 10) break;
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
    std::fprintf(stderr, "khaldun %s: dictionaries: %zu entries skipped, %zu repaired%s\n", command,
                 diagnostics.error_count(), diagnostics.warning_count(),
                 options.quiet ? "" : " (khaldun dict convert --to native lists them all)");
  }
  return loaded;
}

}  // namespace khaldun::cli
