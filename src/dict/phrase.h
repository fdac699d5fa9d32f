// A dictionary phrase: a sequence of normalised upper-case words, plus how
// each word was joined to the next in the source, so nothing is lost.
//
// "UNITED_STATES" -> words {"UNITED","STATES"}, joins "_ " (tight join, then
// no trailing underscore). A trailing underscore ("KABUL_") is TABARI's "match
// this word exactly, not as a stem"; PETRARCH ignores it. A trailing '='
// ("MOUSE=", "BAN=") is TABARI's "this very form": not even the endings a
// verb closed by '_' still takes.
#ifndef KHALDUN_DICT_PHRASE_H_
#define KHALDUN_DICT_PHRASE_H_

#include <string>
#include <string_view>
#include <vector>

namespace khaldun::dict {

// Join characters (one per word, describing what follows that word).
inline constexpr char kJoinGap = ' ';       // "A B": other words may intervene (TABARI)
inline constexpr char kJoinTight = '_';     // "A_B": consecutive; at the end: exact word
inline constexpr char kJoinExactGap = '+';  // "A_ B": A exact, then a gap (TABARI)
inline constexpr char kJoinExactForm = '=';  // "BAN=" at the end: this form only, no endings (TABARI)

struct Phrase {
  std::vector<std::string> words;  // upper-case ASCII; other bytes kept as they are
  std::string joins;               // joins[i] follows words[i]; same size as words

  bool empty() const { return words.empty(); }
  // True when the source ended with '_' (TABARI: last word matched exactly).
  bool exact_end() const { return !joins.empty() && joins.back() != kJoinGap; }
  // The phrase in source notation, e.g. "UNITED_STATES", "KABUL_", "AL GORE".
  std::string ToString() const;
  // The words separated by single spaces, e.g. "UNITED STATES".
  std::string Words() const;

  bool operator==(const Phrase&) const = default;
};

// Parses source notation: words separated by blanks and/or underscores.
// Upper-cases ASCII letters. Never fails; an all-blank text gives an empty phrase.
Phrase ParsePhrase(std::string_view text);

// Upper-cases ASCII letters of `text`.
std::string UpperAscii(std::string_view text);

// Trims ASCII whitespace (including '\r') at both ends.
std::string_view Trim(std::string_view text);

// Splits on runs of ASCII whitespace.
std::vector<std::string_view> SplitBlanks(std::string_view text);

// The PETRARCH regular plural of a noun (upper-case): Y -> IES, S -> SES,
// otherwise + S. Applied to the last word of a phrase by PluralOf().
std::string RegularPluralWord(std::string_view word);
Phrase PluralOf(const Phrase& phrase);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_PHRASE_H_
