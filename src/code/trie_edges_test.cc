#include "code/trie_edges.h"

#include <gtest/gtest.h>

#include "code/word_key.h"

namespace khaldun {
namespace {

TEST(TrieEdgesTest, FindsWhatWasAdded) {
  TrieEdges edges;
  EXPECT_EQ(edges.Find(0, WordKeyHash("GONDOR")), TrieEdges::kNone);
  bool added = false;
  EXPECT_EQ(edges.FindOrAdd(0, WordKeyHash("GONDOR"), 1, &added), 1u);
  EXPECT_TRUE(added);
  EXPECT_EQ(edges.FindOrAdd(0, WordKeyHash("GONDOR"), 2, &added), 1u);  // already there: the first child stays
  EXPECT_FALSE(added);
  EXPECT_EQ(edges.Find(0, WordKeyHash("GONDOR")), 1u);
  EXPECT_EQ(edges.Find(1, WordKeyHash("GONDOR")), TrieEdges::kNone);  // same word, other node
  EXPECT_EQ(edges.Find(0, WordKeyHash("ROHAN")), TrieEdges::kNone);
  EXPECT_EQ(edges.size(), 1u);
}

TEST(TrieEdgesTest, KeepsEveryEdgeAcrossGrowth) {
  TrieEdges edges;
  bool added = false;
  // Word hashes that differ in few bits and nodes that repeat: a chain of
  // 10,000 edges, (k, hash of k) -> k + 1.
  for (uint32_t k = 0; k < 10000; ++k) edges.FindOrAdd(k, (size_t{k} << 1) | 1, k + 1, &added);
  EXPECT_EQ(edges.size(), 10000u);
  for (uint32_t k = 0; k < 10000; ++k) {
    ASSERT_EQ(edges.Find(k, (size_t{k} << 1) | 1), k + 1) << k;
    ASSERT_EQ(edges.Find(k + 1, (size_t{k} << 1) | 1), TrieEdges::kNone) << k;
  }
}

}  // namespace
}  // namespace khaldun
