// TABARI drops a short comma aside before it reads back from the verb for
// a pattern's '$' (MatchContext::tabari_asides).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using Events = std::vector<std::string>;

constexpr char kAppeal[] = R"(verbs APPEAL [090] tabari
  verb APPEAL
  pattern [095] $ * TO +
)";

TEST(TabariCommaAsides, TheSourceBeforeTheVerbIsNotInAnAside) {
  EXPECT_EQ(tabari_test::Code("Gondor, an old ally of Rohan, appealed to Arnor on Sunday.", {}, kAppeal),
            (Events{"GON 095 ARN"}));
  // Without the aside, the actor nearest the verb.
  EXPECT_EQ(tabari_test::Code("Gondor and the allies of Rohan appealed to Arnor on Sunday.", {}, kAppeal),
            (Events{"ROH 095 ARN"}));
}

}  // namespace
}  // namespace khaldun
