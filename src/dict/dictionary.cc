#include "dict/dictionary.h"

#include <charconv>
#include <cstring>

namespace khaldun::dict {

namespace {

// Expands the first marker of `words` (n:, v: at a word start, '+' inside a
// word) and recurses; appends finished phrases to `out`.
void ExpandIssueWords(std::vector<std::string> words, std::vector<Phrase>* out) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string& word = words[i];
    if (word.size() > 2 && (word.compare(0, 2, "N:") == 0 || word.compare(0, 2, "V:") == 0)) {
      const bool noun = word[0] == 'N';
      const std::string root = word.substr(2);
      std::vector<std::string> variants{root};
      if (noun) {
        variants.push_back(root.back() == 'Y' ? root.substr(0, root.size() - 1) + "IES" : root + "S");
      } else {
        variants.push_back(root + "S");
        if (root.back() == 'E') {
          variants.push_back(root + "D");
          variants.push_back(root.substr(0, root.size() - 1) + "ING");
        } else {
          variants.push_back(root + "ED");
          variants.push_back(root + "ING");
        }
      }
      for (const std::string& variant : variants) {
        std::vector<std::string> copy = words;
        copy[i] = variant;
        ExpandIssueWords(std::move(copy), out);
      }
      return;
    }
    size_t plus = word.find('+');
    if (plus != std::string::npos && plus > 0 && plus + 1 < word.size()) {
      // "early+childhood" -> "EARLY CHILDHOOD" and "EARLY-CHILDHOOD".
      std::vector<std::string> spaced = words;
      spaced[i] = word.substr(0, plus);
      spaced.insert(spaced.begin() + static_cast<std::ptrdiff_t>(i) + 1, word.substr(plus + 1));
      std::vector<std::string> hyphened = words;
      hyphened[i][plus] = '-';
      ExpandIssueWords(std::move(spaced), out);
      ExpandIssueWords(std::move(hyphened), out);
      return;
    }
  }
  Phrase phrase;
  for (std::string& word : words) {
    phrase.words.push_back(std::move(word));
    phrase.joins.push_back(kJoinGap);
  }
  out->push_back(std::move(phrase));
}

}  // namespace

std::vector<Phrase> ExpandIssueText(std::string_view text) {
  std::vector<std::string> words;
  for (std::string_view word : SplitBlanks(text)) words.push_back(UpperAscii(word));
  std::vector<Phrase> out;
  if (!words.empty()) ExpandIssueWords(std::move(words), &out);
  return out;
}

uint32_t Dictionary::AddFile(std::string path) {
  for (size_t i = 0; i < files_.size(); ++i) {
    if (files_[i] == path) return static_cast<uint32_t>(i);
  }
  files_.push_back(std::move(path));
  return static_cast<uint32_t>(files_.size() - 1);
}

std::string Dictionary::Where(const SourceRef& where) const {
  const std::string_view file = where.file < files_.size() ? std::string_view(files_[where.file]) : "?";
  if (where.line == 0) return std::string(file);
  // One allocation: the coder asks this for every actor it finds.
  char digits[16];
  const auto length = static_cast<size_t>(std::to_chars(digits, digits + sizeof digits, where.line).ptr - digits);
  // Sized once and written in place (three appends cost a capacity test
  // and a call each).
  std::string text(file.size() + 1 + length, ':');
  std::memcpy(text.data(), file.data(), file.size());
  std::memcpy(text.data() + file.size() + 1, digits, length);
  return text;
}

const Synset* Dictionary::FindSynset(std::string_view name) const {
  for (auto it = synsets.rbegin(); it != synsets.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

WordList& Dictionary::GetWordList(std::string_view name) {
  for (WordList& list : word_lists) {
    if (list.name == name) return list;
  }
  word_lists.push_back(WordList{std::string(name), {}});
  return word_lists.back();
}

size_t Dictionary::VerbCount() const {
  size_t count = 0;
  for (const VerbFamily& family : verb_families) count += family.verbs.size();
  return count;
}

size_t Dictionary::PatternCount() const {
  size_t count = 0;
  for (const VerbFamily& family : verb_families) count += family.patterns.size();
  return count;
}

bool Dictionary::operator==(const Dictionary& other) const {
  return actors == other.actors && agents == other.agents && verb_families == other.verb_families &&
         synsets == other.synsets && transformations == other.transformations && discards == other.discards &&
         issues == other.issues && options == other.options && word_lists == other.word_lists;
}

}  // namespace khaldun::dict
