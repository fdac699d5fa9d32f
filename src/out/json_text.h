// JSON text written straight into a string, byte for byte as nlohmann's
// dump(-1, ' ', false, error_handler_t::replace) writes the same value: the
// JSONL writer's records without building a DOM first (a DOM of std::maps
// cost four times what coding the sentence did).
#ifndef KHALDUN_OUT_JSON_TEXT_H_
#define KHALDUN_OUT_JSON_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::out {

// A JSON string: quoted, escaped, invalid UTF-8 replaced (U+FFFD).
void AppendJsonString(std::string_view text, std::string* out);
// An array of JSON strings.
void AppendJsonStrings(const std::vector<std::string>& texts, std::string* out);
// A number as nlohmann prints it (shortest round trip, "4.0" for a whole
// double, null for NaN and infinities).
void AppendJsonDouble(double value, std::string* out);
void AppendJsonInteger(int64_t value, std::string* out);

// An object written member by member; members go out in the order given
// (nlohmann's objects are std::maps: a caller that wants its text gives the
// keys in byte order). Keys must need no escaping.
class JsonObject {
 public:
  explicit JsonObject(std::string* out) : out_(out) { out_->push_back('{'); }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;

  // Writes `"key":` and returns the string to append the value to.
  std::string* Key(std::string_view key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    out_->push_back('"');
    out_->append(key);
    out_->append("\":");
    return out_;
  }
  void String(std::string_view key, std::string_view value) { AppendJsonString(value, Key(key)); }
  void Strings(std::string_view key, const std::vector<std::string>& values) { AppendJsonStrings(values, Key(key)); }
  void Double(std::string_view key, double value) { AppendJsonDouble(value, Key(key)); }
  void Integer(std::string_view key, int64_t value) { AppendJsonInteger(value, Key(key)); }
  // Closes the object; nothing may be added after.
  void Close() { out_->push_back('}'); }

 private:
  std::string* out_;
  bool first_ = true;
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_JSON_TEXT_H_
