#include "code/tabari_synset_member.h"

#include <gtest/gtest.h>

#include "code/coder.h"
#include "code/tabari_test_dictionary.h"
#include "dict/native_format.h"
#include "dict/phrase.h"
#include "dict/source_file.h"

namespace khaldun {
namespace {

// The member in source notation against a text's words (keys are upper
// case; the lemmas here are the words themselves).
uint32_t Length(std::string_view member, std::vector<std::string_view> keys, uint32_t position = 0) {
  const dict::Phrase phrase = dict::ParsePhrase(member);
  const std::vector<std::string_view> lemmas = keys;
  return TabariMemberLength(phrase.words, phrase.joins, keys, lemmas, position, static_cast<uint32_t>(keys.size()));
}

TEST(TabariSynsetMember, ABlankLetsOtherWordsComeBetween) {
  EXPECT_EQ(Length("SILVER CROWN", {"SILVER", "GILDED", "CROWN", "TO"}), 3u);
  EXPECT_EQ(Length("SILVER CROWN", {"SILVER", "CROWN"}), 2u);
  // Not more than four.
  EXPECT_EQ(Length("SILVER CROWN", {"SILVER", "A", "B", "C", "D", "E", "CROWN"}), 0u);
}

TEST(TabariSynsetMember, AnUnderscoreWantsTheNextWordRightAfter) {
  EXPECT_EQ(Length("COPPER_PENNY_", {"COPPER", "PENNY"}), 2u);
  EXPECT_EQ(Length("COPPER_PENNY_", {"COPPER", "OLD", "PENNY"}), 0u);
}

TEST(TabariSynsetMember, ALastWordWithoutAClosingUnderscoreIsAStem) {
  EXPECT_EQ(Length("COPPER_PENN", {"COPPER", "PENNIES"}), 2u);
  EXPECT_EQ(Length("COPPER_PENNY_", {"COPPER", "PENNYS"}), 0u);
  // Only the last word: "COP" is no stem of "COPPER" here.
  EXPECT_EQ(Length("COP_PENNY", {"COPPER", "PENNY"}), 0u);
}

TEST(TabariSynsetMember, StartsWhereItIsAsked) {
  EXPECT_EQ(Length("SILVER CROWN", {"GAVE", "SILVER", "CROWNS"}, 1), 2u);
  EXPECT_EQ(Length("SILVER CROWN", {"GAVE", "SILVER", "CROWNS"}, 0), 0u);
}

TEST(TabariSynsetMember, APatternsSynsetReadsItsMembersSo) {
  constexpr char kText[] = R"(khaldun-dictionary 1
actor GONDOR
  code GON
actor ROHAN
  code ROH
synset COIN tabari
  member SILVER CROWN
  member COPPER_PENN
verbs DONAT [070] tabari
  verb DONAT
  pattern [903] * &COIN
)";
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("test.txt", kText), &dictionary, &diagnostics);
  Result<Coder> coder = Coder::Create(std::move(dictionary));
  ASSERT_TRUE(coder.ok());
  auto code = [&](std::string_view sentence) {
    CoderWorkspace workspace;
    std::string out;
    for (const Event& e : coder.value().CodeSentence(sentence, ParseDate("1999-03-04"), &workspace)) {
      out += e.source.code + " " + e.code + " " + e.target.code + ";";
    }
    return out;
  };
  EXPECT_EQ(code("Gondor donated a thousand silver gilded crowns to Rohan."), "GON 903 ROH;");
  EXPECT_EQ(code("Gondor donated a thousand copper pennies to Rohan."), "GON 903 ROH;");
  EXPECT_EQ(code("Gondor donated copper and pennies to Rohan."), "GON 070 ROH;");
}

TEST(TabariSynsetMember, ANestedSynsetOfSingleWordsKeepsTheBlanks) {
  // "+&METAL CROWN": a blank after the nested synset's word lets others in.
  constexpr char kNested[] = R"(synset METAL tabari
  member SILVER
  member COPPER
synset COIN tabari
  member &METAL CROWN
verbs DONAT [070] tabari
  verb DONAT
  pattern [903] * &COIN
)";
  EXPECT_EQ(tabari_test::Code("Gondor donated copper gilded crowns to Rohan.", {}, kNested),
            (std::vector<std::string>{"GON 903 ROH"}));
}

}  // namespace
}  // namespace khaldun
