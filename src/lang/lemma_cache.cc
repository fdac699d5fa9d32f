#include "lang/lemma_cache.h"

#include <cstring>

namespace khaldun {

void LemmaCache::Use(const Lemmatizer& lemmatizer) {
  lemmatizer_ = &lemmatizer;
  // A WordNet that died and one built where it was have the same address:
  // the weak pointer tells them apart (it expires with the first).
  const std::shared_ptr<const WordNet> current = wordnet_.lock();
  if (current != nullptr && current.get() == &lemmatizer.wordnet()) return;
  wordnet_ = lemmatizer.shared_wordnet();
  entries_.assign(size_t{1} << kSlotBits, Entry{});
}

void LemmaCache::Fill(std::string_view word, const ShortWordKey& key, Entry* entry, std::string* out) {
  const size_t before = out->size();
  lemmatizer_->AppendLemma(word, static_cast<PosTag>(key.extra()), out);
  const size_t lemma_size = out->size() - before;
  if (lemma_size > kMaxBytes) return;  // kept out: the entry holds what it held
  entry->key = key;
  entry->lemma_size = static_cast<uint8_t>(lemma_size);
  std::memcpy(entry->lemma, out->data() + before, lemma_size);
}

}  // namespace khaldun
