#include "lang/pos_tag.h"

#include <array>

namespace khaldun {
namespace {

// Indexed by PosTag; must follow the enum's order.
constexpr std::array<std::string_view, kPosTagCount> kNames = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
    "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS",
    "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$", "WRB",
    "$", "#", "``", "''", "-LRB-", "-RRB-", ",", ".", ":",
};
static_assert(static_cast<int>(PosTag::kColon) + 1 == kPosTagCount);

}  // namespace

std::string_view PosTagName(PosTag tag) { return kNames[static_cast<int>(tag)]; }

std::optional<PosTag> ParsePosTag(std::string_view name) {
  // A linear scan over 45 short strings: only used when loading data.
  for (int i = 0; i < kPosTagCount; ++i) {
    if (kNames[i] == name) return static_cast<PosTag>(i);
  }
  return std::nullopt;
}

}  // namespace khaldun
