#include "code/word_key.h"

#include <cstring>

namespace khaldun {

size_t WriteWordKeyByBytes(std::string_view word, char* out) {
  size_t n = 0;
  for (char c : word) {
    if (c == '.') continue;
    out[n++] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  if (n > 0 || word.empty()) return n;
  std::memcpy(out, word.data(), word.size());  // "." and "..." keep themselves
  return word.size();
}

void MakeWordKey(std::string_view word, std::string* out) {
  out->resize(word.size());
  out->resize(WriteWordKey(word, out->data()));
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
