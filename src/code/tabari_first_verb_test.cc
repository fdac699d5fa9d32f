// TABARI's first verb, as the clause relations and the parse meet it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

constexpr char kMore[] = R"(verbs SAID [027?] tabari
  verb SAID
verbs DEPART_ [032] tabari
  verb DEPART_
verbs BREAK_ [161] tabari
  verb BREAK_
)";

TEST(TabariFirstVerb, AWeakDefaultThatYieldsAsksForNothing) {
  // SAID's 023 is no appeal for what the participle says Gondor did.
  EXPECT_EQ(Code("Gondor departing from Rohan, an envoy said.", {}, kMore), (Events{"GON 032 ROH"}));
}

TEST(TabariFirstVerb, AVerbThatMayBeAPurposeNounIsStillAVerb) {
  // "bid" in "will bid to banish" is the verb, not a bid's aim, when a
  // pattern reads it.
  constexpr char kBanish[] = R"(verbs BANISH [200] tabari
  verb BANISH
  pattern [201] BID_TO_*
)";
  EXPECT_EQ(Code("Gondor will bid to banish Rohan.", {}, kBanish), (Events{"GON 201 ROH"}));
}

TEST(TabariFirstVerb, AnAsideDroppedFirstLeavesNoAsideAfterIt) {
  // Without ", said to come from Rohan," the words after it are no aside:
  // Arnor is the target.
  EXPECT_EQ(Code("Gondor chided reports, said to come from Rohan, that Arnor had hurt Bree"), (Events{"GON 122 ARN"}));
  // An aside of its own at the end stays one.
  EXPECT_EQ(Code("Gondor chided the reports on Sunday, days after talks in Rohan"), (Events{}));
}

TEST(TabariFirstVerb, APatternsTargetOpeningTheSentenceLeavesTheSourceAfterTheVerb) {
  constexpr char kStab[] = R"(verbs STAB [190] tabari
  verb STAB
  pattern [224] + WAS * BADLY
)";
  EXPECT_EQ(Code("Rohan was stabbed badly near the river in Gondor.", {}, kStab), (Events{"GON 224 ROH"}));
}

TEST(TabariFirstVerb, AWordInNoClauseReadsACompoundAsAClauseDoes) {
  // In capitals the tagger finds no clause: EXCHANGED stands alone, and
  // its '%' still codes the members with each other.
  constexpr char kExchange[] = R"(verbs EXCHANG [060] tabari
  verb EXCHANG
  pattern [066] * ENVOYS WITH %
)";
  EXPECT_EQ(Code("BREE HAS EXCHANGED ENVOYS WITH ROHAN AND ARNOR AFTER THE WAR.", {}, kExchange),
            (Events{"ROH 066 ARN", "ARN 066 ROH"}));
}

TEST(TabariFirstVerb, ABareParticipleIsDoneByTheActorBeforeIt) {
  EXPECT_EQ(Code("Gondor broken with Rohan over the border.", {}, kMore), (Events{"GON 161 ROH"}));
  // A "by" names the doer.
  EXPECT_EQ(Code("Gondor broken by Rohan in the war.", {}, kMore), (Events{"ROH 161 GON"}));
}

}  // namespace
}  // namespace khaldun
