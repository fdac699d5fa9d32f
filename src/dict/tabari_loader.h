// TABARI dictionaries: .verbs (verbs with patterns, <NOUN>, <ADJECTIVE>,
// <SYNSETS> and <TIME> sections, ';' comments, "~~FINISH" end marker),
// .options ("COMMAND: value" lines, "//" comments) and .project files (which
// name the other dictionaries). TABARI .actors and .agents: actor_loader.h.
#ifndef KHALDUN_DICT_TABARI_LOADER_H_
#define KHALDUN_DICT_TABARI_LOADER_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/source_file.h"

namespace khaldun::dict {

// Appends the verbs (one family per verb line), synsets, word lists and
// time phrases of a TABARI .verbs file; bad lines are reported and skipped.
void LoadTabariVerbs(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);
Status LoadTabariVerbFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

// Appends the option lines of a TABARI .options file.
void LoadTabariOptions(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);
Status LoadTabariOptionFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

// The dictionary files a .project names, as paths resolved against the
// project's directory, in file order.
struct TabariProject {
  std::vector<std::string> actors;
  std::vector<std::string> verbs;
  std::vector<std::string> agents;
  std::vector<std::string> options;
};
TabariProject ParseTabariProject(const SourceFile& file, Diagnostics* diagnostics);

// Loads every dictionary a .project names (actors, agents, verbs, options).
// Fails when the project cannot be read; unreadable members are reported
// as errors and skipped.
Status LoadTabariProject(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_TABARI_LOADER_H_
