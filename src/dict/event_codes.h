// The CAMEO event code table: every CAMEO event code with its name, Goldstein
// weight, GDELT QuadClass and PLOVER mapping, read from
// dictionaries/cameo/event-codes.tsv (the file's header comment describes the
// columns and where the facts come from).
//
// Every output that shows an event code asks this table what the code means,
// so the loader is strict: a row it cannot read in full is reported with its
// file:line and left out, never half-loaded.
#ifndef KHALDUN_DICT_EVENT_CODES_H_
#define KHALDUN_DICT_EVENT_CODES_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace khaldun::dict {

struct EventCodeInfo {
  std::string code;            // "04", "042", "1246": 2 to 4 digits, leading zeros kept
  std::string name;            // CAMEO codebook short name, e.g. "Make a visit"
  double goldstein = 0.0;      // Goldstein weight as GDELT uses it, -10..+10
  int quad_class = 0;          // GDELT QuadClass 1..4 (see QuadClassOfRoot)
  std::string plover_event;    // PLOVER event type ("CONSULT"), "" when unmapped
  std::string plover_mode;     // PLOVER mode ("visit"), or ""
  std::string plover_context;  // PLOVER context(s) joined by ';' ("military;legal"), or ""
};

// True when `code` looks like a CAMEO event code: 2 to 4 ASCII digits with a
// root between 01 and 20. Says nothing about whether the code exists.
bool IsWellFormedEventCode(std::string_view code);

// GDELT's EventRootCode: the first two digits ("1246" -> "12", "042" -> "04",
// "04" -> "04"). "" when the code is not well formed.
std::string RootCode(std::string_view code);

// GDELT's EventBaseCode: the first three digits ("1246" -> "124",
// "042" -> "042"). A root code is its own base ("04" -> "04"). "" when the
// code is not well formed.
std::string BaseCode(std::string_view code);

// GDELT's QuadClass for a root code 1..20: 1 verbal cooperation (01-05),
// 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
// conflict (14-20); 0 outside 1..20.
int QuadClassOfRoot(int root);

// The PLOVER 2021 event types, in the manual's order.
const std::vector<std::string_view>& PloverEventTypes();

class EventCodeTable {
 public:
  // Reads the TSV at `path`. Fails ("path: ...", or "path:line: ..." for a
  // missing or wrong header) when the file cannot be read, has no header, or
  // yields no code at all. A bad row (wrong number of columns, malformed
  // code, unknown PLOVER type, score outside -10..10, QuadClass that does not
  // fit the root, duplicate code) is reported to `diagnostics` as an error
  // naming path:line and skipped; a code whose root is missing from the file
  // gets a warning. `diagnostics` may be null.
  static Result<EventCodeTable> Load(const std::string& path, Diagnostics* diagnostics);
  // As Load, for text already in memory; `path` is used in messages only.
  static Result<EventCodeTable> Parse(const std::string& path, std::string_view text,
                                      Diagnostics* diagnostics);

  // The entry for exactly `code` ("042"), or nullptr when it is not in the
  // table. No normalisation: "42" is not "042".
  const EventCodeInfo* Find(std::string_view code) const;
  // True when Find(code) would succeed.
  bool IsKnown(std::string_view code) const { return Find(code) != nullptr; }
  // The entry of the code's root ("1246" -> entry "12"), or nullptr.
  const EventCodeInfo* FindRoot(std::string_view code) const;
  // The entry of the code's base ("1246" -> entry "124"), or nullptr.
  const EventCodeInfo* FindBase(std::string_view code) const;

  // All entries in file order.
  const std::vector<EventCodeInfo>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

 private:
  std::vector<EventCodeInfo> codes_;
  std::map<std::string, size_t, std::less<>> index_;  // code -> position in codes_
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_EVENT_CODES_H_
