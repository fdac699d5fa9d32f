// Tagger: Penn Treebank part-of-speech tags for tokenised sentences.
//
// Three steps, each cheap enough for millions of tokens a second:
//  1. lexical lookup: en-lexicon's candidate tags (most frequent first), with
//     case handling for sentence-initial and mid-sentence capitals;
//  2. unknown words: shape and suffix rules, refined by WordNet's lemma lists;
//  3. contextual rules written for this project (context_rules.cc) that pick
//     among the candidates: VBD/VBN after have/be, NNS/VBZ after a subject,
//     VB after modals and "to", RP after verbs, and so on.
// Conventions follow the CoreNLP/WSJ treebank: "-LRB-", "``", "US" as NNP,
// "to" always TO, "%" as NN.
#ifndef KHALDUN_LANG_TAGGER_H_
#define KHALDUN_LANG_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lang/lexical_tag_cache.h"
#include "lang/lexicon.h"
#include "lang/pos_tag.h"
#include "lang/wordnet.h"
#include "text/token.h"

namespace khaldun {

struct TaggerOptions {
  std::string lexicon_path;  // en-lexicon's dist/lexicon.js; empty: EnLexiconPath()
  // Shared WordNet for unknown words (may be the lemmatiser's). Null: load
  // from wordnet_dir unless skip_wordnet.
  std::shared_ptr<const WordNet> wordnet;
  std::string wordnet_dir;   // empty: WordNetDir()
  bool skip_wordnet = false; // tag unknown words by suffix alone
};

class Tagger {
 public:
  // Loads the lexicon (and WordNet) named by `options`. Errors name the file.
  static Result<Tagger> Load(const TaggerOptions& options = {});
  // A tagger over an already built lexicon; `wordnet` may be null.
  Tagger(Lexicon lexicon, std::shared_ptr<const WordNet> wordnet);

  // Tags one sentence: `tags` is resized to words.size() and filled. Words
  // are Penn Treebank tokens ("``", "-LRB-", "n't"). Thread-safe.
  void Tag(std::span<const std::string_view> words, std::vector<PosTag>* tags) const;

  // The same over the tokeniser's tokens of one sentence.
  void Tag(std::span<const Token> tokens, std::vector<PosTag>* tags) const;

  // Convenience for tests and tools: the tags of `words`.
  std::vector<PosTag> Tag(std::span<const std::string_view> words) const;

  const Lexicon& lexicon() const { return lexicon_; }
  // The WordNet used for unknown words; null when skipped.
  const std::shared_ptr<const WordNet>& wordnet() const { return wordnet_; }

 private:
  template <typename WordAt>
  void TagImpl(size_t n, WordAt word_at, std::vector<PosTag>* tags) const;
  // The first step for one word: its candidates and tag from the word alone
  // (`initial`: first in its clause), before the context rules.
  LexicalTagCache::Lexical LexicalStep(std::string_view word, bool capitalized, bool initial) const;

  Lexicon lexicon_;
  std::shared_ptr<const WordNet> wordnet_;
  // Who this tagger is to the per-thread LexicalTagCache (its first step's
  // results depend on lexicon_ and wordnet_ alone); copies share it.
  std::shared_ptr<const void> identity_ = std::make_shared<const char>(0);
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_TAGGER_H_
