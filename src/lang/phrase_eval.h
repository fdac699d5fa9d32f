// Measuring the noun-phrase chunker against Penn Treebank parses.
//
// The metric (documented in docs/lang.md): base NPs in the CoNLL-2000
// chunking style, compared as token spans on the gold tokens. A gold chunk
// is a maximal run of an NP node's children that are chunk material —
// pre-terminals other than punctuation and CC, or ADJP/QP/NML/NX phrases —
// so "(NP (NP the Taliban 's) (NN leader))" gives [the Taliban 's] and
// [leader], "(NP (NP the envoy) (PP of (NP the UN)))" gives [the envoy] and
// [the UN], and "(NP (NP Brazil) (CC and) (NP the US))" gives [Brazil], [the
// US]. Predicted chunks are the kBase NounPhrases. A chunk is correct when
// both its begin and end match; precision, recall and F1 are over chunks.
#ifndef KHALDUN_LANG_PHRASE_EVAL_H_
#define KHALDUN_LANG_PHRASE_EVAL_H_

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "lang/language_analyzer.h"

namespace khaldun {

struct ChunkedSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // as in the tree
  std::vector<std::pair<uint32_t, uint32_t>> chunks;  // gold base NPs [begin, end), sorted
  int line = 0;
  std::string problem;  // a malformed tree: reported, sentence skipped by the evaluation
};

// The gold chunks of every <Parse> element of `xml` (`source` names it in messages).
Result<std::vector<ChunkedSentence>> ParseChunkedXml(std::string_view xml, const std::string& source);
Result<std::vector<ChunkedSentence>> ReadChunkedXml(const std::string& path);

struct PhraseEvaluation {
  uint64_t sentences = 0, gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted == 0 ? 0.0 : static_cast<double>(correct) / predicted; }
  double recall() const { return gold == 0 ? 0.0 : static_cast<double>(correct) / gold; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  void Merge(const PhraseEvaluation& other);
};

// Analyses each sentence's gold words (with the analyser's own tags, or the
// gold tags when `gold_tags`) and scores its base NPs. When `errors` is not
// null, appends one line per sentence with a difference (gold vs predicted).
PhraseEvaluation EvaluateChunker(const LanguageAnalyzer& analyzer, std::span<const ChunkedSentence> sentences,
                                 bool gold_tags, std::string* errors);

// "sentences 76  gold 512  predicted 505  correct 480  P 95.0%  R 93.8%  F1 94.4%"
std::string FormatPhraseEvaluation(const PhraseEvaluation& evaluation);

}  // namespace khaldun

#endif  // KHALDUN_LANG_PHRASE_EVAL_H_
