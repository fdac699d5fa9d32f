// Reading a whole data file, with an error that names the file.
#ifndef KHALDUN_LANG_FILE_UTIL_H_
#define KHALDUN_LANG_FILE_UTIL_H_

#include <string>

#include "base/status.h"

namespace khaldun::lang_internal {

// The bytes of `path`, or an error "path: <reason>".
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_FILE_UTIL_H_
