// PETRARCH-2 (Phoenix) dictionaries: CAMEO.2.0.txt verbs (synsets,
// noun-phrase and prepositional-phrase patterns, transformations), discards
// and issues. Phoenix actors and agents: see actor_loader.h.
#ifndef KHALDUN_DICT_PETRARCH2_LOADER_H_
#define KHALDUN_DICT_PETRARCH2_LOADER_H_

#include <string>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/source_file.h"

namespace khaldun::dict {

// Appends the synsets, verb families and transformations of a PETRARCH-2
// verbs file; bad lines are reported and skipped. Fails only when unreadable.
Status LoadPetrarch2Verbs(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

// Discards: one phrase a line, '+' prefix for story level, '#' comments.
void LoadDiscards(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);
Status LoadDiscardFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

// Issues: <ISSUE CATEGORY="..."> sections of "text [CODE]", "~text" and
// "~~text" lines, with n:/v:/+ expansions (see ExpandIssueText()).
void LoadIssues(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);
Status LoadIssueFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_PETRARCH2_LOADER_H_
