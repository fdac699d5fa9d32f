// Loading a set of dictionaries given as files or directories, with the
// format of each file detected from its name and content. This is what the
// CLI's --dict options and the coder call.
#ifndef KHALDUN_DICT_DICTIONARY_SET_H_
#define KHALDUN_DICT_DICTIONARY_SET_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/verb_pattern.h"

namespace khaldun::dict {

enum class FileKind : uint8_t {
  kUnknown,
  kNative,         // Khaldun's own format (content starts with kNativeMagic)
  kTabariProject,  // .project: loads the files it names
  kActors,         // TABARI / PETRARCH actors
  kAgents,         // TABARI / PETRARCH agents (plural flavour from the name)
  kVerbs,          // verbs; see DetectedFile::verbs_syntax
  kDiscards,
  kIssues,
  kOptions,        // TABARI .options
};

// "native", "project", "actors", ...
const char* FileKindName(FileKind kind);

struct DetectedFile {
  std::string path;
  FileKind kind = FileKind::kUnknown;
  PatternSyntax verbs_syntax = PatternSyntax::kPetrarch2;  // kVerbs only
  bool tabari = false;  // TABARI flavour (.actors/.agents/.verbs names)
};

// Detects the kind of one file from its name (TABARI extensions; PETRARCH
// names containing "actors", "agents", "discards", "issue", "verb") and, for
// verbs and unknown names, from its first 64 KiB.
DetectedFile DetectFile(const std::string& path);

struct LoadOptions {
  // Which verbs file to use when a directory holds verbs in several
  // syntaxes; unset: PETRARCH-2, then PETRARCH-1, then TABARI.
  std::optional<PatternSyntax> verbs_format;
};

struct LoadReport {
  std::vector<DetectedFile> loaded;   // in load order
  std::vector<std::string> skipped;   // "path: why", for files in directories left out
};

// Loads every path (file or directory, non-recursive, files in name order)
// into one Dictionary. Files named explicitly are always loaded; in a
// directory, files of unknown kind are skipped, and when verbs files of
// several syntaxes are present only those of the preferred syntax are
// loaded. A directory with a TABARI .project loads it and skips the files
// it names. Problems inside files go to `diagnostics`; the result fails only
// when a path does not exist or a named file's format is unknown.
Result<Dictionary> LoadDictionaries(const std::vector<std::string>& paths, const LoadOptions& options,
                                    Diagnostics* diagnostics, LoadReport* report = nullptr);

// Loads one detected file into `dict`.
Status LoadDetectedFile(const DetectedFile& file, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_DICTIONARY_SET_H_
