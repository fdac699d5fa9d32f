#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace khaldun {
namespace {

// Tokens joined by single spaces.
std::string Tokens(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token.text;
  }
  return out;
}

TEST(TokenizerTest, Clitics) {
  EXPECT_EQ(Tokens("the Taliban's leader"), "the Taliban 's leader");
  EXPECT_EQ(Tokens("We won't care, they can't go and I'm here"),
            "We wo n't care , they ca n't go and I 'm here");
  EXPECT_EQ(Tokens("they're sure we've seen it, he'll say he'd go"),
            "they 're sure we 've seen it , he 'll say he 'd go");
  EXPECT_EQ(Tokens("Afghans' frustration"), "Afghans ' frustration");
  EXPECT_EQ(Tokens("DON'T"), "DO N'T");
}

TEST(TokenizerTest, QuotesBecomePtbQuotes) {
  EXPECT_EQ(Tokens("stated \"it will improve relations.\""), "stated `` it will improve relations . ''");
  EXPECT_EQ(Tokens("\"Go home,\" he said."), "`` Go home , '' he said .");
  EXPECT_EQ(Tokens("a 'next phase' deal"), "a ` next phase ' deal");
  EXPECT_EQ(Tokens("he said \" no \" twice"), "he said `` no '' twice");
}

TEST(TokenizerTest, HyphensNumbersAndCurrency) {
  EXPECT_EQ(Tokens("a long-running, US-backed Pak-US war"), "a long-running , US-backed Pak-US war");
  EXPECT_EQ(Tokens("$1.2 billion and 1,200 troops, 3.5% and 17-day trip"),
            "$ 1.2 billion and 1,200 troops , 3.5 % and 17-day trip");
  EXPECT_EQ(Tokens("at 10:30 on 2019-06-02"), "at 10:30 on 2019-06-02");
  // The euro and pound signs come off their amounts as the dollar sign does.
  EXPECT_EQ(Tokens("\xE2\x82\xAC" "500 million and \xC2\xA3" "2bn, not \xE2\x82\xAC" "s"),
            "\xE2\x82\xAC 500 million and \xC2\xA3 2bn , not \xE2\x82\xAC" "s");
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Tokens("U.S. Gen. Scott Miller met Dr. Abdullah at 9 a.m."),
            "U.S. Gen. Scott Miller met Dr. Abdullah at 9 a.m.");
  EXPECT_EQ(Tokens("John F. Kennedy"), "John F. Kennedy");
  EXPECT_EQ(Tokens("Resolution No. 2231 said no."), "Resolution No. 2231 said no .");
  EXPECT_EQ(Tokens("the war ended."), "the war ended .");
  EXPECT_EQ(Tokens("(in the U.S.)."), "( in the U.S. ) .");
}

TEST(TokenizerTest, DashesEllipsesAndInnerPunctuation) {
  EXPECT_EQ(Tokens("war -- and violence"), "war -- and violence");
  EXPECT_EQ(Tokens("war--and"), "war -- and");
  EXPECT_EQ(Tokens("wait... what?!"), "wait ... what ? !");
  EXPECT_EQ(Tokens("yes,no"), "yes , no");
  EXPECT_EQ(Tokens("(AFP)"), "( AFP )");
}

TEST(TokenizerTest, SymbolsStayWhole) {
  EXPECT_EQ(Tokens("see https://www.un.org/en/ or mail press@un.org."),
            "see https://www.un.org/en/ or mail press@un.org .");
  EXPECT_EQ(Tokens("accelerate the #AfghanPeaceProcess, @US4AfghanPeace said"),
            "accelerate the #AfghanPeaceProcess , @US4AfghanPeace said");
}

TEST(TokenizerTest, SpansAndShapes) {
  std::string text = "  Khan's \"deal\" cost $5.";
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 9u);
  for (const Token& token : tokens) {
    if (token.text != "``" && token.text != "''") {
      EXPECT_EQ(token.span.of(text), token.text);
    }
  }
  EXPECT_EQ(tokens[0].span, (Span{2, 6}));
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[0].space_before);
  EXPECT_FALSE(tokens[1].space_before);  // 's
  EXPECT_EQ(tokens[2].span.of(text), "\"");
  EXPECT_EQ(tokens[7].shape, kNumber);
  EXPECT_EQ(tokens[8].shape, kPunctuation);
}

TEST(TokenizerTest, OnlyTokenisesTheSpan) {
  std::string text = "Ignore this. Take this part. Not this.";
  std::vector<Token> tokens;
  Tokenize(text, Span{13, 28}, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens.front().text, "Take");
  EXPECT_EQ(tokens.back().text, ".");
}

TEST(TokenizerTest, SurvivesHostileInput) {
  // Long runs without spaces, lone punctuation, non-ASCII: no crash, and
  // every byte outside whitespace is covered by exactly one token.
  std::string text = std::string(5000, '"') + " " + std::string(3000, '.') + " x" + std::string(200, ')') +
                     " \xC3\xA9t\xC3\xA9 ' '' `` -- - $ % ...";
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  size_t covered = 0;
  uint32_t last_end = 0;
  for (const Token& token : tokens) {
    EXPECT_GE(token.span.begin, last_end);
    EXPECT_GT(token.span.end, token.span.begin);
    last_end = token.span.end;
    covered += token.span.size();
  }
  size_t non_space = 0;
  for (char c : text) non_space += c != ' ';
  EXPECT_EQ(covered, non_space);
}

// A span is tokenised as if the text ended where the span does: random
// texts (words, punctuation, runs of spaces) and random spans within them
// give the same tokens as the same texts with every byte outside the span
// turned into a space. (The scan of a chunk skips its end test where a
// space further on must stop it; a chunk scanned past the span's end
// would take the letters after it.)
TEST(TokenizerTest, ASpanEndsWhereItSaysWhateverFollows) {
  const std::string alphabet = "aZk9-.,'\"()$%:;!? \n";
  std::mt19937 random(20261202);
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    const uint32_t size = static_cast<uint32_t>(text.size());
    const uint32_t begin = size == 0 ? 0 : static_cast<uint32_t>(random() % (size + 1));
    const uint32_t end = begin + static_cast<uint32_t>(random() % (size - begin + 1));
    std::string blanked(size, ' ');
    std::copy(text.begin() + begin, text.begin() + end, blanked.begin() + begin);
    std::vector<Token> tokens, expected;
    Tokenize(text, Span{begin, end}, &tokens);
    Tokenize(blanked, Span{begin, end}, &expected);
    ASSERT_EQ(tokens.size(), expected.size()) << "'" << text << "' [" << begin << ", " << end << ")";
    for (size_t k = 0; k < tokens.size(); ++k) {
      ASSERT_EQ(tokens[k].text, expected[k].text) << "'" << text << "' token " << k;
      ASSERT_EQ(tokens[k].span.begin, expected[k].span.begin) << "'" << text << "' token " << k;
      ASSERT_EQ(tokens[k].span.end, expected[k].span.end) << "'" << text << "' token " << k;
      ASSERT_EQ(tokens[k].shape, expected[k].shape) << "'" << text << "' token " << k;
      ASSERT_EQ(tokens[k].space_before, expected[k].space_before) << "'" << text << "' token " << k;
    }
  }
}

}  // namespace
}  // namespace khaldun
