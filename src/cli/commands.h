// The subcommands of the `khaldun` program. Each lives in its own
// <name>_command.cc and receives the arguments after its name.
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace khaldun::cli {

using Args = std::vector<std::string>;

// Each returns the process exit status: 0 success, 1 some input was skipped
// or a check failed, 2 usage or fatal error.
int RunParse(const Args& args);
int RunCode(const Args& args);
int RunQuery(const Args& args);
int RunExplain(const Args& args);

// The CAMEO event code table of Khaldun's own dictionaries.
std::string EventCodesPath();
int RunDict(const Args& args);
int RunValidate(const Args& args);
int RunScore(const Args& args);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
