// Dictionary coverage: which verbs and names of a corpus no dictionary entry
// knows, most frequent first, so a maintainer knows what to add next.
//
// A clause's main verb is covered when its word or its lemma is a form of
// some verb (of a non-nominal block), as the coder looks verbs up. A run of
// proper nouns (NNP/NNPS tokens) is covered where an actor phrase or an
// agent phrase matches; the parts of a run no phrase touches are reported
// ("Prime Minister Imran Khan" with only the agent PRIME_MINISTER ->
// "Imran Khan"). Time expressions ("Monday", "January") are never reported.
#ifndef KHALDUN_CODE_COVERAGE_H_
#define KHALDUN_CODE_COVERAGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "code/compiled_dictionary.h"
#include "code/word_key_arena.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// One uncovered verb lemma or name, with how often it occurred.
struct CoverageItem {
  std::string text;     // verb lemma in lower case ("mediate"), or the name as written ("Imran Khan")
  uint64_t count = 0;   // occurrences
  std::string example;  // the first sentence it occurred in
};

class CoverageCounter {
 public:
  // `dictionary` must outlive the counter.
  explicit CoverageCounter(const CompiledDictionary& dictionary) : dictionary_(&dictionary) {}

  // Counts the verbs and names of one analysed sentence. `sentence_text` is
  // kept as the example of items first seen here; when empty, the
  // analysis's words joined by blanks are used.
  void AddSentence(const SentenceAnalysis& analysis, std::string_view sentence_text);

  // The `n` most frequent uncovered items (ties in text order); n = 0: all.
  std::vector<CoverageItem> TopVerbs(size_t n) const { return Top(verbs_, n); }
  std::vector<CoverageItem> TopNames(size_t n) const { return Top(names_, n); }

  // Clause verbs and name runs seen, and how many of them were covered.
  uint64_t verbs_seen() const { return verbs_seen_; }
  uint64_t verbs_covered() const { return verbs_covered_; }
  uint64_t names_seen() const { return names_seen_; }
  uint64_t names_covered() const { return names_covered_; }

 private:
  struct Tally {
    uint64_t count = 0;
    std::string example;
  };
  using TallyMap = std::unordered_map<std::string, Tally, StringHash, std::equal_to<>>;

  bool VerbCovered(std::string_view word, std::string_view lemma) const;
  static void Count(TallyMap* map, std::string key, std::string_view example);
  static std::vector<CoverageItem> Top(const TallyMap& map, size_t n);

  const CompiledDictionary* dictionary_;
  TallyMap verbs_, names_;
  uint64_t verbs_seen_ = 0, verbs_covered_ = 0, names_seen_ = 0, names_covered_ = 0;
  WordKeyArena key_text_;                // scratch: the current sentence's word keys,
  std::vector<std::string_view> keys_;  // one a word
  std::vector<size_t> hashes_;     // and their WordKeyHashes
  std::vector<bool> covered_;      // scratch: token inside an actor or agent phrase
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_COVERAGE_H_
