// The input flags every document-reading subcommand shares.
#ifndef KHALDUN_CLI_INPUT_OPTIONS_H_
#define KHALDUN_CLI_INPUT_OPTIONS_H_

#include <string>
#include <vector>

#include "cli/commands.h"
#include "ingest/document_reader.h"

namespace khaldun::cli {

struct InputOptions {
  std::vector<std::string> paths;  // files, directories, "-" for stdin
  ReaderOptions reader;
};

// Help text for the flags below.
extern const char kInputFlagsHelp[];

// If args[*i] is an input flag (--input-format F, --max-doc-mb N) or a
// path, consumes it (and its value, advancing *i) and returns true. Sets
// *error for a flag with a bad value. Unknown flags return false.
bool ConsumeInputArg(const Args& args, size_t* i, InputOptions* options, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_INPUT_OPTIONS_H_
