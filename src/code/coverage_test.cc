#include "code/coverage.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dict/native_format.h"
#include "dict/source_file.h"

namespace khaldun {
namespace {

constexpr char kDictionary[] = R"(khaldun-dictionary 1
actor PAKISTAN
  code PAK
actor IMRAN_KHAN
  code PAKGOV
agent ~GOV PRIME_MINISTER
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
verbs TALKS [040] petrarch2
  section NOMINAL
  verb MEDIATE
)";

struct Word {
  const char* text;
  PosTag tag;
  const char* lemma;
};

// A hand-made analysis: words, tags, lemmas, and one clause per verb token
// listed in `verbs`; `temporal` marks a one-word time NP.
SentenceAnalysis Analysis(const std::vector<Word>& words, const std::vector<uint32_t>& verbs,
                          int32_t temporal = kNone) {
  SentenceAnalysis a;
  for (const Word& w : words) {
    a.words.push_back(w.text);
    a.tags.push_back(w.tag);
    a.lemma_text += w.lemma;
    a.lemma_end.push_back(static_cast<uint32_t>(a.lemma_text.size()));
  }
  a.np_of_word.assign(words.size(), kNone);
  if (temporal != kNone) {
    NounPhrase np;
    np.begin = static_cast<uint32_t>(temporal);
    np.end = np.begin + 1;
    np.temporal = true;
    a.nps.push_back(np);
    a.np_of_word[temporal] = 0;
  }
  for (uint32_t v : verbs) {
    Clause clause;
    clause.verb.main_verb = clause.verb.lemma = v;
    a.clauses.push_back(clause);
  }
  return a;
}

class CoverageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    dict::ReadNative(dict::SourceFile::FromText("t.txt", kDictionary), &dictionary_, &diagnostics);
    ASSERT_TRUE(diagnostics.all().empty());
    compiled_ = std::make_unique<CompiledDictionary>(dictionary_);
  }
  dict::Dictionary dictionary_;
  std::unique_ptr<CompiledDictionary> compiled_;
};

TEST_F(CoverageTest, ReportsUncoveredVerbsByLemma) {
  CoverageCounter counter(*compiled_);
  // "Pakistan met Qatar." / "Qatar mediated." / "Qatar mediates." / "It is late."
  counter.AddSentence(Analysis({{"Pakistan", PosTag::kNNP, "Pakistan"}, {"met", PosTag::kVBD, "meet"},
                                {"Qatar", PosTag::kNNP, "Qatar"}},
                               {1}),
                      "Pakistan met Qatar.");
  counter.AddSentence(Analysis({{"Qatar", PosTag::kNNP, "Qatar"}, {"mediated", PosTag::kVBD, "mediate"}}, {1}),
                      "Qatar mediated.");
  counter.AddSentence(Analysis({{"Qatar", PosTag::kNNP, "Qatar"}, {"mediates", PosTag::kVBZ, "mediate"}}, {1}), "");
  counter.AddSentence(Analysis({{"It", PosTag::kPRP, "it"}, {"is", PosTag::kVBZ, "be"}}, {1}), "It is.");
  EXPECT_EQ(counter.verbs_seen(), 3u);  // the copula is not counted
  EXPECT_EQ(counter.verbs_covered(), 1u);
  // MEDIATE is only a nominal entry: the verb is not covered.
  std::vector<CoverageItem> verbs = counter.TopVerbs(10);
  ASSERT_EQ(verbs.size(), 1u);
  EXPECT_EQ(verbs[0].text, "mediate");
  EXPECT_EQ(verbs[0].count, 2u);
  EXPECT_EQ(verbs[0].example, "Qatar mediated.");
}

TEST_F(CoverageTest, ReportsTheUncoveredPartsOfNameRuns) {
  CoverageCounter counter(*compiled_);
  // "Prime Minister Shehbaz Sharif met Imran Khan Monday in Doha Doha."
  counter.AddSentence(Analysis({{"Prime", PosTag::kNNP, "Prime"},
                                {"Minister", PosTag::kNNP, "Minister"},
                                {"Shehbaz", PosTag::kNNP, "Shehbaz"},
                                {"Sharif", PosTag::kNNP, "Sharif"},
                                {"met", PosTag::kVBD, "meet"},
                                {"Imran", PosTag::kNNP, "Imran"},
                                {"Khan", PosTag::kNNP, "Khan"},
                                {"Monday", PosTag::kNNP, "Monday"},
                                {"in", PosTag::kIN, "in"},
                                {"Doha", PosTag::kNNP, "Doha"},
                                {",", PosTag::kComma, ","},
                                {"Doha", PosTag::kNNP, "Doha"}},
                               {4}, /*temporal=*/7),
                      "S1");
  std::vector<CoverageItem> names = counter.TopNames(0);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].text, "Doha");
  EXPECT_EQ(names[0].count, 2u);
  EXPECT_EQ(names[1].text, "Shehbaz Sharif");
  EXPECT_EQ(names[1].example, "S1");
  EXPECT_EQ(counter.names_seen(), 4u);     // Prime..Sharif, Imran Khan, Doha, Doha (Monday is time)
  EXPECT_EQ(counter.names_covered(), 2u);  // the first two touch a dictionary phrase
  EXPECT_EQ(counter.TopNames(1).size(), 1u);
}

}  // namespace
}  // namespace khaldun
