// The sentences the language benchmarks run over: the word sequences of the
// CoreNLP parses in ../shared (GigaWord sample) when present, else a few
// sentences written here, so the benchmarks still run without ../shared.
#ifndef KHALDUN_BENCH_BENCH_CORPUS_H_
#define KHALDUN_BENCH_BENCH_CORPUS_H_

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "lang/treebank.h"

namespace khaldun::bench {

inline std::vector<TreebankSentence> LoadBenchSentences() {
  std::string shared = KHALDUN_SHARED_DIR;
  if (const char* env = std::getenv("KHALDUN_SHARED"); env != nullptr) shared = env;
  auto read = ReadTreebankXml(shared + "/anchors/text/GigaWord.sample.PETR.xml");
  if (read.ok()) return std::move(read).value();
  std::vector<TreebankSentence> sentences;
  for (const char* text : {"The Taliban rejected the offer of peace talks on Monday .",
                           "Officials said the US-backed government will not call a ceasefire .",
                           "Troops killed in the raid were buried in Kabul , police said ."}) {
    TreebankSentence sentence;
    std::string_view rest = text;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      sentence.words.emplace_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
    }
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

}  // namespace khaldun::bench

#endif  // KHALDUN_BENCH_BENCH_CORPUS_H_
