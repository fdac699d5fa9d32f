// Event: one coded political event with everything needed to explain it.
#ifndef KHALDUN_CODE_EVENT_H_
#define KHALDUN_CODE_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/span.h"

namespace khaldun {

// Where an event's date came from.
enum class DateOrigin : uint8_t {
  kUnknown,   // no date known
  kDocument,  // the document's metadata (JSONL `date`, HTML meta)
  kDateline,  // the article's dateline ("WASHINGTON, June 2, 2019 -")
  kOption,    // --date on the command line
};
const char* DateOriginName(DateOrigin origin);

// A place, as EventLocator chose it for an event (Event::location) or an
// actor (EventActor::location); docs/geo.md.
struct EventLocation {
  // Which evidence decided. For an event: "sentence" (a place named in the
  // sentence), "dateline", "actor" (the source actor's country). For an
  // actor: "mention" (a place named in or right after the actor's words:
  // "Kabul residents", "protesters in Kabul"), "actor" (the country of the
  // actor code). "none" for nothing to go on, or no gazetteer; every other
  // field is then empty/zero.
  std::string source = "none";
  std::string evidence;      // the words that decided: "in Islamabad", "dateline KABUL", "actor country AFG"
  std::string name;          // the place's display name ("Lashkar Gah")
  std::string feature_type;  // "country", "admin1", "capital", "city", "region", "district"
  std::string country_iso3;  // "AFG"; "" for a place outside any country
  std::string country_iso2;  // "AF"
  std::string country_name;  // "Afghanistan"
  std::string province;      // first-level division name when known ("Helmand")
  double lat = 0;            // WGS84 degrees
  double lon = 0;
  uint32_t place_id = 0;     // gazetteer id (the GeoNames id for cities); 0 when none
  // GDELT's codes, FIPS 10-4 (last, with `{}`, so brace initialisers that
  // stop at place_id still compile without warnings):
  std::string country_fips{};  // the country's: "AF"; "GM" for Germany; "" when unmapped
  // The first-level division's: FIPS country + FIPS division ("AF10"
  // Helmand; "USCA" California); "" when not known as a FIPS code (GDELT's
  // ADM1Code column then holds the country's code).
  std::string adm1_code{};

  bool found() const { return source != "none"; }
};

// One actor as it took part in an event.
struct EventActor {
  std::string code;  // CAMEO actor code, e.g. "USAGOV", "AFGINS"; never empty
  std::string text;  // the words of the mention ("U.S. envoy Zalmay Khalilzad")
  Span span;         // bytes of the original document text
  // How the code was found: "actor", "actor+agent", "agent", "pronoun",
  // "reference" (a definite description resolved to an earlier actor), ...
  std::string how;
  // Dictionary entries used, as "file:line" (actor, agent).
  std::vector<std::string> entries;
  // Where the actor is, as the text gives it (GDELT's Actor1Geo/Actor2Geo),
  // set by EventLocator; source "none" until then. (The `{}` keeps brace
  // initialisers that stop at `entries` free of missing-initializer warnings.)
  EventLocation location{};
};

struct Event {
  std::string document_id;
  uint32_t sentence = 0;      // 1-based sentence number within the document
  std::string date;           // YYYY-MM-DD or ""
  DateOrigin date_origin = DateOrigin::kUnknown;

  EventActor source;
  EventActor target;
  std::string code;           // CAMEO event code, e.g. "042", "1246"
  std::string verb_text;      // the verb group as written ("will not call")
  Span verb_span;             // original bytes of the verb group
  std::string pattern;        // the matched pattern in its own notation, or "" (verb alone)
  std::string pattern_entry;  // "file:line" of the pattern (or of the verb when no pattern)
  // Why the event has this shape, in words: "passive: source and target
  // swapped", "negated intent 036 -> 125", "reported by USAGOV", ...
  std::vector<std::string> notes;
  std::string reported_by;    // actor code of the speaker for reported speech, or ""
  std::vector<std::string> issues;  // issue codes found in the sentence
  std::string sentence_text;  // the sentence as normalised (for display)
  EventLocation location;     // where it happened; filled by EventLocator, source "none" until then
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_EVENT_H_
