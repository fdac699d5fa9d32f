#include "code/tabari_complexity.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

TEST(TabariComplexity, ReadsTheLimits) {
  const TabariComplexity limits = ReadTabariComplexity("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN");
  EXPECT_EQ(limits.verbs, 5u);
  EXPECT_EQ(limits.conjunctions, 4u);
  EXPECT_TRUE(limits.no_actor_prior);
  EXPECT_EQ(ReadTabariComplexity("CONJ[3]"), (TabariComplexity{0, 3, false}));
}

// The events of `sentence` under the one option line `complex_line`.
std::vector<std::string> Code(std::string_view sentence, std::string_view complex_line) {
  TabariSwitches switches;
  ApplyTabariOption(complex_line, &switches);
  return tabari_test::Code(sentence, switches);
}

using Events = std::vector<std::string>;

TEST(TabariComplexity, ASentenceWithTooManyVerbsIsNotCoded) {
  constexpr std::string_view kSentence = "Gondor praised and warned Rohan but chided Arnor.";
  EXPECT_EQ(Code(kSentence, "COMPLEX: VERBS[4]").size(), 3u);
  EXPECT_TRUE(Code(kSentence, "COMPLEX: VERBS[3]").empty());
}

TEST(TabariComplexity, AConjunctionJoiningTwoActorsIsNoneOfTheClauses) {
  // "and" joins verbs once and actors once: one conjunction counts.
  EXPECT_FALSE(Code("Gondor praised and warned Rohan and Arnor.", "COMPLEX: CONJ[2]").empty());
  EXPECT_TRUE(Code("Gondor praised and warned Rohan and Arnor.", "COMPLEX: CONJ[1]").empty());
}

TEST(TabariComplexity, WithoutAnActorBeforeTheFirstVerb) {
  EXPECT_TRUE(Code("Chided by Gondor on Monday, Rohan left.", "COMPLEX: NOACTPRIOR").empty());
  EXPECT_EQ(Code("Gondor chided Rohan on Monday.", "COMPLEX: NOACTPRIOR"), (Events{"GON 122 ROH"}));
}

}  // namespace
}  // namespace khaldun
