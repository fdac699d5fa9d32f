// Which noun phrases of a sentence stand as places, and which country a
// place name the actor dictionary lacks belongs to (with a gazetteer):
// "in Texas" -> USA, and a capital named as a place is its country ("a
// rally in Beijing" -> CHN). Used by ActorMatcher::Match.
#ifndef KHALDUN_CODE_ACTOR_PLACES_H_
#define KHALDUN_CODE_ACTOR_PLACES_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

class Gazetteer;

// Sets (*as_place)[n] (one slot per NP, already sized) for the NPs a
// preposition names as places ("in Kabul", "to Helmand and Kandahar", "the
// outskirts of Kabul", "an attack on Tel Aviv"), coordinations' members
// included. Leaves the other
// slots as they are.
void MarkPlaceNps(const SentenceAnalysis& analysis, std::vector<bool>* as_place);

// One flag per NP: whether it is an object of a verb (or a member of one
// that is a coordination), where a bare place name is a place ("Russian
// troops shelled Kherson").
std::vector<bool> VerbObjects(const SentenceAnalysis& analysis);
// The same into `*object_of_verb` (resized to the NPs), reusing its memory.
void MarkVerbObjects(const SentenceAnalysis& analysis, std::vector<bool>* object_of_verb);

// The country `text` names as a place: a province, region, capital or city
// of at least kMinCityPopulation people (1,000 when `called_a_town`:
// the text says it is one, "the town of Sinjar"), all candidates agreeing
// on one country; "" when unknown or ambiguous ("Georgia").
std::string PlaceCountry(const Gazetteer& places, std::string_view text, bool called_a_town = false);

// Whether `text` is the name of a city (or capital) of country `iso3`.
bool IsCityOf(const Gazetteer& places, std::string_view text, std::string_view iso3);

// Whether NP `n` possesses a place or site, through a chain of possessives:
// "Beirut's southern suburbs", "Kyiv's main children's hospital".
bool OwnsAPlace(const SentenceAnalysis& analysis, uint32_t n);

// Whether NP `n` is what a verb of capture takes: the object of "seized
// Damascus", "captured Kabul", or the subject of "Damascus was captured".
bool CapturedPlace(const SentenceAnalysis& analysis, uint32_t n);

// Whether NP `n` is what a verb of armed force hits: the object of
// "struck Kyiv", "shelled Kharkiv", "bombed Beirut", "besieged Sarajevo",
// or attacked by a weapon or craft ("drones attacked Moscow"), or the
// subject of such a passive; not "hit Moscow with sanctions" nor "hit out
// at Washington".
bool PlaceHitByForce(const SentenceAnalysis& analysis, uint32_t n);

// Whether a word of `np` before the name starting at `name_begin` makes the
// name an area of a city: "central Islamabad", "downtown Kyiv" are places,
// whoever governs from there.
bool CityAreaNamed(const SentenceAnalysis& analysis, const NounPhrase& np, uint32_t name_begin);

// Whether NP `n` is the object of "from" in an active clause whose verb
// leaves a place: "Ethiopian troops withdrew from Mogadishu", "fled from
// Kabul" (a capital so left is its country, not its government).
bool PlaceLeft(const SentenceAnalysis& analysis, uint32_t n);

// Whether `np` is the object of "from" ("withdrew from Kherson"). (Not a
// place mark for names the dictionaries know: "criticism from Washington"
// is the government's.)
bool ObjectOfFrom(const SentenceAnalysis& analysis, const NounPhrase& np);

// Fills `mention` (how "place") when `np`, named as a place the actor
// dictionary lacks, is one the gazetteer puts in one country: "in Texas" ->
// USA, "in occupied Melitopol" -> UKR (a leading lower-case or hyphenated
// qualifier is no part of the name unless the gazetteer has the whole), "in
// Kaduna state" -> NGA. A place with a possessor is in the possessor's
// country, `possessor_country` ("the Solomon Islands capital's Chinatown"
// -> SLB); with none known, no place ("the city's Chinatown"). So is one
// named by the "of" phrase of a kind of place a nationality qualifies,
// `kind_country` ("the northern Mozambican town of Palma" -> MOZ, not
// Mallorca's Palma). A town the text vouches for may be small: one a kind
// of place names ("the town of Sinjar") or, when `np` is an element of
// analysis.nps, one force strikes or a capture takes ("shelled Bakhmut").
// Returns whether it filled it.
bool GazetteerPlaceMention(const Gazetteer& places, const SentenceAnalysis& analysis, const NounPhrase& np,
                           std::string_view possessor_country, std::string_view kind_country, ActorMention* mention);

// The country of the nationality or country name (no hyphenated
// "Russian-held") that qualifies the kind of place whose "of" phrase NP
// `n` is ("the northern Mozambican town of Palma" -> MOZ), or "".
std::string_view KindOfPlaceCountry(const SentenceAnalysis& analysis, uint32_t n,
                                    const std::vector<int32_t>& mention_of_np, const std::vector<ActorMention>& mentions);

// "the village of Solhan in northern Burkina Faso": a place the gazetteer
// found (GazetteerPlaceMention) right before "in" and a country the
// dictionaries name (its phrase's head in the mention) is in that country,
// whatever other country has a place of that name. Recodes those
// `*mentions` (`mention_of_np` indexes them by NP).
void PlacesInTheCountryNamedAfterThem(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                                      std::vector<ActorMention>* mentions);

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACTOR_PLACES_H_
