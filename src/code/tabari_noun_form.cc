#include "code/tabari_noun_form.h"

#include <algorithm>
#include <string_view>

namespace khaldun {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool TabariReadsAsNoun(const MatchContext& context, uint32_t token) {
  if (token == 0 || token >= context.keys->size()) return false;
  const std::string_view before = (*context.keys)[token - 1];
  if (before == "THE" || before == "A" || before == "AN") return true;
  // A noun's ending: "pledge's" is no verb.
  if (token + 1 < context.keys->size() && (*context.keys)[token + 1] == "'S") return true;
  if (context.words == nullptr || token >= context.words->size()) return false;
  const std::string_view word = (*context.words)[token];
  if (word.empty() || !IsUpper(word[0])) return false;
  // A sentence in capitals tells nothing by them.
  return std::any_of(context.words->begin(), context.words->end(), [](std::string_view w) {
    return std::any_of(w.begin(), w.end(), IsLower);
  });
}

}  // namespace khaldun
