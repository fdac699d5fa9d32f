#include "dict/dictionary_paths.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace khaldun::dict {
namespace {

namespace fs = std::filesystem;

bool IsDictionaryFileName(const fs::path& path) {
  return path.extension() == ".txt" && path.filename() != "CMakeLists.txt";
}

// True when some sub-directory of `dir` (at any depth) holds a dictionary file.
bool HasNestedDictionaries(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) return false;
  for (auto it = fs::recursive_directory_iterator(dir, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it.depth() > 0 && it->is_regular_file(error) && IsDictionaryFileName(it->path())) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ListDictionaryTree(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(dir, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_regular_file(error) && IsDictionaryFileName(it->path())) paths.push_back(it->path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

Result<std::vector<std::string>> ExpandDictionaryPaths(const std::vector<std::string>& arguments,
                                                        const std::string& default_dir) {
  const bool with_defaults =
      arguments.empty() ||
      std::any_of(arguments.begin(), arguments.end(), [](const std::string& a) { return a.starts_with('+'); });
  std::vector<std::string> paths;
  if (with_defaults) {
    paths = ListDictionaryTree(default_dir);
    if (paths.empty()) return Status::Error("no dictionaries found in " + default_dir + " (use --dict PATH)");
  }
  for (const std::string& argument : arguments) {
    const std::string path = argument.starts_with('+') ? argument.substr(1) : argument;
    if (path.empty()) continue;  // a bare "+": the defaults alone
    if (HasNestedDictionaries(path)) {
      std::vector<std::string> tree = ListDictionaryTree(path);
      paths.insert(paths.end(), tree.begin(), tree.end());
    } else {
      paths.push_back(path);
    }
  }
  // A file named twice (the defaults given both as "+DIR" and by path) is
  // read once, where it first appears.
  std::vector<std::string> unique;
  std::vector<std::string> seen;
  for (std::string& path : paths) {
    std::error_code error;
    std::string canonical = fs::weakly_canonical(path, error).string();
    if (error) canonical = path;
    if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
    seen.push_back(std::move(canonical));
    unique.push_back(std::move(path));
  }
  return unique;
}

}  // namespace khaldun::dict
