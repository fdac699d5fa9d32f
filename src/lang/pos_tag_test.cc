#include "lang/pos_tag.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(PosTag, NamesRoundTrip) {
  for (int i = 0; i < kPosTagCount; ++i) {
    const PosTag tag = static_cast<PosTag>(i);
    EXPECT_EQ(ParsePosTag(PosTagName(tag)), tag) << PosTagName(tag);
  }
  EXPECT_EQ(PosTagName(PosTag::kPRPS), "PRP$");
  EXPECT_EQ(PosTagName(PosTag::kLRB), "-LRB-");
  EXPECT_EQ(ParsePosTag("NP"), std::nullopt);
}

TEST(PosTag, Classes) {
  EXPECT_TRUE(IsNoun(PosTag::kNNPS));
  EXPECT_TRUE(IsProperNoun(PosTag::kNNP));
  EXPECT_FALSE(IsNoun(PosTag::kPDT));
  EXPECT_TRUE(IsVerb(PosTag::kVBZ));
  EXPECT_FALSE(IsVerb(PosTag::kMD));
  EXPECT_TRUE(IsFiniteVerb(PosTag::kMD));
  EXPECT_TRUE(HasTag(TagBit(PosTag::kColon) | TagBit(PosTag::kCC), PosTag::kColon));
}

}  // namespace
}  // namespace khaldun
