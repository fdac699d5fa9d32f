#include "dict/phrase.h"

namespace khaldun::dict {

namespace {
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
}  // namespace

std::string UpperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size() && IsBlank(text[begin])) ++begin;
  size_t end = text.size();
  while (end > begin && IsBlank(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::vector<std::string_view> SplitBlanks(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsBlank(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsBlank(text[i])) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

Phrase ParsePhrase(std::string_view text) {
  Phrase phrase;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t start = i;
    while (i < n && text[i] != '_' && !IsBlank(text[i])) ++i;
    // TABARI also closes a word with '=' ("MOUSE=", "BAN="): this form only.
    bool equals = false;
    if (i > start) {
      std::string word = UpperAscii(text.substr(start, i - start));
      if (word.size() > 1 && word.back() == '=') {
        word.pop_back();
        equals = true;
      }
      phrase.words.push_back(std::move(word));
      phrase.joins.push_back(kJoinGap);
    }
    bool underscore = false;
    bool blank_after_underscore = false;
    while (i < n && (text[i] == '_' || IsBlank(text[i]))) {
      if (text[i] == '_') {
        underscore = true;
      } else if (underscore) {
        blank_after_underscore = true;
      }
      ++i;
    }
    if (!phrase.words.empty() && underscore) {
      // "A_ B" keeps both facts; at the end of the text "A_ " is just "A_".
      phrase.joins.back() = (blank_after_underscore && i < n) ? kJoinExactGap : kJoinTight;
    } else if (equals) {
      phrase.joins.back() = i < n ? kJoinExactGap : kJoinExactForm;
    }
  }
  return phrase;
}

std::string Phrase::ToString() const {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    out += words[i];
    const char join = joins[i];
    const bool last = i + 1 == words.size();
    if (join == kJoinTight) {
      out += '_';
    } else if (join == kJoinExactForm) {
      out += '=';
    } else if (join == kJoinExactGap) {
      out += last ? "_" : "_ ";
    } else if (!last) {
      out += ' ';
    }
  }
  return out;
}

std::string Phrase::Words() const {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

std::string RegularPluralWord(std::string_view word) {
  if (word.empty()) return std::string(word);
  if (word.back() == 'Y') return std::string(word.substr(0, word.size() - 1)) + "IES";
  if (word.back() == 'S') return std::string(word) + "ES";
  return std::string(word) + "S";
}

Phrase PluralOf(const Phrase& phrase) {
  Phrase out = phrase;
  if (!out.words.empty()) out.words.back() = RegularPluralWord(out.words.back());
  return out;
}

}  // namespace khaldun::dict
