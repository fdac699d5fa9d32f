#include "validate/suite_coder.h"

#include <gtest/gtest.h>

namespace khaldun::validate {
namespace {

TEST(RequiresDyad, OnUnlessAnOptionSwitchesItOff) {
  Record record;
  EXPECT_TRUE(RequiresDyad(record));
  record.options = {"stop_on_error=True", "require_dyad=FALSE"};
  EXPECT_FALSE(RequiresDyad(record));
  record.options = {"require_dyad=true"};
  EXPECT_TRUE(RequiresDyad(record));
  // "require_dyad_strict" is another option.
  record.options = {"require_dyad_strict=false"};
  EXPECT_TRUE(RequiresDyad(record));
}

TEST(StoryOf, IsTheIdButForItsLastDigits) {
  EXPECT_EQ(StoryOf("FRWD-001-002"), "FRWD-001-");
  EXPECT_EQ(StoryOf("FRWD-001-012"), StoryOf("FRWD-001-001"));
  EXPECT_NE(StoryOf("FRWD-002-001"), StoryOf("FRWD-001-001"));
  EXPECT_EQ(StoryOf("FRWD-Modify"), "");  // no story
}

}  // namespace
}  // namespace khaldun::validate
