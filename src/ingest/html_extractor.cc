#include "ingest/html_extractor.h"

#include <gumbo.h>

#include <string>
#include <vector>

#include "base/date.h"

namespace khaldun {
namespace {

// class/id fragments of page furniture.
constexpr std::string_view kFurnitureHints[] = {
    "share",   "social",   "comment", "subscribe", "newsletter", "related", "advert",
    "promo",   "cookie",   "breadcrumb", "byline", "menu",       "navbar",  "footer",
    "sidebar", "tags",     "author",  "signup",    "popup",      "modal",   "recommend",
    "most-read", "trending", "widget", "banner",   "caption",
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute != nullptr ? std::string_view(attribute->value) : std::string_view();
}

bool IsFurniture(const GumboElement& element) {
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      break;
  }
  std::string hints = Lower(Attribute(element, "class"));
  hints += ' ';
  hints += Lower(Attribute(element, "id"));
  for (std::string_view hint : kFurnitureHints) {
    if (hints.find(hint) != std::string::npos) return true;
  }
  return Attribute(element, "hidden").data() != nullptr || Attribute(element, "aria-hidden") == "true";
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

// Appends text with runs of whitespace collapsed to one space.
void AppendCollapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

struct Page {
  std::string title_tag;
  std::string og_title;
  std::string date;
  std::string canonical;
  const GumboNode* article = nullptr;  // best content container
  int article_rank = 0;                // higher is better
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(n->v.text.text, &out);
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void SetDate(std::string_view value, Page* page) {
  if (!page->date.empty()) return;
  if (std::optional<Date> date = ParseDate(value.substr(0, std::min<size_t>(value.size(), 10)))) {
    page->date = date->ToString();
  }
}

// One pass over the tree for metadata and the content container.
void Survey(const GumboNode* root, Page* page) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = node->v.element;
    switch (element.tag) {
      case GUMBO_TAG_TITLE:
        if (page->title_tag.empty()) page->title_tag = TextOf(node);
        break;
      case GUMBO_TAG_META: {
        std::string key = Lower(Attribute(element, "property"));
        if (key.empty()) key = Lower(Attribute(element, "name"));
        std::string_view content = Attribute(element, "content");
        if (key == "og:title" && page->og_title.empty()) page->og_title = std::string(content);
        if (key == "article:published_time" || key == "date" || key == "pubdate" ||
            key == "publish-date" || key == "dc.date" || key == "og:published_time") {
          SetDate(content, page);
        }
        break;
      }
      case GUMBO_TAG_LINK:
        if (Lower(Attribute(element, "rel")) == "canonical") page->canonical = std::string(Attribute(element, "href"));
        break;
      case GUMBO_TAG_TIME:
        SetDate(Attribute(element, "datetime"), page);
        break;
      case GUMBO_TAG_BODY:
        page->body = node;
        break;
      case GUMBO_TAG_MAIN:
        if (page->main == nullptr) page->main = node;
        break;
      default:
        break;
    }
    int rank = 0;
    if (element.tag == GUMBO_TAG_ARTICLE) rank = 2;
    std::string hints = Lower(Attribute(element, "class")) + " " + Lower(Attribute(element, "itemprop"));
    if (hints.find("articlebody") != std::string::npos || hints.find("article-body") != std::string::npos ||
        hints.find("story-body") != std::string::npos || hints.find("entry-content") != std::string::npos ||
        hints.find("post-content") != std::string::npos) {
      rank = 1;
    }
    if (rank > page->article_rank) {
      page->article = node;
      page->article_rank = rank;
    }
    const GumboVector& children = element.children;
    for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
}

// Collects the paragraphs under `root`, skipping furniture. The first <h1>
// becomes the headline.
class ParagraphCollector {
 public:
  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(node->v.text.text, &current_);
      return;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(" ", &current_);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& element = node->v.element;
    if (IsFurniture(element)) return;
    bool block = IsBlock(element.tag);
    if (block) Flush();
    const GumboVector& children = element.children;
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]));
    if (block) {
      if (element.tag == GUMBO_TAG_H1 && headline_.empty()) {
        headline_ = Trimmed();
        current_.clear();
      } else {
        Flush();
      }
    }
  }

  void Flush() {
    std::string text = Trimmed();
    current_.clear();
    if (!text.empty()) paragraphs_.push_back(std::move(text));
  }

  const std::string& headline() const { return headline_; }
  const std::vector<std::string>& paragraphs() const { return paragraphs_; }

 private:
  std::string Trimmed() const {
    size_t b = 0, e = current_.size();
    while (b < e && current_[b] == ' ') ++b;
    while (e > b && current_[e - 1] == ' ') --e;
    return current_.substr(b, e - b);
  }

  std::string current_;
  std::string headline_;
  std::vector<std::string> paragraphs_;
};

}  // namespace

Status ExtractHtmlArticle(std::string_view html, Document* document) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Page page;
  Survey(output->root, &page);
  const GumboNode* root = page.article ? page.article : page.main ? page.main : page.body ? page.body : output->root;
  ParagraphCollector collector;
  collector.Walk(root);
  collector.Flush();
  if (collector.headline().empty() && root != page.body && page.body != nullptr) {
    // The headline may sit above the article container.
    ParagraphCollector whole;
    whole.Walk(page.body);
    if (!whole.headline().empty()) {
      document->title = whole.headline();
    }
  }
  if (document->title.empty()) document->title = collector.headline();
  if (document->title.empty()) document->title = !page.og_title.empty() ? page.og_title : page.title_tag;
  gumbo_destroy_output(&kGumboDefaultOptions, output);

  document->format = DocumentFormat::kHtml;
  if (!page.date.empty()) document->date = page.date;
  if (!page.canonical.empty() && document->url.empty()) document->url = page.canonical;
  document->text.clear();
  if (!document->title.empty()) document->text = document->title + "\n\n";
  for (const std::string& paragraph : collector.paragraphs()) {
    if (paragraph == document->title) continue;
    document->text += paragraph;
    document->text += "\n\n";
  }
  if (collector.paragraphs().empty()) return Status::Error("HTML page holds no article text");
  return Status::Ok();
}

}  // namespace khaldun
