#include "lang/treebank.h"

#include <algorithm>

#include "lang/file_util.h"

namespace khaldun {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
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
      if (done) continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

// Counts lines incrementally so a file with many parses stays linear.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  int LineOf(size_t offset) {
    line_ += static_cast<int>(std::count(text_.begin() + static_cast<long>(counted_),
                                         text_.begin() + static_cast<long>(offset), '\n'));
    counted_ = offset;
    return line_;
  }

 private:
  std::string_view text_;
  size_t counted_ = 0;
  int line_ = 1;
};

// Scans one bracketed tree; leaves are "(" TAG space WORD ")".
void ReadLeaves(std::string_view tree, const std::string& where, TreebankSentence* sentence) {
  int depth = 0;
  size_t i = 0;
  while (i < tree.size()) {
    const char c = tree[i];
    if (c == ')') {
      if (--depth < 0) {
        sentence->problem = where + ": unbalanced ')'";
        depth = 0;
      }
      ++i;
      continue;
    }
    if (c != '(') {
      ++i;
      continue;
    }
    ++depth;
    size_t j = i + 1;
    size_t label_end = j;
    while (label_end < tree.size() && !IsSpace(tree[label_end]) && tree[label_end] != '(' &&
           tree[label_end] != ')') {
      ++label_end;
    }
    size_t k = label_end;
    while (k < tree.size() && IsSpace(tree[k])) ++k;
    size_t word_end = k;
    while (word_end < tree.size() && !IsSpace(tree[word_end]) && tree[word_end] != '(' &&
           tree[word_end] != ')') {
      ++word_end;
    }
    size_t close = word_end;
    while (close < tree.size() && IsSpace(tree[close])) ++close;
    if (label_end > j && word_end > k && close < tree.size() && tree[close] == ')') {
      sentence->tags.push_back(DecodeEntities(tree.substr(j, label_end - j)));
      sentence->words.push_back(DecodeEntities(tree.substr(k, word_end - k)));
      --depth;
      i = close + 1;
      continue;
    }
    i = label_end;
  }
  if (depth != 0 && sentence->problem.empty()) sentence->problem = where + ": unbalanced brackets";
}

}  // namespace

Result<std::vector<TreebankSentence>> ParseTreebankXml(std::string_view xml,
                                                       const std::string& source) {
  std::vector<TreebankSentence> sentences;
  constexpr std::string_view kOpen = "<Parse>";
  constexpr std::string_view kClose = "</Parse>";
  size_t pos = 0;
  LineCounter lines(xml);
  while ((pos = xml.find(kOpen, pos)) != std::string_view::npos) {
    const size_t begin = pos + kOpen.size();
    const size_t end = xml.find(kClose, begin);
    const int line = lines.LineOf(pos);
    if (end == std::string_view::npos) {
      return Status::Error(source + ":" + std::to_string(line) + ": <Parse> without </Parse>");
    }
    TreebankSentence sentence;
    sentence.line = line;
    ReadLeaves(xml.substr(begin, end - begin), source + ":" + std::to_string(line), &sentence);
    if (!sentence.words.empty()) sentences.push_back(std::move(sentence));
    pos = end + kClose.size();
  }
  return sentences;
}

Result<std::vector<TreebankSentence>> ReadTreebankXml(const std::string& path) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ParseTreebankXml(bytes.value(), path);
}

}  // namespace khaldun
