// The in-memory dictionary model: everything TABARI, PETRARCH-1, PETRARCH-2
// and Khaldun's native dictionaries can say, with the file and line of every
// entry. Loaders append to a Dictionary; the coder reads it.
#ifndef KHALDUN_DICT_DICTIONARY_H_
#define KHALDUN_DICT_DICTIONARY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dict/actor.h"
#include "dict/phrase.h"
#include "dict/source_ref.h"
#include "dict/verb.h"

namespace khaldun::dict {

// A discard phrase: a sentence (or, for story-level, the whole story)
// containing it is not coded. A trailing '_' asks for a whole-word match.
struct Discard {
  Phrase phrase;
  bool story = false;  // '+' prefix in the source
  std::string note;
  SourceRef where;

  bool operator==(const Discard&) const = default;
};

// An issue phrase (PETRARCH issues file).
struct Issue {
  enum class Kind : uint8_t {
    kCode,            // "text [CODE]"
    kIgnoreSentence,  // "~text": no issues for a sentence containing it
    kIgnoreStory,     // "~~text": no issues for a story containing it
  };
  Kind kind = Kind::kCode;
  std::string category;      // from <ISSUE CATEGORY="...">, may be empty
  std::string text;          // as written (upper-cased), with n:, v:, + markers
  std::string code;          // kCode only
  std::vector<Phrase> forms; // text expanded (n: noun plurals, v: verb forms, + blank/hyphen)
  std::string note;
  SourceRef where;

  bool operator==(const Issue&) const = default;
};

// Expands PETRARCH issue markers: "n:" word -> word + plural, "v:" word ->
// word +S +ED/D +ING, "+" -> both ' ' and '-'. Input upper-case.
std::vector<Phrase> ExpandIssueText(std::string_view text);

// A TABARI .options line, e.g. "COMPLEX: VERBS[6] EXPLAIN" or "LABEL: 010= Make statement".
struct OptionLine {
  std::string command;  // before ':' ("COMPLEX", "SET", "LABEL", ...), upper-case
  std::string value;    // after ':', trimmed
  SourceRef where;

  bool operator==(const OptionLine&) const = default;
};

// A named word list: TABARI's <NOUN> and <ADJECTIVE> sections.
struct WordListEntry {
  Phrase phrase;
  std::string note;
  SourceRef where;

  bool operator==(const WordListEntry&) const = default;
};
struct WordList {
  std::string name;  // "NOUN", "ADJECTIVE"
  std::vector<WordListEntry> entries;

  bool operator==(const WordList&) const = default;
};

class Dictionary {
 public:
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<VerbFamily> verb_families;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
  std::vector<OptionLine> options;
  std::vector<WordList> word_lists;

  // Registers a file path and returns its index for SourceRef::file.
  uint32_t AddFile(std::string path);
  // The registered paths, by index.
  const std::vector<std::string>& files() const { return files_; }
  // "path:line" for a SourceRef of this dictionary ("?" when out of range).
  std::string Where(const SourceRef& where) const;

  // The synset named `name` (without '&'), last definition wins; nullptr if none.
  const Synset* FindSynset(std::string_view name) const;
  // The word list named `name`, created if absent.
  WordList& GetWordList(std::string_view name);

  // Number of verbs and of patterns over all families.
  size_t VerbCount() const;
  size_t PatternCount() const;

  // Equal content; file tables and source lines are ignored (see SourceRef).
  bool operator==(const Dictionary& other) const;

 private:
  std::vector<std::string> files_;
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_DICTIONARY_H_
