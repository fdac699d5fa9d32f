#include "code/word_key.h"

namespace khaldun {

void MakeWordKey(std::string_view word, std::string* out) {
  // Sized once and written in place: this runs twice for every word.
  out->resize(word.size());
  char* key = out->data();
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
