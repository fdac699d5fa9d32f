#include "cli/event_writer.h"

namespace khaldun::cli {
namespace {

nlohmann::json ActorToJson(const EventActor& actor) {
  return {{"code", actor.code},       {"text", actor.text},   {"begin", actor.span.begin},
          {"end", actor.span.end},    {"how", actor.how},     {"entries", actor.entries}};
}

std::string CodeName(const std::string& code, const dict::EventCodeTable* codes) {
  if (codes == nullptr) return "";
  const dict::EventCodeInfo* info = codes->Find(code);
  return info != nullptr ? info->name : "";
}

}  // namespace

nlohmann::json EventToJson(const Event& event, const dict::EventCodeTable* codes) {
  nlohmann::json j = {
      {"document", event.document_id},
      {"sentence", event.sentence},
      {"date", event.date},
      {"date_origin", DateOriginName(event.date_origin)},
      {"source", ActorToJson(event.source)},
      {"target", ActorToJson(event.target)},
      {"code", event.code},
      {"code_name", CodeName(event.code, codes)},
      {"verb", {{"text", event.verb_text}, {"begin", event.verb_span.begin}, {"end", event.verb_span.end}}},
      {"pattern", event.pattern},
      {"pattern_entry", event.pattern_entry},
      {"notes", event.notes},
      {"reported_by", event.reported_by},
      {"issues", event.issues},
      {"sentence_text", event.sentence_text},
  };
  if (codes != nullptr) {
    if (const dict::EventCodeInfo* info = codes->Find(event.code)) {
      j["goldstein"] = info->goldstein;
      j["quad_class"] = info->quad_class;
      j["plover"] = {{"event", info->plover_event}, {"mode", info->plover_mode}, {"context", info->plover_context}};
    }
  }
  return j;
}

void EventWriter::WriteHeader() {
  if (format_ == EventFormat::kTsv) std::fputs("document\tsentence\tdate\tsource\ttarget\tcode\tname\n", out_);
}

void EventWriter::Write(const Event& event) {
  if (format_ == EventFormat::kJsonl) {
    std::string line = EventToJson(event, codes_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), out_);
    return;
  }
  std::fprintf(out_, "%s\t%u\t%s\t%s\t%s\t%s\t%s\n", event.document_id.c_str(), event.sentence,
               event.date.empty() ? "-" : event.date.c_str(), event.source.code.c_str(), event.target.code.c_str(),
               event.code.c_str(), CodeName(event.code, codes_).c_str());
}

}  // namespace khaldun::cli
