#include "lang/lexical_tag_cache.h"

namespace khaldun {

void LexicalTagCache::Use(const std::shared_ptr<const void>& tagger) {
  const std::shared_ptr<const void> current = tagger_.lock();
  if (current != nullptr && current == tagger) return;
  tagger_ = tagger;
  entries_.assign(size_t{1} << kSlotBits, Entry{});
}

}  // namespace khaldun
