// Measuring the tagger against silver Penn Treebank labels.
#ifndef KHALDUN_LANG_TAG_EVAL_H_
#define KHALDUN_LANG_TAG_EVAL_H_

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "lang/pos_tag.h"
#include "lang/tagger.h"
#include "lang/treebank.h"

namespace khaldun {

struct TagEvaluation {
  size_t sentences = 0;
  size_t tokens = 0;    // scored tokens
  size_t correct = 0;
  size_t unscored = 0;  // gold tags outside the Penn set (-NONE-, typos)
  // (gold, predicted) -> count, for the errors only.
  std::map<std::pair<PosTag, PosTag>, size_t> confusion;
  // word -> count of its errors, to see which words the tagger gets wrong.
  std::map<std::string, size_t> error_words;

  double accuracy() const { return tokens == 0 ? 0.0 : static_cast<double>(correct) / tokens; }
  // Adds `other`'s counts to this one.
  void Merge(const TagEvaluation& other);
};

// The Penn tag a gold label stands for. PETRARCH's CoreNLP trees mark
// auxiliaries as AUXD/AUXZ/...; those are the VBD/VBZ/... of the auxiliary.
// Returns nullopt for labels that are not part-of-speech tags (-NONE-).
std::optional<PosTag> NormalizeGoldTag(std::string_view label);

// Tags each sentence's gold word sequence and compares with its gold tags.
TagEvaluation EvaluateTagger(const Tagger& tagger, std::span<const TreebankSentence> sentences);

// A human-readable summary: accuracy, then the `top` most frequent
// confusions ("gold -> predicted  count") and most frequently mis-tagged words.
std::string FormatTagEvaluation(const TagEvaluation& evaluation, int top);

}  // namespace khaldun

#endif  // KHALDUN_LANG_TAG_EVAL_H_
