// Loaders for actor and agent dictionaries. TABARI (.actors/.agents),
// PETRARCH-1 and PETRARCH-2 (Phoenix) share one actor syntax:
//
//   PRIMARY_PHRASE  [CODE] [CODE DATES]...  # or ; comment
//   +SYNONYM_PHRASE
//   <tab>[CODE DATES]
//
// and one agent syntax:  PHRASE {PLURAL} [~CODE]  with !MARKER! = A, B, C
// substitution sets. See docs/dictionary-format.md.
#ifndef KHALDUN_DICT_ACTOR_LOADER_H_
#define KHALDUN_DICT_ACTOR_LOADER_H_

#include <string>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/source_file.h"

namespace khaldun::dict {

// Appends the actors of `file` to `dict`. Bad lines are reported to
// `diagnostics` (file:line, what is wrong) and skipped; an actor without any
// code is kept with a warning. Comments start at '#' or ';' outside [...];
// "<!-- -->" blocks are skipped; reading stops at a "---STOP---" or
// "~~FINISH" line; TABARI <NOUN>/<ADJECTIVE> sections go to word lists.
void LoadActors(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);

// Appends the agents of `file` to `dict`; lines without a [code], with a code
// lacking '~', or with an undefined !MARKER! are reported and skipped. An
// agent written without {...} has its regular plural (PluralOf) too, in
// TABARI's files as in PETRARCH's: TABARI's suite codes "Guerrillas" by
// "GUERRILLA_ [~REB]".
void LoadAgents(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);

// Reads `path` and calls LoadActors / LoadAgents; fails only when unreadable.
Status LoadActorFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);
Status LoadAgentFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_ACTOR_LOADER_H_
