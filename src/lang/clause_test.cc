// Runs the hand-written clause cases in testdata/clauses/*.txt (format in
// testdata/clauses/README.md) and reports the pass rate per file and overall.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lang/analysis_format.h"
#include "lang/analyzer_test_env.h"

namespace khaldun {
namespace {

struct Expectation {
  std::string lemma;
  std::map<std::string, std::string> fields;  // subj, obj, agent, kind
  std::vector<std::string> flags;             // neg, passive, active, future, past, present, modal
  int line = 0;
};

struct Case {
  std::string sentence;
  std::vector<Expectation> expectations;
  std::string file;
  int line = 0;
};

std::string Trim(std::string s) {
  const size_t b = s.find_first_not_of(" \t\r");
  const size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Reads one file; a malformed line fails the test with file:line.
std::vector<Case> ReadCases(const std::string& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  std::string raw;
  int line = 0;
  while (std::getline(in, raw)) {
    ++line;
    const std::string text = Trim(raw);
    if (text.empty() || text[0] == '#') continue;
    if (text[0] == '>') {
      cases.push_back({Trim(text.substr(1)), {}, path, line});
      continue;
    }
    const size_t colon = text.find(':');
    if (cases.empty() || colon == std::string::npos) {
      ADD_FAILURE() << path << ":" << line << ": expected '> sentence' or 'lemma: key=value ...'";
      continue;
    }
    Expectation e;
    e.lemma = Trim(text.substr(0, colon));
    e.line = line;
    std::istringstream fields(text.substr(colon + 1));
    std::string field;
    while (fields >> field) {
      const size_t eq = field.find('=');
      if (eq == std::string::npos) {
        e.flags.push_back(field);
      } else {
        e.fields[field.substr(0, eq)] = field.substr(eq + 1);
      }
    }
    cases.back().expectations.push_back(e);
  }
  return cases;
}

std::string ObjectHeads(const SentenceAnalysis& a, const Clause& c) {
  std::string out;
  for (uint32_t np : a.indices(c.objects)) {
    if (!out.empty()) out += ',';
    out += a.HeadText(static_cast<int32_t>(np));
  }
  return out.empty() ? "-" : out;
}

// Empty when the clause meets the expectation, else what differs.
std::string Check(const SentenceAnalysis& a, const Clause& c, const Expectation& e) {
  std::string problems;
  const auto expect = [&](const std::string& key, const std::string& actual) {
    const auto it = e.fields.find(key);
    const std::string wanted = it == e.fields.end() ? "-" : it->second;
    if (wanted != actual) problems += " " + key + "=" + actual + " (want " + wanted + ")";
  };
  const int32_t actor = c.actor_np();
  expect("subj", actor == kNone ? "-" : a.HeadText(actor));
  expect("obj", ObjectHeads(a, c));
  if (e.fields.count("agent")) expect("agent", c.agent_np == kNone ? "-" : a.HeadText(c.agent_np));
  if (e.fields.count("kind")) expect("kind", ClauseKindName(c.kind));
  for (const std::string& flag : e.flags) {
    bool ok = true;
    if (flag == "neg") ok = c.verb.negated;
    else if (flag == "passive") ok = c.verb.passive;
    else if (flag == "active") ok = !c.verb.passive;
    else if (flag == "future") ok = c.verb.tense == Tense::kFuture;
    else if (flag == "past") ok = c.verb.tense == Tense::kPast;
    else if (flag == "present") ok = c.verb.tense == Tense::kPresent;
    else if (flag == "modal") ok = c.verb.modal != kNone;
    else problems += " unknown flag " + flag;
    if (!ok) problems += " not " + flag;
  }
  return problems;
}

TEST(Clauses, HandWrittenCases) {
  std::string error;
  const LanguageAnalyzer* analyzer = testing::SharedAnalyzer(&error);
  ASSERT_NE(analyzer, nullptr) << error;
  const std::filesystem::path dir = std::filesystem::path(KHALDUN_SOURCE_DIR) / "testdata" / "clauses";
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << dir;

  size_t sentences = 0, sentences_passed = 0, clauses = 0, clauses_passed = 0;
  std::string report, failures;
  ArticleText storage;
  SentenceAnalysis analysis;
  for (const std::string& file : files) {
    size_t file_sentences = 0, file_passed = 0;
    for (const Case& c : ReadCases(file)) {
      testing::AnalyzeText(*analyzer, c.sentence, &storage, &analysis);
      bool all = true;
      std::string detail;
      std::map<std::string, int> seen;  // the n-th expectation of a lemma matches its n-th clause
      for (const Expectation& e : c.expectations) {
        ++clauses;
        int wanted = seen[e.lemma]++;
        const Clause* match = nullptr;
        for (const Clause& clause : analysis.clauses) {
          if (analysis.lemma(clause.verb.lemma) == e.lemma && wanted-- == 0) {
            match = &clause;
            break;
          }
        }
        const std::string problem = match == nullptr ? " no clause with this verb" : Check(analysis, *match, e);
        if (problem.empty()) {
          ++clauses_passed;
        } else {
          all = false;
          detail += "    " + e.lemma + ":" + problem + "\n";
        }
      }
      ++sentences;
      ++file_sentences;
      if (all) {
        ++sentences_passed;
        ++file_passed;
      } else {
        failures += std::filesystem::path(c.file).filename().string() + ":" + std::to_string(c.line) + ": " +
                    c.sentence + "\n" + detail + "    " + FormatChunks(analysis) + "\n";
        for (uint32_t k = 0; k < analysis.clauses.size(); ++k) failures += "    " + FormatClause(analysis, k) + "\n";
      }
    }
    report += "  " + std::filesystem::path(file).filename().string() + ": " + std::to_string(file_passed) + "/" +
              std::to_string(file_sentences) + "\n";
  }
  const double sentence_rate = sentences == 0 ? 0 : static_cast<double>(sentences_passed) / sentences;
  const double clause_rate = clauses == 0 ? 0 : static_cast<double>(clauses_passed) / clauses;
  std::printf("clause cases: %zu/%zu sentences (%.1f%%), %zu/%zu clauses (%.1f%%)\n%s", sentences_passed,
              sentences, 100 * sentence_rate, clauses_passed, clauses, 100 * clause_rate, report.c_str());
  if (std::getenv("KHALDUN_CLAUSE_FAILURES") != nullptr) std::printf("%s", failures.c_str());
  RecordProperty("sentence_pass_rate", std::to_string(sentence_rate));
  EXPECT_GE(sentences, 200u);
  // The aim is 90%; measured 95% (docs/lang.md). Failures are
  // printed with their analysis so a regression is easy to read.
  EXPECT_GE(sentence_rate, 0.90) << failures;
  EXPECT_GE(clause_rate, 0.90) << failures;
}

}  // namespace
}  // namespace khaldun
