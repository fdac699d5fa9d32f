#include "text/article_structure.h"

#include "text/boilerplate.h"

namespace khaldun {
namespace {

constexpr size_t kMaxTitleBytes = 220;
constexpr int kMaxTitleLines = 3;

struct Line {
  uint32_t begin;
  uint32_t end;
};

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\t')) ++span.begin;
  while (span.end > span.begin && (text[span.end - 1] == ' ' || text[span.end - 1] == '\t' ||
                                    text[span.end - 1] == '\r')) {
    --span.end;
  }
  return span;
}

// Whether a line ends where a paragraph may end (a sentence or a quote).
bool EndsLikeParagraph(std::string_view line) {
  if (line.empty()) return true;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ':' || c == ')';
}

// A title line: short, and not ending like a sentence.
bool LooksLikeTitle(std::string_view line) {
  if (line.size() > kMaxTitleBytes || line.empty()) return false;
  return line.back() != '.' && line.back() != ',' && line.back() != ';';
}

}  // namespace

void FindArticleStructure(std::string_view text, std::vector<Block>* blocks, Dateline* dateline) {
  blocks->clear();
  dateline->Clear();

  // 1. Paragraphs: blank lines separate them; inside a run of lines, a line
  // that does not end like a sentence is hard-wrapped and continues.
  // This thread's buffer, kept from document to document: no allocation
  // and regrowth per document once it has grown.
  thread_local std::vector<Span> paragraphs;
  paragraphs.clear();
  {
    Span current{0, 0};
    bool open = false;
    bool in_titles = true;
    uint32_t pos = 0;
    const uint32_t n = static_cast<uint32_t>(text.size());
    while (pos <= n) {
      // memchr: lines are long, and a byte loop cost ~4 instructions a byte.
      const size_t newline = text.find('\n', pos);
      const uint32_t eol = newline == std::string_view::npos ? n : static_cast<uint32_t>(newline);
      Span line = Trim(text, {pos, eol});
      if (line.empty() || IsBlank(line.of(text))) {
        if (open) paragraphs.push_back(current);
        open = false;
      } else if (!open) {
        current = line;
        open = true;
      } else {
        std::string_view previous = current.of(text);
        char first = text[line.begin];
        bool continues = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9');
        bool title = in_titles && LooksLikeTitle(previous) && !continues;
        if (title || (EndsLikeParagraph(previous) && !continues) ||
            ClassifyBoilerplate(line.of(text)) != BoilerplateKind::kNone) {
          paragraphs.push_back(current);
          current = line;
        } else {
          current.end = line.end;
        }
      }
      if (open && !LooksLikeTitle(current.of(text))) in_titles = false;
      pos = eol + 1;
    }
    if (open) paragraphs.push_back(current);
  }

  // 2. Classify: titles until the first body paragraph, furniture anywhere,
  // everything after a comment form is furniture too.
  bool in_titles = true;
  bool in_comments = false;
  bool seen_body = false;
  int titles = 0;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    Span span = paragraphs[p];
    std::string_view paragraph = span.of(text);
    BoilerplateKind boilerplate = ClassifyBoilerplate(paragraph);
    if (boilerplate == BoilerplateKind::kCommentForm) in_comments = true;
    if (in_comments || boilerplate != BoilerplateKind::kNone) {
      blocks->push_back({BlockKind::kBoilerplate, span});
      continue;
    }
    // A title needs a body after it: a lone short paragraph is the body.
    bool last = p + 1 == paragraphs.size();
    if (in_titles && titles < kMaxTitleLines && !last && LooksLikeTitle(paragraph)) {
      Dateline probe;
      if (ParseDateline(paragraph, &probe) == 0) {
        blocks->push_back({titles == 0 ? BlockKind::kHeadline : BlockKind::kSubheadline, span});
        ++titles;
        continue;
      }
    }
    in_titles = false;
    if (!seen_body) {
      seen_body = true;
      Dateline found;
      if (size_t length = ParseDateline(paragraph, &found)) {
        found.span.begin += span.begin;
        found.span.end += span.begin;
        *dateline = found;
        span.begin += static_cast<uint32_t>(length);
        paragraph = span.of(text);
      }
    }
    if (size_t credit = TrailingCreditLength(paragraph)) {
      Span body{span.begin, static_cast<uint32_t>(span.end - credit)};
      body = Trim(text, body);
      if (!body.empty()) blocks->push_back({BlockKind::kBody, body});
      blocks->push_back({BlockKind::kBoilerplate, Trim(text, {body.end, span.end})});
      continue;
    }
    blocks->push_back({BlockKind::kBody, span});
  }
}

}  // namespace khaldun
