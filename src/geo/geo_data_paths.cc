#include "geo/geo_data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#ifndef KHALDUN_GEO_BUILD_DIR
#define KHALDUN_GEO_BUILD_DIR "."
#endif
#ifndef KHALDUN_INSTALL_DATA_DIR
#define KHALDUN_INSTALL_DATA_DIR "/usr/local/share/khaldun"
#endif

namespace khaldun {

std::string GazetteerPath() {
  std::vector<std::string> candidates;
  if (const char* file = std::getenv("KHALDUN_GAZETTEER"); file != nullptr && *file != '\0') {
    candidates.emplace_back(file);
  }
  if (const char* dir = std::getenv("KHALDUN_DATA_DIR"); dir != nullptr && *dir != '\0') {
    candidates.push_back(std::string(dir) + "/geo/gazetteer.bin");
  }
  candidates.push_back(std::string(KHALDUN_GEO_BUILD_DIR) + "/gazetteer.bin");
  candidates.push_back(std::string(KHALDUN_INSTALL_DATA_DIR) + "/geo/gazetteer.bin");
  for (const std::string& path : candidates) {
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) return path;
  }
  return candidates.back();
}

}  // namespace khaldun
