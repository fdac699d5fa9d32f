#include "lang/lemma_cache.h"

#include <cstring>

#include "lang/word_bits.h"

namespace khaldun {

void LemmaCache::Use(const Lemmatizer& lemmatizer) {
  lemmatizer_ = &lemmatizer;
  // A WordNet that died and one built where it was have the same address:
  // the weak pointer tells them apart (it expires with the first).
  // (expired() reads the count, where lock() would add to it and take it
  // back: two atomic operations a sentence.)
  if (!wordnet_.expired() && wordnet_address_ == &lemmatizer.wordnet()) return;
  wordnet_ = lemmatizer.shared_wordnet();
  wordnet_address_ = &lemmatizer.wordnet();
  entries_.assign(size_t{1} << kSlotBits, Entry{});
}

void LemmaCache::AppendSentence(std::span<const std::string_view> words, std::span<const PosTag> tags,
                                std::string* text, std::vector<uint32_t>* ends, std::vector<uint32_t>* bits) {
  const size_t n = words.size();
  const size_t first_end = ends->size();
  ends->resize(first_end + n);
  const size_t first_bits = bits->size();
  bits->resize(first_bits + n);
  size_t size = text->size();
  // Room for every word's whole entry: the fast path writes kMaxBytes and
  // keeps lemma_size of them; a word it cannot serve grows it when its
  // lemma is longer.
  text->resize(size + n * kMaxBytes);
  char* data = text->data();
  // Raw pointers in locals: the lemma bytes are chars, which may alias
  // anything, so pointers read through the vectors after each copy would
  // be loaded again.
  uint32_t* const end_out = ends->data() + first_end;
  uint32_t* const bits_out = bits->data() + first_bits;
  const Entry* const entries = entries_.data();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view word = words[i];
    if (word.size() <= kMaxBytes) {
      const ShortWordKey key = ShortWordKey::Of(word, static_cast<uint8_t>(tags[i]));
      const Entry& entry = entries[key.Slot(kSlotBits)];
      if (entry.key == key) {
        std::memcpy(data + size, entry.lemma, kMaxBytes);
        size += entry.lemma_size;
        end_out[i] = static_cast<uint32_t>(size);
        bits_out[i] = entry.word_bits;
        continue;
      }
    }
    // A miss lemmatises into the scratch string and copies in: no shrinking
    // and regrowing of `*text`, whose zero-filling of the room for the words
    // left would cost a memset a miss.
    miss_.clear();
    Append(word, tags[i], &miss_);
    const size_t room = size + miss_.size() + (n - i - 1) * kMaxBytes;
    if (room > text->size()) {
      text->resize(room);
      data = text->data();
    }
    std::memcpy(data + size, miss_.data(), miss_.size());
    size += miss_.size();
    end_out[i] = static_cast<uint32_t>(size);
    // The entry Append filled has the bits; a word not kept is classified here.
    const Entry* kept = nullptr;
    if (word.size() <= kMaxBytes) {
      const ShortWordKey key = ShortWordKey::Of(word, static_cast<uint8_t>(tags[i]));
      if (entries[key.Slot(kSlotBits)].key == key) kept = &entries[key.Slot(kSlotBits)];
    }
    bits_out[i] = kept != nullptr ? kept->word_bits : word_classes::WordBitsOf(word);
  }
  text->resize(size);
}

void LemmaCache::Fill(std::string_view word, const ShortWordKey& key, Entry* entry, std::string* out) {
  const size_t before = out->size();
  lemmatizer_->AppendLemma(word, static_cast<PosTag>(key.extra()), out);
  const size_t lemma_size = out->size() - before;
  if (lemma_size > kMaxBytes) return;  // kept out: the entry holds what it held
  entry->key = key;
  entry->word_bits = word_classes::WordBitsOf(word);
  entry->lemma_size = static_cast<uint8_t>(lemma_size);
  std::memcpy(entry->lemma, out->data() + before, lemma_size);
}

}  // namespace khaldun
