#include "lang/lexical_tag_cache.h"

namespace khaldun {

void LexicalTagCache::Use(const std::shared_ptr<const void>& tagger) {
  // Alive and the same object: expired() reads the count, where lock()
  // would add to it and take it back (two atomic operations a sentence).
  if (!tagger_.expired() && tagger_address_ == tagger.get()) return;
  tagger_ = tagger;
  tagger_address_ = tagger.get();
  entries_.assign(size_t{1} << kSlotBits, Entry{});
}

}  // namespace khaldun
