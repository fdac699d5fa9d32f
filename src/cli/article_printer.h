// ArticlePrinter: how `khaldun parse` shows a document, readably or as JSON.
#ifndef KHALDUN_CLI_ARTICLE_PRINTER_H_
#define KHALDUN_CLI_ARTICLE_PRINTER_H_

#include <cstdio>

#include <nlohmann/json.hpp>

#include "ingest/document.h"
#include "text/article_text.h"

namespace khaldun::cli {

// Human-readable: metadata, each block, each sentence with its tokens.
// Offsets shown are byte offsets into the original document text.
void PrintArticle(const Document& document, const ArticleText& text, bool show_tokens, std::FILE* out);

// The same as one JSON object (documented in docs/parse-json.md).
nlohmann::json ArticleToJson(const Document& document, const ArticleText& text);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_ARTICLE_PRINTER_H_
