#include "code/sentence_country.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

NounPhrase Phrase(uint32_t begin, uint32_t end) {
  NounPhrase np;
  np.begin = begin;
  np.end = end;
  np.head = end - 1;
  return np;
}

ActorMention Mention(uint32_t begin, uint32_t end, int32_t np, std::string code, std::string_view how) {
  ActorMention mention;
  mention.begin = begin;
  mention.end = end;
  mention.np = np;
  mention.code = std::move(code);
  mention.how = how;  // (a literal: the mention keeps a view of it)
  return mention;
}

dict::Agent Role(std::string code) {
  dict::Agent agent;
  agent.code = std::move(code);
  return agent;
}

TEST(SentenceCountry, PeacekeepersAreNamedByTheirWord) {
  SentenceAnalysis analysis;
  analysis.words = {"the", "Peacekeeping", "force", "and", "the", "riders"};
  EXPECT_TRUE(NamesPeacekeepers(analysis, Phrase(0, 3)));
  EXPECT_FALSE(NamesPeacekeepers(analysis, Phrase(4, 6)));
}

TEST(SentenceCountry, ARoleTakesTheSentencesOnlyCountry) {
  // "Protesters cheered Gondor".
  SentenceAnalysis analysis;
  analysis.words = {"Protesters", "cheered", "Gondor"};
  analysis.tags = {PosTag::kNNS, PosTag::kVBD, PosTag::kNNP};
  analysis.nps = {Phrase(0, 1), Phrase(2, 3)};
  std::vector<ActorMention> mentions = {Mention(0, 1, 0, "---OPP", "agent"), Mention(2, 3, 1, "GON", "actor")};
  mentions[1].named = true;
  std::vector<int32_t> mention_of_np = {0, 1};
  const dict::Agent protesters = Role("OPP");
  MatchedMentions found{analysis, mentions, mention_of_np, nullptr};
  TakeSentenceCountry(false, {&protesters, nullptr}, {false, false}, &found);
  EXPECT_EQ(mentions[0].code, "GONOPP");
  EXPECT_EQ(mentions[0].how, "sentence country+agent");
  // With a second country named, neither is the role's.
  mentions = {Mention(0, 1, 0, "---OPP", "agent"), Mention(2, 3, 1, "GON", "actor")};
  mentions[1].named = true;
  mentions.push_back(Mention(2, 3, 1, "ROH", "actor"));
  mentions.back().named = true;
  TakeSentenceCountry(false, {&protesters, nullptr}, {false, false}, &found);
  EXPECT_EQ(mentions[0].code, "---OPP");
}

TEST(SentenceCountry, ACountryBeforeABorderIsNoCountryOfTheSentence) {
  // "Protesters cheered Gondor near the Rohan border".
  SentenceAnalysis analysis;
  analysis.words = {"Protesters", "cheered", "Gondor", "near", "the", "Rohan", "border"};
  analysis.tags = {PosTag::kNNS, PosTag::kVBD, PosTag::kNNP, PosTag::kIN, PosTag::kDT, PosTag::kNNP, PosTag::kNN};
  analysis.nps = {Phrase(0, 1), Phrase(2, 3), Phrase(4, 7)};
  std::vector<ActorMention> mentions = {Mention(0, 1, 0, "---OPP", "agent"), Mention(2, 3, 1, "GON", "actor"),
                                        Mention(5, 6, 2, "ROH", "actor")};
  mentions[1].named = mentions[2].named = true;
  std::vector<int32_t> mention_of_np = {0, 1, 2};
  const dict::Agent protesters = Role("OPP");
  MatchedMentions found{analysis, mentions, mention_of_np, nullptr};
  TakeSentenceCountry(false, {&protesters, nullptr, nullptr}, {false, false, false}, &found);
  EXPECT_EQ(mentions[0].code, "GONOPP");
}

TEST(SentenceCountry, ANameAfterATitleIsThePersonsNotAnUnknownState) {
  // "Protesters cheered Gondor and Judge Eomer Hama", then "... and the Rohan judge".
  SentenceAnalysis analysis;
  analysis.words = {"Protesters", "cheered", "Gondor", "and", "Judge", "Eomer", "Hama"};
  analysis.tags = {PosTag::kNNS, PosTag::kVBD, PosTag::kNNP, PosTag::kCC, PosTag::kNNP, PosTag::kNNP, PosTag::kNNP};
  analysis.nps = {Phrase(0, 1), Phrase(2, 3), Phrase(4, 7)};
  std::vector<ActorMention> mentions = {Mention(0, 1, 0, "---OPP", "agent"), Mention(2, 3, 1, "GON", "actor"),
                                        Mention(4, 7, 2, "---JUD", "agent")};
  mentions[1].named = true;
  std::vector<int32_t> mention_of_np = {0, 1, 2};
  const dict::Agent protesters = Role("OPP");
  dict::Agent judge = Role("JUD");
  judge.phrase.words = {"JUDGE"};
  MatchedMentions found{analysis, mentions, mention_of_np, nullptr};
  TakeSentenceCountry(false, {&protesters, nullptr, &judge}, {false, false, false}, &found);
  EXPECT_EQ(mentions[2].code, "GONJUD");
  // A name the dictionaries lack before the title is another state's.
  analysis.words = {"Protesters", "cheered", "Gondor", "and", "the", "Rohan", "judge"};
  analysis.tags = {PosTag::kNNS, PosTag::kVBD, PosTag::kNNP, PosTag::kCC, PosTag::kDT, PosTag::kNNP, PosTag::kNN};
  mentions = {Mention(0, 1, 0, "---OPP", "agent"), Mention(2, 3, 1, "GON", "actor"), Mention(4, 7, 2, "---JUD", "agent")};
  mentions[1].named = true;
  TakeSentenceCountry(false, {&protesters, nullptr, &judge}, {false, false, false}, &found);
  EXPECT_EQ(mentions[2].code, "---JUD");
}

TEST(SentenceCountry, ACoordinatedRoleTakesItsSiblingsCountry) {
  // "Rohan media and government".
  SentenceAnalysis analysis;
  analysis.words = {"Rohan", "media", "and", "government"};
  NounPhrase both = Phrase(0, 4);
  both.kind = NounPhraseKind::kCoordination;
  analysis.index_pool = {0, 1};
  both.members = {0, 2};
  analysis.nps = {Phrase(0, 2), Phrase(3, 4), both};
  std::vector<ActorMention> mentions = {Mention(0, 2, 0, "ROHMED", "actor+agent"), Mention(3, 4, 1, "---GOV", "agent")};
  std::vector<int32_t> mention_of_np = {0, 1, -1};
  const dict::Agent government = Role("GOV");
  MatchedMentions found{analysis, mentions, mention_of_np, nullptr};
  ShareCoordinatedCountry(false, {nullptr, &government, nullptr}, &found);
  EXPECT_EQ(mentions[1].code, "ROHGOV");
  EXPECT_EQ(mentions[1].how, "sibling+agent");
}

}  // namespace
}  // namespace khaldun
