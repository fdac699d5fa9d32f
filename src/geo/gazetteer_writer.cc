#include "geo/gazetteer_writer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <utility>

#include "geo/gazetteer_format.h"
#include "geo/name_folding.h"

namespace khaldun {
namespace {

using geo_internal::FileHeader;
using geo_internal::KeyRecord;
using geo_internal::PlaceRecord;

// Appends strings once each and hands back their offsets.
class StringPool {
 public:
  uint32_t Intern(std::string_view text) {
    auto it = offsets_.find(std::string(text));
    if (it != offsets_.end()) return it->second;
    const auto offset = static_cast<uint32_t>(bytes_.size());
    bytes_.append(text);
    offsets_.emplace(std::string(text), offset);
    return offset;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::map<std::string, uint32_t, std::less<>> offsets_;
};

uint32_t CountWords(std::string_view key) {
  return static_cast<uint32_t>(std::count(key.begin(), key.end(), ' ') + 1);
}

void CopyCode(std::string_view code, char* out, size_t size) {
  for (size_t i = 0; i < size; ++i) out[i] = i < code.size() ? code[i] : '\0';
}

struct PendingKey {
  std::string key;
  uint8_t kind;
  uint32_t place_index;
};

}  // namespace

size_t GazetteerWriter::Add(GazetteerEntry entry) {
  entries_.push_back(std::move(entry));
  return entries_.size() - 1;
}

Status GazetteerWriter::Write(const std::string& path) const {
  StringPool strings;
  std::vector<PlaceRecord> places;
  places.reserve(entries_.size());
  std::vector<PendingKey> keys;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Place& place = entries_[i].place;
    if (place.name.size() > std::numeric_limits<uint16_t>::max() ||
        place.province.size() > std::numeric_limits<uint16_t>::max()) {
      return Status::Error(path + ": name too long: " + place.name.substr(0, 80));
    }
    if (place.country_fips.size() > sizeof(PlaceRecord::fips) ||
        place.admin1_code.size() > sizeof(PlaceRecord::admin1)) {
      return Status::Error(path + ": FIPS code longer than two characters for " + place.name + ": '" +
                           place.country_fips + "', '" + place.admin1_code + "'");
    }
    PlaceRecord record{};
    record.id = place.id;
    record.name_offset = strings.Intern(place.name);
    record.name_length = static_cast<uint16_t>(place.name.size());
    record.province_offset = strings.Intern(place.province);
    record.province_length = static_cast<uint16_t>(place.province.size());
    record.lat_e5 = static_cast<int32_t>(std::lround(place.lat * 1e5));
    record.lon_e5 = static_cast<int32_t>(std::lround(place.lon * 1e5));
    record.population = place.population;
    CopyCode(place.country_iso2, record.iso2, sizeof record.iso2);
    CopyCode(place.country_iso3, record.iso3, sizeof record.iso3);
    CopyCode(place.country_fips, record.fips, sizeof record.fips);
    CopyCode(place.admin1_code, record.admin1, sizeof record.admin1);
    record.type = static_cast<uint8_t>(place.type);
    places.push_back(record);

    const auto index = static_cast<uint32_t>(i);
    auto add_key = [&](std::string_view name, uint8_t kind) {
      std::string key = FoldName(name);
      if (!key.empty() && key.size() <= std::numeric_limits<uint16_t>::max()) {
        keys.push_back({std::move(key), kind, index});
      }
    };
    add_key(place.name, geo_internal::kKeyPrimary);
    for (const std::string& alias : entries_[i].aliases) add_key(alias, geo_internal::kKeyAlias);
    for (const std::string& demonym : entries_[i].demonyms) add_key(demonym, geo_internal::kKeyDemonym);
  }
  std::sort(keys.begin(), keys.end(), [](const PendingKey& a, const PendingKey& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.place_index != b.place_index) return a.place_index < b.place_index;
    return a.kind < b.kind;
  });
  // One key per (text, place): the strongest kind wins (primary < alias < demonym).
  keys.erase(std::unique(keys.begin(), keys.end(),
                         [](const PendingKey& a, const PendingKey& b) {
                           return a.key == b.key && a.place_index == b.place_index;
                         }),
             keys.end());

  std::vector<KeyRecord> key_records;
  key_records.reserve(keys.size());
  uint32_t max_words = 1;
  for (const PendingKey& key : keys) {
    KeyRecord record{};
    record.key_offset = strings.Intern(key.key);
    record.key_length = static_cast<uint16_t>(key.key.size());
    record.kind = key.kind;
    record.flags = common_words_.contains(key.key) ? geo_internal::kKeyCommonWord : 0;
    record.place_index = key.place_index;
    key_records.push_back(record);
    max_words = std::max(max_words, CountWords(key.key));
  }

  FileHeader header{};
  std::memcpy(header.magic, geo_internal::kMagic, sizeof header.magic);
  header.version = geo_internal::kFormatVersion;
  header.place_count = static_cast<uint32_t>(places.size());
  header.key_count = static_cast<uint32_t>(key_records.size());
  header.string_bytes = static_cast<uint32_t>(strings.bytes().size());
  header.max_key_words = max_words;

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error(path + ": cannot open for writing");
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  out.write(reinterpret_cast<const char*>(places.data()),
            static_cast<std::streamsize>(places.size() * sizeof(PlaceRecord)));
  out.write(reinterpret_cast<const char*>(key_records.data()),
            static_cast<std::streamsize>(key_records.size() * sizeof(KeyRecord)));
  out.write(strings.bytes().data(), static_cast<std::streamsize>(strings.bytes().size()));
  out.close();
  if (!out) return Status::Error(path + ": write failed");
  return Status::Ok();
}

}  // namespace khaldun
