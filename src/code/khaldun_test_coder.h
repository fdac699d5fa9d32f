// Test helper: a Coder over Khaldun's own dictionaries, as the program uses
// them when no --dict is given (every native .txt file under dictionaries/,
// in name order). For tests that code real sentences end to end.
#ifndef KHALDUN_CODE_KHALDUN_TEST_CODER_H_
#define KHALDUN_CODE_KHALDUN_TEST_CODER_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "code/coder.h"
#include "dict/dictionary_set.h"

namespace khaldun {

// The coder, with `options`; records a test failure and returns null when
// the dictionaries do not load cleanly.
inline std::unique_ptr<Coder> KhaldunTestCoder(CoderOptions options = {}) {
  const std::filesystem::path root(KHALDUN_SOURCE_DIR);
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "dictionaries")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    if (entry.path().filename() == "CMakeLists.txt") continue;
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  EXPECT_FALSE(paths.empty());
  Diagnostics diagnostics;
  Result<dict::Dictionary> dictionary = dict::LoadDictionaries(paths, {}, &diagnostics);
  EXPECT_TRUE(dictionary.ok()) << dictionary.status().message();
  if (!dictionary.ok()) return nullptr;
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << "dictionary problem: " << d.ToString();
  Result<Coder> created = Coder::Create(std::move(dictionary).value(), options);
  EXPECT_TRUE(created.ok()) << created.status().message();
  if (!created.ok()) return nullptr;
  return std::make_unique<Coder>(std::move(created).value());
}

}  // namespace khaldun

#endif  // KHALDUN_CODE_KHALDUN_TEST_CODER_H_
