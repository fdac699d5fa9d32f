// The context rules for capitalised words (ContextRules::NamePart): a
// capitalised word that the first tags read as a common word may be part of
// a name.
#include <cstddef>
#include <string_view>

#include "lang/context_rule_words.h"
#include "lang/context_rules.h"
#include "lang/tag_state.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal::context {

bool ContextRules::NamePart(size_t i) {
  TokenState& t = s_[i];
  const std::string_view w = t.word;
  const T before = TagAt(i, -1);
  const T next = TagAt(i, 1);
  // "dissolved the opposition Move Forward Party": a capitalised bare verb
  // form in lower-case text (no headline), before a name, opens the name.
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && i > 0 && !s_[i - 1].capitalized &&
      (before == T::kDT || before == T::kNN || before == T::kNNS || before == T::kJJ || before == T::kIN) &&
      (next == T::kNNP || next == T::kNNPS)) {
    t.tag = T::kNNP;
    return true;
  }
  // "Lee Jae-myung", "Aung San Suu Kyi": a capitalised hyphenated word after
  // a name, with no noun after it to modify, is part of the name.
  if (t.Is(T::kJJ) && t.capitalized && w.find('-') != std::string_view::npos &&
      (before == T::kNNP || before == T::kNNPS) && !IsNoun(next) && next != T::kJJ) {
    t.tag = T::kNNP;
    return true;
  }
  // So is any capitalised adjective there but a nationality's: "in Novi
  // Sad on Saturday" (not "Gondor Russian").
  const bool nationality = w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("i");
  // So is one between a name's word and a capitalised noun: "Suspected Allied Democratic Forces rebels".
  if (t.Is(T::kJJ) && i > 0 && i + 1 < s_.size() && s_[i - 1].capitalized && before == T::kNNP && !nationality &&
      (next == T::kNN || next == T::kNNS) && s_[i + 1].capitalized) {
    t.tag = T::kNNP;
    return true;
  }
  if (t.Is(T::kJJ) && i > 0 && s_[i - 1].capitalized && (before == T::kNNP || before == T::kNNPS) &&
      !nationality && !IsNoun(next) && next != T::kJJ && next != T::kCD && next != T::kPOS) {
    t.tag = T::kNNP;
    return true;
  }
  // "South Korean President": a capitalised compass word before a name is
  // part of it.
  if (t.capitalized && !t.Is(T::kNNP) && t.Has(kCompassBit) && i + 1 < s_.size() && s_[i + 1].capitalized &&
      t.Can(T::kNNP)) {
    t.tag = T::kNNP;
    return true;
  }
  // A capitalised "foreign word" is a name: "Khan said".
  if (t.Is(T::kFW) && t.capitalized && t.Can(T::kNNP)) {
    t.tag = T::kNNP;
    return true;
  }
  // A capitalised verb form after a capitalised word is part of a name:
  // "Georgian Dream", "Hayat Tahrir al-Sham", "Palm Springs", "Port
  // Talbot Working Men's Club" (verbs are not capitalised mid-sentence).
  if (i > 0 && t.capitalized && IsVerb(t.tag) && s_[i - 1].capitalized &&
      (before == T::kJJ || before == T::kNNP || before == T::kNNPS)) {
    t.tag = T::kNNP;
    if (before == T::kJJ && s_[i - 1].Can(T::kNNP)) s_[i - 1].tag = T::kNNP;
    return true;
  }
  return false;
}

}  // namespace khaldun::lang_internal::context
