// Micro-benchmarks of the text stage: normalise, structure, tokenise, split.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/text_analyzer.h"
#include "text/tokenizer.h"

namespace khaldun {
namespace {

// News-like paragraphs written for the benchmark.
std::string SampleText() {
  std::string paragraph =
      "KABUL (AFP) - U.S. envoy Zalmay Khalilzad met Taliban negotiators in Doha on Sunday, "
      "the State Department said, as both sides pushed for a deal. \"We've made substantial "
      "progress,\" he wrote on Twitter. The insurgents, who control about 40 percent of the "
      "country, rejected calls for a ceasefire on Saturday -- but said talks would continue. "
      "Gen. Scott Miller, the commander of NATO forces, met President Ashraf Ghani at 9 a.m.\n";
  std::string text;
  for (int i = 0; i < 20; ++i) text += paragraph;
  return text;
}

void BM_Normalize(benchmark::State& state) {
  Normalizer normalizer = Normalizer::Create().value();
  std::string text = SampleText(), out;
  OffsetMap offsets;
  for (auto _ : state) {
    normalizer.Normalize(text, &out, &offsets);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Normalize);

void BM_Tokenize(benchmark::State& state) {
  std::string text = SampleText();
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens.size()) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  std::string text = SampleText();
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    sentences.clear();
    SplitSentences(tokens, 0, static_cast<uint32_t>(tokens.size()), 0, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences.size()) * state.iterations(),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SplitSentences);

void BM_AnalyzeDocument(benchmark::State& state) {
  TextAnalyzer analyzer = TextAnalyzer::Create().value();
  Document document;
  document.text = SampleText();
  ArticleText out;
  for (auto _ : state) {
    analyzer.Analyze(document, &out);
    benchmark::DoNotOptimize(out.sentences.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(out.sentences.size()) * state.iterations(),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeDocument);

}  // namespace
}  // namespace khaldun
