// What is said in a telephone call is a call too (041), on a small dictionary of its own.
#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::Events;

TEST(PhoneCalls, AnActMadeInACallIsACallToo) {
  const coder_test::ThreeStatesCoder code(R"(
verbs APOLOGIZE [055] petrarch2
  verb APOLOGIZE {APOLOGIZES APOLOGIZED APOLOGIZING APOLOGISE APOLOGISES APOLOGISED APOLOGISING}
  pattern [055] * (TO +)
verbs ASK [020] petrarch2
  verb ASK
  pattern [0231] * LOAN
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan apologised to India in a phone call on Monday."), (Events{"PAK 055 IND", "PAK 041 IND"}));
  EXPECT_EQ(code("During an hour-long telephone conversation, Pakistan apologised to India."),
            (Events{"PAK 055 IND", "PAK 041 IND"}));
  // Where the parse hangs the call on the purpose of what was asked.
  EXPECT_EQ(code("Pakistan asked India for a loan to buy oil during a video call."),
            (Events{"PAK 0231 IND", "PAK 041 IND"}));
  // Not without a call, nor "in" a call for something.
  EXPECT_EQ(code("Pakistan apologised to India in a statement."), (Events{"PAK 055 IND"}));
  // A call "with" someone names whom it was with.
  EXPECT_EQ(code("Pakistan apologised to India in a phone call with Afghanistan."), (Events{"PAK 055 IND"}));
}

}  // namespace
}  // namespace khaldun
