// LexicalTagCache: remembers the tagger's first, word-by-word step.
//
// Before its context rules the tagger gives each word candidate tags from
// the word alone, whether it opens a clause, and the word classes its rules
// read (RuleWordBitsOf, tag_state.h): a closed shape, the lexicon's entries
// for the word and its lower-case form (two look-ups), the guesses for
// unknown words (suffix rules and WordNet), a dozen word lists. That depends on
// nothing but the word, whether it is first in its clause, and the
// tagger's lexicon and WordNet; news repeats its words, so a small table
// answers most words with a compare.
//
// Not thread-safe: one cache per thread (the tagger keeps one
// thread_local). It serves one tagger at a time, told apart by an identity
// object the tagger owns (a weak pointer to it expires with the tagger, so
// a tagger built where a dead one was is not mistaken for it); copies of a
// tagger share the identity, and their lexicon and WordNet.
#ifndef KHALDUN_LANG_LEXICAL_TAG_CACHE_H_
#define KHALDUN_LANG_LEXICAL_TAG_CACHE_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "lang/pos_tag.h"
#include "lang/short_word_key.h"

namespace khaldun {

class LexicalTagCache {
 public:
  // What the tagger's word-by-word step gives a word.
  struct Lexical {
    PosTagSet candidates = 0;
    PosTag tag = PosTag::kNN;
    bool known = false;
    bool opens_clause = false;  // `` ( : : the next word starts a clause
    uint32_t word_bits = 0;     // lang_internal::RuleWordBitsOf(word), for the context rules
  };

  // Makes the cache serve the tagger whose identity is `tagger` (forgetting
  // what another tagger gave); call before the words of a sentence.
  void Use(const std::shared_ptr<const void>& tagger);

  // The step's result for `word` (first in its clause or not) as kept, or
  // null: then compute it and Keep it.
  const Lexical* Find(std::string_view word, bool clause_start) const {
    if (word.size() > ShortWordKey::kMaxBytes) return nullptr;
    const ShortWordKey key = ShortWordKey::Of(word, clause_start ? 1 : 0);
    const Entry& entry = entries_[key.Slot(kSlotBits)];
    return entry.key == key ? &entry.lexical : nullptr;
  }
  void Keep(std::string_view word, bool clause_start, const Lexical& lexical) {
    if (word.size() > ShortWordKey::kMaxBytes) return;
    const ShortWordKey key = ShortWordKey::Of(word, clause_start ? 1 : 0);
    entries_[key.Slot(kSlotBits)] = Entry{key, lexical};
  }

 private:
  struct Entry {
    ShortWordKey key;
    Lexical lexical;
  };
  static constexpr int kSlotBits = 12;  // 4,096 entries

  std::weak_ptr<const void> tagger_;  // whose results the entries hold
  const void* tagger_address_ = nullptr;  // tagger_'s object, while it lives
  std::vector<Entry> entries_;
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_LEXICAL_TAG_CACHE_H_
