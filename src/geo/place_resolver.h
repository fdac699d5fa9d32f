// PlaceResolver: picks the place a name most likely means, given context.
//
// Score (higher wins; see docs/geo.md):
//   size       log10(population, at least 1000) for cities; countries count
//              as 8, provinces and regions as 5, districts as 4.5 (so a city
//              of 100,000 outranks its namesake province: "Herat")
//   capital    +1.5 for a national capital
//   curated    +0.5 when the name came from the alias table or ISO
//   type hint  +6 when the text said what kind of place ("Kandahar province")
//   countries  +5 when the place lies in a country named next to it
//              ("Tripoli, Lebanon"); else +3 when it lies in a hinted
//              country (the dateline's, the actors')
// So "Tripoli" is Libya's capital with no context and Lebanon's city when
// the hint is LBN; "Paris" stays in France even when the actors are
// American (a capital of 2M outweighs the hint); "Georgia" is the country
// unless the hint is USA.
#ifndef KHALDUN_GEO_PLACE_RESOLVER_H_
#define KHALDUN_GEO_PLACE_RESOLVER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/place.h"

namespace khaldun {

// Views of the caller's codes (the gazetteer's, the hint's), which must
// outlive the context: one is made for every resolution, and the caller
// keeps a handful of codes on the stack rather than in strings and vectors.
struct ResolveContext {
  std::span<const std::string_view> named_countries;  // ISO-3 named in the same text: +5
  std::span<const std::string_view> hint_countries;   // ISO-3 of the dateline and actors: +3
  std::optional<FeatureType> type_hint;               // from "province", "district", "city", "capital"
};

// The score above for one candidate.
double ScoreCandidate(const Candidate& candidate, const ResolveContext& context);

// The best-scoring candidate (first on ties); nullopt when there is none.
std::optional<Candidate> ChooseCandidate(std::span<const Candidate> candidates, const ResolveContext& context);
// The same for candidates whose places are not built: the index of the
// best in `candidates`, scored from the gazetteer's facts.
std::optional<size_t> ChooseCandidate(std::span<const CandidateRef> candidates, const Gazetteer& gazetteer,
                                      const ResolveContext& context);

// The kind of place a designator word names: "province", "governorate",
// "state", "oblast", "region" -> admin1; "district", "county" -> district;
// "city", "town", "village", "port" -> city; "capital" -> capital.
// `word` must be lower-case; nullopt for any other word.
std::optional<FeatureType> DesignatorType(std::string_view word);

// Looks `name` up (demonyms excluded) and chooses; nullopt when unknown.
// A name the gazetteer lacks that ends in a designator ("Helmand province")
// is looked up without it, with the designator as the type hint.
std::optional<Place> ResolvePlace(const Gazetteer& gazetteer, std::string_view name, const ResolveContext& context);
// The same, the place as a gazetteer index (nothing built).
std::optional<uint32_t> ResolvePlaceIndex(const Gazetteer& gazetteer, std::string_view name,
                                          const ResolveContext& context);

}  // namespace khaldun

#endif  // KHALDUN_GEO_PLACE_RESOLVER_H_
