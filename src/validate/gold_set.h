// The gold-standard development set: PETR2_GSR_validation.xml, real AFP
// sentences with hand-checked events coded with the Phoenix dictionaries.
// Unlike the functional suites it measures precision and recall on news
// text, so every record is scored (its <Include> names every category).
#ifndef KHALDUN_VALIDATE_GOLD_SET_H_
#define KHALDUN_VALIDATE_GOLD_SET_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "validate/suite.h"

namespace khaldun::validate {

// Where the gold file and its dictionaries live under a ../shared folder.
std::string GoldSetPath(const std::string& shared_dir);
std::string PhoenixDictionaryDir(const std::string& shared_dir);

// Reads a gold file in the PETRARCH validation layout (see
// petrarch_suite.h). Suite::dictionaries is `dictionaries` (the file's
// <Environment> names Phoenix files that do not sit beside it) and the
// verbs are read as PETRARCH-2. Fails when the file cannot be read or holds
// no record.
Result<Suite> ReadGoldSet(const std::string& path, const std::vector<std::string>& dictionaries,
                          Diagnostics* diagnostics);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_GOLD_SET_H_
