#include "geo/mention_finder.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "base/ascii_case.h"
#include "geo/name_folding.h"
#include "geo/place_resolver.h"
#include "geo/word_list.h"

namespace khaldun {
namespace {

constexpr uint32_t kCommonWordMinPopulation = 100000;
constexpr uint32_t kBareMinPopulation = 10000;

// A word lower-cased without an allocation. Every word the rules compare
// with is shorter than the buffer; a longer word comes out empty, which
// matches none of them.
class LowerWord {
 public:
  explicit LowerWord(std::string_view word) {
    if (word.size() > sizeof buffer_) return;
    AsciiLowerInto(word, buffer_);  // eight bytes at a time: it runs for most words around a name
    size_ = word.size();
  }
  operator std::string_view() const { return {buffer_, size_}; }

 private:
  char buffer_[24];
  size_t size_ = 0;
};

constexpr WordList kLocatives(std::array<std::string_view, 20>{
    "in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "within",
    "along", "off", "through", "via", "nearby", "over", "towards", "toward", "to", "from"});
// Lower-case words allowed inside a multi-word name.
constexpr WordList kConnectors(std::array<std::string_view, 16>{
    "of", "the", "and", "de", "del", "al", "el", "la", "le", "du", "da", "i", "e", "on", "upon", "sur"});
// Capitalised words before a name that do not make it part of a longer name.
constexpr WordList kFunctionWords(std::array<std::string_view, 24>{
    "in", "at", "near", "outside", "inside", "into", "across", "around", "from", "to", "the", "and",
    "but", "while", "after", "before", "since", "when", "as", "on", "of", "for", "with", "by"});
constexpr WordList kCompass(std::array<std::string_view, 14>{
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "restive"});
// Sites a city's name can modify after "a": "at a Moscow airport", "in a
// Kabul hospital" are in the city ("over a Kellogg factory" is not).
constexpr WordList kSiteWords(std::array<std::string_view, 14>{
    "airport", "hospital", "school", "market", "mosque", "church", "station", "suburb", "hotel", "prison",
    "courtroom", "court", "stadium", "neighbourhood"});
constexpr WordList kBorderWords(std::array<std::string_view, 3>{"border", "frontier", "side"});

// "ez-Zor", "al-Sham": a lower-case piece of a hyphenated name.
bool HasUpperAfterHyphen(std::string_view text) {
  for (size_t k = 1; k < text.size(); ++k) {
    if (text[k - 1] == '-' && text[k] >= 'A' && text[k] <= 'Z') return true;
  }
  return false;
}

bool IsWord(const Token& token) { return token.shape == kWord || token.shape == kAbbreviation; }
bool IsCapitalizedWord(const Token& token) { return IsWord(token) && token.capitalized; }

// The tokens as written: joined with a space where the text had one.
std::string JoinedText(std::span<const Token> tokens) {
  size_t size = 0;
  for (const Token& token : tokens) size += token.text.size() + 1;
  std::string text;
  text.reserve(size);
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0 && tokens[k].space_before) text.push_back(' ');
    text.append(tokens[k].text);
  }
  return text;
}

bool IsCityLike(FeatureType type) { return type == FeatureType::kCity || type == FeatureType::kCapital; }

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
  NameFolder folder;
  size_t i = 0;
  while (i < n) {
    if (!IsCapitalizedWord(tokens[i])) {
      ++i;
      continue;
    }
    // Longest match; the key is folded piece by piece as the span grows
    // (the name as written is joined only for a mention found).
    folder.Clear();
    size_t best_end = 0;
    uint32_t best_key = 0;
    for (size_t j = i; j < n && j < i + max_words * 2; ++j) {
      const Token& token = tokens[j];
      if (j > i) {
        if (!IsWord(token) && token.text != "'" && token.text != "-") break;
        if (!token.capitalized && !kConnectors.ContainsIgnoringCase(token.text) && !HasUpperAfterHyphen(token.text) &&
            token.space_before) {
          break;
        }
        if (token.space_before) folder.AppendSeparator();
      }
      folder.Append(token.text);
      const std::string& key = folder.key();
      // A name ends on a capitalised word or on a piece glued to one ("N'Djamena").
      const bool can_end = token.capitalized || HasUpperAfterHyphen(token.text) || (j > i && !token.space_before);
      const Gazetteer::KeyProbe probe = gazetteer_->Probe(key);
      if (can_end && probe.key) {
        best_end = j + 1;
        best_key = *probe.key;
      }
      const bool glued_next = j + 1 < n && !tokens[j + 1].space_before;
      if (!glued_next && !probe.word_prefix) break;
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    PlaceMention mention;
    mention.begin = i;
    mention.end = best_end;
    mention.text = JoinedText(tokens.subspan(i, best_end - i));

    // Context before: "the", a preposition, "province of", "capital".
    // Skip "the" and compass words: "in the north of", "in northern Iraq";
    // "a" before a city's site: "at a Moscow airport". The words next to
    // the name, asked several questions each, are lower-cased once.
    const LowerWord next(best_end < n ? tokens[best_end].text : std::string_view());
    const LowerWord just_before(i > 0 ? tokens[i - 1].text : std::string_view());
    const bool site_next = kSiteWords.Contains(next);
    size_t before = i;
    while (before > 0) {
      const LowerWord word = before == i ? just_before : LowerWord(tokens[before - 1].text);
      const std::string_view lower = word;
      if (lower != "the" && !kCompass.Contains(word) && !(site_next && (lower == "a" || lower == "an"))) break;
      --before;
    }
    const LowerWord previous = before == i ? just_before : LowerWord(before > 0 ? tokens[before - 1].text : "");
    if (i >= 2 && std::string_view(just_before) == "of" && DesignatorType(LowerWord(tokens[i - 2].text))) {
      mention.designator = DesignatorType(LowerWord(tokens[i - 2].text));
    } else if (i >= 1 && std::string_view(just_before) == "capital") {
      mention.designator = FeatureType::kCapital;
    }
    // Context after: "Helmand province".
    const std::optional<FeatureType> next_designator = DesignatorType(next);
    if (next_designator && !mention.designator) mention.designator = next_designator;
    const bool border_next = kBorderWords.Contains(next);

    if (kLocatives.Contains(previous)) {
      const std::string_view word = previous;
      mention.preposition = word;
      mention.role = word == "from"                                           ? MentionRole::kOrigin
                     : (word == "to" || word == "towards" || word == "toward") ? MentionRole::kDestination
                                                                               : MentionRole::kLocative;
    } else if (mention.designator) {
      mention.role = MentionRole::kDesignated;
    }
    if (mention.role == MentionRole::kOrigin) seen_origin = true;
    if (mention.role == MentionRole::kDestination && !seen_origin && mention.preposition == "to") {
      mention.role = MentionRole::kLocative;  // "went to Doha": a destination without an origin
    }

    // "appealed to Western allies": a compass word alone before a
    // lower-case word qualifies that word; it names no region.
    if (best_end == i + 1 && best_end < n && IsWord(tokens[best_end]) && !tokens[best_end].capitalized &&
        kCompass.ContainsIgnoringCase(tokens[i].text)) {
      i = best_end;
      continue;
    }

    // Part of a longer proper name?
    const bool glued_before = i > 0 && IsCapitalizedWord(tokens[i - 1]) &&
                              !kFunctionWords.Contains(just_before) &&
                              mention.designator != FeatureType::kCapital;
    const bool glued_after = best_end < n && IsCapitalizedWord(tokens[best_end]) && !next_designator;
    if ((glued_before && !mention.designator) || glued_after) {
      i = best_end;
      continue;
    }

    // "President Evo Morales ... before Morales announced": a lone word that ended a longer name earlier
    // in the sentence is that person's surname, not the town (Morales, Colombia).
    if (best_end == i + 1 && !mention.designator) {
      bool surname = false;
      for (size_t k = 1; k < i && !surname; ++k) {
        surname = tokens[k].text == tokens[i].text && IsCapitalizedWord(tokens[k - 1]) &&
                  !kFunctionWords.Contains(LowerWord(tokens[k - 1].text)) &&
                  (k + 1 >= n || !IsCapitalizedWord(tokens[k + 1]));
      }
      if (surname) {
        i = best_end;
        continue;
      }
    }
    // Candidates are compared by their facts; no Place is built here.
    std::vector<CandidateRef>& candidates = mention.candidates;
    gazetteer_->CandidatesOf(best_key, /*include_demonyms=*/false, &candidates);
    const bool common = std::any_of(candidates.begin(), candidates.end(), [](const CandidateRef& c) { return c.common_word; });
    if (common) {
      const bool allowed = mention.role != MentionRole::kBare && i > 0;
      std::erase_if(candidates, [&](const CandidateRef& c) {
        const PlaceFacts place = gazetteer_->FactsOf(c.place);
        return !allowed || (IsCityLike(place.type) && place.type != FeatureType::kCapital &&
                            place.population < kCommonWordMinPopulation);
      });
    }
    // "UN", "AU", "IS": a word of capitals only is an acronym, not the
    // town of that name (Un in Gujarat); an acronym a place is known by is
    // an alias ("UK", "DRC").
    const std::string_view only = best_end == i + 1 ? std::string_view(tokens[i].text) : std::string_view();
    if (only.size() >= 2 && only.size() <= 4 &&
        std::all_of(only.begin(), only.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      std::erase_if(candidates, [&](const CandidateRef& c) {
        return c.match == NameMatch::kPrimary && IsCityLike(gazetteer_->FactsOf(c.place).type);
      });
    }
    if (mention.role == MentionRole::kBare) {
      std::erase_if(candidates, [&](const CandidateRef& c) {
        const PlaceFacts place = gazetteer_->FactsOf(c.place);
        return place.type == FeatureType::kCity && place.population < kBareMinPopulation &&
               c.match != NameMatch::kAlias;
      });
    }
    if (candidates.empty() && border_next) {
      // "near the Afghan border": the country by its demonym.
      gazetteer_->CandidatesOf(best_key, /*include_demonyms=*/true, &candidates);
      std::erase_if(candidates, [](const CandidateRef& c) { return c.match != NameMatch::kDemonym; });
      mention.demonym = !candidates.empty();
    }
    if (!candidates.empty()) mentions.push_back(std::move(mention));
    i = best_end;
  }
  return mentions;
}

}  // namespace khaldun
