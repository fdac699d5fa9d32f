#include "code/word_key.h"

#include <functional>

namespace khaldun {

void MakeWordKey(std::string_view word, std::string* out) {
  out->clear();
  for (char c : word) {
    if (c == '.') continue;
    out->push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
  }
  if (out->empty()) out->assign(word);  // "." and "..." keep themselves
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

size_t StringHash::operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }

}  // namespace khaldun
