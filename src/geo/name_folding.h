// Name folding: the key under which the gazetteer files and finds a name.
//
// Folding makes lookups case-, diacritic- and punctuation-insensitive, so
// "LASHKAR GAH", "Lashkar Gah" and "Lashkar Gāh" share one key. The build
// tool and the run-time lookup call the same function, so keys always agree.
#ifndef KHALDUN_GEO_NAME_FOLDING_H_
#define KHALDUN_GEO_NAME_FOLDING_H_

#include <string>
#include <string_view>

namespace khaldun {

// Folds a UTF-8 name:
//  - lower-cases (Unicode simple case mapping);
//  - removes diacritics (NFKD, then drops combining marks): "ā" -> "a";
//  - maps letters without a decomposition: ø->o, ł->l, đ->d, ß->ss, æ->ae,
//    œ->oe, ı->i, þ->th, ð->d;
//  - drops apostrophes, quotes and modifier letters (' ’ ‘ ʻ ʼ ` ´): "Sana'a" -> "sanaa";
//  - turns hyphens, periods, commas, slashes and any other punctuation or
//    whitespace into one space; trims the ends.
// Other scripts pass through lower-cased. Invalid UTF-8 bytes are dropped.
std::string FoldName(std::string_view name);

// Folds a name that arrives in pieces (a mention's tokens and the spaces
// between them) without folding its start again for every piece: after
// Append(a), Append(b), key() == FoldName(a + b). Folding works code point
// by code point, so this holds whenever the pieces split the text between
// code points (tokens do).
class NameFolder {
 public:
  void Clear() {
    key_.clear();
    pending_space_ = false;
  }
  void Append(std::string_view piece);
  // The same as Append(" "), without folding it: a mention's tokens are
  // appended with the spaces between them.
  void AppendSeparator() { pending_space_ = !key_.empty(); }
  const std::string& key() const { return key_; }

 private:
  std::string key_;
  bool pending_space_ = false;  // a separator seen after the last kept character
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_NAME_FOLDING_H_
