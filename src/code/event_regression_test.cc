// Event regression suite: codes the hand-written news sentences in
// testdata/events/*.txt (format in testdata/events/README.md) with Khaldun's
// own dictionaries (every native .txt file under dictionaries/) and compares
// the (source, target, code) triples exactly, as sets. Prints precision and
// recall per CAMEO root, the overall precision/recall/F1 and every mismatch,
// then asserts a floor the current engine and dictionaries meet, so that a
// change which loses events (or invents them) fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "code/coder.h"
#include "code/khaldun_test_coder.h"
#include "dict/dictionary_set.h"
#include "dict/event_codes.h"
#include "ingest/document.h"

namespace khaldun {
namespace {

// Measured when the floor was set (297 sentences, 322 expected events):
// produced 318, matched 271, precision 0.852, recall 0.842, F1 0.847, 248 exact.
// The floors sit a little below; raise them as the coder and dictionaries improve.
constexpr double kPrecisionFloor = 0.82;
constexpr double kRecallFloor = 0.81;
constexpr double kF1Floor = 0.82;

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct Case {
  std::string where;  // file:line of the text line
  std::string date;
  std::string text;
  std::set<Triple> expected;
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string ToString(const Triple& t) {
  return std::get<0>(t) + " " + std::get<1>(t) + " " + std::get<2>(t);
}

// Reads one case file; malformed lines are reported through ADD_FAILURE.
std::vector<Case> ReadCases(const std::filesystem::path& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  const std::string name = path.filename().string();
  Case current;
  bool open = false;
  auto flush = [&]() {
    if (open) {
      EXPECT_FALSE(current.text.empty()) << current.where << ": block without text:";
      EXPECT_FALSE(current.date.empty()) << current.where << ": block without date:";
      if (!current.text.empty() && !current.date.empty()) cases.push_back(current);
    }
    current = Case{};
    open = false;
  };
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string trimmed = Trim(line);
    if (trimmed.empty()) {
      flush();
      continue;
    }
    if (trimmed[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(number);
    if (!open) {
      open = true;
      current.where = where;
    }
    if (trimmed.rfind("date:", 0) == 0) {
      current.date = Trim(trimmed.substr(5));
      EXPECT_TRUE(ParseDate(current.date).has_value()) << where << ": bad date " << current.date;
    } else if (trimmed.rfind("text:", 0) == 0) {
      current.text = Trim(trimmed.substr(5));
      current.where = where;
    } else if (trimmed.rfind("event:", 0) == 0) {
      std::istringstream fields(trimmed.substr(6));
      std::string source, target, code, extra;
      fields >> source >> target >> code;
      EXPECT_FALSE(code.empty() || (fields >> extra)) << where << ": want 'event: SOURCE TARGET CODE'";
      if (!code.empty()) current.expected.emplace(source, target, code);
    } else {
      ADD_FAILURE() << where << ": unknown line: " << trimmed;
    }
  }
  flush();
  return cases;
}

struct Tally {
  size_t expected = 0, produced = 0, matched = 0;
  void Add(size_t e, size_t p, size_t m) {
    expected += e;
    produced += p;
    matched += m;
  }
  double precision() const { return produced == 0 ? 0 : double(matched) / double(produced); }
  double recall() const { return expected == 0 ? 0 : double(matched) / double(expected); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

std::string Root(const std::string& code) { return code.substr(0, std::min<size_t>(2, code.size())); }

// The suite's cases, every file of testdata/events in name order.
std::vector<Case> SuiteCases() {
  const std::filesystem::path root(KHALDUN_SOURCE_DIR);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(root / "testdata" / "events")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  EXPECT_FALSE(files.empty());
  std::vector<Case> cases;
  for (const auto& file : files) {
    std::vector<Case> more = ReadCases(file);
    cases.insert(cases.end(), more.begin(), more.end());
  }
  return cases;
}

struct SuiteScore {
  Tally total;
  std::map<std::string, Tally> by_root;  // CAMEO root of the expected/produced code
  size_t sentences = 0, exact = 0;
  std::string mismatches;
  std::set<std::string> codes;  // every code produced
};

// Codes every case with `coder` and compares the triples as sets.
SuiteScore ScoreSuite(const Coder& coder, const std::vector<Case>& cases) {
  SuiteScore score;
  CoderWorkspace workspace;
  std::ostringstream mismatches;
  for (const Case& c : cases) {
    ++score.sentences;
    std::set<Triple> produced;
    for (const Event& e : coder.CodeSentence(c.text, ParseDate(c.date), &workspace)) {
      produced.emplace(e.source.code, e.target.code, e.code);
      score.codes.insert(e.code);
    }
    size_t matched = 0;
    for (const Triple& t : c.expected) {
      const bool hit = produced.count(t) > 0;
      matched += hit;
      score.by_root[Root(std::get<2>(t))].Add(1, 0, hit);
    }
    for (const Triple& t : produced) score.by_root[Root(std::get<2>(t))].Add(0, 1, 0);
    score.total.Add(c.expected.size(), produced.size(), matched);
    if (produced == c.expected) {
      ++score.exact;
      continue;
    }
    mismatches << "MISMATCH " << c.where << "  date " << c.date << "\n  text: " << c.text << "\n";
    if (c.expected.empty()) mismatches << "  (expects no event)\n";
    for (const Triple& t : c.expected) {
      mismatches << (produced.count(t) ? "  = " : "  - ") << ToString(t) << "\n";
    }
    for (const Triple& t : produced) {
      if (!c.expected.count(t)) mismatches << "  + " << ToString(t) << "\n";
    }
  }
  score.mismatches = mismatches.str();
  return score;
}

TEST(EventRegressionTest, KhaldunDictionariesCodeTheSuite) {
  const std::unique_ptr<Coder> coder = KhaldunTestCoder();
  ASSERT_NE(coder, nullptr);
  const SuiteScore score = ScoreSuite(*coder, SuiteCases());
  const Tally& total = score.total;
  std::printf("%s", score.mismatches.c_str());
  std::printf("\nper root (expected / produced / matched, precision, recall):\n");
  for (const auto& [r, t] : score.by_root) {
    std::printf("  %s  %3zu / %3zu / %3zu   P %.3f  R %.3f\n", r.c_str(), t.expected, t.produced, t.matched,
                t.precision(), t.recall());
  }
  std::printf("sentences %zu, exact %zu (%.1f%%)\n", score.sentences, score.exact,
              score.sentences ? 100.0 * double(score.exact) / double(score.sentences) : 0.0);
  std::printf("events: expected %zu, produced %zu, matched %zu  precision %.3f  recall %.3f  F1 %.3f\n",
              total.expected, total.produced, total.matched, total.precision(), total.recall(), total.f1());

  EXPECT_GE(score.sentences, 170u);
  // Every code produced is a CAMEO code: a rule that rewrites a code to one CAMEO lacks ("0703") shows here.
  Result<dict::EventCodeTable> table =
      dict::EventCodeTable::Load(std::string(KHALDUN_SOURCE_DIR) + "/dictionaries/cameo/event-codes.tsv", nullptr);
  ASSERT_TRUE(table.ok()) << table.status().message();
  for (const std::string& code : score.codes) EXPECT_TRUE(table.value().IsKnown(code)) << "unknown code " << code;
  EXPECT_GE(total.precision(), kPrecisionFloor);
  EXPECT_GE(total.recall(), kRecallFloor);
  EXPECT_GE(total.f1(), kF1Floor);
}

// The same suite with the PETRARCH-2 Phoenix dictionaries (../shared,
// read-only reference data): dictionaries frozen in 2015 cannot code news of
// 2019-2026 (its people, parties and groups), which is why Khaldun ships its
// own. Measured: Phoenix F1 0.247 against 0.814 for Khaldun's.
TEST(EventRegressionTest, KhaldunDictionariesBeatPhoenixOnCurrentNews) {
  const char* env = std::getenv("KHALDUN_SHARED");
  const std::string phoenix =
      std::string(env != nullptr ? env : KHALDUN_SHARED_DIR) + "/anchors/petrarch2/dictionaries";
  if (!std::filesystem::exists(phoenix)) GTEST_SKIP() << "../shared not found (" << phoenix << "): skipping";
  Diagnostics diagnostics;  // the Phoenix files have known defects, reported and skipped
  Result<dict::Dictionary> dictionary = dict::LoadDictionaries({phoenix}, {}, &diagnostics);
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  Result<Coder> phoenix_coder = Coder::Create(std::move(dictionary).value());
  ASSERT_TRUE(phoenix_coder.ok()) << phoenix_coder.status().message();
  const std::unique_ptr<Coder> own_coder = KhaldunTestCoder();
  ASSERT_NE(own_coder, nullptr);
  const std::vector<Case> cases = SuiteCases();
  const Tally own = ScoreSuite(*own_coder, cases).total;
  const Tally legacy = ScoreSuite(phoenix_coder.value(), cases).total;
  std::printf("Phoenix: precision %.3f recall %.3f F1 %.3f; Khaldun: precision %.3f recall %.3f F1 %.3f\n",
              legacy.precision(), legacy.recall(), legacy.f1(), own.precision(), own.recall(), own.f1());
  EXPECT_GT(own.f1(), legacy.f1() + 0.3);
}

// The seed article (../shared, read-only reference data): the events a
// careful coder records with Khaldun's own dictionaries, each named by what
// it stands for rather than quoted.
TEST(EventRegressionTest, SeedArticleWithKhaldunDictionaries) {
  const char* env = std::getenv("KHALDUN_SHARED");
  const std::string path = std::string(env != nullptr ? env : KHALDUN_SHARED_DIR) + "/seed/article.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared not found (" << path << "): skipping";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const std::unique_ptr<Coder> coder = KhaldunTestCoder();
  ASSERT_NE(coder, nullptr);
  Document document;
  document.id = "seed";
  document.date = "2019-06-02";
  document.text = text.str();
  CoderWorkspace workspace;
  std::vector<Event> events;
  coder->CodeDocument(document, &workspace, &events);
  std::set<Triple> produced;
  for (const Event& e : events) produced.emplace(e.source.code, e.target.code, e.code);
  const Triple expected[] = {
      {"USAGOV", "PAK", "042"},     // the envoy's visit to Pakistan
      {"PAKGOV", "AFGGOV", "040"},  // the two leaders' meeting, both ways
      {"AFGGOV", "PAKGOV", "040"},
      {"USA", "AFG", "033"},        // ready to assist the peace process
      {"AFGINS", "---", "1246"},    // no ceasefire
      {"AFGINS", "USA", "046"},     // talks with the US go on
      {"AFGINS", "---", "127"},     // the ceasefire offer rejected
      {"AFGINS", "AFGGOV", "125"},  // no negotiation with the government
      {"USAGOV", "---", "025"},     // the call for flexibility
      {"USAGOV", "QAT", "042"},     // the trip, stop by stop
      {"USAGOV", "AFGINS", "040"},  // talks with the Taliban in Doha
      {"USAGOV", "AFGCVL", "040"},  // meeting civil society
      {"AFGOPP", "---", "140"},     // the peace march
  };
  for (const Triple& t : expected) EXPECT_EQ(produced.count(t), 1u) << "missing " << ToString(t);
  // Nothing from the page furniture after the article (its comment form).
  for (const Event& e : events) {
    std::string lower = e.sentence_text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    EXPECT_EQ(lower.find("comment"), std::string::npos) << "event from the comment form: " << e.sentence_text;
  }
}

}  // namespace
}  // namespace khaldun
