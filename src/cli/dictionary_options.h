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

// Loads the dictionaries (every native .txt file under the default
// directory when no path is given), printing a count of the problems found
// (and the first ones unless quiet) to stderr.
Result<dict::Dictionary> LoadDictionariesForCli(const DictionaryOptions& options, const char* command);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_DICTIONARY_OPTIONS_H_
