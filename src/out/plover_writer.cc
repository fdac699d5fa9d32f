#include "out/plover_writer.h"

#include <string_view>
#include <vector>

#include "out/cameo_actor_code.h"
#include "out/field_text.h"

namespace khaldun::out {
namespace {

nlohmann::json OrNull(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

// {name, country (ISO-3), admin1, lat, lon, feature_type, source, evidence}, or null.
nlohmann::json LocationToPlover(const EventLocation& at) {
  if (!at.found()) return nullptr;
  return {{"name", at.name},         {"country", OrNull(at.country_iso3)},
          {"admin1", OrNull(at.province)}, {"lat", at.lat},
          {"lon", at.lon},           {"feature_type", at.feature_type},
          {"source", at.source},     {"evidence", at.evidence}};
}

nlohmann::json ActorToPlover(const EventActor& actor) {
  if (actor.code.empty() || actor.code == "---") return nullptr;
  return {{"code", actor.code},
          {"country", OrNull(SplitCameoActorCode(actor.code).country)},
          {"text", actor.text},
          {"location", LocationToPlover(actor.location)}};
}

std::vector<std::string> SplitContext(std::string_view contexts) {
  std::vector<std::string> parts;
  while (!contexts.empty()) {
    const size_t semicolon = contexts.find(';');
    std::string_view part = contexts.substr(0, semicolon);
    if (!part.empty()) parts.emplace_back(part);
    if (semicolon == std::string_view::npos) break;
    contexts.remove_prefix(semicolon + 1);
  }
  return parts;
}

}  // namespace

nlohmann::json EventToPlover(const Event& event, const std::string& id, const dict::EventCodeTable* codes) {
  const dict::EventCodeInfo* info = FindCode(codes, event.code);
  nlohmann::json cameo = {{"code", event.code}, {"root", dict::RootCode(event.code)}};
  cameo["goldstein"] = info != nullptr ? nlohmann::json(info->goldstein) : nlohmann::json(nullptr);
  cameo["quad_class"] = info != nullptr ? nlohmann::json(info->quad_class) : nlohmann::json(nullptr);
  return {
      {"id", id},
      {"date", OrNull(event.date)},
      {"event_type", info != nullptr ? OrNull(info->plover_event) : nlohmann::json(nullptr)},
      {"mode", info != nullptr ? OrNull(info->plover_mode) : nlohmann::json(nullptr)},
      {"context", info != nullptr ? SplitContext(info->plover_context) : std::vector<std::string>()},
      {"actor", ActorToPlover(event.source)},
      {"recipient", ActorToPlover(event.target)},
      {"location", LocationToPlover(event.location)},
      {"cameo", cameo},
      {"provenance",
       {{"document", event.document_id},
        {"sentence", event.sentence},
        {"sentence_text", event.sentence_text},
        {"verb", event.verb_text},
        {"pattern_entry", event.pattern_entry}}},
  };
}

void PloverWriter::Write(const Event& event) {
  if (event.document_id != last_document_ || event.sentence != last_sentence_) {
    last_document_ = event.document_id;
    last_sentence_ = event.sentence;
    count_in_sentence_ = 0;
  }
  ++count_in_sentence_;
  const std::string id =
      event.document_id + ":" + std::to_string(event.sentence) + ":" + std::to_string(count_in_sentence_);
  std::string line =
      EventToPlover(event, id, options_.codes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  WriteText(out_, line);
}

}  // namespace khaldun::out
