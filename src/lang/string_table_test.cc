#include "lang/string_table.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(StringTable, FindsKeysOfEveryLengthAndRejectsOneByteChanges) {
  // Lengths 1-20 exercise each comparison path: bytes, two 4-byte halves,
  // 8-byte words with and without an overlapping tail.
  StringTable table;
  std::vector<std::string> keys;
  for (size_t n = 1; n <= 20; ++n) {
    std::string key;
    for (size_t i = 0; i < n; ++i) key.push_back(static_cast<char>('a' + (i * 7 + n) % 26));
    keys.push_back(key);
    table.Insert(key, static_cast<uint32_t>(n));
  }
  for (const std::string& key : keys) {
    EXPECT_EQ(table.Find(key), key.size()) << key;
    for (size_t i = 0; i < key.size(); ++i) {
      std::string changed = key;
      changed[i] = 'Z';
      EXPECT_EQ(table.Find(changed), std::nullopt) << changed;
    }
  }
  EXPECT_EQ(table.Find(""), std::nullopt);
}

}  // namespace
}  // namespace khaldun
