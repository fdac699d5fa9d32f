// TABARI's verb forms: a listed form of one word without a closing '_'
// is a stem, as a verb of one word is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariVerbForms, AFormWithoutAClosingUnderscoreIsAStem) {
  constexpr char kAid[] = R"(verbs ASSIST_ [070] tabari
  verb ASSIST_ {ASSISTING_ ASSISTANCEGIVE}
)";
  EXPECT_EQ(Code("Gondor assistancegived Rohan on Sunday.", {}, kAid), (Events{"GON 070 ROH"}));
  // A form closed by '_' is that word only.
  EXPECT_EQ(Code("Gondor assistingly greeted Rohan on Sunday.", {}, kAid), (Events{}));
}

}  // namespace
}  // namespace khaldun
