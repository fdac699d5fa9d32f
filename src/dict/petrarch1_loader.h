// PETRARCH-1 dictionaries: the verb patterns file (CAMEO.verbpatterns.*,
// PETR.Validate.verbs.txt) in TABARI-style pattern syntax. PETRARCH-1 actors,
// agents and discards share the PETRARCH-2 syntax: see actor_loader.h and
// petrarch2_loader.h.
#ifndef KHALDUN_DICT_PETRARCH1_LOADER_H_
#define KHALDUN_DICT_PETRARCH1_LOADER_H_

#include <string>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"

namespace khaldun::dict {

// Appends the synsets and verb families of the PETRARCH-1 verbs file at
// `path`; bad lines are reported and skipped. Fails only when unreadable.
Status LoadPetrarch1Verbs(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_PETRARCH1_LOADER_H_
