// TextAnalyzer: a Document into structure, sentences and tokens.
//
// The text stage in one call: normalise (offsets kept), find the article's
// structure, tokenise every headline and body block, split sentences.
// Boilerplate blocks are kept in the structure but get no sentences.
#ifndef KHALDUN_TEXT_TEXT_ANALYZER_H_
#define KHALDUN_TEXT_TEXT_ANALYZER_H_

#include "base/status.h"
#include "ingest/document.h"
#include "text/article_text.h"
#include "text/normalizer.h"

namespace khaldun {

class TextAnalyzer {
 public:
  // Fails only when ICU data is missing.
  static Result<TextAnalyzer> Create();

  // Fills `*out` (cleared first, capacity reused) from `document.text`.
  // Immutable: safe to call from several threads with different outputs.
  void Analyze(const Document& document, ArticleText* out) const;

 private:
  explicit TextAnalyzer(Normalizer normalizer) : normalizer_(normalizer) {}
  Normalizer normalizer_;
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_TEXT_ANALYZER_H_
