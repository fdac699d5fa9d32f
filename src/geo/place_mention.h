// PlaceMention: a span of a sentence's tokens that names a place.
#ifndef KHALDUN_GEO_PLACE_MENTION_H_
#define KHALDUN_GEO_PLACE_MENTION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/place.h"

namespace khaldun {

// Why a mention is taken to be where something happened.
enum class MentionRole : uint8_t {
  kLocative,     // after in / at / near / outside / across / into ...: "in Kabul"
  kOrigin,       // after "from": "from Lashkar Gah"
  kDestination,  // after "to"/"towards": "to Musa Qala"
  kDesignated,   // named with its kind: "Helmand province", "province of Idlib", "capital Doha"
  kBare,         // just named: "Kabul said ..."
};

// "locative", "origin", "destination", "designated", "bare".
std::string_view MentionRoleName(MentionRole role);

struct PlaceMention {
  size_t begin = 0;  // first token
  size_t end = 0;    // one past the last token (designator words excluded)
  std::string text;  // the name as written, tokens joined
  MentionRole role = MentionRole::kBare;
  std::string preposition;                 // lower-cased, "" when none
  std::optional<FeatureType> designator;   // from "province", "district", "city", "capital"
  bool demonym = false;                    // "the Afghan border": the country by its adjective
  std::vector<CandidateRef> candidates;    // every place the name may mean (Gazetteer::PlaceAt builds one)
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_PLACE_MENTION_H_
