// LanguageAnalyzer: the whole language stage for one sentence.
//
// Tags, lemmas, noun and prepositional phrases, verb groups and clauses,
// written into a reusable SentenceAnalysis. Loading takes ~80 ms (en-lexicon
// and WordNet); analysing is linear in the sentence and allocates nothing
// once the caller's SentenceAnalysis has grown.
#ifndef KHALDUN_LANG_LANGUAGE_ANALYZER_H_
#define KHALDUN_LANG_LANGUAGE_ANALYZER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lang/lemmatizer.h"
#include "lang/sentence_analysis.h"
#include "lang/tagger.h"
#include "text/article_text.h"

namespace khaldun {

struct LanguageAnalyzerOptions {
  std::string lexicon_path;  // empty: EnLexiconPath()
  std::string wordnet_dir;   // empty: WordNetDir()
};

class LanguageAnalyzer {
 public:
  // Loads the tagger and the lemmatiser over one shared WordNet. Errors name
  // the missing or malformed file.
  static Result<LanguageAnalyzer> Load(const LanguageAnalyzerOptions& options = {});
  // Over already loaded parts (tests share one tagger per binary).
  LanguageAnalyzer(std::shared_ptr<const Tagger> tagger, std::shared_ptr<const Lemmatizer> lemmatizer);

  // Analyses `sentence` of `text` into `*out` (cleared first; its words view
  // text.tokens, so `text` must outlive the use of `*out`). Immutable and
  // thread-safe: give each thread its own SentenceAnalysis.
  void Analyze(const ArticleText& text, const Sentence& sentence, SentenceAnalysis* out) const;

  // The same over bare Penn Treebank words (tools, tests, gold tokens). The
  // words must outlive `*out`.
  void AnalyzeWords(std::span<const std::string_view> words, SentenceAnalysis* out) const;

  // The same with tags already chosen (gold tags in evaluations): `tags`
  // has one tag per word.
  void AnalyzeTaggedWords(std::span<const std::string_view> words, std::span<const PosTag> tags,
                          SentenceAnalysis* out) const;

  // Every sentence of `text`: `out` is resized to text.sentences.size(),
  // reusing the analyses it already holds.
  void AnalyzeArticle(const ArticleText& text, std::vector<SentenceAnalysis>* out) const;

  const Tagger& tagger() const { return *tagger_; }
  const Lemmatizer& lemmatizer() const { return *lemmatizer_; }

 private:
  // Tags are in out->tags; fills lemmas, phrases and clauses.
  void AnalyzeTagged(SentenceAnalysis* out) const;

  std::shared_ptr<const Tagger> tagger_;
  std::shared_ptr<const Lemmatizer> lemmatizer_;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_LANGUAGE_ANALYZER_H_
