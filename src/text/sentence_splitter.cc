#include "text/sentence_splitter.h"

#include <string_view>

#include "text/abbreviations.h"

namespace khaldun {
namespace {

bool IsClosing(std::string_view t) {
  return t == "''" || t == "'" || t == ")" || t == "]" || t == "}";
}

bool IsLowerStart(std::string_view t) { return !t.empty() && t[0] >= 'a' && t[0] <= 'z'; }

// "iPhone", "eBay": lower-case first letter but a capital inside.
bool IsCamelCase(std::string_view t) {
  for (size_t i = 1; i < t.size(); ++i) {
    if (t[i] >= 'A' && t[i] <= 'Z') return true;
  }
  return false;
}

// The token after any opening quotes/brackets starting at `k`.
const Token* FirstWordFrom(const std::vector<Token>& tokens, uint32_t k, uint32_t end) {
  while (k < end && (tokens[k].text == "``" || tokens[k].text == "`" || tokens[k].text == "(" ||
                     tokens[k].text == "[")) {
    ++k;
  }
  return k < end ? &tokens[k] : nullptr;
}

// Whether a sentence-final mark followed by `next` ends the sentence.
bool StartsSentence(const Token& next) {
  if (next.shape == kPunctuation) {
    return next.text == "``" || next.text == "`" || next.text == "(" || next.text == "[" ||
           next.text == "--" || next.text == "*";
  }
  if (IsLowerStart(next.text)) return IsCamelCase(next.text);
  return true;
}

// Whether the abbreviation token `abbreviation` ends its sentence before `next`.
bool AbbreviationEndsSentence(const Token& abbreviation, const Token& next) {
  std::string_view word = abbreviation.text.substr(0, abbreviation.text.size() - 1);
  switch (ClassifyAbbreviation(word)) {
    case AbbreviationKind::kTitle:
      return false;
    case AbbreviationKind::kBeforeNumber:
      return next.shape != kNumber && !IsLowerStart(next.text);
    case AbbreviationKind::kMonth:
      return next.shape != kNumber && next.capitalized;
    case AbbreviationKind::kInitial:
      // "John F. Kennedy": an initial is followed by a name unless the next
      // word is a typical sentence opener.
      return next.capitalized && IsSentenceStarter(next.text);
    case AbbreviationKind::kGeneral:
      // "the U.S. Army" continues; "in the U.S. Moscow said" does not.
      if (next.shape == kAbbreviation &&
          ClassifyAbbreviation(next.text.substr(0, next.text.size() - 1)) == AbbreviationKind::kTitle) {
        return false;
      }
      return next.capitalized && (IsSentenceStarter(next.text) || !IsNameContinuer(next.text));
    case AbbreviationKind::kNone:
      break;
  }
  return StartsSentence(next);
}

}  // namespace

void SplitSentences(const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                    uint32_t block, std::vector<Sentence>* sentences) {
  uint32_t start = begin;
  auto close = [&](uint32_t stop) {
    if (stop <= start) return;
    Sentence sentence;
    sentence.token_begin = start;
    sentence.token_end = stop;
    sentence.span = {tokens[start].span.begin, tokens[stop - 1].span.end};
    sentence.block = block;
    sentences->push_back(sentence);
    start = stop;
  };
  for (uint32_t i = begin; i < end; ++i) {
    const Token& token = tokens[i];
    bool mark = token.shape == kPunctuation &&
                (token.text == "." || token.text == "?" || token.text == "!" || token.text == "...");
    bool abbreviation = token.shape == kAbbreviation;
    if (!mark && !abbreviation) continue;
    // Runs of marks ("?!", "...") and closing quotes stay with the sentence.
    uint32_t stop = i + 1;
    while (stop < end && tokens[stop].shape == kPunctuation &&
           (tokens[stop].text == "." || tokens[stop].text == "?" || tokens[stop].text == "!")) {
      ++stop;
    }
    bool closed_by_quote = false;
    while (stop < end && IsClosing(tokens[stop].text)) {
      closed_by_quote = true;
      ++stop;
    }
    if (stop >= end) break;
    const Token* next = FirstWordFrom(tokens, stop, end);
    if (next == nullptr) break;
    bool ends;
    if (abbreviation) {
      ends = AbbreviationEndsSentence(token, *next);
    } else if (token.text == "...") {
      // An ellipsis inside a sentence is common in quotes; end only before
      // a clear sentence opener.
      ends = (next->capitalized && IsSentenceStarter(next->text)) ||
             (closed_by_quote && next->capitalized);
    } else {
      ends = StartsSentence(*next);
    }
    if (ends) close(stop);
    i = stop - 1;
  }
  close(end);
}

}  // namespace khaldun
