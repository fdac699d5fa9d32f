#include "ingest/html_extractor.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

constexpr char kPage[] = R"(<!DOCTYPE html>
<html><head><title>Truce talks | Example News</title>
<meta property="article:published_time" content="2025-03-03T14:25:00+00:00">
<link rel="canonical" href="https://example.org/truce">
<style>p { color: red }</style><script>var tracking = "Please ignore";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="site-header">Example News</header>
<article>
  <h1>Junta rejects truce offer</h1>
  <p class="standfirst">Rebels had proposed a ceasefire for Ramadan</p>
  <div class="byline">By A. Writer</div>
  <p>BAMAKO, March 3 (Reuters) - Mali's junta <b>rejected</b> a ceasefire offer on Monday.</p>
  <div class="share-buttons"><a>Share on Facebook</a><a>Tweet</a></div>
  <p>The rebels said they would keep fighting.</p>
  <figure><img src="x.jpg"><figcaption>Soldiers in Bamako.</figcaption></figure>
</article>
<aside class="related"><h3>Related</h3><p>Another story.</p></aside>
<form id="commentform"><p>Leave a Reply</p><textarea>Please enter your comment!</textarea></form>
<footer>Copyright 2025 Example News</footer>
</body></html>)";

TEST(HtmlExtractorTest, KeepsTheArticleDropsTheFurniture) {
  Document d;
  Status status = ExtractHtmlArticle(kPage, &d);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(d.title, "Junta rejects truce offer");
  EXPECT_EQ(d.date, "2025-03-03");
  EXPECT_EQ(d.url, "https://example.org/truce");
  EXPECT_EQ(d.format, DocumentFormat::kHtml);
  EXPECT_EQ(d.text,
            "Junta rejects truce offer\n\n"
            "Rebels had proposed a ceasefire for Ramadan\n\n"
            "BAMAKO, March 3 (Reuters) - Mali's junta rejected a ceasefire offer on Monday.\n\n"
            "The rebels said they would keep fighting.\n\n");
}

TEST(HtmlExtractorTest, FallsBackToBodyAndTitle) {
  Document d;
  ASSERT_TRUE(ExtractHtmlArticle("<html><head><title>Plain page</title></head><body><p>One paragraph.</p></body></html>", &d).ok());
  EXPECT_EQ(d.title, "Plain page");
  EXPECT_EQ(d.text, "Plain page\n\nOne paragraph.\n\n");
}

TEST(HtmlExtractorTest, EmptyPageIsAnError) {
  Document d;
  EXPECT_FALSE(ExtractHtmlArticle("<html><body><script>x()</script></body></html>", &d).ok());
  EXPECT_FALSE(ExtractHtmlArticle("", &d).ok());
}

}  // namespace
}  // namespace khaldun
