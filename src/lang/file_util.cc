#include "lang/file_util.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace khaldun::lang_internal {

Result<std::string> ReadWholeFile(const std::string& path) {
  // stdio with one big read: the data files are a few MB and read once.
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::Error(path + ": " + std::strerror(errno));
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return Status::Error(path + ": read error");
  return bytes;
}

}  // namespace khaldun::lang_internal
