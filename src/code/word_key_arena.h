// WordKeyArena: the word keys of one sentence, end to end in one buffer.
//
// The coder keys every word and every lemma of every sentence (word_key.h).
// A std::string per key cost a resize for each (an out-of-line call, and a
// fill when the string grew); the arena writes each key in place after the
// last and hands out views of it. Its buffer only grows, so a workspace
// that keeps one allocates only for its longest sentences.
#ifndef KHALDUN_CODE_WORD_KEY_ARENA_H_
#define KHALDUN_CODE_WORD_KEY_ARENA_H_

#include <cassert>
#include <cstddef>
#include <memory>
#include <span>
#include <string_view>

#include "code/word_key.h"

namespace khaldun {

class WordKeyArena {
 public:
  // Empties the arena and makes room for the keys of `words` and of more
  // words of `more_bytes` bytes in all (a key is never longer than its
  // word). Views that Add() returned before are invalid after.
  void Reset(std::span<const std::string_view> words, size_t more_bytes = 0) {
    size_t bytes = more_bytes;
    for (std::string_view word : words) bytes += word.size();
    used_ = 0;
    if (bytes <= capacity_) return;
    capacity_ = bytes > 2 * capacity_ ? bytes : 2 * capacity_;
    text_ = std::make_unique_for_overwrite<char[]>(capacity_);
  }

  // The key of `word`, valid until the next Reset(). The words added since
  // Reset() total at most the bytes it made room for.
  std::string_view Add(std::string_view word) {
    assert(used_ + word.size() <= capacity_);
    char* at = text_.get() + used_;
    const size_t size = WriteWordKey(word, at);
    used_ += size;
    return {at, size};
  }

 private:
  std::unique_ptr<char[]> text_;
  size_t capacity_ = 0;
  size_t used_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_WORD_KEY_ARENA_H_
