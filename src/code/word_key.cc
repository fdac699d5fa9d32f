#include "code/word_key.h"

#include <cstdint>
#include <cstring>

#include "base/ascii_case.h"

namespace khaldun {
namespace {

// Whether one of the eight bytes is a period.
bool HasPeriod(uint64_t v) { return ByteInEight(v, '.'); }

uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

void Store8(char* p, uint64_t v) { std::memcpy(p, &v, 8); }

// The key of a word of four bytes or more without a period, eight bytes at
// a time (overlapping loads and stores cover the tail); false, with `key`
// partly written, when the word has a period.
bool UpperWithoutPeriods(std::string_view word, char* key) {
  const char* text = word.data();
  const size_t size = word.size();
  if (size < 8) {  // two overlapping 4-byte halves in one word
    uint32_t low, high;
    std::memcpy(&low, text, 4);
    std::memcpy(&high, text + size - 4, 4);
    const uint64_t v = low | (uint64_t{high} << 32);
    if (HasPeriod(v)) return false;
    const uint64_t upper = AsciiUpperEight(v);
    const auto upper_low = static_cast<uint32_t>(upper), upper_high = static_cast<uint32_t>(upper >> 32);
    std::memcpy(key, &upper_low, 4);
    std::memcpy(key + size - 4, &upper_high, 4);
    return true;
  }
  for (size_t i = 0; i + 8 <= size; i += 8) {
    const uint64_t v = Load8(text + i);
    if (HasPeriod(v)) return false;
    Store8(key + i, AsciiUpperEight(v));
  }
  if (size % 8 != 0) {
    const uint64_t v = Load8(text + size - 8);
    if (HasPeriod(v)) return false;
    Store8(key + size - 8, AsciiUpperEight(v));
  }
  return true;
}

}  // namespace

void MakeWordKey(std::string_view word, std::string* out) {
  // Sized once and written in place: this runs twice for every word.
  out->resize(word.size());
  char* key = out->data();
  if (word.size() >= 4 && UpperWithoutPeriods(word, key)) return;  // most words
  size_t n = 0;
  for (char c : word) {
    if (c == '.') continue;
    key[n++] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  out->resize(n);
  if (n == 0) out->assign(word);  // "." and "..." keep themselves
}

std::string WordKey(std::string_view word) {
  std::string key;
  MakeWordKey(word, &key);
  return key;
}

bool MayMatchProperWord(std::string_view word) {
  if (word.size() > 3) return true;
  for (char c : word) {
    if (!(c >= 'a' && c <= 'z')) return true;
  }
  return false;
}

}  // namespace khaldun
