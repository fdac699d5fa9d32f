// khaldun: a small dispatcher over the engine's subcommands.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const khaldun::cli::Args&);
};

// Add a subcommand here and in commands.h.
constexpr Command kCommands[] = {
    {"parse", "read documents and print their structure, sentences and tokens",
     khaldun::cli::RunParse},
    {"code", "code documents into CAMEO events (who did what to whom)", khaldun::cli::RunCode},
    {"query", "read events back from a --db store, filtered or aggregated", khaldun::cli::RunQuery},
    {"explain", "show why a sentence gave (or did not give) its events", khaldun::cli::RunExplain},
    {"dict", "show and convert TABARI, PETRARCH and native dictionaries", khaldun::cli::RunDict},
    {"validate", "score the coder on the TABARI and PETRARCH validation suites", khaldun::cli::RunValidate},
    {"score", "score the coder on a gold file: event precision, recall, F1", khaldun::cli::RunScore},
};

void PrintUsage(FILE* out) {
  std::fprintf(out, "usage: khaldun COMMAND [ARGS...]\n\ncommands:\n");
  for (const Command& command : kCommands) {
    std::fprintf(out, "  %-10s %s\n", command.name, command.summary);
  }
  std::fprintf(out, "\n'khaldun COMMAND --help' describes one command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    PrintUsage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("khaldun 0.1.0\n");
    return 0;
  }
  for (const Command& command : kCommands) {
    if (std::strcmp(argv[1], command.name) == 0) {
      khaldun::cli::Args args(argv + 2, argv + argc);
      return command.run(args);
    }
  }
  std::fprintf(stderr, "khaldun: unknown command '%s'\n\n", argv[1]);
  PrintUsage(stderr);
  return 2;
}
