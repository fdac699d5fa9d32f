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

}  // namespace
}  // namespace khaldun::validate
