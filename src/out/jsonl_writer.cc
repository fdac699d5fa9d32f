#include "out/jsonl_writer.h"

#include <string>

#include "out/field_text.h"

namespace khaldun::out {
namespace {

nlohmann::json ActorToJson(const EventActor& actor) {
  return {{"code", actor.code}, {"text", actor.text}, {"begin", actor.span.begin},
          {"end", actor.span.end}, {"how", actor.how}, {"entries", actor.entries},
          {"location", LocationToJson(actor.location)}};
}

}  // namespace

nlohmann::json LocationToJson(const EventLocation& location) {
  if (!location.found()) return {{"source", "none"}};
  return {{"source", location.source},
          {"evidence", location.evidence},
          {"name", location.name},
          {"feature_type", location.feature_type},
          {"country", location.country_iso3},
          {"country_iso2", location.country_iso2},
          {"country_fips", location.country_fips},
          {"country_name", location.country_name},
          {"province", location.province},
          {"adm1_code", location.adm1_code},
          {"lat", location.lat},
          {"lon", location.lon},
          {"place_id", location.place_id}};
}

nlohmann::json EventToJson(const Event& event, const dict::EventCodeTable* codes) {
  const dict::EventCodeInfo* info = FindCode(codes, event.code);
  nlohmann::json j = {
      {"document", event.document_id},
      {"sentence", event.sentence},
      {"date", event.date},
      {"date_origin", DateOriginName(event.date_origin)},
      {"source", ActorToJson(event.source)},
      {"target", ActorToJson(event.target)},
      {"code", event.code},
      {"code_name", info != nullptr ? info->name : ""},
      {"verb", {{"text", event.verb_text}, {"begin", event.verb_span.begin}, {"end", event.verb_span.end}}},
      {"pattern", event.pattern},
      {"pattern_entry", event.pattern_entry},
      {"notes", event.notes},
      {"reported_by", event.reported_by},
      {"issues", event.issues},
      {"sentence_text", event.sentence_text},
      {"location", LocationToJson(event.location)},
  };
  if (info != nullptr) {
    j["goldstein"] = info->goldstein;
    j["quad_class"] = info->quad_class;
    j["plover"] = {{"event", info->plover_event}, {"mode", info->plover_mode}, {"context", info->plover_context}};
  }
  return j;
}

void JsonlWriter::Write(const Event& event) {
  std::string line =
      EventToJson(event, options_.codes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  WriteText(out_, line);
}

}  // namespace khaldun::out
