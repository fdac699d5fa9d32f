// PosTag: the 45 Penn Treebank part-of-speech tags as a compact enum.
//
// The tagger writes one PosTag per token; later stages (phrases, clauses,
// verb patterns) switch on it, so it is a byte-sized enum rather than a string.
#ifndef KHALDUN_LANG_POS_TAG_H_
#define KHALDUN_LANG_POS_TAG_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace khaldun {

enum class PosTag : uint8_t {
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD,
  kNN, kNNS, kNNP, kNNPS, kPDT, kPOS, kPRP, kPRPS /* PRP$ */, kRB, kRBR, kRBS,
  kRP, kSYM, kTO, kUH, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ,
  kWDT, kWP, kWPS /* WP$ */, kWRB,
  kDollar /* $ */, kPound /* # */, kOpenQuote /* `` */, kCloseQuote /* '' */,
  kLRB /* -LRB- */, kRRB /* -RRB- */, kComma /* , */, kPeriod /* . */, kColon /* : */,
};

// Number of tags; PosTag values are 0 .. kPosTagCount-1.
inline constexpr int kPosTagCount = 45;

// The Penn Treebank spelling of `tag` ("NN", "PRP$", "-LRB-", "``").
std::string_view PosTagName(PosTag tag);

// Parses a Penn Treebank tag name (exact spelling, as PosTagName prints it).
// Returns nullopt for anything else.
std::optional<PosTag> ParsePosTag(std::string_view name);

// Coarse classes the lemmatiser and the rules ask about.
inline bool IsNoun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
inline bool IsProperNoun(PosTag t) { return t == PosTag::kNNP || t == PosTag::kNNPS; }
inline bool IsVerb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
inline bool IsAdjective(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }
inline bool IsAdverb(PosTag t) { return t >= PosTag::kRB && t <= PosTag::kRBS; }
// A verb that carries tense: VBD, VBP, VBZ (and MD, which heads a finite clause).
inline bool IsFiniteVerb(PosTag t) {
  return t == PosTag::kVBD || t == PosTag::kVBP || t == PosTag::kVBZ || t == PosTag::kMD;
}

// A set of tags as a bit mask (45 tags fit in 64 bits).
using PosTagSet = uint64_t;
inline constexpr PosTagSet TagBit(PosTag t) { return PosTagSet{1} << static_cast<int>(t); }
inline constexpr bool HasTag(PosTagSet set, PosTag t) { return (set & TagBit(t)) != 0; }

}  // namespace khaldun

#endif  // KHALDUN_LANG_POS_TAG_H_
