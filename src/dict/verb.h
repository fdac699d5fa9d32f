// Verbs: families of synonymous verbs sharing a default code and a list of
// patterns (PETRARCH "--- NAME [CODE] ---" blocks; a TABARI verb is a family
// of one), their inflected forms, and synsets (&NAME word lists).
#ifndef KHALDUN_DICT_VERB_H_
#define KHALDUN_DICT_VERB_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/phrase.h"
#include "dict/source_ref.h"
#include "dict/verb_pattern.h"

namespace khaldun::dict {

// One verb of a family. Compound verbs mark the inflected word with '+':
// "+CLEAR_UP", "RE_+ARREST"; forms use the same notation ("+CLEARED_UP").
struct Verb {
  std::string text;                // primary form in source notation, e.g. "SAY", "+CLEAR_UP", "ACT_"
  std::vector<std::string> forms;  // other forms, same notation (generated unless irregular)
  bool irregular = false;          // forms were listed in {...} in the source
  std::string code;                // own code; empty: the family's code
  std::string note;
  SourceRef where;

  bool operator==(const Verb&) const = default;
};

// The words of a verb form and which one inflects: "RE_+ARREST" -> {RE, ARREST}, head 1.
struct VerbWords {
  Phrase phrase;
  size_t head = 0;
};
VerbWords SplitVerbForm(std::string_view form);

// Regular forms of `verb` (source notation) following `syntax`'s rules:
// PETRARCH-2: +S/+ES (S,X,Z)/Y->IES, +D/+ED, +ING (drop a final E after a consonant);
// PETRARCH-1: +S/+ES (S,X,Z), +D/+ED, +ING (drop a final E).
// TABARI: +S, +ES, +ED, +EN, +ING (and +D after a final E) as they are;
// nothing for a one-word stem without '_' ("RESTOR"), which meets them all.
std::vector<std::string> RegularVerbForms(std::string_view verb, PatternSyntax syntax);

struct VerbFamily {
  std::string name;     // "ACCELERATE", "EXPLAIN_VERBAL"; TABARI: the verb itself
  std::string code;     // the block's default code ("---" null)
  PatternSyntax syntax = PatternSyntax::kPetrarch2;
  std::string section;  // "" for verbs; TABARI "TIME" for time-shift phrases
  std::vector<Verb> verbs;
  std::vector<VerbPattern> patterns;
  std::string note;
  SourceRef where;

  bool operator==(const VerbFamily&) const = default;
};

struct SynsetMember {
  Phrase phrase;  // may contain "&NAME" words (TABARI nested synsets)
  SourceRef where;

  bool operator==(const SynsetMember&) const = default;
};

struct Synset {
  std::string name;     // without '&' and without a trailing '_'
  bool no_plural = false;  // the label ended with '_': members are not nouns
  PatternSyntax syntax = PatternSyntax::kPetrarch2;
  std::vector<SynsetMember> members;
  SourceRef where;

  // The member phrases plus, for PETRARCH synsets, their regular plurals
  // (none when the label or the member ends with '_' or the member has
  // several words), each listed once, in file order.
  std::vector<Phrase> Expansion() const;
  bool operator==(const Synset&) const = default;
};

// PETRARCH-2 transformation "~ a (a b ATTACK) SAY = a b 015".
struct Transformation {
  std::string pattern;  // left of '=', trimmed
  std::string result;   // right of '=', trimmed
  std::string note;
  SourceRef where;

  bool operator==(const Transformation&) const = default;
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_VERB_H_
