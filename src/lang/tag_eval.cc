#include "lang/tag_eval.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace khaldun {

void TagEvaluation::Merge(const TagEvaluation& other) {
  sentences += other.sentences;
  tokens += other.tokens;
  correct += other.correct;
  unscored += other.unscored;
  for (const auto& [key, count] : other.confusion) confusion[key] += count;
  for (const auto& [word, count] : other.error_words) error_words[word] += count;
}

std::optional<PosTag> NormalizeGoldTag(std::string_view label) {
  if (std::optional<PosTag> tag = ParsePosTag(label)) return tag;
  if (label.starts_with("AUX")) {
    std::string verb = "VB" + std::string(label.substr(3));
    if (label == "AUXB" || label == "AUX") verb = "VB";
    return ParsePosTag(verb);
  }
  if (label == "-LCB-" || label == "-LSB-") return PosTag::kLRB;
  if (label == "-RCB-" || label == "-RSB-") return PosTag::kRRB;
  return std::nullopt;
}

TagEvaluation EvaluateTagger(const Tagger& tagger, std::span<const TreebankSentence> sentences) {
  TagEvaluation evaluation;
  std::vector<std::string_view> words;
  std::vector<PosTag> predicted;
  for (const TreebankSentence& sentence : sentences) {
    words.assign(sentence.words.begin(), sentence.words.end());
    tagger.Tag(words, &predicted);
    ++evaluation.sentences;
    for (size_t i = 0; i < words.size(); ++i) {
      std::optional<PosTag> gold = NormalizeGoldTag(sentence.tags[i]);
      if (!gold) {
        ++evaluation.unscored;
        continue;
      }
      ++evaluation.tokens;
      if (*gold == predicted[i]) {
        ++evaluation.correct;
      } else {
        ++evaluation.confusion[{*gold, predicted[i]}];
        ++evaluation.error_words[sentence.words[i] + "/" + std::string(PosTagName(*gold)) + "->" +
                                 std::string(PosTagName(predicted[i]))];
      }
    }
  }
  return evaluation;
}

std::string FormatTagEvaluation(const TagEvaluation& evaluation, int top) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "sentences %zu  tokens %zu  correct %zu  accuracy %.2f%%\n",
                evaluation.sentences, evaluation.tokens, evaluation.correct,
                100.0 * evaluation.accuracy());
  out += line;
  if (evaluation.unscored > 0) {
    std::snprintf(line, sizeof line, "unscored (gold label not a Penn tag): %zu\n", evaluation.unscored);
    out += line;
  }
  std::vector<std::pair<size_t, std::pair<PosTag, PosTag>>> confusions;
  for (const auto& [key, count] : evaluation.confusion) confusions.push_back({count, key});
  std::sort(confusions.begin(), confusions.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  if (!confusions.empty()) out += "most frequent confusions (gold -> tagged):\n";
  for (int i = 0; i < top && i < static_cast<int>(confusions.size()); ++i) {
    const auto& [count, key] = confusions[static_cast<size_t>(i)];
    std::snprintf(line, sizeof line, "  %-6s -> %-6s %5zu\n", std::string(PosTagName(key.first)).c_str(),
                  std::string(PosTagName(key.second)).c_str(), count);
    out += line;
  }
  std::vector<std::pair<size_t, std::string>> words;
  for (const auto& [word, count] : evaluation.error_words) words.push_back({count, word});
  std::stable_sort(words.begin(), words.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (!words.empty()) out += "most frequent errors (word/gold->tagged):\n";
  for (int i = 0; i < top && i < static_cast<int>(words.size()); ++i) {
    std::snprintf(line, sizeof line, "  %-40s %5zu\n", words[static_cast<size_t>(i)].second.c_str(),
                  words[static_cast<size_t>(i)].first);
    out += line;
  }
  return out;
}

}  // namespace khaldun
