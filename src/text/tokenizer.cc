#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/abbreviations.h"

namespace khaldun {
namespace {

constexpr std::string_view kOpenDouble = "``";
constexpr std::string_view kCloseDouble = "''";
constexpr std::string_view kOpenSingle = "`";
constexpr std::string_view kCloseSingle = "'";

// Character classes by byte, so the hot loops do one load per byte. Every
// byte has exactly one class.
enum CharClass : uint8_t {
  kSpaceClass = 1,
  kDigitClass = 2,
  kLetterClass = 4,
  kHyphenClass = 8,
  kOtherClass = 16,
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> classes{};
  classes.fill(kOtherClass);
  classes['-'] = kHyphenClass;
  for (char c : {' ', '\n', '\t', '\r', '\f', '\v'}) classes[static_cast<unsigned char>(c)] = kSpaceClass;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitClass;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLetterClass;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kLetterClass;
  return classes;
}
constexpr std::array<uint8_t, 256> kClasses = MakeClasses();

uint8_t ClassOf(char c) { return kClasses[static_cast<unsigned char>(c)]; }
bool IsSpace(char c) { return ClassOf(c) == kSpaceClass; }
bool IsDigit(char c) { return ClassOf(c) == kDigitClass; }
bool IsAsciiLetter(char c) { return ClassOf(c) == kLetterClass; }
bool IsAlnumOrHigh(char c) {
  return IsDigit(c) || IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool IsCapitalized(std::string_view text) {
  if (text.empty()) return false;
  if (static_cast<unsigned char>(text[0]) < 0x80) return text[0] >= 'A' && text[0] <= 'Z';
  int32_t i = 0;
  UChar32 cp;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), cp);
  return cp >= 0 && u_isupper(cp);
}

// Digits with inner , . : / - (and an optional leading sign): 1,200 3.5 10:30.
bool IsNumber(std::string_view word) {
  size_t i = (word.size() > 1 && (word[0] == '-' || word[0] == '+')) ? 1 : 0;
  if (i >= word.size() || !IsDigit(word[i])) return false;
  for (; i < word.size(); ++i) {
    char c = word[i];
    if (!IsDigit(c) && c != ',' && c != '.' && c != ':' && c != '/' && c != '-') return false;
  }
  return IsDigit(word.back());
}

bool IsUrlOrAddress(std::string_view word) {
  if (word.size() < 4) return false;
  if (StartsWithIgnoreCase(word, "http://") || StartsWithIgnoreCase(word, "https://") ||
      StartsWithIgnoreCase(word, "www.")) {
    return true;
  }
  size_t at = word.find('@');
  return at != std::string_view::npos && at > 0 && word.find('.', at) != std::string_view::npos &&
         word.find('.', at) + 1 < word.size();
}

bool IsHashtagOrHandle(std::string_view word) {
  return word.size() > 1 && (word[0] == '#' || word[0] == '@') &&
         (IsAsciiLetter(word[1]) || static_cast<unsigned char>(word[1]) >= 0x80 || word[1] == '_');
}

// Length of a clitic suffix to split off ("n't", "'s", "'ll"...), or 0.
size_t CliticLength(std::string_view word) {
  size_t n = word.size();
  if (n >= 4 && Lower(word[n - 3]) == 'n' && word[n - 2] == '\'' && Lower(word[n - 1]) == 't') return 3;
  if (n >= 3 && word[n - 2] == '\'') {
    char c = Lower(word[n - 1]);
    if (c == 's' || c == 'd' || c == 'm') return 2;
  }
  if (n >= 4 && word[n - 3] == '\'') {
    std::string_view tail = word.substr(n - 2);
    if (EqualsIgnoreCase(tail, "re") || EqualsIgnoreCase(tail, "ve") || EqualsIgnoreCase(tail, "ll")) return 3;
  }
  return 0;
}

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, uint32_t end, std::vector<Token>* tokens)
      : text_(text), end_(end), tokens_(tokens) {}

  // Tokenises the whitespace-free chunk [b, e), whose bytes' classes OR to
  // `classes`.
  void Chunk(uint32_t b, uint32_t e, bool space_before, uint8_t classes) {
    space_before_ = space_before;
    // Most chunks are plain words or numbers: one token, no peeling. Only
    // letters and digits is plain without a look; any other byte than a
    // hyphen is not.
    const bool plain = (classes & kOtherClass) == 0 && ((classes & kHyphenClass) == 0 || IsPlain(b, e));
    if (plain) {
      std::string_view word = text_.substr(b, e - b);
      EmitText(b, e, IsDigit(word[0]) && IsNumber(word) ? kNumber : kWord);
      return;
    }
    // Opening punctuation.
    while (b < e) {
      char c = text_[b];
      if (c == '"' && b + 1 == e && quote_open_) {
        break;  // a lone quote closing an open quotation: handled below
      } else if (c == '"') {
        Emit(kOpenDouble, b, b + 1, kPunctuation);
        quote_open_ = true;
        ++b;
      } else if (c == '\'' && b + 1 < e && IsAlnumOrHigh(text_[b + 1]) && !IsLeadingApostropheWord(b, e)) {
        Emit(kOpenSingle, b, b + 1, kPunctuation);
        ++b;
      } else if (c == '(' || c == '[' || c == '{' || c == '*') {
        EmitText(b, b + 1, kPunctuation);
        ++b;
      } else if (c == '$' && b + 1 < e && IsDigit(text_[b + 1])) {
        EmitText(b, b + 1, kPunctuation);
        ++b;
      } else if (const uint32_t sign = CurrencySignBeforeDigit(b, e); sign > 0) {
        EmitText(b, b + sign, kPunctuation);  // "€500", "£2bn"
        b += sign;
      } else if (Has(b, e, "--")) {
        uint32_t run = b;
        while (run < e && text_[run] == '-') ++run;
        EmitText(b, run, kPunctuation);
        b = run;
      } else if (Has(b, e, "...")) {
        EmitText(b, b + 3, kPunctuation);
        b += 3;
      } else if (c == '-' && b + 1 < e && !IsDigit(text_[b + 1])) {
        EmitText(b, b + 1, kPunctuation);
        ++b;
      } else {
        break;
      }
    }
    // Closing punctuation, collected from the end and emitted afterwards.
    while (e > b && pending_size_ < kPendingCapacity) {
      char c = text_[e - 1];
      if (c == '"') {
        Push(kCloseDouble, e - 1, e);
        quote_open_ = false;
        --e;
      } else if (c == '\'' ) {
        Push(kCloseSingle, e - 1, e);
        --e;
      } else if (c == '!' && EqualsIgnoreCase(text_.substr(b, e - b), "Yahoo!")) {
        break;  // a brand name that ends in "!"
      } else if (c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' ||
                 c == '!' || c == '?' || c == '%') {
        Push(text_.substr(e - 1, 1), e - 1, e);
        --e;
      } else if (e - b >= 3 && text_.substr(e - 3, 3) == "...") {
        Push(text_.substr(e - 3, 3), e - 3, e);
        e -= 3;
      } else if (e - b >= 2 && text_[e - 2] == '-' && c == '-') {
        uint32_t run = e;
        while (run > b && text_[run - 1] == '-') --run;
        Push(text_.substr(run, e - run), run, e);
        e = run;
      } else if (c == '.') {
        if (KeepsPeriod(b, e)) break;
        Push(text_.substr(e - 1, 1), e - 1, e);
        --e;
      } else {
        break;
      }
    }
    if (b < e) Core(b, e);
    // Emit the closing punctuation in text order.
    while (pending_size_ > 0) {
      const PendingToken& pending = pending_[--pending_size_];
      Token token;
      token.text = std::string_view(pending.form, pending.size);
      token.span = {pending.begin, pending.end};
      token.shape = kPunctuation;
      tokens_->push_back(token);
    }
  }

 private:
  // Letters and digits with single inner hyphens: "Taliban", "US-backed",
  // "2019", "17-day".
  bool IsPlain(uint32_t b, uint32_t e) const {
    if (text_[b] == '-' || text_[e - 1] == '-') return false;
    for (uint32_t k = b; k < e; ++k) {
      char c = text_[k];
      if (ClassOf(c) & (kDigitClass | kLetterClass)) continue;
      if (c == '-' && text_[k + 1] != '-') continue;
      return false;
    }
    return true;
  }

  // True when [b, e) starts with `s`.
  bool Has(uint32_t b, uint32_t e, std::string_view s) const {
    return e - b >= s.size() && text_.substr(b, s.size()) == s;
  }

  // The length in bytes of a euro or pound sign at `b` that a digit follows, else 0.
  uint32_t CurrencySignBeforeDigit(uint32_t b, uint32_t e) const {
    for (std::string_view sign : {std::string_view("\xE2\x82\xAC"), std::string_view("\xC2\xA3")}) {
      if (Has(b, e, sign) && b + sign.size() < e && IsDigit(text_[b + sign.size()])) {
        return static_cast<uint32_t>(sign.size());
      }
    }
    return 0;
  }

  // 'em, '90s, 'tis: the apostrophe belongs to the word.
  bool IsLeadingApostropheWord(uint32_t b, uint32_t e) const {
    std::string_view word = text_.substr(b + 1, e - b - 1);
    if (!word.empty() && IsDigit(word[0])) return word.size() >= 2 && IsDigit(word[1]) && (word.size() == 2 || word[2] == 's');
    return EqualsIgnoreCase(word, "em") || EqualsIgnoreCase(word, "tis") || EqualsIgnoreCase(word, "twas");
  }

  // Whether the final period of [b, e) is part of an abbreviation.
  bool KeepsPeriod(uint32_t b, uint32_t e) const {
    std::string_view core = text_.substr(b, e - 1 - b);
    if (IsUrlOrAddress(core)) return false;
    switch (ClassifyAbbreviation(core)) {
      case AbbreviationKind::kNone:
        return false;
      case AbbreviationKind::kBeforeNumber: {
        uint32_t k = e;
        while (k < end_ && IsSpace(text_[k])) ++k;
        return k < end_ && IsDigit(text_[k]);
      }
      default:
        return true;
    }
  }

  // The word between the punctuation: clitics and inner separators.
  void Core(uint32_t b, uint32_t e) {
    std::string_view word = text_.substr(b, e - b);
    if (IsUrlOrAddress(word) || IsHashtagOrHandle(word)) {
      EmitText(b, e, kSymbol);
      return;
    }
    // Inner separators that never belong to a word: "war--and", "no...yes",
    // "said,the", "what?no".
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      char c = text_[k];
      uint32_t len = 0;
      if (c == '-' && text_[k + 1] == '-') {
        len = 2;
        while (k + len < e && text_[k + len] == '-') ++len;
      } else if (c == '.' && k + 2 < e && text_[k + 1] == '.' && text_[k + 2] == '.') {
        len = 3;
      } else if ((c == ',' && !(IsDigit(text_[k - 1]) && IsDigit(text_[k + 1]))) || c == ';' ||
                 c == '?' || c == '!' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']') {
        len = 1;
      }
      if (len == 0) continue;
      Word(b, k);
      if (c == '"') {
        Emit(quote_open_ ? kCloseDouble : kOpenDouble, k, k + 1, kPunctuation);
        quote_open_ = !quote_open_;
      } else {
        EmitText(k, k + len, kPunctuation);
      }
      b = k + len;
      k = b;
      if (b >= e) return;
    }
    Word(b, e);
  }

  // A word, with its clitic split off.
  void Word(uint32_t b, uint32_t e) {
    if (b >= e) return;
    std::string_view word = text_.substr(b, e - b);
    size_t clitic = CliticLength(word);
    if (clitic > 0) {
      uint32_t split = e - static_cast<uint32_t>(clitic);
      EmitText(b, split, Shape(text_.substr(b, split - b)));
      EmitText(split, e, kWord);
      return;
    }
    EmitText(b, e, Shape(word));
  }

  static TokenShape Shape(std::string_view word) {
    if (IsNumber(word)) return kNumber;
    if (word.size() > 1 && (word.back() == '.' || word.back() == '!')) return kAbbreviation;
    bool has_alnum = false;
    for (char c : word) {
      if (IsAlnumOrHigh(c)) {
        has_alnum = true;
        break;
      }
    }
    return has_alnum ? kWord : kPunctuation;
  }

  void EmitText(uint32_t b, uint32_t e, TokenShape shape) {
    Emit(text_.substr(b, e - b), b, e, shape);
  }

  void Emit(std::string_view form, uint32_t b, uint32_t e, TokenShape shape) {
    Token token;
    token.text = form;
    token.span = {b, e};
    token.shape = shape;
    token.capitalized = IsCapitalized(form);
    token.space_before = space_before_;
    space_before_ = false;
    tokens_->push_back(token);
  }

  // Closing punctuation waits here until the core has been emitted; a run
  // longer than the capacity stays in the core.
  void Push(std::string_view form, uint32_t b, uint32_t e) {
    pending_[pending_size_++] = PendingToken{form.data(), static_cast<uint32_t>(form.size()), b, e};
  }

  // A closing punctuation token; plain data, so that the array below costs
  // nothing to construct (64 Tokens cost ~270 instructions a call).
  struct PendingToken {
    const char* form;
    uint32_t size;
    uint32_t begin, end;
  };

  static constexpr uint32_t kPendingCapacity = 64;
  std::string_view text_;
  uint32_t end_;
  std::vector<Token>* tokens_;
  PendingToken pending_[kPendingCapacity];
  uint32_t pending_size_ = 0;
  bool space_before_ = false;
  bool quote_open_ = false;
};

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* tokens) {
  uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  ChunkTokenizer chunker(text, end, tokens);
  uint32_t i = span.begin;
  // Every chunk that starts before the span's last space ends at a space
  // at the latest there: its scan needs no test against the span's end
  // (a third fewer instructions a byte). Only the last chunk needs one.
  uint32_t last_space = end;
  while (last_space > i && !IsSpace(text[last_space - 1])) --last_space;
  const uint32_t guarded = last_space > i ? last_space - 1 : i;
  const char* const bytes = text.data();
  bool space_before = true;
  while (i < end) {
    if (IsSpace(bytes[i])) {
      space_before = true;
      ++i;
      continue;
    }
    uint32_t j = i;
    uint8_t classes = 0;
    if (i < guarded) {
      for (uint8_t byte_class; (byte_class = ClassOf(bytes[j])) != kSpaceClass; ++j) classes |= byte_class;
    } else {
      for (; j < end; ++j) {
        const uint8_t byte_class = ClassOf(bytes[j]);
        if (byte_class == kSpaceClass) break;
        classes |= byte_class;
      }
    }
    chunker.Chunk(i, j, space_before, classes);
    space_before = false;
    i = j;
  }
}

}  // namespace khaldun
