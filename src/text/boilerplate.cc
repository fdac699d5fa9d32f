#include "text/boilerplate.h"

#include <array>
#include <cstdint>
#include <string>

namespace khaldun {
namespace {

// A paragraph starting with one of these opens a comment form.
constexpr std::string_view kCommentFormStarts[] = {
    "please enter your comment", "leave a reply",          "please enter your name",
    "leave a comment",           "post a comment",         "add a comment",
    "you have entered an incorrect email", "save my name, email", "cancel reply",
    "comments are closed",       "join the conversation",  "write a comment",
};

// A short paragraph starting with one of these is site furniture.
constexpr std::string_view kLineStarts[] = {
    "share this",      "share on ",       "share:",          "subscribe",
    "sign up for",     "sign up to",      "follow us",       "click here",
    "read more",       "read also",       "also read",       "related:",
    "related articles", "related stories", "related news",   "related posts",
    "advertisement",   "copyright",       "\xC2\xA9",        "(c) ",
    "all rights reserved", "tags:",       "download the app", "get the latest",
    "join our",        "newsletter",      "most read",       "trending now",
    "recommended for you", "you may also like", "watch:",    "listen to this article",
    "skip to content", "skip to main",    "photo credit",    "image credit",
    "file photo",      "post comment",    "reuse this content", "print this",
    "email this",      "previous article", "next article",   "loading",
};

// A paragraph that is exactly one of these words (maybe with ":" or "!").
constexpr std::string_view kLineWords[] = {
    "share", "print", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin",
    "telegram", "reddit", "pinterest", "comments", "menu", "search", "home", "x",
};

// Agencies and desks credited at the end of wire copy.
constexpr std::string_view kCredits[] = {
    "agencies", "afp", "reuters", "ap", "app", "xinhua", "ians", "pti", "ani", "dpa",
    "web desk", "news desk", "online", "staff report", "monitoring desk", "agency",
    "news agencies", "wires",
};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

bool EqualsIgnoreCase(std::string_view s, std::string_view word) {
  return s.size() == word.size() && StartsWithIgnoreCase(s, word);
}

std::string_view TrimPunctuation(std::string_view s) {
  while (!s.empty() && (s.back() == ':' || s.back() == '!' || s.back() == '.' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return s;
}

// Whether any entry of the tables above starts with byte `c` (lower case).
bool CouldStartBoilerplate(char c) {
  static constexpr auto kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (std::string_view s : kCommentFormStarts) first[static_cast<unsigned char>(s[0])] = true;
    for (std::string_view s : kLineStarts) first[static_cast<unsigned char>(s[0])] = true;
    for (std::string_view s : kLineWords) first[static_cast<unsigned char>(s[0])] = true;
    for (std::string_view s : kCredits) first[static_cast<unsigned char>(s[0])] = true;
    return first;
  }();
  return kFirstBytes[static_cast<unsigned char>(Lower(c))];
}

// Whether an entry of the tables above may start with the bytes `first`,
// `second` (lower case; `second` is the paragraph's second byte, or 0 for a
// one-byte paragraph): most paragraphs open with a letter some entry opens
// with too ("The", "Police"), but few with one of the entries' first two
// bytes. A one-byte entry ("x") allows any second byte.
bool CouldStartBoilerplate(char first, char second) {
  static constexpr auto kPairs = [] {
    // 256 first bytes x 256 second bytes, a bit each.
    std::array<std::array<uint64_t, 4>, 256> pairs{};
    auto add = [&pairs](std::string_view s) {
      auto& seconds = pairs[static_cast<unsigned char>(s[0])];
      if (s.size() == 1) {
        for (uint64_t& bits : seconds) bits = ~uint64_t{0};
        return;
      }
      const auto b = static_cast<unsigned char>(s[1]);
      seconds[b / 64] |= uint64_t{1} << (b % 64);
    };
    for (std::string_view s : kCommentFormStarts) add(s);
    for (std::string_view s : kLineStarts) add(s);
    for (std::string_view s : kLineWords) add(s);
    for (std::string_view s : kCredits) add(s);
    return pairs;
  }();
  const auto b = static_cast<unsigned char>(Lower(second));
  return (kPairs[static_cast<unsigned char>(Lower(first))][b / 64] >> (b % 64)) & 1;
}

// Whether a credit may end with byte `c`: a paragraph ending otherwise (a
// sentence's period) has no trailing credit but the bracketed kind.
bool CouldEndCredit(char c) {
  static constexpr auto kLastBytes = [] {
    std::array<bool, 256> last{};
    for (std::string_view s : kCredits) last[static_cast<unsigned char>(s.back())] = true;
    return last;
  }();
  return kLastBytes[static_cast<unsigned char>(Lower(c))];
}

}  // namespace

BoilerplateKind ClassifyBoilerplate(std::string_view paragraph) {
  // Every entry of the tables is a prefix of the paragraph (case aside), so
  // a paragraph none of them starts like is no boilerplate: one look-up
  // instead of ~60 prefix tests for nearly every paragraph.
  if (paragraph.empty() || !CouldStartBoilerplate(paragraph[0], paragraph.size() > 1 ? paragraph[1] : '\0')) {
    return BoilerplateKind::kNone;
  }
  return boilerplate_internal::ClassifyByTables(paragraph);
}

size_t TrailingCreditLength(std::string_view paragraph) {
  std::string_view s = paragraph;
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  // A credit in brackets ends with ')'; any other ends with a credit's last
  // letter (most paragraphs end with a period).
  if (s.empty() || (s.back() != ')' && !CouldEndCredit(s.back()))) return 0;
  return boilerplate_internal::TrailingCreditByTables(paragraph);
}

namespace boilerplate_internal {

BoilerplateKind ClassifyByTables(std::string_view paragraph) {
  if (paragraph.empty() || !CouldStartBoilerplate(paragraph[0])) return BoilerplateKind::kNone;
  for (std::string_view start : kCommentFormStarts) {
    if (StartsWithIgnoreCase(paragraph, start)) return BoilerplateKind::kCommentForm;
  }
  // Real paragraphs may begin with "Subscribe" or "Loading"; furniture is short.
  if (paragraph.size() <= 160) {
    for (std::string_view start : kLineStarts) {
      if (StartsWithIgnoreCase(paragraph, start)) return BoilerplateKind::kLine;
    }
  }
  if (paragraph.size() > 24) return BoilerplateKind::kNone;
  std::string_view bare = TrimPunctuation(paragraph);
  for (std::string_view word : kLineWords) {
    if (EqualsIgnoreCase(bare, word)) return BoilerplateKind::kLine;
  }
  for (std::string_view credit : kCredits) {
    if (EqualsIgnoreCase(bare, credit)) return BoilerplateKind::kLine;
  }
  return BoilerplateKind::kNone;
}

size_t TrailingCreditByTables(std::string_view paragraph) {
  std::string_view s = paragraph;
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return 0;

  // "(Reporting by ...; Editing by ...)" and friends.
  if (s.back() == ')') {
    size_t open = s.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inside = s.substr(open + 1);
      for (std::string_view lead : {"reporting by", "additional reporting", "editing by",
                                    "writing by", "compiled by", "with input from"}) {
        if (StartsWithIgnoreCase(inside, lead)) {
          size_t begin = open;
          while (begin > 0 && s[begin - 1] == ' ') --begin;
          return paragraph.size() - begin;
        }
      }
      // "(AFP)" closing the paragraph.
      std::string_view name = inside.substr(0, inside.size() - 1);
      for (std::string_view credit : kCredits) {
        if (EqualsIgnoreCase(name, credit)) {
          size_t begin = open;
          while (begin > 0 && s[begin - 1] == ' ') --begin;
          return paragraph.size() - begin;
        }
      }
    }
  }
  // "...Agencies", "-- AFP", "/ Reuters" after the last sentence.
  for (std::string_view credit : kCredits) {
    if (s.size() <= credit.size()) continue;
    size_t start = s.size() - credit.size();
    if (!EqualsIgnoreCase(s.substr(start), credit)) continue;
    size_t k = start;
    while (k > 0 && s[k - 1] == ' ') --k;
    size_t separator_end = k;
    while (k > 0 && (s[k - 1] == '.' || s[k - 1] == '-' || s[k - 1] == '/')) --k;
    if (k == separator_end) continue;  // no separator: "... said the agency"
    // A lone "." would end a sentence whose last word happens to be "AP".
    if (separator_end - k == 1 && s[k] == '.') continue;
    while (k > 0 && s[k - 1] == ' ') --k;
    return paragraph.size() - k;
  }
  return 0;
}

}  // namespace boilerplate_internal
}  // namespace khaldun
