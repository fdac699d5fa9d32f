#include "lang/phrase_eval.h"

#include <algorithm>
#include <cstdio>

#include "lang/file_util.h"
#include "lang/tag_eval.h"

namespace khaldun {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string Decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    static constexpr std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (const auto& [entity, c] : kEntities) {
      if (text.substr(i, entity.size()) == entity) {
        out.push_back(c);
        i += entity.size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out.push_back(text[i]);
  }
  return out;
}

bool IsPunctuationTag(std::string_view tag) {
  return tag == "," || tag == ":" || tag == "." || tag == "``" || tag == "''" || tag == "-LRB-" ||
         tag == "-RRB-" || tag == "CC" || tag == "HYPH" || tag == "-NONE-";
}

bool IsNpLabel(std::string_view label) {
  return label == "NP" || label.substr(0, 3) == "NP-";
}

bool IsChunkPhrase(std::string_view label) {
  return label == "ADJP" || label == "QP" || label == "NML" || label == "NX";
}

// Recursive descent over one bracketed tree.
class TreeReader {
 public:
  TreeReader(std::string_view tree, ChunkedSentence* out) : tree_(tree), out_(*out) {}

  bool Read() {
    Skip();
    while (pos_ < tree_.size()) {
      if (tree_[pos_] != '(') return false;
      Node ignored;
      if (!ReadNode(&ignored, 0)) return false;
      Skip();
    }
    std::sort(out_.chunks.begin(), out_.chunks.end());
    return true;
  }

 private:
  struct Node {
    std::string label;
    bool preterminal = false;
    uint32_t begin = 0, end = 0;
  };

  void Skip() { while (pos_ < tree_.size() && IsSpace(tree_[pos_])) ++pos_; }
  std::string_view Atom() {
    const size_t start = pos_;
    while (pos_ < tree_.size() && !IsSpace(tree_[pos_]) && tree_[pos_] != '(' && tree_[pos_] != ')') ++pos_;
    return tree_.substr(start, pos_ - start);
  }

  bool ReadNode(Node* node, int depth) {
    if (depth > 500) return false;
    ++pos_;  // '('
    Skip();
    node->label = std::string(Atom());
    Skip();
    node->begin = static_cast<uint32_t>(out_.words.size());
    if (pos_ < tree_.size() && tree_[pos_] != '(' && tree_[pos_] != ')') {
      const std::string_view word = Atom();
      Skip();
      if (pos_ >= tree_.size() || tree_[pos_] != ')') return false;
      ++pos_;
      node->preterminal = true;
      out_.words.push_back(Decode(word));
      out_.tags.push_back(Decode(node->label));
      node->end = node->begin + 1;
      return true;
    }
    std::vector<Node> children;
    while (pos_ < tree_.size() && tree_[pos_] == '(') {
      children.emplace_back();
      if (!ReadNode(&children.back(), depth + 1)) return false;
      Skip();
    }
    if (pos_ >= tree_.size() || tree_[pos_] != ')') return false;
    ++pos_;
    node->end = static_cast<uint32_t>(out_.words.size());
    if (IsNpLabel(node->label)) AddChunks(children);
    return true;
  }

  void AddChunks(const std::vector<Node>& children) {
    uint32_t run_begin = 0, run_end = 0;
    bool in_run = false;
    auto close = [&] {
      if (in_run && run_end > run_begin) out_.chunks.emplace_back(run_begin, run_end);
      in_run = false;
    };
    for (const Node& child : children) {
      const bool material = child.preterminal ? !IsPunctuationTag(child.label) : IsChunkPhrase(child.label);
      if (!material) {
        close();
        continue;
      }
      if (!in_run) run_begin = child.begin;
      in_run = true;
      run_end = child.end;
    }
    close();
  }

  std::string_view tree_;
  ChunkedSentence& out_;
  size_t pos_ = 0;
};

}  // namespace

Result<std::vector<ChunkedSentence>> ParseChunkedXml(std::string_view xml, const std::string& source) {
  std::vector<ChunkedSentence> sentences;
  constexpr std::string_view kOpen = "<Parse>", kClose = "</Parse>";
  size_t pos = 0, counted = 0;
  int line = 1;
  while ((pos = xml.find(kOpen, pos)) != std::string_view::npos) {
    line += static_cast<int>(std::count(xml.begin() + static_cast<long>(counted), xml.begin() + static_cast<long>(pos), '\n'));
    counted = pos;
    const size_t begin = pos + kOpen.size();
    const size_t end = xml.find(kClose, begin);
    if (end == std::string_view::npos) {
      return Status::Error(source + ":" + std::to_string(line) + ": <Parse> without </Parse>");
    }
    ChunkedSentence sentence;
    sentence.line = line;
    if (!TreeReader(xml.substr(begin, end - begin), &sentence).Read()) {
      sentence.problem = source + ":" + std::to_string(line) + ": malformed tree";
    }
    if (!sentence.words.empty() || !sentence.problem.empty()) sentences.push_back(std::move(sentence));
    pos = end + kClose.size();
  }
  return sentences;
}

Result<std::vector<ChunkedSentence>> ReadChunkedXml(const std::string& path) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ParseChunkedXml(bytes.value(), path);
}

void PhraseEvaluation::Merge(const PhraseEvaluation& other) {
  sentences += other.sentences;
  gold += other.gold;
  predicted += other.predicted;
  correct += other.correct;
}

PhraseEvaluation EvaluateChunker(const LanguageAnalyzer& analyzer, std::span<const ChunkedSentence> sentences,
                                 bool gold_tags, std::string* errors) {
  PhraseEvaluation evaluation;
  SentenceAnalysis analysis;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  std::vector<std::pair<uint32_t, uint32_t>> predicted;
  for (const ChunkedSentence& sentence : sentences) {
    if (!sentence.problem.empty() || sentence.words.empty()) continue;
    words.assign(sentence.words.begin(), sentence.words.end());
    if (gold_tags) {
      tags.clear();
      for (const std::string& tag : sentence.tags) tags.push_back(NormalizeGoldTag(tag).value_or(PosTag::kSYM));
      analyzer.AnalyzeTaggedWords(words, tags, &analysis);
    } else {
      analyzer.AnalyzeWords(words, &analysis);
    }
    predicted.clear();
    for (const NounPhrase& np : analysis.nps) {
      if (np.kind == NounPhraseKind::kBase) predicted.emplace_back(np.begin, np.end);
    }
    std::sort(predicted.begin(), predicted.end());
    std::vector<std::pair<uint32_t, uint32_t>> both;
    std::set_intersection(predicted.begin(), predicted.end(), sentence.chunks.begin(), sentence.chunks.end(),
                          std::back_inserter(both));
    ++evaluation.sentences;
    evaluation.gold += sentence.chunks.size();
    evaluation.predicted += predicted.size();
    evaluation.correct += both.size();
    if (errors != nullptr && (both.size() != predicted.size() || both.size() != sentence.chunks.size())) {
      auto render = [&](const std::vector<std::pair<uint32_t, uint32_t>>& chunks) {
        std::string out;
        for (uint32_t i = 0; i < words.size(); ++i) {
          for (const auto& c : chunks) if (c.first == i) out += '[';
          out += words[i];
          out += '/';
          out += PosTagName(analysis.tags[i]);
          for (const auto& c : chunks) if (c.second == i + 1) out += ']';
          out += ' ';
        }
        return out;
      };
      *errors += "line " + std::to_string(sentence.line) + "\n  gold: " + render(sentence.chunks) +
                 "\n  ours: " + render(predicted) + "\n";
    }
  }
  return evaluation;
}

std::string FormatPhraseEvaluation(const PhraseEvaluation& e) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "sentences %llu  gold %llu  predicted %llu  correct %llu  P %.1f%%  R %.1f%%  F1 %.1f%%\n",
                static_cast<unsigned long long>(e.sentences), static_cast<unsigned long long>(e.gold),
                static_cast<unsigned long long>(e.predicted), static_cast<unsigned long long>(e.correct),
                100 * e.precision(), 100 * e.recall(), 100 * e.f1());
  return buffer;
}

}  // namespace khaldun
