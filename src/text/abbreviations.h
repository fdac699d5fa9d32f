// Abbreviations and sentence starters of news English.
//
// The tokeniser asks whether a period belongs to the word before it; the
// sentence splitter asks whether a word after an abbreviation starts a new
// sentence. Both questions are answered from these word lists.
#ifndef KHALDUN_TEXT_ABBREVIATIONS_H_
#define KHALDUN_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace khaldun {

enum class AbbreviationKind : uint8_t {
  kNone,          // not an abbreviation: its period ends a sentence
  kTitle,         // Gen., Dr., St., Intl.: a name always follows, never ends a sentence
  kBeforeNumber,  // No. 3, Art. 5: an abbreviation only when a number follows
  kMonth,         // Jan., Sept.: a date usually follows
  kInitial,       // a single capital letter: J. in John J. Smith
  kGeneral,       // U.S., a.m., Inc., etc.: may end a sentence
};

// Classifies `word`, written without its final period ("Gen", "U.S", "a.m").
// Words with inner periods made of short letter groups ("U.S", "e.g",
// "Ph.D") are kGeneral even when not listed.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for capitalised words that usually begin a sentence rather than
// continue a name ("The", "He", "But", "Police"): after "U.S." or "a.m.",
// such a word means the abbreviation also ended the sentence.
bool IsSentenceStarter(std::string_view word);

// True for capitalised words that continue a name or a time after an
// abbreviation ("U.S. Army", "Inc. Chief Executive", "a.m. Monday").
bool IsNameContinuer(std::string_view word);

// For tests: whether the word tables are sorted (binary search needs it).
bool AbbreviationTablesAreSorted();

namespace abbreviations_internal {
// For the agreement test: ClassifyAbbreviation by a binary search of the
// whole table (ClassifyAbbreviation searches its first byte's part).
AbbreviationKind ClassifyBySearchingTheWholeTable(std::string_view word);
}  // namespace abbreviations_internal

}  // namespace khaldun

#endif  // KHALDUN_TEXT_ABBREVIATIONS_H_
