// WordNet: the lemma lists and morphological exceptions of WordNet 3.0.
//
// Only what morphy needs is kept in memory: which lemmas exist in each part
// of speech (index.noun/verb/adj/adv) and the irregular forms (*.exc).
// Loaded once (~50 ms), immutable afterwards, safe to share between threads.
#ifndef KHALDUN_LANG_WORDNET_H_
#define KHALDUN_LANG_WORDNET_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "lang/string_table.h"

namespace khaldun {

enum class WordNetPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };

class WordNet {
 public:
  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir`
  // (Debian wordnet-base: /usr/share/wordnet). Errors name the missing file.
  static Result<WordNet> Load(const std::string& dir);

  // True if `lemma` (lower case, multiword lemmas joined by '_') is an entry
  // of `pos`.
  bool HasLemma(std::string_view lemma, WordNetPos pos) const {
    std::optional<uint32_t> mask = lemmas_.Find(lemma);
    return mask && (*mask & (1u << static_cast<int>(pos))) != 0;
  }
  // Bit i set when the lemma is in WordNetPos i; 0 when absent.
  uint32_t LemmaPosMask(std::string_view lemma) const {
    return lemmas_.Find(lemma).value_or(0);
  }

  // The first base form the exception list gives for the irregular `word`
  // ("went" -> "go", "better" -> "good"), or nullopt.
  std::optional<std::string_view> ExceptionBase(std::string_view word, WordNetPos pos) const;

  size_t lemma_count() const { return lemmas_.size(); }
  size_t MemoryBytes() const;

 private:
  Status LoadIndex(const std::string& path, WordNetPos pos);
  Status LoadExceptions(const std::string& path, WordNetPos pos);

  StringTable lemmas_;                  // lemma -> bit mask of WordNetPos
  StringTable exceptions_[4];           // inflected form -> index into bases_
  std::string base_arena_;              // the base forms, back to back
  std::vector<std::pair<uint32_t, uint32_t>> bases_;  // (offset, length) in base_arena_
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_WORDNET_H_
