// Lemmatizer: the dictionary form of a tagged word, by WordNet's morphy.
//
// The part of speech comes from the tag, which is what makes "was"/VBD give
// "be" rather than the noun "wa". Words WordNet lacks ("ceasefire") keep
// their own form, with a regular suffix removed for inflected tags.
#ifndef KHALDUN_LANG_LEMMATIZER_H_
#define KHALDUN_LANG_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "lang/pos_tag.h"
#include "lang/wordnet.h"

namespace khaldun {

class Lemmatizer {
 public:
  // Loads WordNet from `wordnet_dir` (see WordNetDir()).
  static Result<Lemmatizer> Load(const std::string& wordnet_dir);
  // Shares an already loaded WordNet (the tagger may hold the same one).
  explicit Lemmatizer(std::shared_ptr<const WordNet> wordnet) : wordnet_(std::move(wordnet)) {}

  // The lemma of `word` tagged `tag`: lower case for common words
  // ("Rejected"/VBD -> "reject", "better"/JJR -> "good", "talks"/NNS ->
  // "talk"); proper nouns, numbers and punctuation are returned as written.
  // Thread-safe.
  std::string Lemmatize(std::string_view word, PosTag tag) const;

  // As Lemmatize, writing into `*out` (reusing its capacity: no allocation in
  // the steady state).
  void LemmatizeInto(std::string_view word, PosTag tag, std::string* out) const;
  // As Lemmatize, appending to `*out`; builds the lemma without a string of
  // its own (no allocation for words of up to 64 bytes).
  void AppendLemma(std::string_view word, PosTag tag, std::string* out) const;

  const WordNet& wordnet() const { return *wordnet_; }
  std::shared_ptr<const WordNet> shared_wordnet() const { return wordnet_; }

 private:
  std::shared_ptr<const WordNet> wordnet_;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_LEMMATIZER_H_
