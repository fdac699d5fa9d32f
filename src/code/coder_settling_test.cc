// How a sentence's events are settled once every clause is coded: which
// events tell again an act another event already tells, on a small
// dictionary of its own.
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::Events;

// A relative clause's act on the clause's target by the same state repeats
// the clause's act ("granted asylum to Martinelli, who took refuge in its
// embassy").
TEST(CoderSettling, ARelativeClauseOfTheSameActByTheSameStateRepeatsIt) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~GOV EMBASSY
verbs GRANT [---] petrarch2
  verb GRANT
  pattern [075] * ASYLUM
verbs TAKE [---] petrarch2
  verb TAKE
  pattern [:075] * (REFUGE)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan granted asylum to an Indian, who took refuge in the Pakistani embassy."),
            (Events{"PAK 075 IND"}));
  // Another state's act stays.
  EXPECT_EQ(code("Pakistan granted asylum to an Indian, who took refuge in the Afghan embassy."),
            (Events{"PAK 075 IND", "AFGGOV 075 IND"}));
}

// What a clause years, decades or centuries "after" or "since" tells is
// history; days or weeks after is news.
TEST(CoderSettling, WhatHappenedYearsBeforeIsHistory) {
  const coder_test::ThreeStatesCoder code(R"(
verbs ATTACK [190] petrarch2
  verb ATTACK
  pattern [190] * +
verbs PRAISE [051] petrarch2
  verb PRAISE
  pattern [051] * +
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan praised India, more than a century after Afghanistan attacked India."),
            (Events{"PAK 051 IND"}));
  EXPECT_EQ(code("Pakistan praised India, two days after Afghanistan attacked India."),
            (Events{"PAK 051 IND", "AFG 190 IND"}));
}

// A root's bare code in words repeats a more specific code of its root by the
// same source at the same target; meetings and deeds stay.
TEST(CoderSettling, ABareCodeInWordsRepeatsAMoreSpecificOne) {
  const coder_test::ThreeStatesCoder code(R"(
verbs PLEDGE [030] petrarch2
  verb PLEDGE
  pattern [0332] * WEAPONS
verbs PROMISE [030] petrarch2
  verb PROMISE
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs SHELL [194] petrarch2
  verb SHELL {SHELLS SHELLED SHELLING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan pledged weapons to India and promised India support."), (Events{"PAK 0332 IND"}));
  // Another target is another act.
  EXPECT_EQ(code("Pakistan pledged weapons to India and promised Afghanistan support."),
            (Events{"PAK 0332 IND", "PAK 030 AFG"}));
  EXPECT_EQ(code("Pakistan attacked India and shelled India."), (Events{"PAK 190 IND", "PAK 194 IND"}));
}

// A release an attack made, in its comma participle, is part of the attack,
// no concession; a release alone is one.
TEST(CoderSettling, AReleaseAnAttackMadeIsNoConcession) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~CVL INMATE
verbs STORM [190] petrarch2
  verb STORM
verbs FREE [0841] petrarch2
  verb FREE {FREES FREED FREEING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan stormed India, freeing Indian inmates."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(code("Pakistan freed Indian inmates."), (Events{"PAK 0841 INDCVL"}));
}

// A purpose that tells its clause's act again, aimed alike, keeps the more
// specific code of the two.
TEST(CoderSettling, APurposeOfTheSameActKeepsTheMoreSpecificCode) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~OPP PROTESTER
verbs RALLY [141] petrarch2
  verb RALLY {RALLIES RALLIED RALLYING}
  pattern [141] * (AGAINST +)
verbs PROTEST [140] petrarch2
  verb PROTEST
  pattern [140] * (AGAINST +)
  pattern [1412] * (AGAINST LAW)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistani protesters rallied against India to protest against India's new law."), (Events{"PAKOPP 1412 IND"}));
  EXPECT_EQ(code("Pakistani protesters rallied against India to protest against India."), (Events{"PAKOPP 141 IND"}));
  // Kept for its target, the rally takes the purpose's code.
  EXPECT_EQ(code("Pakistani protesters rallied against India to protest against the new law."),
            (Events{"PAKOPP 1412 IND"}));
}

// What a truce halts is not done: a nominal event in its object phrase is
// not coded.
TEST(CoderSettling, WhatATruceHaltsIsNotDone) {
  const coder_test::ThreeStatesCoder code(R"(
verbs DECLARE [---] petrarch2
  verb DECLARE
  pattern [0871] * TRUCE
verbs ATTACK_NOUN [190] petrarch2
  section NOMINAL
  verb ATTACK
  pattern [190] * (ON +)
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Pakistan declared a truce in its attacks on India."), (Events{"PAK 0871 IND"}));
  // One told apart stays: "after" dates the truce.
  EXPECT_EQ(code("Pakistan declared a truce after its attacks on India."), (Events{"PAK 0871 IND", "PAK 190 IND"}));
}

// An event the settling leaves out says so in the trace, with its parties
// and code: explain tells why an event was not coded.
TEST(CoderSettling, WhatIsLeftOutIsExplained) {
  CoderOptions tracing;
  tracing.trace = true;
  const Result<Coder> coder = coder_test::CoderFromText(std::string(coder_test::kThreeStates) + R"(
agent ~MIL TROOPS
verbs ARRIVE [042:043] petrarch2
  verb ARRIVE
  pattern [042:043] * (IN +)
)",
                                                         tracing);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto explained = [&](const std::string& text) {
    CoderWorkspace workspace;
    std::vector<Event> events;
    std::vector<SentenceTrace> traces;
    coder.value().CodeDocument(coder_test::TestDocument(text), &workspace, &events, &traces);
    std::string lines;
    for (const SentenceTrace& trace : traces) {
      for (const std::string& line : trace.lines) lines += line + "\n";
    }
    return std::make_pair(events.size(), lines);
  };
  const auto [troops, troops_trace] = explained("Pakistani troops arrived in India.");
  EXPECT_EQ(troops, 0u);
  EXPECT_NE(troops_trace.find("PAKMIL 042 IND: forces deploy, they do not visit"), std::string::npos) << troops_trace;
  // A state visits, and nothing is left out.
  const auto [state, state_trace] = explained("Pakistan arrived in India.");
  EXPECT_EQ(state, 2u);
  EXPECT_EQ(state_trace.find("forces deploy"), std::string::npos) << state_trace;
}

}  // namespace
}  // namespace khaldun
