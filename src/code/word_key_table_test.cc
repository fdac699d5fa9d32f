#include "code/word_key_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>

#include "code/word_key.h"

namespace khaldun {
namespace {

// The straightforward version: a map from key to index.
uint32_t MapFind(const std::unordered_map<std::string, uint32_t>& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? WordKeyTable::kAbsent : it->second;
}

TEST(WordKeyTableTest, FindsEachKeyByItsHash) {
  const std::vector<std::string_view> keys = {"ATTACK", "MET", "MET_WITH", "A", ""};
  const WordKeyTable table(keys);
  for (uint32_t k = 0; k < keys.size(); ++k) EXPECT_EQ(table.Find(keys[k], WordKeyHash(keys[k])), k) << keys[k];
  EXPECT_EQ(table.Find("MEET", WordKeyHash("MEET")), WordKeyTable::kAbsent);
  // A key is compared too, not only its hash.
  EXPECT_EQ(table.Find("MEET", WordKeyHash("MET")), WordKeyTable::kAbsent);
  EXPECT_EQ(WordKeyTable().Find("MET", WordKeyHash("MET")), WordKeyTable::kAbsent);
}

TEST(WordKeyTableTest, AgreesWithAMapOnRandomWords) {
  std::mt19937 random(13);
  auto word = [&] {
    std::string text(1 + random() % 12, 'A');
    for (char& c : text) c = static_cast<char>('A' + random() % 6);  // few letters: many near misses
    return text;
  };
  for (int round = 0; round < 20; ++round) {
    std::unordered_map<std::string, uint32_t> map;
    std::vector<std::string> owned;
    const int size = static_cast<int>(random() % 300);
    while (static_cast<int>(owned.size()) < size) {
      std::string text = word();
      if (map.emplace(text, static_cast<uint32_t>(owned.size())).second) owned.push_back(std::move(text));
    }
    const std::vector<std::string_view> keys(owned.begin(), owned.end());
    const WordKeyTable table(keys);
    for (int probe = 0; probe < 2000; ++probe) {
      const std::string text = probe % 2 == 0 && !owned.empty() ? owned[random() % owned.size()] : word();
      ASSERT_EQ(table.Find(text, WordKeyHash(text)), MapFind(map, text)) << text;
    }
  }
}

}  // namespace
}  // namespace khaldun
