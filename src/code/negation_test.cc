#include "code/negation.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(Negation, ANegatedIntentOrConcessionIsItsRejection) {
  EXPECT_EQ(NegatedCode("0356"), "1246");  // "will not call a ceasefire"
  EXPECT_EQ(NegatedCode("036"), "125");    // "refused to negotiate"
  EXPECT_EQ(NegatedCode("0831"), "1231");  // "will not resign": a change of leaders refused
  EXPECT_EQ(NegatedCode("0832"), "1232");
  EXPECT_EQ(NegatedCode("0834"), "1234");
  EXPECT_EQ(NegatedCode("0341"), "1231");
  EXPECT_EQ(NegatedCode("083"), "123");
}

TEST(Negation, MaterialCooperationRefusedKeepsItsKind) {
  EXPECT_EQ(NegatedCode("062"), "1212");  // "will not allow the CIA to use bases"
  EXPECT_EQ(NegatedCode("061"), "1211");  // "refused to sign the trade deal"
  EXPECT_EQ(NegatedCode("063"), "121");   // CAMEO has no 121 subcode for judicial cooperation
}

TEST(Negation, OtherNegatedEventsAreNone) {
  EXPECT_EQ(NegatedCode("190"), "");  // "did not attack"
  EXPECT_EQ(NegatedCode("010"), "");
}

}  // namespace
}  // namespace khaldun
