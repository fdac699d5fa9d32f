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
  // Size the string once and read straight into it: appending 64 KB chunks
  // re-copied the growing string (~20M instructions of start-up).
  if (std::fseek(file, 0, SEEK_END) == 0) {
    const long size = std::ftell(file);
    if (size > 0) bytes.resize(static_cast<size_t>(size));
    std::rewind(file);
  }
  size_t filled = std::fread(bytes.data(), 1, bytes.size(), file);
  bytes.resize(filled);
  char buffer[1 << 16];
  size_t n;  // a file that grew, or a pipe whose size ftell cannot tell
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return Status::Error(path + ": read error");
  return bytes;
}

}  // namespace khaldun::lang_internal
