// ArticleText: a document read into structure, sentences and tokens.
//
// This is what the text stage hands to the language pipeline. All spans are
// byte ranges of `normalized`; `offsets` turns them into ranges of the
// original Document::text.
#ifndef KHALDUN_TEXT_ARTICLE_TEXT_H_
#define KHALDUN_TEXT_ARTICLE_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/offset_map.h"
#include "text/span.h"
#include "text/token.h"

namespace khaldun {

enum class BlockKind : uint8_t {
  kHeadline,     // the first title line
  kSubheadline,  // further title lines before the body
  kBody,         // a paragraph of the article
  kBoilerplate,  // credits, comment forms, share lines: kept for display, never coded
};

const char* BlockKindName(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kBody;
  Span span;
};

// "KABUL (AFP) -", "WASHINGTON, June 2 (Reuters) -", "ISLAMABAD:".
struct Dateline {
  Span span;            // the whole dateline including its closing ":" or "-"
  std::string place;    // as written, e.g. "ISLAMABAD"
  std::string agency;   // e.g. "AFP"; empty when absent
  std::string month_day;// e.g. "June 2"; empty when absent (the year is not written)
  bool present = false;

  // The same as assigning Dateline(), keeping the strings' capacity (no
  // temporary to build, move from and destroy for every document).
  void Clear() {
    span = Span();
    place.clear();
    agency.clear();
    month_day.clear();
    present = false;
  }
};

struct Sentence {
  uint32_t token_begin = 0;  // index into ArticleText::tokens
  uint32_t token_end = 0;    // one past the last token
  Span span;                 // normalised bytes from first to last token
  uint32_t block = 0;        // index into ArticleText::blocks
};

struct ArticleText {
  std::string normalized;
  OffsetMap offsets;
  std::vector<Block> blocks;
  Dateline dateline;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // Empties every field but keeps allocated capacity, so one ArticleText can
  // be reused across a batch without reallocating.
  void Clear();
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_ARTICLE_TEXT_H_
