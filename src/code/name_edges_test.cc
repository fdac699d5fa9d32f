#include "code/name_edges.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

// String literals outlive the analysis that views them.
SentenceAnalysis Words(std::vector<std::string_view> words) {
  SentenceAnalysis analysis;
  analysis.tags.assign(words.size(), PosTag::kNN);
  analysis.words = std::move(words);
  return analysis;
}

TEST(NameEdges, CapitalsCountOnlyAfterTheFirstWord) {
  EXPECT_FALSE(WrittenWithCapitals(Words({"The", "troops", "left"})));
  EXPECT_TRUE(WrittenWithCapitals(Words({"the", "troops", "left", "Kabul"})));
}

TEST(NameEdges, ANameAfterAParticleIsLonger) {
  SentenceAnalysis analysis = Words({"in", "Mocimboa", "da", "Praia"});
  analysis.tags[1] = PosTag::kNNP;
  EXPECT_TRUE(TailOfLongerName(analysis, 3));
  analysis.tags[1] = PosTag::kNN;
  EXPECT_FALSE(TailOfLongerName(analysis, 3));
}

TEST(NameEdges, ALowerCaseCompassWordOpensNoName) {
  const SentenceAnalysis analysis = Words({"the", "west", "bank", "of", "the", "Dnipro"});
  EXPECT_TRUE(CompassNameCut(analysis, true, 1, 3, 3));
  EXPECT_FALSE(CompassNameCut(analysis, false, 1, 3, 3));  // no capitals to tell by
  EXPECT_FALSE(CompassNameCut(analysis, true, 1, 2, 3));   // one word
  EXPECT_TRUE(CompassNameCut(analysis, true, 0, 2, 3));    // "the west"
}

TEST(NameEdges, ACapitalisedWordAfterACompassWordRunsTheNameOn) {
  const SentenceAnalysis bank = Words({"in", "the", "West", "Bank", "and", "Gaza"});
  EXPECT_TRUE(CompassNameCut(bank, true, 1, 3, 4));
  EXPECT_FALSE(CompassNameCut(bank, true, 2, 4, 4));  // "West Bank" itself
  EXPECT_FALSE(CompassNameCut(bank, true, 1, 3, 3));  // the phrase ends before "Bank"
  const SentenceAnalysis west = Words({"Russia", "accused", "the", "West", "of", "lying"});
  EXPECT_FALSE(CompassNameCut(west, true, 2, 4, 6));
}

TEST(NameEdges, ANameAfterEthnicIsAPeople) {
  const SentenceAnalysis analysis = Words({"ethnic", "Albanian", "rebels"});
  EXPECT_TRUE(AfterEthnic(analysis, 1));
  EXPECT_FALSE(AfterEthnic(analysis, 0));
  EXPECT_FALSE(AfterEthnic(Words({"Albanian", "rebels"}), 0));
}

TEST(NameEdges, ANameBeforeACapitalisedWaterBodyOpensASeasName) {
  const SentenceAnalysis analysis = Words({"in", "the", "Indian", "Ocean", "and", "Indian", "waters"});
  EXPECT_TRUE(OpensASeasName(analysis, 3));   // "Indian" before "Ocean"
  EXPECT_FALSE(OpensASeasName(analysis, 6));  // "waters" in lower case
  EXPECT_FALSE(OpensASeasName(analysis, 7));  // the sentence's end
}

TEST(NameEdges, ANameBeforeALowerCaseDivisionWordNamesADivision) {
  SentenceAnalysis analysis = Words({"in", "Niger", "state", "on", "Friday", "Niger", "state", "media"});
  analysis.tags[1] = analysis.tags[5] = PosTag::kNNP;
  NounPhrase division, media;
  division.begin = 1, division.end = 3, division.head = 2;
  media.begin = 5, media.end = 8, media.head = 7;
  analysis.nps = {division, media};
  analysis.np_of_word = {kNone, 0, 0, kNone, kNone, 1, 1, 1};
  EXPECT_TRUE(NamesADivision(analysis, 2));   // "Niger state" ends its phrase
  EXPECT_FALSE(NamesADivision(analysis, 6));  // "Niger state media": the country's media
  analysis.tags[1] = PosTag::kJJ;
  EXPECT_FALSE(NamesADivision(analysis, 2));  // a nationality: "a Palestinian state"
}

TEST(NameEdges, APluralNameWithoutTheOrWithAPeoplesEndingNamesAPeople) {
  SentenceAnalysis analysis = Words({"Five", "Americans", "met", "the", "Iraqis", "in", "the", "Philippines"});
  analysis.tags[1] = analysis.tags[4] = analysis.tags[7] = PosTag::kNNPS;
  NounPhrase americans;
  americans.begin = 0;
  americans.head = 1;
  americans.end = 2;
  NounPhrase iraqis;
  iraqis.begin = iraqis.determiner = 3;
  iraqis.head = 4;
  iraqis.end = 5;
  NounPhrase philippines;
  philippines.begin = philippines.determiner = 6;
  philippines.head = 7;
  philippines.end = 8;
  EXPECT_TRUE(NamesAPeople(analysis, americans));
  EXPECT_TRUE(NamesAPeople(analysis, iraqis));
  EXPECT_FALSE(NamesAPeople(analysis, philippines));  // a state's plural name
  analysis.tags[1] = PosTag::kNNP;
  EXPECT_FALSE(NamesAPeople(analysis, americans));  // not read as a plural
}

}  // namespace
}  // namespace khaldun
