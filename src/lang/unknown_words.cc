#include "lang/unknown_words.h"

#include <algorithm>
#include <optional>
#include <string>

namespace khaldun::lang_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes) {
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix)) return true;
  }
  return false;
}

std::string Lower(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// A number as written in news: 12, 1,200, 3.5, -4, 1/2, 2019, 10:30.
bool IsNumeric(std::string_view word) {
  bool digit = false;
  for (char c : word) {
    if (IsDigit(c)) digit = true;
    else if (c != ',' && c != '.' && c != '/' && c != ':' && c != '-' && c != '+') return false;
  }
  return digit;
}

bool WordIsOneOf(std::string_view word, std::initializer_list<std::string_view> lowers) {
  const std::string lower = Lower(word);
  for (std::string_view candidate : lowers) {
    if (lower == candidate) return true;
  }
  return false;
}

Guess Only(PosTag tag) { return {tag, TagBit(tag)}; }

// Whether `lower`, the last part of a hyphenated word, is no English word:
// WordNet lacks it, it is no irregular form ("led", "held") and has no
// ending of one ("-ed", "-ing", a plural).
bool IsForeignPart(const std::string& lower, const WordNet& wordnet) {
  if (lower.size() < 2 || std::any_of(lower.begin(), lower.end(), [](char c) { return !IsLower(c); })) return false;
  if (lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("s")) return false;
  if (wordnet.LemmaPosMask(lower) != 0) return false;
  return !wordnet.ExceptionBase(lower, WordNetPos::kVerb) && !wordnet.ExceptionBase(lower, WordNetPos::kAdj) &&
         !wordnet.ExceptionBase(lower, WordNetPos::kNoun);
}

// Suffix rules for a lower-case word, refined by WordNet when it knows the
// stem: "insurgents" is NNS because "insurgent" is a WordNet noun.
Guess GuessBySuffix(const std::string& lower, const WordNet* wordnet) {
  auto has = [&](std::string_view lemma, WordNetPos pos) {
    return wordnet != nullptr && wordnet->HasLemma(lemma, pos);
  };
  const size_t n = lower.size();
  if (EndsWithAny(lower, {"ing"})) {
    return {PosTag::kVBG, TagBit(PosTag::kVBG) | TagBit(PosTag::kNN) | TagBit(PosTag::kJJ)};
  }
  if (EndsWithAny(lower, {"ed"})) {
    return {PosTag::kVBN, TagBit(PosTag::kVBN) | TagBit(PosTag::kVBD) | TagBit(PosTag::kJJ)};
  }
  if (EndsWithAny(lower, {"ly"})) return {PosTag::kRB, TagBit(PosTag::kRB) | TagBit(PosTag::kJJ)};
  if (n > 3 && lower.back() == 's' && !lower.ends_with("ss") && !lower.ends_with("us") &&
      !lower.ends_with("is")) {
    const std::string stem = lower.substr(0, n - 1);
    const bool verb_stem = has(stem, WordNetPos::kVerb);
    return {PosTag::kNNS, TagBit(PosTag::kNNS) | (verb_stem ? TagBit(PosTag::kVBZ) : 0)};
  }
  if (EndsWithAny(lower, {"able", "ible", "ous", "ive", "ful", "less", "ish", "ical", "ian",
                          "ese", "ic", "al", "ary", "ant", "ent"})) {
    return {PosTag::kJJ, TagBit(PosTag::kJJ) | TagBit(PosTag::kNN)};
  }
  if (EndsWithAny(lower, {"ize", "ise", "ify", "ate"}) && !has(lower, WordNetPos::kNoun)) {
    return {PosTag::kVB, TagBit(PosTag::kVB) | TagBit(PosTag::kVBP) | TagBit(PosTag::kNN)};
  }
  if (wordnet != nullptr) {
    const uint32_t mask = wordnet->LemmaPosMask(lower);
    if (mask != 0 && (mask & 1u) == 0) {  // not a noun in WordNet
      if (mask & (1u << static_cast<int>(WordNetPos::kAdj))) return {PosTag::kJJ, TagBit(PosTag::kJJ)};
      if (mask & (1u << static_cast<int>(WordNetPos::kVerb))) {
        return {PosTag::kVB, TagBit(PosTag::kVB) | TagBit(PosTag::kVBP)};
      }
      if (mask & (1u << static_cast<int>(WordNetPos::kAdv))) return {PosTag::kRB, TagBit(PosTag::kRB)};
    }
  }
  return {PosTag::kNN, TagBit(PosTag::kNN) | TagBit(PosTag::kJJ)};
}

}  // namespace

std::optional<PosTag> ClosedShapeTagOutOfLine(std::string_view word) {
  if (word.empty()) return PosTag::kSYM;
  // Most tokens are words: a leading ASCII letter rules out every closed
  // shape below (and a number) except "US$". Of the rest, one byte long or
  // by their first byte: a few tests instead of ~30 compares.
  const char first = word[0];
  if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
    return first == 'U' && word == "US$" ? std::optional<PosTag>(PosTag::kDollar) : std::nullopt;
  }
  if (word.size() == 1) {
    switch (first) {
      case '"': return PosTag::kCloseQuote;
      case '(': case '[': case '{': return PosTag::kLRB;
      case ')': case ']': case '}': return PosTag::kRRB;
      case ',': return PosTag::kComma;
      case '.': case '?': case '!': return PosTag::kPeriod;
      case ':': case ';': case '-': return PosTag::kColon;
      case '$': return PosTag::kDollar;
      case '#': return PosTag::kPound;
      case '%': return PosTag::kNN;  // CoreNLP and the WSJ treebank tag "%" as NN
      case '&': return PosTag::kCC;
      case '`': return PosTag::kOpenQuote;  // the tokeniser's opening single quote
      default: break;
    }
  } else if (first == '`' || first == '\'' || first == '-' || first == '.' || first == '\xE2' || first == '\xC2') {
    // Penn Treebank spellings the tokeniser produces for brackets and quotes.
    if (word == "``") return PosTag::kOpenQuote;
    if (word == "''") return PosTag::kCloseQuote;
    if (word == "-LRB-" || word == "-LSB-" || word == "-LCB-") return PosTag::kLRB;
    if (word == "-RRB-" || word == "-RSB-" || word == "-RCB-") return PosTag::kRRB;
    if (word == "--" || word == "..." || word == "\xE2\x80\x94" || word == "\xE2\x80\x93" || word == "\xE2\x80\xA6") {
      return PosTag::kColon;
    }
    if (word == "\xE2\x82\xAC" || word == "\xC2\xA3") return PosTag::kDollar;
  }
  if (IsNumeric(word)) return PosTag::kCD;
  return std::nullopt;
}

Guess GuessUnknown(std::string_view word, const WordNet* wordnet) {
  const std::string lower = Lower(word);
  // 1990s: a decade is a plural noun in the treebank.
  if (word.size() >= 3 && word.back() == 's' && IsNumeric(word.substr(0, word.size() - 1))) {
    return Only(PosTag::kNNS);
  }
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0) {
    // "anti-", "12-year", "US-backed", "al-Qaeda-linked": prenominal compounds
    // are adjectives in the treebank unless every part is a name.
    if (hyphen + 1 == word.size()) return Only(PosTag::kJJ);
    const std::string_view last = word.substr(hyphen + 1);
    if (IsDigit(word[0])) {
      return IsNumeric(last) ? Only(PosTag::kCD) : Guess{PosTag::kJJ, TagBit(PosTag::kJJ) | TagBit(PosTag::kNN)};
    }
    // "pro-Russia", "anti-Western": attitudes are adjectives; "non-Muslims"
    // a plural noun.
    const std::string_view first = word.substr(0, word.find('-'));
    if (WordIsOneOf(first, {"pro", "anti"})) return Only(PosTag::kJJ);
    if (WordIsOneOf(first, {"non"}) && last.size() > 3 && last.back() == 's') return Only(PosTag::kNNS);
    // "al-Shabab", "Al-Qaeda": a name whose last part is capitalised.
    if (IsUpper(last[0]) && !IsDigit(word[0])) return Only(PosTag::kNNP);
    // "Dar-es-salaam": a capitalised word whose last part is no English
    // word, nor a form of one ("US-led", "Iran-backed"), is a name too.
    if (IsUpper(word[0]) && wordnet != nullptr && IsForeignPart(Lower(last), *wordnet)) {
      return {PosTag::kNNP, TagBit(PosTag::kNNP) | TagBit(PosTag::kJJ)};
    }
    if (last.size() > 3 && last.back() == 's' && !last.ends_with("ss")) {
      return {PosTag::kNNS, TagBit(PosTag::kNNS) | TagBit(PosTag::kJJ)};
    }
    return {PosTag::kJJ, TagBit(PosTag::kJJ) | TagBit(PosTag::kNN)};
  }
  bool has_digit = false;
  bool has_lower = false;
  for (char c : word) {
    has_digit |= IsDigit(c);
    has_lower |= IsLower(c);
  }
  if (has_digit) return IsUpper(word[0]) ? Only(PosTag::kNNP) : Guess{PosTag::kCD, TagBit(PosTag::kCD) | TagBit(PosTag::kNN)};
  if (IsUpper(word[0]) || (!has_lower && word.size() > 1)) {
    // Capitalised and unknown: a name. Plural names (the Philippines) are too
    // rare to guess from the final s.
    return {PosTag::kNNP, TagBit(PosTag::kNNP) | TagBit(PosTag::kNNPS)};
  }
  if (!has_lower) return Only(PosTag::kSYM);
  return GuessBySuffix(lower, wordnet);
}

}  // namespace khaldun::lang_internal
