#include "dict/verb.h"

#include <set>

namespace khaldun::dict {

VerbWords SplitVerbForm(std::string_view form) {
  VerbWords out;
  std::string plain;
  plain.reserve(form.size());
  // Mark the head by its word index: count words while copying.
  size_t word_index = 0;
  bool in_word = false;
  bool found_head = false;
  for (char c : form) {
    const bool separator = c == '_' || c == ' ' || c == '\t';
    if (separator) {
      if (in_word) ++word_index;
      in_word = false;
      plain += c;
      continue;
    }
    if (c == '+' && !in_word) {
      out.head = word_index;
      found_head = true;
      continue;
    }
    in_word = true;
    plain += c;
  }
  out.phrase = ParsePhrase(plain);
  if (!found_head || out.head >= out.phrase.words.size()) out.head = 0;
  return out;
}

namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

std::string Rebuild(const VerbWords& words, std::string_view original, const std::string& head_form) {
  const bool marked = original.find('+') != std::string_view::npos;
  std::string out;
  for (size_t i = 0; i < words.phrase.words.size(); ++i) {
    if (i > 0) out += '_';
    if (i == words.head && marked) out += '+';
    out += i == words.head ? head_form : words.phrase.words[i];
  }
  return out;
}

}  // namespace

std::vector<std::string> RegularVerbForms(std::string_view verb, PatternSyntax syntax) {
  // A TABARI verb of one word without '_' is a stem: it meets every ending.
  if (syntax == PatternSyntax::kTabari && verb.find_first_of("_+ =") == std::string_view::npos) return {};
  VerbWords words = SplitVerbForm(verb);
  if (words.phrase.words.empty()) return {};
  // TABARI "BAN=": this form only, not even the endings "DEPART_" takes.
  if (words.phrase.joins.back() == kJoinExactForm) return {};
  const std::string stem = words.phrase.words[words.head];
  if (stem.empty()) return {};
  const char last = stem.back();
  std::vector<std::string> heads;
  if (syntax == PatternSyntax::kTabari) {
    // TABARI adds its endings as they are, English or not ("RETREATEN").
    for (const char* ending : {"S", "ES", "ED", "EN", "ING"}) heads.push_back(stem + ending);
    if (last == 'E') heads.push_back(stem + "D");
    std::vector<std::string> out;
    for (const std::string& head : heads) out.push_back(Rebuild(words, verb, head));
    return out;
  }
  if (last == 'S' || last == 'X' || last == 'Z') {
    heads.push_back(stem + "ES");
  } else if (last == 'Y' && syntax == PatternSyntax::kPetrarch2) {
    heads.push_back(stem.substr(0, stem.size() - 1) + "IES");
  } else {
    heads.push_back(stem + "S");
  }
  heads.push_back(last == 'E' ? stem + "D" : stem + "ED");
  const bool drop_e = last == 'E' && (syntax == PatternSyntax::kPetrarch1 || stem.size() < 2 ||
                                      !IsVowel(stem[stem.size() - 2]));
  heads.push_back(drop_e ? stem.substr(0, stem.size() - 1) + "ING" : stem + "ING");
  std::vector<std::string> out;
  for (const std::string& head : heads) out.push_back(Rebuild(words, verb, head));
  return out;
}

std::vector<Phrase> Synset::Expansion() const {
  std::vector<Phrase> out;
  std::set<std::string> seen;
  auto add = [&](Phrase phrase) {
    if (seen.insert(phrase.Words()).second) out.push_back(std::move(phrase));
  };
  for (const SynsetMember& member : members) {
    add(member.phrase);
    if (syntax == PatternSyntax::kTabari || no_plural || member.phrase.exact_end()) continue;
    if (syntax == PatternSyntax::kPetrarch2 && member.phrase.words.size() > 1) continue;
    add(PluralOf(member.phrase));
  }
  return out;
}

}  // namespace khaldun::dict
