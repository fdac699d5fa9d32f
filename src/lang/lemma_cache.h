// LemmaCache: remembers the lemmas a Lemmatizer gave, per word and tag.
//
// A lemma depends on nothing but the word, its tag and the WordNet, and
// news text says the same few thousand words over and over: a look-up in a
// small table (a hash, a compare and a copy) replaces the exception-list
// and WordNet look-ups, the lower-casing and the detachment rules that
// AppendLemma runs for every word of every sentence. Words or lemmas longer
// than an entry holds are lemmatised every time. An entry also keeps the
// word's closed classes (word_bits.h), which depend on the word alone.
//
// Not thread-safe: one cache per thread (the language analyser keeps one
// thread_local). It serves one WordNet at a time and starts afresh when
// asked for another (or for one that took the place of a destroyed one).
#ifndef KHALDUN_LANG_LEMMA_CACHE_H_
#define KHALDUN_LANG_LEMMA_CACHE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/lemmatizer.h"
#include "lang/pos_tag.h"
#include "lang/short_word_key.h"

namespace khaldun {

class LemmaCache {
 public:
  // Bytes a word or a lemma may have to be kept.
  static constexpr size_t kMaxBytes = ShortWordKey::kMaxBytes;

  // Makes the cache serve `lemmatizer` (forgetting what another WordNet
  // gave); call before the words of a sentence. `lemmatizer` must outlive
  // the Append calls that follow.
  void Use(const Lemmatizer& lemmatizer);

  // Appends to `*out` exactly what lemmatizer.AppendLemma(word, tag, out)
  // appends, for the lemmatizer of the last Use().
  void Append(std::string_view word, PosTag tag, std::string* out) {
    if (word.size() > kMaxBytes) {
      lemmatizer_->AppendLemma(word, tag, out);
      return;
    }
    const ShortWordKey key = ShortWordKey::Of(word, static_cast<uint8_t>(tag));
    Entry& entry = entries_[key.Slot(kSlotBits)];
    if (entry.key == key) {
      out->append(entry.lemma, entry.lemma_size);
      return;
    }
    Fill(word, key, &entry, out);
  }

  // Appends the lemmas of a sentence's words (words[i] under tags[i]) end
  // to end to `*text`, per word where its lemma ends in `*text` to `*ends`
  // and its word_classes::WordBitsOf to `*bits`: the same bytes and ends as
  // Append word after word, but a kept lemma is copied whole (kMaxBytes, a
  // few moves, no memcpy call) into room made once for the sentence, and a
  // kept word's classes come with it. `tags` has words.size() tags.
  void AppendSentence(std::span<const std::string_view> words, std::span<const PosTag> tags, std::string* text,
                      std::vector<uint32_t>* ends, std::vector<uint32_t>* bits);

 private:
  struct Entry {
    ShortWordKey key;  // the word and its tag
    uint32_t word_bits = 0;  // WordBitsOf(word)
    uint8_t lemma_size = 0;
    char lemma[kMaxBytes];
  };
  static constexpr int kSlotBits = 13;  // 8,192 entries

  // Lemmatises `word` into `*out` and keeps the lemma in `*entry` when it fits.
  void Fill(std::string_view word, const ShortWordKey& key, Entry* entry, std::string* out);

  const Lemmatizer* lemmatizer_ = nullptr;
  std::weak_ptr<const WordNet> wordnet_;  // whose lemmas the entries hold
  const WordNet* wordnet_address_ = nullptr;  // wordnet_'s object, while it lives
  std::vector<Entry> entries_;
  std::string miss_;  // AppendSentence's scratch: the lemma of a word not kept
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_LEMMA_CACHE_H_
