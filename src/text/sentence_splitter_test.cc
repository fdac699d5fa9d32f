#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/abbreviations.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace khaldun {
namespace {

// Sentences of one paragraph, as normalised text.
std::vector<std::string> Split(const std::string& paragraph) {
  Result<Normalizer> normalizer = Normalizer::Create();
  std::string text;
  OffsetMap offsets;
  normalizer.value().Normalize(paragraph, &text, &offsets);
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(tokens, 0, static_cast<uint32_t>(tokens.size()), 0, &sentences);
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.emplace_back(s.span.of(text));
  return out;
}

using Lines = std::vector<std::string>;

TEST(AbbreviationsTest, TablesAreSortedAndClassify) {
  EXPECT_TRUE(AbbreviationTablesAreSorted());
  EXPECT_EQ(ClassifyAbbreviation("Gen"), AbbreviationKind::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("U.S"), AbbreviationKind::kGeneral);
  EXPECT_EQ(ClassifyAbbreviation("Ph.D"), AbbreviationKind::kGeneral);
  EXPECT_EQ(ClassifyAbbreviation("No"), AbbreviationKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("Sept"), AbbreviationKind::kMonth);
  EXPECT_EQ(ClassifyAbbreviation("J"), AbbreviationKind::kInitial);
  EXPECT_EQ(ClassifyAbbreviation("ended"), AbbreviationKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation(""), AbbreviationKind::kNone);
  EXPECT_TRUE(IsSentenceStarter("The"));
  EXPECT_FALSE(IsSentenceStarter("Taliban"));
  EXPECT_TRUE(IsNameContinuer("Army"));
  EXPECT_FALSE(IsNameContinuer("Moscow"));
}

TEST(SentenceSplitterTest, Basics) {
  EXPECT_EQ(Split("The talks ended. Both sides left."), (Lines{"The talks ended.", "Both sides left."}));
  EXPECT_EQ(Split("Did they agree? Nobody knows!"), (Lines{"Did they agree?", "Nobody knows!"}));
  EXPECT_EQ(Split("One sentence only"), (Lines{"One sentence only"}));
  EXPECT_TRUE(Split("").empty());
}

TEST(SentenceSplitterTest, Abbreviations) {
  EXPECT_EQ(Split("U.S. officials met Gen. Miller at 9 a.m. on Jan. 5."),
            (Lines{"U.S. officials met Gen. Miller at 9 a.m. on Jan. 5."}));
  EXPECT_EQ(Split("The envoy flew back to the U.S. The talks resume in May."),
            (Lines{"The envoy flew back to the U.S.", "The talks resume in May."}));
  EXPECT_EQ(Split("It began at 6 a.m. Police arrived later."),
            (Lines{"It began at 6 a.m.", "Police arrived later."}));
  EXPECT_EQ(Split("Resolution No. 2231 passed. He said no. Then he left."),
            (Lines{"Resolution No. 2231 passed.", "He said no.", "Then he left."}));
}

TEST(SentenceSplitterTest, Quotes) {
  EXPECT_EQ(Split("He said: \"We will win.\" The crowd cheered."),
            (Lines{"He said: \"We will win.\"", "The crowd cheered."}));
  EXPECT_EQ(Split("\"Why?\" she asked. \"Because,\" he said."),
            (Lines{"\"Why?\" she asked.", "\"Because,\" he said."}));
  EXPECT_EQ(Split("(The talks resumed on Monday.) Officials declined to comment."),
            (Lines{"(The talks resumed on Monday.)", "Officials declined to comment."}));
}

// The hard cases in testdata/sentence_split/cases.txt: each case is a block
// of lines, one expected sentence a line; the input is the lines joined by
// single spaces.
TEST(SentenceSplitterTest, HardCasesFromTestData) {
  std::ifstream file(std::string(KHALDUN_SOURCE_DIR) + "/testdata/sentence_split/cases.txt");
  ASSERT_TRUE(file) << "testdata/sentence_split/cases.txt is missing";
  std::vector<Lines> cases;
  Lines current;
  std::string line;
  while (std::getline(file, line)) {
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      if (!current.empty()) cases.push_back(current);
      current.clear();
    } else {
      current.push_back(line);
    }
  }
  if (!current.empty()) cases.push_back(current);
  ASSERT_GE(cases.size(), 300u);

  Result<Normalizer> normalizer = Normalizer::Create();
  size_t expected_boundaries = 0, found_boundaries = 0, correct_boundaries = 0, failures = 0;
  for (const Lines& expected : cases) {
    // Expected boundaries as normalised offsets.
    std::string joined;
    std::set<size_t> expected_at;
    for (const std::string& sentence : expected) {
      std::string normalized;
      OffsetMap offsets;
      normalizer.value().Normalize(sentence, &normalized, &offsets);
      if (!joined.empty()) {
        joined += ' ';
        expected_at.insert(joined.size());
      }
      joined += normalized;
    }
    std::vector<Token> tokens;
    Tokenize(joined, Span{0, static_cast<uint32_t>(joined.size())}, &tokens);
    std::vector<Sentence> sentences;
    SplitSentences(tokens, 0, static_cast<uint32_t>(tokens.size()), 0, &sentences);
    std::set<size_t> found_at;
    for (size_t s = 1; s < sentences.size(); ++s) found_at.insert(sentences[s].span.begin);
    expected_boundaries += expected_at.size();
    found_boundaries += found_at.size();
    size_t correct = 0;
    for (size_t at : found_at) correct += expected_at.count(at);
    correct_boundaries += correct;
    if (correct != expected_at.size() || correct != found_at.size()) {
      ++failures;
      std::string got;
      for (const Sentence& s : sentences) got += "\n    | " + std::string(s.span.of(joined));
      std::string want;
      for (const std::string& e : expected) want += "\n    | " + e;
      std::cout << "[ MISMATCH ] want:" << want << "\n  got:" << got << "\n";
    }
  }
  double precision = found_boundaries ? static_cast<double>(correct_boundaries) / found_boundaries : 1.0;
  double recall = expected_boundaries ? static_cast<double>(correct_boundaries) / expected_boundaries : 1.0;
  std::cout << "sentence boundaries: " << cases.size() << " cases, " << expected_boundaries
            << " expected boundaries, precision " << precision << ", recall " << recall << ", "
            << failures << " cases wrong\n";
  EXPECT_GE(precision, 0.99);
  EXPECT_GE(recall, 0.99);
}

// ClassifyAbbreviation searches only the part of its table that starts
// with the word's first byte: it must answer as a search of the whole
// table does, for every word of up to three bytes over letters, "." and
// "-" (and a byte past ASCII), and for listed words of more.
TEST(AbbreviationsTest, FirstByteSearchAgreesWithTheWholeTable) {
  std::string alphabet = ".-\xC3";
  for (char c = 'a'; c <= 'z'; ++c) alphabet += {c, static_cast<char>(c - 'a' + 'A')};
  auto expect_same = [](const std::string& word) {
    ASSERT_EQ(ClassifyAbbreviation(word), abbreviations_internal::ClassifyBySearchingTheWholeTable(word)) << word;
  };
  expect_same("");
  for (char a : alphabet) {
    expect_same(std::string(1, a));
    for (char b : alphabet) {
      expect_same(std::string{a, b});
      for (char c : alphabet) expect_same(std::string{a, b, c});
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
  for (const char* word : {"Messrs", "U.S.S.R", "U.S.A", "Maj-Gen", "Lt-Gen", "approx", "Comdr", "Sept", "Yahoo",
                           "a.k.a", "Supt", "Univ", "vs", "viz", "Ph.D", "said", "talks", "Gens", "Regt"}) {
    expect_same(word);
    EXPECT_EQ(ClassifyAbbreviation(word) != AbbreviationKind::kNone,
              std::string_view(word) != "said" && std::string_view(word) != "talks") << word;
  }
}

}  // namespace
}  // namespace khaldun
