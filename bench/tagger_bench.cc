// Tagging and lemmatisation speed. Reports tokens/s ("items_per_second").
//
// Input: the word sequences of the CoreNLP parses in ../shared (GigaWord
// sample) when present, else a few sentences written here.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "lang/data_paths.h"
#include "lang/lemmatizer.h"
#include "lang/tagger.h"
#include "bench_corpus.h"
#include "lang/treebank.h"

namespace {

using khaldun::PosTag;

struct Corpus {
  std::vector<khaldun::TreebankSentence> storage;
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    c.storage = khaldun::bench::LoadBenchSentences();
    for (const auto& sentence : c.storage) {
      c.sentences.emplace_back(sentence.words.begin(), sentence.words.end());
      c.tokens += sentence.words.size();
    }
    return c;
  }();
  return corpus;
}

struct Models {
  std::unique_ptr<khaldun::Lemmatizer> lemmatizer;
  std::unique_ptr<khaldun::Tagger> tagger;
};

const Models& GetModels() {
  static const Models models = [] {
    Models m;
    auto lemmatizer = khaldun::Lemmatizer::Load(khaldun::WordNetDir());
    if (!lemmatizer.ok()) return m;
    m.lemmatizer = std::make_unique<khaldun::Lemmatizer>(std::move(lemmatizer).value());
    khaldun::TaggerOptions options;
    options.wordnet = m.lemmatizer->shared_wordnet();
    auto tagger = khaldun::Tagger::Load(options);
    if (tagger.ok()) m.tagger = std::make_unique<khaldun::Tagger>(std::move(tagger).value());
    return m;
  }();
  return models;
}

void BM_Tag(benchmark::State& state) {
  const Models& models = GetModels();
  if (models.tagger == nullptr) {
    state.SkipWithError("tagger data missing (npm install, wordnet-base)");
    return;
  }
  const Corpus& corpus = GetCorpus();
  std::vector<PosTag> tags;
  for (auto _ : state) {
    for (const auto& sentence : corpus.sentences) {
      models.tagger->Tag(sentence, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.sentences.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag);

void BM_TagAndLemmatize(benchmark::State& state) {
  const Models& models = GetModels();
  if (models.tagger == nullptr) {
    state.SkipWithError("tagger data missing (npm install, wordnet-base)");
    return;
  }
  const Corpus& corpus = GetCorpus();
  std::vector<PosTag> tags;
  std::string lemma;
  for (auto _ : state) {
    for (const auto& sentence : corpus.sentences) {
      models.tagger->Tag(sentence, &tags);
      for (size_t i = 0; i < sentence.size(); ++i) {
        models.lemmatizer->LemmatizeInto(sentence[i], tags[i], &lemma);
        benchmark::DoNotOptimize(lemma.data());
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
}
BENCHMARK(BM_TagAndLemmatize);

// Start-up cost: loading en-lexicon and WordNet.
void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto lemmatizer = khaldun::Lemmatizer::Load(khaldun::WordNetDir());
    if (!lemmatizer.ok()) {
      state.SkipWithError(lemmatizer.status().message().c_str());
      return;
    }
    khaldun::TaggerOptions options;
    options.wordnet = lemmatizer.value().shared_wordnet();
    auto tagger = khaldun::Tagger::Load(options);
    benchmark::DoNotOptimize(tagger.ok());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
