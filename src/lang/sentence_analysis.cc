#include "lang/sentence_analysis.h"

#include <algorithm>

namespace khaldun {

void SentenceAnalysis::Clear() {
  words.clear();
  tags.clear();
  lemma_text.clear();
  lemma_end.clear();
  word_bits.clear();
  nps.clear();
  pps.clear();
  clauses.clear();
  index_pool.clear();
  np_of_word.clear();
  clause_of_word.clear();
  preposition_length.clear();
}

std::string SentenceAnalysis::Text(uint32_t begin, uint32_t end) const {
  std::string out;
  TextInto(begin, end, &out);
  return out;
}

void SentenceAnalysis::TextInto(uint32_t begin, uint32_t end, std::string* out) const {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(words.size()));
  size_t size = 0;
  for (uint32_t i = begin; i < end; ++i) size += words[i].size() + 1;
  out->clear();
  out->reserve(size);
  for (uint32_t i = begin; i < end; ++i) {
    if (!out->empty()) out->push_back(' ');
    out->append(words[i]);
  }
}

std::string SentenceAnalysis::NpText(int32_t np) const {
  if (np < 0 || static_cast<size_t>(np) >= nps.size()) return "";
  return Text(nps[static_cast<size_t>(np)].full_begin, nps[static_cast<size_t>(np)].end);
}

std::string SentenceAnalysis::HeadText(int32_t np) const {
  if (np < 0 || static_cast<size_t>(np) >= nps.size()) return "";
  const NounPhrase& phrase = nps[static_cast<size_t>(np)];
  if (phrase.kind != NounPhraseKind::kCoordination) return std::string(words[phrase.head]);
  std::string out;
  for (uint32_t member : indices(phrase.members)) {
    if (!out.empty()) out += '+';
    out += HeadText(static_cast<int32_t>(member));
  }
  return out;
}

}  // namespace khaldun
