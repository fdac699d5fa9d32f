#include "code/name_edges.h"

#include <cctype>

#include "base/same_text.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

bool Capitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

}  // namespace

bool WrittenWithCapitals(const SentenceAnalysis& analysis) {
  for (uint32_t k = 1; k < analysis.size(); ++k) {
    if (Capitalised(analysis.words[k])) return true;
  }
  return false;
}

bool TailOfLongerName(const SentenceAnalysis& analysis, uint32_t k) {
  return k >= 2 && word_classes::IsNameParticle(analysis.words[k - 1]) && IsProperNoun(analysis.tags[k - 2]);
}

bool AfterAnotherGivenName(const SentenceAnalysis& analysis, uint32_t begin, uint32_t k, bool after_actor) {
  if (after_actor || k == 0 || k <= begin || analysis.tags[k - 1] != PosTag::kNNP) return false;
  const std::string_view given = analysis.words[k - 1];
  return Capitalised(given) && given.size() > 2 && given.back() != '.' &&
         !SameTextAsAny(given, "Mr", "Mrs", "Ms", "Dr", "Sen", "Gen", "Rep", "Sheikh", "Sir", "Dame", "Lord", "Imam",
                        "Mullah", "Ayatollah", "Emir", "Prince", "Princess", "King", "Queen", "Pope", "Saint");
}

bool CompassNameCut(const SentenceAnalysis& analysis, bool cased, uint32_t begin, uint32_t end, uint32_t limit) {
  if (!cased || end <= begin) return false;
  const std::string_view last = analysis.words[end - 1];
  if (end - begin >= 2 && (SameTextAsAny(analysis.words[begin], "north", "south", "east", "west") ||
                           SameTextAsAny(last, "north", "south", "east", "west"))) {
    return true;
  }
  return end < limit && end < analysis.size() && SameTextAsAny(last, "North", "South", "East", "West") &&
         Capitalised(analysis.words[end]);
}

bool AfterEthnic(const SentenceAnalysis& analysis, uint32_t begin) {
  return begin > 0 && word_classes::EqualsLower(analysis.words[begin - 1], "ethnic");
}

bool OpensASeasName(const SentenceAnalysis& analysis, uint32_t end) {
  return end < analysis.size() && Capitalised(analysis.words[end]) &&
         word_classes::IsWaterBodyNoun(analysis.words[end]);
}

bool NamesADivision(const SentenceAnalysis& analysis, uint32_t end) {
  // (A name, not a nationality: "a Palestinian state" is the state.)
  if (end == 0 || end >= analysis.size() || analysis.tags[end - 1] != PosTag::kNNP ||
      Capitalised(analysis.words[end]) ||
      !SameTextAsAny(analysis.words[end], "state", "province", "region", "governorate")) {
    return false;
  }
  const int32_t np = end < analysis.np_of_word.size() ? analysis.np_of_word[end] : kNone;
  return np != kNone && analysis.nps[np].end == end + 1;
}

bool NamesAPeople(const SentenceAnalysis& analysis, const NounPhrase& np) {
  if (analysis.tags[np.head] != PosTag::kNNPS) return false;
  const std::string_view head = analysis.words[np.head];
  const bool after_the = np.determiner != kNone && word_classes::EqualsLower(analysis.words[np.determiner], "the");
  return !after_the || head.ends_with("ans") || head.ends_with("is");
}

}  // namespace khaldun
