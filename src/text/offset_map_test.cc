#include "text/offset_map.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(OffsetMapTest, EmptyMapIsIdentity) {
  OffsetMap map;
  EXPECT_TRUE(map.identity());
  EXPECT_EQ(map.ToOriginal(17u), 17u);
  EXPECT_EQ(map.ToOriginal(Span{3, 9}), (Span{3, 9}));
}

TEST(OffsetMapTest, ShrinkingReplacement) {
  // Original: a“b” (a, 3-byte quote, b, 3-byte quote); normalised: a"b".
  OffsetMap map;
  map.AddReplacement(1, 1);
  map.AddIdentity(2, 4);
  map.AddReplacement(3, 5);
  map.AddIdentity(4, 8);
  EXPECT_EQ(map.ToOriginal(0u), 0u);
  EXPECT_EQ(map.ToOriginal(1u), 1u);
  EXPECT_EQ(map.ToOriginal(2u), 4u);
  EXPECT_EQ(map.ToOriginal(Span{1, 2}), (Span{1, 4}));  // the whole curly quote
  EXPECT_EQ(map.ToOriginal(Span{2, 3}), (Span{4, 5}));
  EXPECT_EQ(map.ToOriginal(Span{0, 4}), (Span{0, 8}));
}

TEST(OffsetMapTest, RemovedCharacterIsSkipped) {
  // Original: a<ZWSP>b (ZWSP is 3 bytes); normalised: ab.
  OffsetMap map;
  map.AddReplacement(1, 1);
  map.AddIdentity(1, 4);  // the empty replacement is superseded
  EXPECT_EQ(map.ToOriginal(1u), 4u);
  EXPECT_EQ(map.ToOriginal(Span{0, 2}), (Span{0, 5}));
}

}  // namespace
}  // namespace khaldun
