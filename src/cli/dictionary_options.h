// The dictionary flags shared by `code`, `explain` and `dict`: --dict PATH
// (repeatable), --verbs-format F, and Khaldun's own dictionaries by default.
#ifndef KHALDUN_CLI_DICTIONARY_OPTIONS_H_
#define KHALDUN_CLI_DICTIONARY_OPTIONS_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "cli/commands.h"
#include "dict/dictionary.h"
#include "dict/dictionary_set.h"

namespace khaldun::cli {

struct DictionaryOptions {
  std::vector<std::string> paths;  // empty: Khaldun's own dictionaries
  dict::LoadOptions load;
  bool quiet = false;              // don't list dictionary problems
};

extern const char kDictionaryFlagsHelp[];

// Consumes --dict PATH, --verbs-format F, --quiet-dict; see ConsumeInputArg.
bool ConsumeDictionaryArg(const Args& args, size_t* i, DictionaryOptions* options, std::string* error);

// The directory of Khaldun's own dictionaries: $KHALDUN_DATA_DIR/dictionaries,
// else the source tree's, else the installed share/khaldun/dictionaries.
std::string DefaultDictionaryDir();

// The files options.paths stands for (dict::ExpandDictionaryPaths over
// DefaultDictionaryDir()): the defaults when empty, "+DIR" adds DIR to the
// defaults, Khaldun-layout trees are listed file by file.
Result<std::vector<std::string>> DictionaryPathsForCli(const DictionaryOptions& options);

// Loads the dictionaries of DictionaryPathsForCli(), printing a count of the problems found
// (and the first ones unless quiet) to stderr.
Result<dict::Dictionary> LoadDictionariesForCli(const DictionaryOptions& options, const char* command);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_DICTIONARY_OPTIONS_H_
