#include "out/jsonl_writer.h"

#include <string>

#include "out/field_text.h"
#include "out/json_text.h"

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

namespace {

// The writers below give the text EventToJson's DOM dumps to: nlohmann's
// objects are std::maps, so their keys come out in byte order, as here.

void AppendLocationJson(const EventLocation& location, std::string* out) {
  JsonObject object(out);
  if (!location.found()) {
    object.String("source", "none");
    object.Close();
    return;
  }
  using Text = std::pair<std::string_view, std::string_view>;  // key, value
  for (const Text& text : {Text{"adm1_code", location.adm1_code}, Text{"country", location.country_iso3},
                           Text{"country_fips", location.country_fips}, Text{"country_iso2", location.country_iso2},
                           Text{"country_name", location.country_name}, Text{"evidence", location.evidence},
                           Text{"feature_type", location.feature_type}}) {
    object.String(text.first, text.second);
  }
  object.Double("lat", location.lat);
  object.Double("lon", location.lon);
  object.String("name", location.name);
  object.Integer("place_id", location.place_id);
  object.String("province", location.province);
  object.String("source", location.source);
  object.Close();
}

void AppendActorJson(const EventActor& actor, std::string* out) {
  JsonObject object(out);
  object.Integer("begin", actor.span.begin);
  object.String("code", actor.code);
  object.Integer("end", actor.span.end);
  object.Strings("entries", actor.entries);
  object.String("how", actor.how);
  AppendLocationJson(actor.location, object.Key("location"));
  object.String("text", actor.text);
  object.Close();
}

}  // namespace

void AppendEventJson(const Event& event, const dict::EventCodeTable* codes, std::string* out) {
  const dict::EventCodeInfo* info = FindCode(codes, event.code);
  JsonObject object(out);
  object.String("code", event.code);
  object.String("code_name", info != nullptr ? std::string_view(info->name) : std::string_view());
  object.String("date", event.date);
  object.String("date_origin", DateOriginName(event.date_origin));
  object.String("document", event.document_id);
  if (info != nullptr) object.Double("goldstein", info->goldstein);
  object.Strings("issues", event.issues);
  AppendLocationJson(event.location, object.Key("location"));
  object.Strings("notes", event.notes);
  object.String("pattern", event.pattern);
  object.String("pattern_entry", event.pattern_entry);
  if (info != nullptr) {
    JsonObject plover(object.Key("plover"));
    plover.String("context", info->plover_context);
    plover.String("event", info->plover_event);
    plover.String("mode", info->plover_mode);
    plover.Close();
    object.Integer("quad_class", info->quad_class);
  }
  object.String("reported_by", event.reported_by);
  object.Integer("sentence", event.sentence);
  object.String("sentence_text", event.sentence_text);
  AppendActorJson(event.source, object.Key("source"));
  AppendActorJson(event.target, object.Key("target"));
  JsonObject verb(object.Key("verb"));
  verb.Integer("begin", event.verb_span.begin);
  verb.Integer("end", event.verb_span.end);
  verb.String("text", event.verb_text);
  verb.Close();
  object.Close();
}

void JsonlWriter::Write(const Event& event) {
  line_.clear();
  AppendEventJson(event, options_.codes, &line_);
  line_ += '\n';
  WriteText(out_, line_);
}

}  // namespace khaldun::out
