// Coder micro-benchmarks: choosing which of a verb family's patterns to try
// for a clause, by looking the clause's words up in PatternFirstWords or by
// testing every pattern's first word (what the clause coder does for small
// families), and finding dictionary comment markers in a line.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "code/pattern_first_words.h"
#include "dict/source_file.h"

namespace {

// A family of `patterns` patterns over a 2,000-word vocabulary (a fifth of
// them need no word) and a clause of `words` words, a few of them first
// words of some pattern: the shape of a large Phoenix verb family.
struct Family {
  std::vector<size_t> first_words, keys, lemmas;
};

Family MakeFamily(size_t patterns, size_t words) {
  std::mt19937_64 random(7);
  std::vector<size_t> vocabulary(2000);
  for (size_t& word : vocabulary) word = random() | 1;
  Family family;
  for (size_t p = 0; p < patterns; ++p) family.first_words.push_back(p % 5 == 0 ? 0 : vocabulary[random() % 400]);
  for (size_t k = 0; k < words; ++k) {
    family.keys.push_back(vocabulary[random() % vocabulary.size()]);
    family.lemmas.push_back(k % 3 == 0 ? vocabulary[random() % vocabulary.size()] : family.keys.back());
  }
  return family;
}

void BM_PatternFirstWordsMark(benchmark::State& state) {
  const Family family = MakeFamily(static_cast<size_t>(state.range(0)), static_cast<size_t>(state.range(1)));
  const khaldun::PatternFirstWords index(family.first_words);
  std::vector<uint64_t> bits;
  for (auto _ : state) {
    index.Mark(family.keys, family.lemmas, &bits);
    benchmark::DoNotOptimize(bits.data());
  }
}
BENCHMARK(BM_PatternFirstWordsMark)->Args({300, 20})->Args({60, 20});

// The linear scan with a 1024-bit filter of the clause's words, as the
// clause coder's ClauseWords::Has does it.
void BM_PatternLinearScan(benchmark::State& state) {
  const Family family = MakeFamily(static_cast<size_t>(state.range(0)), static_cast<size_t>(state.range(1)));
  uint64_t filter[16] = {};
  for (size_t k = 0; k < family.keys.size(); ++k) {
    for (size_t hash : {family.keys[k], family.lemmas[k]}) filter[(hash >> 1) % 1024 / 64] |= uint64_t{1} << ((hash >> 1) % 64);
  }
  auto has = [&](size_t hash) {
    if (((filter[(hash >> 1) % 1024 / 64] >> ((hash >> 1) % 64)) & 1) == 0) return false;
    for (size_t k = 0; k < family.keys.size(); ++k) {
      if (family.keys[k] == hash || family.lemmas[k] == hash) return true;
    }
    return false;
  };
  for (auto _ : state) {
    size_t tried = 0;
    for (size_t word : family.first_words) tried += word == 0 || has(word);
    benchmark::DoNotOptimize(tried);
  }
}
BENCHMARK(BM_PatternLinearScan)->Args({300, 20})->Args({60, 20});

void BM_StripComment(benchmark::State& state) {
  // An actor line of the usual shape: a name, a dated code, a comment.
  const std::string line = "+ISILDUR_THE_TALL_OF_GONDOR  [GONGOV 301001-341231] [GONMIL] # a king of long ago";
  std::string note;
  for (auto _ : state) benchmark::DoNotOptimize(khaldun::dict::StripComment(line, "#;", &note));
}
BENCHMARK(BM_StripComment);

}  // namespace
