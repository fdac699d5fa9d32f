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
  std::string line = OneLine(event.document_id);
  line += '\t' + std::to_string(event.sentence);
  line += '\t' + (event.date.empty() ? std::string("-") : OneLine(event.date));
  line += '\t' + OneLine(event.source.code);
  line += '\t' + OneLine(event.target.code);
  line += '\t' + OneLine(event.code);
  line += '\t' + (info != nullptr ? OneLine(info->name) : std::string());
  line += '\t' + OneLine(at.name);
  line += '\t' + OneLine(at.country_iso3);
  line += '\t' + (at.found() ? FormatDecimal(at.lat, 4) : std::string());
  line += '\t' + (at.found() ? FormatDecimal(at.lon, 4) : std::string());
  line += '\n';
  WriteText(out_, line);
}

}  // namespace khaldun::out
