#include "validate/shared_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace khaldun::validate {

std::optional<std::string> FindSharedDir(const std::optional<std::string>& given) {
  if (given) return *given;
  std::error_code ignored;
  if (const char* env = std::getenv("KHALDUN_SHARED"); env != nullptr && *env != '\0') {
    if (std::filesystem::is_directory(env, ignored)) return std::string(env);
  }
  if (std::filesystem::is_directory("../shared", ignored)) return std::string("../shared");
#ifdef KHALDUN_SOURCE_DATA_DIR
  const std::string sibling = std::string(KHALDUN_SOURCE_DATA_DIR) + "/../shared";
  if (std::filesystem::is_directory(sibling, ignored)) return std::filesystem::path(sibling).lexically_normal().string();
#endif
  return std::nullopt;
}

std::string TabariProjectPath(const std::string& shared_dir) {
  return shared_dir + "/anchors/tabari/validation/Validate.project";
}

std::string Petrarch1RecordsPath(const std::string& shared_dir) {
  return shared_dir + "/anchors/petrarch1-validation/PETR.UnitTest.records.xml";
}

std::string Petrarch2RecordsPath(const std::string& shared_dir) {
  return shared_dir + "/anchors/petrarch2-validation/PETR_Validate_records_2_02.xml";
}

}  // namespace khaldun::validate
