#include "out/tsv_writer.h"

#include <string>

#include "out/field_text.h"

namespace khaldun::out {

void TsvWriter::Begin() {
  if (!options_.header) return;
  WriteText(out_, "document\tsentence\tdate\tsource\ttarget\tcode\tname\tlocation\tcountry\tlat\tlon\n");
}

void TsvWriter::Write(const Event& event) {
  const dict::EventCodeInfo* info = FindCode(options_.codes, event.code);
  const EventLocation& at = event.location;
  // One line buffer for the whole run, fields appended in place: a line a
  // string and a temporary per field cost more than coding the sentence's
  // actors did.
  std::string& line = line_;
  line.clear();
  AppendOneLine(event.document_id, &line);
  line += '\t';
  AppendUnsigned(event.sentence, &line);
  line += '\t';
  if (event.date.empty()) line += '-';
  else AppendOneLine(event.date, &line);
  for (std::string_view field : {std::string_view(event.source.code), std::string_view(event.target.code),
                                 std::string_view(event.code),
                                 info != nullptr ? std::string_view(info->name) : std::string_view(),
                                 std::string_view(at.name), std::string_view(at.country_iso3)}) {
    line += '\t';
    AppendOneLine(field, &line);
  }
  line += '\t';
  if (at.found()) AppendDecimal(at.lat, 4, &line);
  line += '\t';
  if (at.found()) AppendDecimal(at.lon, 4, &line);
  line += '\n';
  WriteText(out_, line);
}

}  // namespace khaldun::out
