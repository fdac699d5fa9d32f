#include "geo/gazetteer.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>

#include "base/same_text.h"
#include "base/short_hash.h"
#include "geo/name_folding.h"

namespace khaldun {

using geo_internal::FileHeader;
using geo_internal::KeyRecord;
using geo_internal::PlaceRecord;

namespace {

std::string_view CodeOf(const char* code, size_t size) {
  size_t length = 0;
  while (length < size && code[length] != '\0') ++length;
  return {code, length};
}

// An ISO code of up to three bytes as one integer (its length in the top
// byte), so the country maps hash integers rather than strings.
std::optional<uint32_t> PackCode(std::string_view code) {
  if (code.size() > 3) return std::nullopt;
  uint32_t packed = static_cast<uint32_t>(code.size()) << 24;
  for (size_t i = 0; i < code.size(); ++i) packed |= uint32_t{static_cast<unsigned char>(code[i])} << (16 - 8 * i);
  return packed;
}

// The next slot to probe in a power-of-two table (linear probing).
size_t NextSlot(size_t slot, size_t mask) { return (slot + 1) & mask; }

// The high half of a hash (the low half picks the slot), never 0: 0 marks
// an empty slot.
uint32_t Fingerprint(uint64_t hash) { return std::max<uint32_t>(static_cast<uint32_t>(hash >> 32), 1); }

}  // namespace

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::Error(path + ": cannot open gazetteer (build target khaldun_gazetteer, or set KHALDUN_DATA_DIR)");
  std::string bytes(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    return Status::Error(path + ": cannot read gazetteer");
  }
  FileHeader header{};
  if (bytes.size() < sizeof header) return Status::Error(path + ": truncated gazetteer header");
  std::memcpy(&header, bytes.data(), sizeof header);
  if (std::memcmp(header.magic, geo_internal::kMagic, sizeof header.magic) != 0) {
    return Status::Error(path + ": not a Khaldun gazetteer (bad magic)");
  }
  if (header.version != geo_internal::kFormatVersion) {
    return Status::Error(path + ": gazetteer format version " + std::to_string(header.version) +
                         ", expected " + std::to_string(geo_internal::kFormatVersion) + "; rebuild it");
  }
  const size_t places_bytes = size_t{header.place_count} * sizeof(PlaceRecord);
  const size_t keys_bytes = size_t{header.key_count} * sizeof(KeyRecord);
  if (bytes.size() != sizeof header + places_bytes + keys_bytes + header.string_bytes) {
    return Status::Error(path + ": gazetteer size does not match its header (truncated?)");
  }
  Gazetteer gazetteer;
  gazetteer.places_.resize(header.place_count);
  gazetteer.keys_.resize(header.key_count);
  const char* cursor = bytes.data() + sizeof header;
  std::memcpy(gazetteer.places_.data(), cursor, places_bytes);
  cursor += places_bytes;
  std::memcpy(gazetteer.keys_.data(), cursor, keys_bytes);
  cursor += keys_bytes;
  gazetteer.strings_.assign(cursor, header.string_bytes);
  gazetteer.max_key_words_ = std::max<uint32_t>(1, header.max_key_words);

  for (const PlaceRecord& place : gazetteer.places_) {
    if (size_t{place.name_offset} + place.name_length > header.string_bytes ||
        size_t{place.province_offset} + place.province_length > header.string_bytes) {
      return Status::Error(path + ": place string out of range (corrupt gazetteer)");
    }
  }
  for (const KeyRecord& key : gazetteer.keys_) {
    if (size_t{key.key_offset} + key.key_length > header.string_bytes || key.place_index >= header.place_count) {
      return Status::Error(path + ": key out of range (corrupt gazetteer)");
    }
  }
  gazetteer.BuildIndex();
  for (uint32_t i = 0; i < header.place_count; ++i) {
    const PlaceRecord& place = gazetteer.places_[i];
    const uint32_t iso3 = *PackCode(CodeOf(place.iso3, sizeof place.iso3));
    if (place.type == static_cast<uint8_t>(FeatureType::kCountry)) {
      gazetteer.country_by_iso3_.emplace(iso3, i);
    } else if (place.type == static_cast<uint8_t>(FeatureType::kCapital)) {
      auto [it, inserted] = gazetteer.capital_by_iso3_.emplace(iso3, i);
      // Several seats (e.g. administrative and legislative): keep the most populous.
      if (!inserted && gazetteer.places_[it->second].population < place.population) it->second = i;
    }
  }
  return gazetteer;
}

void Gazetteer::BuildIndex() {
  size_t names = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i > 0 && KeyText(keys_[i]) == KeyText(keys_[i - 1])) continue;
    const std::string_view text = KeyText(keys_[i]);
    names += 1 + static_cast<size_t>(std::count(text.begin(), text.end(), ' '));
  }
  // Load factor at most 2/3: probes stay short.
  name_slots_.assign(std::bit_ceil(names + names / 2 + 1), NameSlot{});
  const size_t mask = name_slots_.size() - 1;
  auto add_prefix = [&](std::string_view prefix) {
    const uint64_t hash = ShortKeyHash(prefix);
    const uint32_t tag = Fingerprint(hash);
    size_t slot = hash & mask;
    for (; name_slots_[slot].tag != 0; slot = NextSlot(slot, mask)) {
      if (name_slots_[slot].tag == tag) return;  // the fingerprint alone answers for a prefix
    }
    name_slots_[slot].tag = tag;
  };
  for (size_t i = 0; i < keys_.size(); ++i) {
    const std::string_view text = KeyText(keys_[i]);
    if (text.empty() || (i > 0 && text == KeyText(keys_[i - 1]))) continue;
    const uint64_t hash = ShortKeyHash(text);
    size_t slot = hash & mask;
    while (name_slots_[slot].tag != 0) slot = NextSlot(slot, mask);
    name_slots_[slot] = NameSlot{Fingerprint(hash), static_cast<uint32_t>(i + 1)};
    for (size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
      add_prefix(text.substr(0, space));
    }
  }
}

std::string_view Gazetteer::KeyText(const KeyRecord& key) const {
  return std::string_view(strings_).substr(key.key_offset, key.key_length);
}

Gazetteer::KeyProbe Gazetteer::Probe(std::string_view key) const {
  // Every slot of the run with the key's fingerprint makes it a word
  // prefix: a false "yes" (same run, same 32 bits: odds about one in 10^9
  // a word) only makes a caller try a longer span in vain, since every
  // longer name starts with this prefix and keys are compared in full.
  KeyProbe probe;
  if (key.empty() || name_slots_.empty()) return probe;
  const uint64_t hash = ShortKeyHash(key);
  const uint32_t tag = Fingerprint(hash);
  const size_t mask = name_slots_.size() - 1;
  for (size_t slot = hash & mask; name_slots_[slot].tag != 0; slot = NextSlot(slot, mask)) {
    const NameSlot& entry = name_slots_[slot];
    if (entry.tag != tag) continue;
    probe.word_prefix = true;
    if (entry.first_plus_one != 0 && SameBytes(KeyText(keys_[entry.first_plus_one - 1]), key)) {
      probe.key = entry.first_plus_one - 1;
      break;
    }
  }
  return probe;
}

void Gazetteer::CandidatesOf(uint32_t key_id, bool include_demonyms, std::vector<CandidateRef>* out) const {
  const KeyRecord& first = keys_[key_id];
  const std::string_view key = KeyText(first);
  // The key's records are adjacent and (the writer interns strings) mostly
  // share its offset, compared before the text; the list is sized once.
  size_t end = key_id + 1;
  while (end < keys_.size() && ((keys_[end].key_offset == first.key_offset && keys_[end].key_length == first.key_length) ||
                                SameBytes(KeyText(keys_[end]), key))) {
    ++end;
  }
  out->reserve(out->size() + (end - key_id));
  for (size_t i = key_id; i < end; ++i) {
    const KeyRecord& record = keys_[i];
    if (record.kind == geo_internal::kKeyDemonym && !include_demonyms) continue;
    out->push_back(CandidateRef{record.place_index, static_cast<NameMatch>(record.kind),
                                (record.flags & geo_internal::kKeyCommonWord) != 0});
  }
}

PlaceFacts Gazetteer::FactsOf(uint32_t index) const {
  const PlaceRecord& record = places_[index];
  return PlaceFacts{static_cast<FeatureType>(record.type), record.population,
                    CodeOf(record.iso3, sizeof record.iso3)};
}

PlaceView Gazetteer::ViewOf(uint32_t index) const {
  const PlaceRecord& record = places_[index];
  const std::string_view strings = strings_;
  return PlaceView{.name = strings.substr(record.name_offset, record.name_length),
                   .type = static_cast<FeatureType>(record.type),
                   .country_iso3 = CodeOf(record.iso3, sizeof record.iso3),
                   .country_iso2 = CodeOf(record.iso2, sizeof record.iso2),
                   .province = strings.substr(record.province_offset, record.province_length),
                   .lat = record.lat_e5 / 1e5,
                   .lon = record.lon_e5 / 1e5,
                   .population = record.population,
                   .id = record.id,
                   .country_fips = CodeOf(record.fips, sizeof record.fips),
                   .admin1_code = CodeOf(record.admin1, sizeof record.admin1)};
}

Place Gazetteer::PlaceAt(uint32_t index) const {
  const PlaceRecord& record = places_[index];
  const std::string_view strings = strings_;
  // Every string constructed in place: assigning to a default-constructed
  // Place cost a general replace per field, and the coder builds a Place
  // for every place it resolves.
  return Place{.name = std::string(strings.substr(record.name_offset, record.name_length)),
               .type = static_cast<FeatureType>(record.type),
               .country_iso3 = std::string(CodeOf(record.iso3, sizeof record.iso3)),
               .country_iso2 = std::string(CodeOf(record.iso2, sizeof record.iso2)),
               .province = std::string(strings.substr(record.province_offset, record.province_length)),
               .lat = record.lat_e5 / 1e5,
               .lon = record.lon_e5 / 1e5,
               .population = record.population,
               .id = record.id,
               .country_fips = std::string(CodeOf(record.fips, sizeof record.fips)),
               .admin1_code = std::string(CodeOf(record.admin1, sizeof record.admin1))};
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name, bool include_demonyms) const {
  return LookupFolded(FoldName(name), include_demonyms);
}

std::vector<Candidate> Gazetteer::LookupFolded(std::string_view key, bool include_demonyms) const {
  std::vector<Candidate> candidates;
  const std::optional<uint32_t> key_id = FindKey(key);
  if (!key_id) return candidates;
  std::vector<CandidateRef> refs;
  CandidatesOf(*key_id, include_demonyms, &refs);
  for (const CandidateRef& ref : refs) candidates.push_back(Candidate{PlaceAt(ref.place), ref.match, ref.common_word});
  return candidates;
}

std::optional<uint32_t> Gazetteer::PlaceOfCode(const std::unordered_map<uint32_t, uint32_t>& map,
                                               std::string_view iso3) {
  const std::optional<uint32_t> packed = PackCode(iso3);
  if (!packed) return std::nullopt;
  auto it = map.find(*packed);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

bool Gazetteer::HasCountry(std::string_view iso3) const { return PlaceOfCode(country_by_iso3_, iso3).has_value(); }

std::optional<Place> Gazetteer::Country(std::string_view iso3) const {
  const std::optional<uint32_t> index = PlaceOfCode(country_by_iso3_, iso3);
  if (!index) return std::nullopt;
  return PlaceAt(*index);
}

std::optional<PlaceView> Gazetteer::CountryView(std::string_view iso3) const {
  const std::optional<uint32_t> index = PlaceOfCode(country_by_iso3_, iso3);
  if (!index) return std::nullopt;
  return ViewOf(*index);
}

std::string_view Gazetteer::CountryName(std::string_view iso3) const {
  const std::optional<uint32_t> index = PlaceOfCode(country_by_iso3_, iso3);
  if (!index) return {};
  const PlaceRecord& record = places_[*index];
  return std::string_view(strings_).substr(record.name_offset, record.name_length);
}

std::optional<Place> Gazetteer::Capital(std::string_view iso3) const {
  const std::optional<uint32_t> index = PlaceOfCode(capital_by_iso3_, iso3);
  if (!index) return std::nullopt;
  return PlaceAt(*index);
}

}  // namespace khaldun
