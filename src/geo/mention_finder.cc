#include "geo/mention_finder.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "geo/name_folding.h"
#include "geo/place_resolver.h"

namespace khaldun {
namespace {

constexpr uint32_t kCommonWordMinPopulation = 100000;
constexpr uint32_t kBareMinPopulation = 10000;

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr std::array<std::string_view, 20> kLocatives = {
    "in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "within",
    "along", "off", "through", "via", "nearby", "over", "towards", "toward", "to", "from"};
// Lower-case words allowed inside a multi-word name.
constexpr std::array<std::string_view, 16> kConnectors = {
    "of", "the", "and", "de", "del", "al", "el", "la", "le", "du", "da", "i", "e", "on", "upon", "sur"};
// Capitalised words before a name that do not make it part of a longer name.
constexpr std::array<std::string_view, 24> kFunctionWords = {
    "in", "at", "near", "outside", "inside", "into", "across", "around", "from", "to", "the", "and",
    "but", "while", "after", "before", "since", "when", "as", "on", "of", "for", "with", "by"};
constexpr std::array<std::string_view, 14> kCompass = {
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "restive"};
constexpr std::array<std::string_view, 3> kBorderWords = {"border", "frontier", "side"};

// "ez-Zor", "al-Sham": a lower-case piece of a hyphenated name.
bool HasUpperAfterHyphen(std::string_view text) {
  for (size_t k = 1; k < text.size(); ++k) {
    if (text[k - 1] == '-' && text[k] >= 'A' && text[k] <= 'Z') return true;
  }
  return false;
}

bool IsWord(const Token& token) { return token.shape == kWord || token.shape == kAbbreviation; }
bool IsCapitalizedWord(const Token& token) { return IsWord(token) && token.capitalized; }

bool IsCityLike(const Place& place) {
  return place.type == FeatureType::kCity || place.type == FeatureType::kCapital;
}

}  // namespace

std::string_view MentionRoleName(MentionRole role) {
  switch (role) {
    case MentionRole::kLocative: return "locative";
    case MentionRole::kOrigin: return "origin";
    case MentionRole::kDestination: return "destination";
    case MentionRole::kDesignated: return "designated";
    case MentionRole::kBare: return "bare";
  }
  return "bare";
}

std::vector<PlaceMention> MentionFinder::Find(std::span<const Token> tokens) const {
  std::vector<PlaceMention> mentions;
  const size_t n = tokens.size();
  const size_t max_words = gazetteer_->max_name_words();
  bool seen_origin = false;
  size_t i = 0;
  while (i < n) {
    if (!IsCapitalizedWord(tokens[i])) {
      ++i;
      continue;
    }
    // Longest match.
    std::string surface;
    size_t best_end = 0;
    std::string best_surface;
    for (size_t j = i; j < n && j < i + max_words * 2; ++j) {
      const Token& token = tokens[j];
      if (j > i) {
        if (!IsWord(token) && token.text != "'" && token.text != "-") break;
        if (!token.capitalized && !OneOf(Lower(token.text), kConnectors) && !HasUpperAfterHyphen(token.text) &&
            token.space_before) {
          break;
        }
        if (token.space_before) surface.push_back(' ');
      }
      surface.append(token.text);
      const std::string key = FoldName(surface);
      // A name ends on a capitalised word or on a piece glued to one ("N'Djamena").
      const bool can_end = token.capitalized || HasUpperAfterHyphen(token.text) || (j > i && !token.space_before);
      if (can_end && gazetteer_->HasKey(key)) {
        best_end = j + 1;
        best_surface = surface;
      }
      const bool glued_next = j + 1 < n && !tokens[j + 1].space_before;
      if (!glued_next && !gazetteer_->HasWordPrefix(key)) break;
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    PlaceMention mention;
    mention.begin = i;
    mention.end = best_end;
    mention.text = best_surface;
    const std::string key = FoldName(best_surface);

    // Context before: "the", a preposition, "province of", "capital".
    // Skip "the" and compass words: "in the north of", "in northern Iraq".
    size_t before = i;
    while (before > 0 && (Lower(tokens[before - 1].text) == "the" || OneOf(Lower(tokens[before - 1].text), kCompass))) {
      --before;
    }
    const std::string previous = before > 0 ? Lower(tokens[before - 1].text) : std::string();
    if (i >= 2 && Lower(tokens[i - 1].text) == "of" && DesignatorType(Lower(tokens[i - 2].text))) {
      mention.designator = DesignatorType(Lower(tokens[i - 2].text));
    } else if (i >= 1 && Lower(tokens[i - 1].text) == "capital") {
      mention.designator = FeatureType::kCapital;
    }
    // Context after: "Helmand province".
    const std::string next = best_end < n ? Lower(tokens[best_end].text) : std::string();
    if (const auto type = DesignatorType(next); type && !mention.designator) mention.designator = type;
    const bool border_next = OneOf(next, kBorderWords);

    if (OneOf(previous, kLocatives)) {
      mention.preposition = previous;
      mention.role = previous == "from" ? MentionRole::kOrigin
                     : (previous == "to" || previous == "towards" || previous == "toward") ? MentionRole::kDestination
                                                                                            : MentionRole::kLocative;
    } else if (mention.designator) {
      mention.role = MentionRole::kDesignated;
    }
    if (mention.role == MentionRole::kOrigin) seen_origin = true;
    if (mention.role == MentionRole::kDestination && !seen_origin && mention.preposition == "to") {
      mention.role = MentionRole::kLocative;  // "went to Doha": a destination without an origin
    }

    // Part of a longer proper name?
    const bool glued_before = i > 0 && IsCapitalizedWord(tokens[i - 1]) &&
                              !OneOf(Lower(tokens[i - 1].text), kFunctionWords) &&
                              mention.designator != FeatureType::kCapital;
    const bool glued_after = best_end < n && IsCapitalizedWord(tokens[best_end]) && !DesignatorType(next);
    if ((glued_before && !mention.designator) || glued_after) {
      i = best_end;
      continue;
    }

    std::vector<Candidate> candidates = gazetteer_->LookupFolded(key);
    const bool common = std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.common_word; });
    if (common) {
      const bool allowed = mention.role != MentionRole::kBare && i > 0;
      std::erase_if(candidates, [&](const Candidate& c) {
        return !allowed || (IsCityLike(c.place) && c.place.type != FeatureType::kCapital &&
                            c.place.population < kCommonWordMinPopulation);
      });
    }
    if (mention.role == MentionRole::kBare) {
      std::erase_if(candidates, [](const Candidate& c) {
        return c.place.type == FeatureType::kCity && c.place.population < kBareMinPopulation &&
               c.match != NameMatch::kAlias;
      });
    }
    if (candidates.empty() && border_next) {
      // "near the Afghan border": the country by its demonym.
      for (Candidate& c : gazetteer_->LookupFolded(key, /*include_demonyms=*/true)) {
        if (c.match == NameMatch::kDemonym) candidates.push_back(std::move(c));
      }
      mention.demonym = !candidates.empty();
    }
    if (!candidates.empty()) {
      mention.candidates = std::move(candidates);
      mentions.push_back(std::move(mention));
    }
    i = best_end;
  }
  return mentions;
}

}  // namespace khaldun
