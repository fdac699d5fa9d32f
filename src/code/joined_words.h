// JoinedWords: a text word written with '_' ("Minas_Tirith") read, for
// dictionary phrases, as the words it joins.
//
// Some wire texts and the legacy validation suites join a name's words with
// '_'. A dictionary phrase of several words ("MINAS TIRITH") meets such a
// word whatever the format: TABARI's gapped phrases read it their own way
// (gapped_phrases.h); this class serves the phrase index. Sentences without
// a joined word, the usual case, cost one scan of their keys.
#ifndef KHALDUN_CODE_JOINED_WORDS_H_
#define KHALDUN_CODE_JOINED_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "code/phrase_index.h"

namespace khaldun {

class JoinedWords {
 public:
  // Reads the sentence's word keys; keeps their parts when some key joins
  // words with '_' (a key that is only '_' or starts or ends with it joins
  // nothing). Returns whether one does.
  bool Reset(std::span<const std::string_view> keys);
  // The same for keys that are strings (kept only as long as Reset runs).
  bool Reset(std::span<const std::string> keys);

  // The longest phrase of `index` at word `at` (within `limit` words) that
  // needs a joined word read as its parts, ending at a word's end; its
  // length in sentence words. Match{0,0} when there is none.
  template <typename Score>
  PhraseIndex::Match LongestBest(const PhraseIndex& index, uint32_t at, uint32_t limit, Score score) const {
    if (parts_.empty() || at >= limit || limit >= start_.size()) return {};
    const uint32_t begin = start_[at], end = start_[limit];
    // Only where a word in range is joined: elsewhere the index's own match
    // is the same.
    if (end - begin == limit - at) return {};
    PhraseIndex::Match match = index.LongestBest(part_keys_, part_hashes_, begin, end, score);
    if (match.length == 0) return {};
    const auto it = std::lower_bound(start_.begin() + at, start_.begin() + limit + 1, begin + match.length);
    if (it == start_.begin() + limit + 1 || *it != begin + match.length) return {};  // ends inside a word
    match.length = static_cast<uint32_t>(it - start_.begin()) - at;
    return match;
  }

 private:
  std::vector<std::string> parts_;   // every word's parts, in order
  std::vector<std::string_view> part_keys_;  // views of parts_, as PhraseIndex reads keys
  std::vector<size_t> part_hashes_;  // their WordKeyHashes
  std::vector<uint32_t> start_;      // word k's first part; start_[n] = parts_.size()
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_JOINED_WORDS_H_
