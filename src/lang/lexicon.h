// Lexicon: word -> candidate Penn Treebank tags, most frequent first.
//
// Loaded from npm en-lexicon (MIT; a 112k-word Brill-style lexicon whose tag
// lists are ordered by corpus frequency). Lookups are case-sensitive: callers
// try the token as written, then lower-cased.
#ifndef KHALDUN_LANG_LEXICON_H_
#define KHALDUN_LANG_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lang/pos_tag.h"
#include "lang/string_table.h"

namespace khaldun {

struct LexEntry {
  static constexpr int kMaxTags = 7;
  PosTagSet set = 0;  // every candidate
  uint8_t count = 0;  // number of valid entries in `tags`
  PosTag tags[kMaxTags] = {};  // candidates, most frequent first
  PosTag first() const { return tags[0]; }
  bool Has(PosTag t) const { return HasTag(set, t); }
};

class Lexicon {
 public:
  // Parses en-lexicon's dist/lexicon.js (a JavaScript object literal of
  // "word": "TAG|TAG" pairs, which is JSON between its braces). Tags outside
  // the Penn set are mapped (NP->NNP, EM->SYM) or dropped. Errors name the file.
  static Result<Lexicon> LoadEnLexicon(const std::string& path);

  // Builds a lexicon from (word, "TAG|TAG") pairs; for tests and tools.
  // Returns an error naming the first unparsable entry.
  static Result<Lexicon> FromPairs(
      const std::vector<std::pair<std::string, std::string>>& pairs);

  // Replaces the entries of the words listed in `path`, a tab-separated
  // file of "word<TAB>TAG|TAG<TAB>why" lines ('#' comments and blank lines
  // skipped): the fixes for en-lexicon's plain errors
  // (data/lang/lexicon-corrections.tsv). Errors name path:line.
  Status ApplyCorrections(const std::string& path);

  // The entry for `word` exactly as written, or nullptr.
  const LexEntry* Find(std::string_view word) const;

  size_t size() const { return words_.size(); }
  size_t MemoryBytes() const {
    return words_.MemoryBytes() + entries_.capacity() * sizeof(LexEntry);
  }

 private:
  // Adds `word` with tag list `tags` ("NN|VB"); false if no tag was usable.
  bool Add(std::string_view word, std::string_view tags);

  StringTable words_;             // word -> index into entries_
  std::vector<LexEntry> entries_; // distinct tag lists (a few thousand)
  StringTable tag_lists_;         // "NN|VB" -> index into entries_, while loading
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_LEXICON_H_
