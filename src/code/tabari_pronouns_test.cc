#include "code/tabari_pronouns.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

TEST(TabariPronouns, KnowsThePersonalPronouns) {
  for (std::string_view word : {"he", "She", "it", "They", "him", "HER", "them"}) {
    EXPECT_TRUE(IsTabariPersonalPronoun(word)) << word;
  }
  for (std::string_view word : {"its", "their", "his", "we", "i", "the", "hem"}) {
    EXPECT_FALSE(IsTabariPersonalPronoun(word)) << word;
  }
}

TEST(TabariPronouns, APronounIsTheSentencesFirstActor) {
  // "him" is Gondor, the first actor, whatever its person; Rohan is nearer.
  EXPECT_EQ(Code("Gondor praised Rohan on Sunday and Arnor chided him."), (Events{"GON 051 ROH", "ARN 122 GON"}));
}

TEST(TabariPronouns, APronounBringsTheFirstActorsCoordination) {
  EXPECT_EQ(Code("Gondor and Arnor praised Rohan, and then Bree chided them."),
            (Events{"GON 051 ROH", "ARN 051 ROH", "BRE 122 GON", "BRE 122 ARN"}));
}

TEST(TabariPronouns, APossessorGivesWayToTheActorItMakes) {
  // "Gondor's minister Hurin" is one actor, Gondor's government: the source
  // and whom "him" means.
  EXPECT_EQ(Code("Gondor's minister Hurin praised Rohan and Bree chided him."),
            (Events{"GONGOV 051 ROH", "BRE 122 GONGOV"}));
}

TEST(TabariPronouns, ALaterMainClauseIsCodedAsASentence) {
  // The clause after "and then" has its own first verb: its first actor
  // ("it", Gondor) acts, on the first other actor of the clause, Arnor,
  // though Arnor is the grammar's subject of what is begged.
  EXPECT_EQ(Code("Gondor praised Rohan on Sunday and then it beseeched that Arnor come to the talks."),
            (Events{"GON 051 ROH", "GON 090 ARN"}));
  // A pronoun standing for the source is no target: the next actor is.
  EXPECT_EQ(Code("Gondor praised Rohan on Sunday and then it beseeched that Arnor help it."),
            (Events{"GON 051 ROH", "GON 090 ARN"}));
}

TEST(TabariPronouns, OneVerbIsCodedPerClause) {
  // "chided" lies in a clause "praised" governs, no part of its own.
  EXPECT_EQ(Code("Gondor praised reports that Rohan chided Arnor."), (Events{"GON 051 ROH"}));
  // A verb joined by a conjunction is coded.
  EXPECT_EQ(Code("Gondor praised Rohan and chided Arnor."), (Events{"GON 051 ROH", "GON 122 ARN"}));
}

TEST(TabariPronouns, NotBesideVerbsOfAnotherFormat) {
  // With a native verb beside TABARI's, pronouns are read as Khaldun reads
  // them: "him" is no state.
  EXPECT_EQ(Code("Gondor praised Rohan on Sunday and Arnor chided him.", {}, "verbs LAUD [051] petrarch2\n  verb LAUD\n"),
            (Events{"GON 051 ROH"}));
}

}  // namespace
}  // namespace khaldun
