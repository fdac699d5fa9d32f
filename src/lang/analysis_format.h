// Readable renderings of a SentenceAnalysis, for `khaldun parse`, tools and
// test messages. Not meant to be parsed back (use the JSON of `parse --json`).
#ifndef KHALDUN_LANG_ANALYSIS_FORMAT_H_
#define KHALDUN_LANG_ANALYSIS_FORMAT_H_

#include <cstdint>
#include <string>

#include "lang/sentence_analysis.h"

namespace khaldun {

// "The/DT Taliban/NNP rejected/VBD ..."
std::string FormatTagged(const SentenceAnalysis& analysis);

// The sentence with base NPs bracketed: "[The Taliban] rejected [the offer] ."
std::string FormatChunks(const SentenceAnalysis& analysis);

// One line per clause:
// "clause 1 (main): subject [the Taliban] verb [rejected] (lemma reject, past,
//  active) object [the offer] prep [on Monday]"
// Clauses are numbered from 1; references to other clauses use those numbers.
std::string FormatClause(const SentenceAnalysis& analysis, uint32_t clause);

// "[the US leader]" (possessor included); "" for kNone.
std::string BracketNp(const SentenceAnalysis& analysis, int32_t np);

}  // namespace khaldun

#endif  // KHALDUN_LANG_ANALYSIS_FORMAT_H_
