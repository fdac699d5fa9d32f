// Verb patterns in a structured form that a coder can match against token
// sequences, for all three pattern syntaxes:
//   TABARI / PETRARCH-1:  "- SAID + MUST * POLICY [100]", "- + IN_ $ { WAS | WERE } * [181]"
//   PETRARCH-2:           "- * POLICE (TO BORDER) [153]", "- &AIRCRAFT * {MOCK ATTACKS} [062:062]"
// Symbols: '*' the verb, '$' source, '+' target, '%' compound actor, '^' skip
// an actor, '&NAME' a synset, '{A | B}' alternatives (TABARI), '(...)' a
// prepositional phrase and '{...}' a noun phrase (PETRARCH-2), '_' joins
// words that must be consecutive (TABARI / PETRARCH-1).
#ifndef KHALDUN_DICT_VERB_PATTERN_H_
#define KHALDUN_DICT_VERB_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "dict/phrase.h"
#include "dict/source_ref.h"

namespace khaldun::dict {

enum class PatternSyntax : uint8_t { kTabari, kPetrarch1, kPetrarch2 };

// "tabari", "petrarch1", "petrarch2".
const char* PatternSyntaxName(PatternSyntax syntax);
// Inverse of PatternSyntaxName(); false when unknown.
bool ParsePatternSyntax(std::string_view name, PatternSyntax* out);

struct PatternToken {
  enum class Kind : uint8_t {
    kWord,          // text is the upper-case word
    kSynset,        // text is the synset name without '&'
    kSource,        // '$'
    kTarget,        // '+'
    kCompound,      // '%'
    kSkip,          // '^'
    kAlternatives,  // TABARI "{ A | B }": see alternatives
  };
  Kind kind = Kind::kWord;
  std::string text;
  char join = kJoinGap;  // what follows this token (see phrase.h)
  // A word that matches any text word it begins (TABARI: a word without a
  // closing '_', "REVOLUTION" meets "revolutionary", "IN" meets "into").
  bool stem = false;
  // A word that matches only itself as written, not another form of it
  // (TABARI: a word closed by '_', "RESOLUTION_" is not "resolutions").
  bool exact = false;
  // PETRARCH-2 grouping: 1-based ids of the enclosing (...) and {...}; 0 = none.
  uint16_t prep_group = 0;
  uint16_t noun_group = 0;
  std::vector<std::vector<PatternToken>> alternatives;

  bool operator==(const PatternToken&) const = default;
};

// A paired code "[042:043]" (event code, then the code for the reversed
// dyad), a single code "[190]", a null "[---]" or a target-only "[:173]".
struct PairedCode {
  std::string primary;   // before ':' (may be empty)
  std::string paired;    // after ':' (empty when there is no ':')
  bool has_pair = false;

  // "042:043", "190", ":173".
  std::string ToString() const;
  bool operator==(const PairedCode&) const = default;
};

// Parses the inside of "[...]". Fails when empty or containing blanks or brackets.
Result<PairedCode> ParsePairedCode(std::string_view inside);

struct VerbPattern {
  std::vector<PatternToken> before;  // tokens before '*', in text order
  std::vector<PatternToken> after;   // tokens after '*', in text order
  char verb_join = kJoinGap;         // what follows '*' ("*_AND" is tight)
  PairedCode code;
  std::string note;                  // the source comment
  SourceRef where;

  // Finds the first top-level token of `kind` (e.g. kSource for '$'):
  // sets *in_before (before the verb or after it) and *index into that list.
  // Returns false when the pattern has none.
  bool Find(PatternToken::Kind kind, bool* in_before, size_t* index) const;
  bool operator==(const VerbPattern&) const = default;
};

// Parses a pattern body (without the leading '-' and without the "[code]"):
// e.g. "SAID + MUST * POLICY". Fails (message without file:line) on an
// unbalanced bracket or a missing or repeated '*'.
Result<VerbPattern> ParsePatternBody(std::string_view body, PatternSyntax syntax);

// The body in canonical notation of `syntax`; ParsePatternBody() of it gives
// back an equal pattern (code and note aside).
std::string RenderPatternBody(const VerbPattern& pattern, PatternSyntax syntax);

// Splits a pattern line "- BODY [CODE] # note" (comment markers '#' and, for
// TABARI, ';') into its parts. Fails when the code bracket is missing.
struct PatternLineParts {
  std::string body;
  std::string code;
  std::string note;
};
Result<PatternLineParts> SplitPatternLine(std::string_view line, bool semicolon_comments);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_VERB_PATTERN_H_
