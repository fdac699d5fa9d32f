#include "code/coverage.h"

#include <algorithm>
#include <cctype>

namespace khaldun {
namespace {

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when word `i` belongs to a time expression ("Monday", "last week").
bool IsTemporal(const SentenceAnalysis& analysis, uint32_t i) {
  if (i >= analysis.np_of_word.size()) return false;
  const int32_t np = analysis.np_of_word[i];
  return np != kNone && static_cast<size_t>(np) < analysis.nps.size() && analysis.nps[np].temporal;
}

}  // namespace

bool CoverageCounter::VerbCovered(std::string_view word, std::string_view lemma) const {
  for (const std::string& key : {WordKey(word), WordKey(lemma)}) {
    for (const VerbForm& form : dictionary_->VerbFormsOf(key)) {
      if (!dictionary_->IsNominal(form.family)) return true;
    }
  }
  return false;
}

void CoverageCounter::Count(TallyMap* map, std::string key, std::string_view example) {
  Tally& tally = (*map)[std::move(key)];
  if (tally.count++ == 0) tally.example = std::string(example);
}

void CoverageCounter::AddSentence(const SentenceAnalysis& analysis, std::string_view sentence_text) {
  const uint32_t n = analysis.size();
  std::string joined;
  if (sentence_text.empty()) {
    joined = analysis.Text(0, n);
    sentence_text = joined;
  }

  // Verbs: the main verb of every clause. A copula ("is") carries no event.
  for (const Clause& clause : analysis.clauses) {
    const uint32_t token = clause.verb.lemma;
    if (token >= n) continue;
    const std::string lemma = LowerAscii(analysis.lemma(token));
    if (lemma.empty() || lemma == "be") continue;
    ++verbs_seen_;
    if (VerbCovered(analysis.words[token], lemma)) {
      ++verbs_covered_;
    } else {
      Count(&verbs_, lemma, sentence_text);
    }
  }

  // Names: mark the tokens inside actor and agent phrases, then report the
  // uncovered stretches of each proper-noun run.
  keys_.resize(n);
  covered_.assign(n, false);
  hashes_.resize(n);
  key_text_.Reset(analysis.words);
  for (uint32_t i = 0; i < n; ++i) {
    keys_[i] = key_text_.Add(analysis.words[i]);
    hashes_[i] = WordKeyHash(keys_[i]);
  }
  auto any = [](uint32_t) { return true; };
  for (uint32_t k = 0; k < n; ++k) {
    if (keys_[k].empty()) continue;
    for (const PhraseIndex* index : {&dictionary_->actors(), &dictionary_->agents()}) {
      PhraseIndex::Match match = index->Longest(keys_, hashes_, k, n, any);
      for (uint32_t j = k; j < k + match.length; ++j) covered_[j] = true;
    }
  }
  uint32_t i = 0;
  while (i < n) {
    if (!IsProperNoun(analysis.tags[i]) || IsTemporal(analysis, i)) {
      ++i;
      continue;
    }
    uint32_t end = i;
    bool any_covered = false;
    while (end < n && IsProperNoun(analysis.tags[end]) && !IsTemporal(analysis, end)) any_covered |= covered_[end++];
    ++names_seen_;
    if (any_covered) ++names_covered_;
    for (uint32_t j = i; j < end;) {
      if (covered_[j]) {
        ++j;
        continue;
      }
      uint32_t stop = j;
      while (stop < end && !covered_[stop]) ++stop;
      Count(&names_, analysis.Text(j, stop), sentence_text);
      j = stop;
    }
    i = end;
  }
}

std::vector<CoverageItem> CoverageCounter::Top(const TallyMap& map, size_t n) {
  std::vector<CoverageItem> items;
  items.reserve(map.size());
  for (const auto& [text, tally] : map) items.push_back({text, tally.count, tally.example});
  std::sort(items.begin(), items.end(), [](const CoverageItem& a, const CoverageItem& b) {
    return a.count != b.count ? a.count > b.count : a.text < b.text;
  });
  if (n > 0 && items.size() > n) items.resize(n);
  return items;
}

}  // namespace khaldun
