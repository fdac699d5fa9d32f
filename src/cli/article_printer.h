// ArticlePrinter: how `khaldun parse` shows a document, readably or as JSON.
#ifndef KHALDUN_CLI_ARTICLE_PRINTER_H_
#define KHALDUN_CLI_ARTICLE_PRINTER_H_

#include <cstdio>
#include <span>

#include <nlohmann/json.hpp>

#include "ingest/document.h"
#include "lang/sentence_analysis.h"
#include "text/article_text.h"

namespace khaldun::cli {

// Human-readable: metadata, each block, each sentence with its tokens.
// Offsets shown are byte offsets into the original document text.
// `analyses` holds one SentenceAnalysis per sentence of `text` (or is empty:
// no language analysis); each sentence then shows its tagged words, its
// noun-phrase chunks in brackets and one line per clause.
void PrintArticle(const Document& document, const ArticleText& text,
                  std::span<const SentenceAnalysis> analyses, bool show_tokens, std::FILE* out);

// The same as one JSON object (documented in docs/parse-json.md); each
// sentence gets an "analysis" object when `analyses` is not empty.
nlohmann::json ArticleToJson(const Document& document, const ArticleText& text,
                             std::span<const SentenceAnalysis> analyses);

// One sentence's analysis as JSON: tags, lemmas, nps, pps, clauses. Indices
// are token positions within the sentence or indices into those arrays;
// null stands for "none".
nlohmann::json AnalysisToJson(const SentenceAnalysis& analysis);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_ARTICLE_PRINTER_H_
