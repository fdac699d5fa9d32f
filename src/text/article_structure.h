// ArticleStructure: headlines, dateline, paragraphs and furniture of an article.
//
// Works on normalised text as scraped sites deliver it: title lines first,
// then paragraphs (one per line, or hard-wrapped lines separated by blank
// lines), the first one usually opening with a dateline
// ("KABUL (AFP) -", "WASHINGTON, June 2 (Reuters) -", "ISLAMABAD:"), and
// credits, share lines and comment forms at the end.
#ifndef KHALDUN_TEXT_ARTICLE_STRUCTURE_H_
#define KHALDUN_TEXT_ARTICLE_STRUCTURE_H_

#include <string_view>
#include <vector>

#include "text/article_text.h"

namespace khaldun {

// Fills `*blocks` (cleared first) with the article's blocks in text order
// and `*dateline` with the dateline of the first body paragraph, if any.
// Body blocks never include the dateline or a trailing credit: those spans
// are kept separately (dateline) or as boilerplate blocks.
void FindArticleStructure(std::string_view text, std::vector<Block>* blocks, Dateline* dateline);

// Parses a dateline at the start of `paragraph`. Returns the number of
// bytes it takes (including the separator and following spaces) and fills
// `*dateline` (span relative to `paragraph`), or returns 0.
size_t ParseDateline(std::string_view paragraph, Dateline* dateline);

}  // namespace khaldun

#endif  // KHALDUN_TEXT_ARTICLE_STRUCTURE_H_
