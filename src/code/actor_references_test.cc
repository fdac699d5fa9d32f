#include "code/actor_references.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

ActorMention Mention(uint32_t begin, std::string code, std::string_view how, bool person, bool plural) {
  ActorMention mention;
  mention.begin = begin;
  mention.end = begin + 1;
  mention.code = std::move(code);
  mention.how = how;  // (a literal: the mention keeps a view of it)
  mention.person = person;
  mention.plural = plural;
  return mention;
}

TEST(ActorReferences, KnowsPersonsGroupsAndIts) {
  EXPECT_EQ(KindOfPronoun("He"), PronounKind::kPerson);
  EXPECT_EQ(KindOfPronoun("her"), PronounKind::kPerson);
  EXPECT_EQ(KindOfPronoun("Their"), PronounKind::kGroup);
  EXPECT_EQ(KindOfPronoun("its"), PronounKind::kGroupSingular);
  EXPECT_EQ(KindOfPronoun("it"), PronounKind::kNotAPronoun);
}

TEST(ActorReferences, TheAntecedentFitsThePronounAndIsNoPlace) {
  // "Edoras | the Riders | Eomer | ..." as mentions at tokens 0, 1 and 2.
  const std::vector<ActorMention> mentions = {Mention(0, "ROH", "place", false, false),
                                              Mention(1, "ROHMIL", "actor+agent", false, true),
                                              Mention(2, "ROHGOV", "actor", true, false)};
  EXPECT_EQ(Antecedent(PronounKind::kPerson, 5, mentions), 2);
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 5, mentions), 1);
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 1, mentions), -1);  // a place is no "they"
  EXPECT_EQ(Antecedent(PronounKind::kGroupSingular, 5, mentions), -1);  // the Riders are no "its"
  EXPECT_EQ(Antecedent(PronounKind::kNotAPronoun, 5, mentions), -1);
}

TEST(ActorReferences, TheAntecedentIsTheNearestInTheText) {
  // "Rohan's king expelled Gondor's envoys, accusing them": the king's
  // role is found after the envoys, but the envoys are nearer.
  const std::vector<ActorMention> mentions = {Mention(3, "GONGOV", "actor+agent", false, true),
                                              Mention(1, "ROHGOV", "possessor+agent", false, false)};
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 6, mentions), 0);
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 3, mentions), 1);
}

TEST(ActorReferences, ATheyIsRatherAGroupThanABodyAndRatherABodyThanAState) {
  // "Five Riders held in Gondor ... after Minas Tirith freed them": the
  // state named nearer is no "them".
  std::vector<ActorMention> mentions = {Mention(1, "ROH", "actor", false, true), Mention(4, "GON", "actor", false, false),
                                        Mention(6, "GONGOV", "actor", false, false)};
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 9, mentions, 2), 0);
  EXPECT_EQ(Antecedent(PronounKind::kGroupSingular, 9, mentions, 2), 1);  // "its" is the nearest
  mentions[0].plural = false;
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 9, mentions), 2);     // a body before a state
  EXPECT_EQ(Antecedent(PronounKind::kGroup, 9, mentions, 2), 1);  // a state when nothing else fits
}

TEST(ActorReferences, ALoneSurnameIsThePersonNamedEarlier) {
  SentenceAnalysis analysis;
  analysis.words = {"Ednew", "spoke"};
  analysis.tags = {PosTag::kNNP, PosTag::kVBD};
  NounPhrase ednew;
  ednew.begin = ednew.head = 0;
  ednew.end = 1;
  analysis.nps = {ednew};
  ActorHistory history;
  history.mentions.push_back(Mention(0, "ROHGOV", "actor", true, false));
  history.mentions.back().surname = "EDNEW";
  std::vector<ActorMention> mentions;
  std::vector<int32_t> mention_of_np = {-1};
  MatchedMentions found{analysis, mentions, mention_of_np, nullptr};
  ResolveSurnames({"EDNEW", "SPOKE"}, history, {nullptr}, {-1}, &found);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mention_of_np[0], 0);
  EXPECT_EQ(mentions[0].code, "ROHGOV");
  EXPECT_EQ(mentions[0].how, "surname");
  mentions.clear();
  mention_of_np = {-1};
  ResolveSurnames({"EDNEW", "SPOKE"}, history, {nullptr}, {0}, &found);  // absorbed into another NP
  EXPECT_TRUE(mentions.empty());
}

TEST(ActorReferences, AnAppositionSharesTheOtherSidesActor) {
  // "Aragorn , the Gondor envoy": only the second side names an actor.
  SentenceAnalysis analysis;
  analysis.words = {"Aragorn", ",", "the", "Gondor", "envoy"};
  NounPhrase name, envoy;
  name.begin = name.head = 0;
  name.end = 1;
  name.apposition = 1;
  envoy.begin = 2;
  envoy.head = 4;
  envoy.end = 5;
  envoy.appositive_of = 0;
  analysis.nps = {name, envoy};
  std::vector<ActorMention> mentions = {Mention(3, "GONGOV", "actor+agent", true, false)};
  mentions[0].np = 1;
  std::vector<int32_t> mention_of_np = {-1, 0};
  std::vector<std::string> trace;
  MatchedMentions found{analysis, mentions, mention_of_np, &trace};
  ShareAppositions(&found);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mention_of_np[0], 1);
  EXPECT_EQ(mentions[1].code, "GONGOV");
  EXPECT_EQ(mentions[1].how, "apposition");
  EXPECT_EQ(mentions[1].np, 0);
  EXPECT_EQ(trace, (std::vector<std::string>{"actor: [Aragorn] -> GONGOV (apposition)"}));
}

TEST(ActorReferences, TheTraceShowsTheCodeAMentionEndedWith) {
  // "civilians" is first a bare role; a later step gives it its country.
  SentenceAnalysis analysis;
  analysis.words = {"killing", "civilians"};
  std::vector<ActorMention> mentions;
  std::vector<int32_t> mention_of_np = {-1};
  std::vector<std::string> trace = {"clause 1"};
  MatchedMentions found{analysis, mentions, mention_of_np, &trace};
  found.Add(Mention(1, "---CVL", "agent", false, true), 0);
  mentions[0].code = "ISRCVL";
  mentions[0].how = "harmed country+agent";
  found.RetraceFinalCodes();
  EXPECT_EQ(trace, (std::vector<std::string>{"clause 1", "actor: [civilians] -> ISRCVL (harmed country+agent)"}));
}

TEST(ActorReferences, TheyMayBeACoordinationsMembers) {
  // "Rohan and Gondor said the Riders and they": tokens 0-2 a coordination
  // of NPs 0 and 1; the Riders (NP 3) at token 4.
  SentenceAnalysis analysis;
  analysis.words = {"Rohan", "and", "Gondor", "said", "Riders", "they"};
  NounPhrase rohan, gondor, coordination, riders;
  rohan.begin = rohan.head = 0;
  rohan.end = 1;
  gondor.begin = gondor.head = 2;
  gondor.end = 3;
  coordination.kind = NounPhraseKind::kCoordination;
  coordination.begin = 0;
  coordination.end = 3;
  analysis.index_pool = {0, 1};
  coordination.members = {0, 2};
  riders.begin = riders.head = 4;
  riders.end = 5;
  analysis.nps = {rohan, gondor, coordination, riders};
  std::vector<ActorMention> mentions = {Mention(0, "ROH", "actor", false, false),
                                        Mention(2, "GON", "actor", false, false)};
  mentions[0].np = 0;
  mentions[1].np = 1;
  const std::vector<int32_t> mention_of_np = {0, 1, -1, -1};
  const std::vector<std::vector<int32_t>> no_groups(4);
  EXPECT_EQ(CoordinatedAntecedents(analysis, 5, mentions, mention_of_np, no_groups), (std::vector<int32_t>{0, 1}));
  EXPECT_TRUE(CoordinatedAntecedents(analysis, 2, mentions, mention_of_np, no_groups).empty());  // none ends before
  // A place among them leaves one actor: no group.
  mentions[1].how = "place";
  EXPECT_TRUE(CoordinatedAntecedents(analysis, 5, mentions, mention_of_np, no_groups).empty());
  mentions[1].how = "actor";
  // A group named in between is the nearer "they", resolved or not; a
  // person is not.
  mentions.push_back(Mention(4, "---MIL", "agent", true, true));
  EXPECT_EQ(CoordinatedAntecedents(analysis, 5, mentions, mention_of_np, no_groups).size(), 2u);
  mentions.back().person = false;
  EXPECT_TRUE(CoordinatedAntecedents(analysis, 5, mentions, mention_of_np, no_groups).empty());
}

}  // namespace
}  // namespace khaldun
