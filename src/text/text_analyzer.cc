#include "text/text_analyzer.h"

#include "text/article_structure.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace khaldun {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeadline: return "headline";
    case BlockKind::kSubheadline: return "subheadline";
    case BlockKind::kBody: return "body";
    case BlockKind::kBoilerplate: return "boilerplate";
  }
  return "?";
}

void ArticleText::Clear() {
  normalized.clear();
  offsets.Clear();
  blocks.clear();
  dateline.Clear();
  tokens.clear();
  sentences.clear();
}

Result<TextAnalyzer> TextAnalyzer::Create() {
  Result<Normalizer> normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  return TextAnalyzer(normalizer.value());
}

void TextAnalyzer::Analyze(const Document& document, ArticleText* out) const {
  out->Clear();
  normalizer_.Normalize(document.text, &out->normalized, &out->offsets);
  FindArticleStructure(out->normalized, &out->blocks, &out->dateline);
  for (uint32_t b = 0; b < out->blocks.size(); ++b) {
    const Block& block = out->blocks[b];
    if (block.kind == BlockKind::kBoilerplate) continue;
    uint32_t first = static_cast<uint32_t>(out->tokens.size());
    Tokenize(out->normalized, block.span, &out->tokens);
    SplitSentences(out->tokens, first, static_cast<uint32_t>(out->tokens.size()), b, &out->sentences);
  }
}

}  // namespace khaldun
