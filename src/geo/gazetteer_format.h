// The compiled gazetteer's file layout, shared by the writer and the loader.
//
// One little-endian file, four parts, each a flat array so loading is a few
// memcpy calls:
//   FileHeader
//   PlaceRecord[place_count]
//   KeyRecord[key_count]      sorted by (folded key bytes, place index)
//   char strings[string_bytes] names, provinces and folded keys
// Internal to src/geo: users go through Gazetteer.
#ifndef KHALDUN_GEO_GAZETTEER_FORMAT_H_
#define KHALDUN_GEO_GAZETTEER_FORMAT_H_

#include <bit>
#include <cstdint>

namespace khaldun::geo_internal {

static_assert(std::endian::native == std::endian::little, "the gazetteer file is little-endian");

inline constexpr char kMagic[8] = {'K', 'H', 'G', 'A', 'Z', 'E', 'T', '1'};
// 2: PlaceRecord gained the FIPS country and admin1 codes (40 bytes).
inline constexpr uint32_t kFormatVersion = 2;

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t place_count;
  uint32_t key_count;
  uint32_t string_bytes;
  uint32_t max_key_words;  // the most words any folded key has
  uint32_t reserved;
};
static_assert(sizeof(FileHeader) == 32);

struct PlaceRecord {
  uint32_t id;
  uint32_t name_offset;
  uint32_t province_offset;
  int32_t lat_e5;  // degrees * 1e5
  int32_t lon_e5;
  uint32_t population;
  uint16_t name_length;
  uint16_t province_length;
  char iso2[2];
  char iso3[3];
  uint8_t type;     // FeatureType
  char fips[2];     // FIPS 10-4 country code; NUL bytes when unmapped
  char admin1[2];   // FIPS first-level division code within the country; NUL bytes when unknown
  uint8_t reserved[2];
};
static_assert(sizeof(PlaceRecord) == 40);

// How a key names its place.
enum KeyKind : uint8_t {
  kKeyPrimary = 0,  // the place's own name (GeoNames, ISO 3166)
  kKeyAlias = 1,    // another spelling: ISO official/common names, data/geo/aliases.tsv
  kKeyDemonym = 2,  // "Afghan" for Afghanistan; only found on request
};
// Bit set in KeyRecord::flags when the key is also a common English word
// (data/geo/common_words.txt): "nice", "split", "male", "march".
inline constexpr uint8_t kKeyCommonWord = 1;

struct KeyRecord {
  uint32_t key_offset;
  uint16_t key_length;
  uint8_t kind;   // KeyKind
  uint8_t flags;  // kKeyCommonWord
  uint32_t place_index;
};
static_assert(sizeof(KeyRecord) == 12);

}  // namespace khaldun::geo_internal

#endif  // KHALDUN_GEO_GAZETTEER_FORMAT_H_
