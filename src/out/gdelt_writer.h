// GdeltWriter: events as rows of the GDELT 2.0 event export.
//
// Exactly 61 tab-separated columns per event, in the order of GDELT's
// "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016", no header line (GDELT
// export files have none). What Khaldun writes where GDELT's own pipeline
// knows more (tone, mention counts, ADM2 codes) is listed in
// docs/output-formats.md; in short:
//  - GLOBALEVENTID counts events from 1 in output order;
//  - Actor*Code is the full CAMEO code, split by SplitCameoActorCode into
//    country, known group, religions and up to three types; Actor*Name the
//    mention as written; a missing target ("---") leaves Actor2 empty;
//  - IsRootEvent is 1 for the events of the first sentence of a document
//    that yields any event, 0 for the rest;
//  - NumMentions, NumSources, NumArticles are 1; AvgTone is empty;
//  - Actor1Geo/Actor2Geo come from EventActor::location (a place named with
//    the actor, else its code's country), ActionGeo from Event::location;
//    CountryCode is the FIPS 10-4 country code (empty when the country has
//    none), ADM1Code the FIPS division code when the gazetteer knows it
//    ("AF10"), else the FIPS country code; ADM2Code empty; FeatureID the
//    GeoNames id of a city, the FIPS code of a country, else empty;
//  - DATEADDED is WriterOptions::date_added; SOURCEURL the document id.
#ifndef KHALDUN_OUT_GDELT_WRITER_H_
#define KHALDUN_OUT_GDELT_WRITER_H_

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "out/event_writer.h"

namespace khaldun::out {

inline constexpr size_t kGdeltColumnCount = 61;

// The 61 GDELT 2.0 event column names, in export order.
const std::array<std::string_view, kGdeltColumnCount>& GdeltColumnNames();

// GDELT's geographic resolution (Actor1Geo_Type...): 0 none, 1 country,
// 2 US state, 3 US city, 4 world city, 5 world state (a first-level
// division; regions and districts count as one).
int GdeltGeoType(const EventLocation& location);

class GdeltWriter : public EventWriter {
 public:
  GdeltWriter(WriterOptions options, std::FILE* out) : options_(std::move(options)), out_(out) {}

  void Write(const Event& event) override;

  // The 61 columns of `event` as Write would write them; `event_id` is the
  // GLOBALEVENTID, `is_root` the IsRootEvent flag.
  std::vector<std::string> Columns(const Event& event, uint64_t event_id, bool is_root) const;

 private:
  WriterOptions options_;
  std::FILE* out_;
  uint64_t next_id_ = 1;
  std::string root_document_;  // the document whose root sentence is known
  uint32_t root_sentence_ = 0;
  bool have_root_ = false;
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_GDELT_WRITER_H_
