#include "text/article_structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/boilerplate.h"

namespace khaldun {
namespace {

Dateline Parse(std::string_view paragraph, size_t* length = nullptr) {
  Dateline dateline;
  size_t n = ParseDateline(paragraph, &dateline);
  if (length != nullptr) *length = n;
  return dateline;
}

TEST(DatelineTest, CommonForms) {
  size_t length = 0;
  Dateline d = Parse("ISLAMABAD: US Special Representative arrived.", &length);
  EXPECT_TRUE(d.present);
  EXPECT_EQ(d.place, "ISLAMABAD");
  EXPECT_EQ(length, std::string("ISLAMABAD: ").size());
  EXPECT_EQ(d.span.end, std::string("ISLAMABAD:").size());

  d = Parse("KABUL (AFP) - The Taliban said on Monday.");
  EXPECT_EQ(d.place, "KABUL");
  EXPECT_EQ(d.agency, "AFP");

  d = Parse("WASHINGTON, June 2 (Reuters) -- The State Department said.");
  EXPECT_EQ(d.place, "WASHINGTON");
  EXPECT_EQ(d.month_day, "June 2");
  EXPECT_EQ(d.agency, "Reuters");

  d = Parse("NEW DELHI, Jan. 15, 2024 - India said.");
  EXPECT_EQ(d.place, "NEW DELHI");
  EXPECT_EQ(d.month_day, "Jan. 15, 2024");

  d = Parse("PESHAWAR, Pakistan (AP) - Gunmen attacked.");
  EXPECT_EQ(d.place, "PESHAWAR");
  EXPECT_EQ(d.agency, "AP");

  d = Parse("Kabul (AFP) - Gunmen attacked.");
  EXPECT_EQ(d.place, "Kabul");

  // Month abbreviations without a point.
  d = Parse("KYIV, Nov 18 (AP) - A missile hit the port.");
  EXPECT_EQ(d.place, "KYIV");
  EXPECT_EQ(d.month_day, "Nov 18");
  EXPECT_EQ(d.agency, "AP");
}

TEST(DatelineTest, OrdinarySentencesAreNotDatelines) {
  EXPECT_FALSE(Parse("Late on Friday, the rebels' commander said.").present);
  EXPECT_FALSE(Parse("Khalilzad said: we are ready.").present);
  EXPECT_FALSE(Parse("The Taliban - who rejected it - spoke.").present);
  EXPECT_FALSE(Parse("UN urges rebels to end fighting").present);
}

TEST(BoilerplateTest, Lines) {
  EXPECT_EQ(ClassifyBoilerplate("Please enter your comment!"), BoilerplateKind::kCommentForm);
  EXPECT_EQ(ClassifyBoilerplate("Please enter your name here"), BoilerplateKind::kCommentForm);
  EXPECT_EQ(ClassifyBoilerplate("Share this:"), BoilerplateKind::kLine);
  EXPECT_EQ(ClassifyBoilerplate("Subscribe to our newsletter"), BoilerplateKind::kLine);
  EXPECT_EQ(ClassifyBoilerplate("Twitter"), BoilerplateKind::kLine);
  EXPECT_EQ(ClassifyBoilerplate("The Taliban rejected the offer."), BoilerplateKind::kNone);
}

TEST(BoilerplateTest, TrailingCredits) {
  std::string_view p = "the alleged truce. ...Agencies";
  EXPECT_EQ(p.substr(p.size() - TrailingCreditLength(p)), " ...Agencies");
  p = "He left. -- AFP";
  EXPECT_EQ(p.substr(p.size() - TrailingCreditLength(p)), " -- AFP");
  p = "Talks resume Monday. (Reporting by A. Khan; Editing by B. Lee)";
  EXPECT_EQ(p.substr(p.size() - TrailingCreditLength(p)), " (Reporting by A. Khan; Editing by B. Lee)");
  EXPECT_EQ(TrailingCreditLength("Watandost told AFP."), 0u);
  EXPECT_EQ(TrailingCreditLength("a statement from AP"), 0u);
}

std::vector<std::pair<BlockKind, std::string>> Blocks(std::string_view text, Dateline* dateline) {
  std::vector<Block> blocks;
  FindArticleStructure(text, &blocks, dateline);
  std::vector<std::pair<BlockKind, std::string>> out;
  for (const Block& block : blocks) out.emplace_back(block.kind, std::string(block.span.of(text)));
  return out;
}

TEST(ArticleStructureTest, ScrapedArticle) {
  std::string text =
      "Envoy arrives in Islamabad for talks\n\n"
      "UN urges rebels to end fighting\n\n"
      "ISLAMABAD: The envoy arrived on Sunday.\n"
      "He will meet the prime minister.\n"
      "Karzai's announcement caused confusion. ...Agencies\n\n\n"
      "Please enter your comment!\n"
      "Please enter your name here\n";
  Dateline dateline;
  auto blocks = Blocks(text, &dateline);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[0], std::make_pair(BlockKind::kHeadline, std::string("Envoy arrives in Islamabad for talks")));
  EXPECT_EQ(blocks[1].first, BlockKind::kSubheadline);
  EXPECT_EQ(blocks[2], std::make_pair(BlockKind::kBody, std::string("The envoy arrived on Sunday.")));
  EXPECT_EQ(blocks[3].first, BlockKind::kBody);
  EXPECT_EQ(blocks[4], std::make_pair(BlockKind::kBody, std::string("Karzai's announcement caused confusion.")));
  EXPECT_EQ(blocks[5], std::make_pair(BlockKind::kBoilerplate, std::string("...Agencies")));
  EXPECT_EQ(blocks[6].first, BlockKind::kBoilerplate);
  EXPECT_EQ(blocks[7].first, BlockKind::kBoilerplate);
  EXPECT_TRUE(dateline.present);
  EXPECT_EQ(dateline.place, "ISLAMABAD");
  EXPECT_EQ(dateline.span.of(text), "ISLAMABAD:");
}

TEST(ArticleStructureTest, HardWrappedParagraphsAreJoined) {
  std::string text =
      "KABUL (AFP) - The Taliban said on Monday that\n"
      "they would attend the talks, a spokesman\n"
      "said.\n\n"
      "The government welcomed the move.\n";
  Dateline dateline;
  auto blocks = Blocks(text, &dateline);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].second,
            "The Taliban said on Monday that\nthey would attend the talks, a spokesman\nsaid.");
  EXPECT_EQ(dateline.agency, "AFP");
}

TEST(ArticleStructureTest, SingleParagraphIsBody) {
  Dateline dateline;
  auto blocks = Blocks("Pakistan and India exchanged fire", &dateline);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].first, BlockKind::kBody);
  EXPECT_TRUE(Blocks("", &dateline).empty());
  EXPECT_TRUE(Blocks("\n\n  \n", &dateline).empty());
}

// Clear leaves what a new Dateline has, after a dateline with every field
// set (the text stage clears instead of assigning Dateline()).
TEST(DatelineTest, ClearGivesANewDateline) {
  Dateline dateline;
  ASSERT_GT(ParseDateline("WASHINGTON, June 2 (Reuters) - The talks", &dateline), 0u);
  ASSERT_TRUE(dateline.present && !dateline.place.empty() && !dateline.agency.empty() &&
              !dateline.month_day.empty() && !dateline.span.empty());
  dateline.Clear();
  const Dateline fresh;
  EXPECT_EQ(dateline.span.begin, fresh.span.begin);
  EXPECT_EQ(dateline.span.end, fresh.span.end);
  EXPECT_EQ(dateline.place, fresh.place);
  EXPECT_EQ(dateline.agency, fresh.agency);
  EXPECT_EQ(dateline.month_day, fresh.month_day);
  EXPECT_EQ(dateline.present, fresh.present);
}

}  // namespace
}  // namespace khaldun
