// HtmlExtractor: the article inside a news web page.
//
// Parses with gumbo (a real HTML5 parser), finds the article (an <article>,
// an articleBody, a known content container, <main>, else <body>), keeps its
// headline and paragraphs, and drops navigation, scripts, styles, forms,
// share buttons, related-article boxes and comment sections.
#ifndef KHALDUN_INGEST_HTML_EXTRACTOR_H_
#define KHALDUN_INGEST_HTML_EXTRACTOR_H_

#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace khaldun {

// Fills document->title, ->date (YYYY-MM-DD from the page's metadata, when
// present), ->url (canonical link, when present) and ->text: the headline,
// then each paragraph, separated by blank lines. Fails when the page holds
// no text at all.
Status ExtractHtmlArticle(std::string_view html, Document* document);

}  // namespace khaldun

#endif  // KHALDUN_INGEST_HTML_EXTRACTOR_H_
