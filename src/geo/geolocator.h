// Geolocator: where an event happened, with the reason.
//
// Order of evidence (docs/geo.md, "Choosing the location"):
//  1. the sentence: a place after a locative preposition or named with its
//     kind ("in Kabul", "near the Afghan border", "Helmand province");
//     "from A to B" gives B; among several, the most specific (city before
//     province before country), then the first; else a bare city name;
//  2. the dateline's place ("ISLAMABAD", "KABUL, Afghanistan");
//  3. the country hint (the actors' country): its centroid.
// Countries named anywhere in the sentence, then the dateline's country,
// then the hint, break ties between namesakes (Tripoli, Hyderabad).
#ifndef KHALDUN_GEO_GEOLOCATOR_H_
#define KHALDUN_GEO_GEOLOCATOR_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/mention_finder.h"
#include "geo/place.h"
#include "geo/place_resolver.h"
#include "text/token.h"

namespace khaldun {

enum class LocationSource : uint8_t {
  kNone = 0,          // nothing to go on
  kSentence = 1,      // a place named in the sentence
  kDateline = 2,      // the article's dateline
  kActorCountry = 3,  // the country hint
};

// "none", "sentence", "dateline", "actor_country".
std::string_view LocationSourceName(LocationSource source);

struct Location {
  LocationSource source = LocationSource::kNone;
  Place place;           // meaningful unless source == kNone
  std::string evidence;  // the words that gave it: "in Lashkar Gah", "dateline ISLAMABAD", "actor country AFG"

  bool found() const { return source != LocationSource::kNone; }
};

// A mention resolved to one of the gazetteer's places: an index for
// Gazetteer::ViewOf / PlaceAt / FactsOf, so that resolving, which the
// locator does for each country hint of a sentence, builds no Place.
struct ResolvedMention {
  const PlaceMention* mention = nullptr;
  uint32_t place = 0;
  FeatureType type = FeatureType::kCity;  // the place's, which choosing compares
};

// Location with the place as a gazetteer index (no Place built).
struct LocationChoice {
  LocationSource source = LocationSource::kNone;
  uint32_t place = 0;    // meaningful unless source == kNone
  std::string evidence;  // as Location's

  bool found() const { return source != LocationSource::kNone; }
};

class Geolocator {
 public:
  // Keeps a reference: `gazetteer` must outlive the geolocator.
  explicit Geolocator(const Gazetteer& gazetteer) : gazetteer_(&gazetteer), finder_(gazetteer) {}

  // The event location of one sentence. `dateline` is the dateline's place
  // as written (may be empty; "KABUL, Afghanistan" uses the country part as
  // context); `country_hint` an ISO-3 code (may be empty). Never fails:
  // source == kNone when there is nothing to go on.
  Location Locate(std::span<const Token> sentence, std::string_view dateline, std::string_view country_hint) const;

  // The sentence's place mentions with their candidates, unresolved; they
  // do not depend on the dateline or hint, so one finding serves every
  // ResolveMentions of the sentence.
  std::vector<PlaceMention> FindMentions(std::span<const Token> sentence) const { return finder_.Find(sentence); }

  // Every mention of FindMentions(sentence), resolved in the same context
  // as Locate, into `*resolved` (cleared first: a caller resolving a
  // sentence for several hints reuses one vector); mentions whose name
  // resolved nowhere are left out. Each points into `mentions` (not a
  // copy), which must outlive the result.
  void ResolveMentions(std::span<const PlaceMention> mentions, std::string_view dateline,
                       std::string_view country_hint, std::vector<ResolvedMention>* resolved) const;

  // Locate for mentions already resolved by ResolveMentions with the same
  // dateline and hint, the place as an index: Locate(s, d, h) is
  // LocateAmong(ResolveMentions(FindMentions(s), d, h), d, h) with its
  // place built. For a caller that also wants the mentions (actor places)
  // without finding them twice.
  LocationChoice LocateAmong(std::span<const ResolvedMention> resolved, std::string_view dateline,
                             std::string_view country_hint) const;

  // The dateline's place, or nullopt.
  std::optional<Place> ResolveDateline(std::string_view dateline, std::string_view country_hint) const;

 private:
  // ResolveDateline's place as a gazetteer index.
  std::optional<uint32_t> DatelinePlace(std::string_view dateline, std::string_view country_hint) const;
  // When `next` follows `mention` after at most one token (a comma) and
  // names a province, state or governorate on its own, the best of
  // `mention`'s places inside it ("Arlington, Virginia"), as a gazetteer
  // index; else nullopt.
  std::optional<uint32_t> InProvinceNamedNext(const PlaceMention& mention, const PlaceMention& next,
                                              const ResolveContext& context) const;

  const Gazetteer* gazetteer_;
  MentionFinder finder_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_GEOLOCATOR_H_
