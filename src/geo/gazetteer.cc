#include "geo/gazetteer.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>

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
  const std::hash<std::string_view> hash;
  gazetteer.key_hashes_.reserve(gazetteer.keys_.size());
  gazetteer.prefix_hashes_.reserve(gazetteer.keys_.size() * 3 / 2);
  for (const KeyRecord& key : gazetteer.keys_) {
    const std::string_view text = gazetteer.KeyText(key);
    gazetteer.key_hashes_.push_back(hash(text));
    for (size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
      gazetteer.prefix_hashes_.push_back(hash(text.substr(0, space)));
    }
  }
  gazetteer.prefix_hashes_.insert(gazetteer.prefix_hashes_.end(), gazetteer.key_hashes_.begin(),
                                  gazetteer.key_hashes_.end());
  for (std::vector<size_t>* hashes : {&gazetteer.key_hashes_, &gazetteer.prefix_hashes_}) {
    std::sort(hashes->begin(), hashes->end());
    hashes->erase(std::unique(hashes->begin(), hashes->end()), hashes->end());
  }
  for (uint32_t i = 0; i < header.place_count; ++i) {
    const PlaceRecord& place = gazetteer.places_[i];
    const std::string iso3(CodeOf(place.iso3, sizeof place.iso3));
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

std::string_view Gazetteer::KeyText(const KeyRecord& key) const {
  return std::string_view(strings_).substr(key.key_offset, key.key_length);
}

size_t Gazetteer::LowerBound(std::string_view key) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key,
                             [this](const KeyRecord& record, std::string_view k) { return KeyText(record) < k; });
  return static_cast<size_t>(it - keys_.begin());
}

Place Gazetteer::MakePlace(uint32_t index) const {
  const PlaceRecord& record = places_[index];
  Place place;
  place.name.assign(strings_, record.name_offset, record.name_length);
  place.province.assign(strings_, record.province_offset, record.province_length);
  place.type = static_cast<FeatureType>(record.type);
  place.country_iso2 = CodeOf(record.iso2, sizeof record.iso2);
  place.country_iso3 = CodeOf(record.iso3, sizeof record.iso3);
  place.country_fips = CodeOf(record.fips, sizeof record.fips);
  place.admin1_code = CodeOf(record.admin1, sizeof record.admin1);
  place.lat = record.lat_e5 / 1e5;
  place.lon = record.lon_e5 / 1e5;
  place.population = record.population;
  place.id = record.id;
  return place;
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name, bool include_demonyms) const {
  return LookupFolded(FoldName(name), include_demonyms);
}

std::vector<Candidate> Gazetteer::LookupFolded(std::string_view key, bool include_demonyms) const {
  std::vector<Candidate> candidates;
  if (key.empty()) return candidates;
  for (size_t i = LowerBound(key); i < keys_.size() && KeyText(keys_[i]) == key; ++i) {
    const KeyRecord& record = keys_[i];
    if (record.kind == geo_internal::kKeyDemonym && !include_demonyms) continue;
    Candidate candidate;
    candidate.place = MakePlace(record.place_index);
    candidate.match = static_cast<NameMatch>(record.kind);
    candidate.common_word = (record.flags & geo_internal::kKeyCommonWord) != 0;
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

bool Gazetteer::MayBeKey(std::string_view key) const {
  return std::binary_search(key_hashes_.begin(), key_hashes_.end(), std::hash<std::string_view>{}(key));
}

bool Gazetteer::MayBePrefix(std::string_view prefix) const {
  return std::binary_search(prefix_hashes_.begin(), prefix_hashes_.end(), std::hash<std::string_view>{}(prefix));
}

bool Gazetteer::HasKey(std::string_view key) const {
  if (!MayBeKey(key)) return false;
  const size_t i = LowerBound(key);
  return !key.empty() && i < keys_.size() && KeyText(keys_[i]) == key;
}

bool Gazetteer::HasWordPrefix(std::string_view prefix) const {
  // The prefix hashes answer alone: a 64-bit collision (odds about one in
  // 10^13 per word) would only make a caller try a longer span in vain.
  return !prefix.empty() && MayBePrefix(prefix);
}

bool Gazetteer::HasCountry(std::string_view iso3) const {
  return country_by_iso3_.find(std::string(iso3)) != country_by_iso3_.end();
}

std::optional<Place> Gazetteer::Country(std::string_view iso3) const {
  auto it = country_by_iso3_.find(std::string(iso3));
  if (it == country_by_iso3_.end()) return std::nullopt;
  return MakePlace(it->second);
}

std::string_view Gazetteer::CountryName(std::string_view iso3) const {
  auto it = country_by_iso3_.find(std::string(iso3));
  if (it == country_by_iso3_.end()) return {};
  const PlaceRecord& record = places_[it->second];
  return std::string_view(strings_).substr(record.name_offset, record.name_length);
}

std::optional<Place> Gazetteer::Capital(std::string_view iso3) const {
  auto it = capital_by_iso3_.find(std::string(iso3));
  if (it == capital_by_iso3_.end()) return std::nullopt;
  return MakePlace(it->second);
}

}  // namespace khaldun
