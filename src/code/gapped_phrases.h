// GappedPhrases: TABARI actor phrases whose words may have other words
// between them.
//
// In a TABARI actors file a blank between two words lets other words come
// between them ("LORD ELROND" meets "the Lord of Rivendell Elrond"), while
// '_' joins words tightly; a text word written with '_' ("Half_Elven") is
// the tightly joined words it spells ("HALF_ELVEN"). Khaldun's phrase index holds consecutive words only: these
// phrases are matched here, and only for actors read from TABARI files or
// loaded with PETRARCH-1 verbs (PETRARCH-1 reads actors as TABARI does:
// "GONDOR TELEVISION" meets "Gondor state-run television").
#ifndef KHALDUN_CODE_GAPPED_PHRASES_H_
#define KHALDUN_CODE_GAPPED_PHRASES_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dict/dictionary.h"

namespace khaldun {

class GappedPhrases {
 public:
  // The phrases of `dictionary`'s TABARI actors (Actor::stems), or of all
  // its actors when its verbs are PETRARCH-1's, that have a gap between two
  // words.
  explicit GappedPhrases(const dict::Dictionary& dictionary);

  bool empty() const { return phrases_.empty(); }

  struct Match {
    uint32_t actor = 0;   // index into Dictionary::actors
    uint32_t length = 0;  // text words from the first matched to the last
  };

  // The phrases that match `keys` (word keys) from `at`, within `limit`,
  // each with the words it spans; at most `kMaxGap` words in each gap.
  std::vector<Match> MatchesAt(std::span<const std::string_view> keys, uint32_t at, uint32_t limit) const;

  static constexpr uint32_t kMaxGap = 4;

 private:
  // A phrase as units: runs of tightly joined words, a gap allowed before
  // each unit but the first.
  struct Phrase {
    std::vector<std::vector<std::string>> units;
    uint32_t actor = 0;
  };
  std::vector<Phrase> phrases_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_GAPPED_PHRASES_H_
