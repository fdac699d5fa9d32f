// Language-pipeline speed per stage. Reports sentences/s ("items_per_second").
//
//   BM_TagOnly        tagging alone (the baseline the other stages add to)
//   BM_AnalyzeWords   tags + lemmas + NP chunks + PPs + verb groups + clauses
//   BM_PhrasesClauses the phrase and clause stages alone, over tags computed once
//   BM_TextAndLanguage the text stage (normalise, tokenise, split) + the above
//   BM_Lemmas         the lemmas of every word, by the lemmatizer itself
//   BM_LemmasCached   the same through a LemmaCache (what AnalyzeTagged does)
//
// Input: the word sequences of the CoreNLP parses in ../shared (GigaWord
// sample) when present, else a few sentences written here.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/language_analyzer.h"
#include "lang/lemma_cache.h"
#include "bench_corpus.h"
#include "lang/treebank.h"
#include "text/text_analyzer.h"

namespace {

struct Corpus {
  std::vector<khaldun::TreebankSentence> storage;
  std::vector<std::vector<std::string_view>> sentences;
  std::string text;  // the sentences joined as one document, for the text stage
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    c.storage = khaldun::bench::LoadBenchSentences();
    for (const auto& sentence : c.storage) {
      c.sentences.emplace_back(sentence.words.begin(), sentence.words.end());
      for (const std::string& word : sentence.words) {
        // Undo PTB quoting so the text stage sees ordinary text.
        c.text += word == "``" || word == "''" ? "\"" : word == "-LRB-" ? "(" : word == "-RRB-" ? ")" : word;
        c.text += ' ';
      }
      c.text += '\n';
    }
    return c;
  }();
  return corpus;
}

const khaldun::LanguageAnalyzer* GetAnalyzer(benchmark::State& state) {
  static const std::unique_ptr<khaldun::LanguageAnalyzer> analyzer = [] {
    auto loaded = khaldun::LanguageAnalyzer::Load();
    return loaded.ok() ? std::make_unique<khaldun::LanguageAnalyzer>(std::move(loaded).value()) : nullptr;
  }();
  if (analyzer == nullptr) state.SkipWithError("language data missing (npm install, wordnet-base)");
  return analyzer.get();
}

void BM_TagOnly(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  const Corpus& corpus = GetCorpus();
  std::vector<khaldun::PosTag> tags;
  for (auto _ : state) {
    for (const auto& words : corpus.sentences) analyzer->tagger().Tag(words, &tags);
    benchmark::DoNotOptimize(tags.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sentences.size()));
}
BENCHMARK(BM_TagOnly);

void BM_AnalyzeWords(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  const Corpus& corpus = GetCorpus();
  khaldun::SentenceAnalysis analysis;
  for (auto _ : state) {
    for (const auto& words : corpus.sentences) analyzer->AnalyzeWords(words, &analysis);
    benchmark::DoNotOptimize(analysis.clauses.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sentences.size()));
}
BENCHMARK(BM_AnalyzeWords);

void BM_PhrasesClauses(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  const Corpus& corpus = GetCorpus();
  std::vector<std::vector<khaldun::PosTag>> tags(corpus.sentences.size());
  for (size_t i = 0; i < corpus.sentences.size(); ++i) analyzer->tagger().Tag(corpus.sentences[i], &tags[i]);
  khaldun::SentenceAnalysis analysis;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.sentences.size(); ++i) {
      analyzer->AnalyzeTaggedWords(corpus.sentences[i], tags[i], &analysis);
    }
    benchmark::DoNotOptimize(analysis.clauses.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sentences.size()));
}
BENCHMARK(BM_PhrasesClauses);

void BM_TextAndLanguage(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  auto text_analyzer = khaldun::TextAnalyzer::Create();
  if (!text_analyzer.ok()) {
    state.SkipWithError("ICU data missing");
    return;
  }
  khaldun::Document document;
  document.text = GetCorpus().text;
  khaldun::ArticleText text;
  std::vector<khaldun::SentenceAnalysis> analyses;
  size_t sentences = 0;
  for (auto _ : state) {
    text_analyzer.value().Analyze(document, &text);
    analyzer->AnalyzeArticle(text, &analyses);
    sentences += text.sentences.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
}
BENCHMARK(BM_TextAndLanguage);

// The corpus's words with their tags, tagged once.
struct TaggedWords {
  std::vector<std::string_view> words;
  std::vector<khaldun::PosTag> tags;
};

TaggedWords TagCorpus(const khaldun::LanguageAnalyzer& analyzer) {
  TaggedWords tagged;
  std::vector<khaldun::PosTag> tags;
  for (const auto& words : GetCorpus().sentences) {
    analyzer.tagger().Tag(words, &tags);
    tagged.words.insert(tagged.words.end(), words.begin(), words.end());
    tagged.tags.insert(tagged.tags.end(), tags.begin(), tags.end());
  }
  return tagged;
}

void BM_Lemmas(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  const TaggedWords tagged = TagCorpus(*analyzer);
  std::string lemmas;
  for (auto _ : state) {
    lemmas.clear();
    for (size_t i = 0; i < tagged.words.size(); ++i) analyzer->lemmatizer().AppendLemma(tagged.words[i], tagged.tags[i], &lemmas);
    benchmark::DoNotOptimize(lemmas.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tagged.words.size()));
}
BENCHMARK(BM_Lemmas);

void BM_LemmasCached(benchmark::State& state) {
  const auto* analyzer = GetAnalyzer(state);
  if (analyzer == nullptr) return;
  const TaggedWords tagged = TagCorpus(*analyzer);
  khaldun::LemmaCache cache;
  std::string lemmas;
  for (auto _ : state) {
    lemmas.clear();
    cache.Use(analyzer->lemmatizer());
    for (size_t i = 0; i < tagged.words.size(); ++i) cache.Append(tagged.words[i], tagged.tags[i], &lemmas);
    benchmark::DoNotOptimize(lemmas.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tagged.words.size()));
}
BENCHMARK(BM_LemmasCached);

}  // namespace
