#include "ingest/jsonl_parser.h"

#include <simdjson.h>

#include "base/date.h"

namespace khaldun {

struct JsonlParser::Impl {
  // The DOM parser dispatches to the best SIMD kernel at run time (the
  // on-demand API would be fixed to the compile-time target).
  simdjson::dom::parser parser;
  simdjson::padded_string copy;
};

JsonlParser::JsonlParser() : impl_(std::make_unique<Impl>()) {}
JsonlParser::~JsonlParser() = default;
JsonlParser::JsonlParser(JsonlParser&&) noexcept = default;
JsonlParser& JsonlParser::operator=(JsonlParser&&) noexcept = default;

namespace {

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// A string field, or a number written as a string (ids often are numbers).
Status ReadScalar(simdjson::dom::element value, std::string_view name, std::string* out) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      out->assign(value.get_string().value_unsafe());
      return Status::Ok();
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      *out = simdjson::minify(value);
      return Status::Ok();
    case simdjson::dom::element_type::NULL_VALUE:
      out->clear();
      return Status::Ok();
    default:
      return Status::Error("field '" + std::string(name) + "' must be a string");
  }
}

}  // namespace

Status JsonlParser::Parse(std::string_view line, size_t padding_available, Document* document,
                          std::string* warning) {
  warning->clear();
  line = TrimRight(line);
  simdjson::dom::element root;
  simdjson::error_code error;
  if (padding_available >= simdjson::SIMDJSON_PADDING) {
    error = impl_->parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root);
  } else {
    impl_->copy = simdjson::padded_string(line);
    error = impl_->parser.parse(impl_->copy).get(root);
  }
  if (error) return Status::Error(std::string("not JSON: ") + simdjson::error_message(error));
  simdjson::dom::object object;
  if (root.get_object().get(object)) return Status::Error("not a JSON object");

  document->id.clear();
  document->date.clear();
  document->source.clear();
  document->url.clear();
  document->title.clear();
  document->text.clear();
  document->extra_fields.clear();
  document->format = DocumentFormat::kJsonl;
  bool has_text = false;
  for (simdjson::dom::key_value_pair field : object) {
    std::string_view key = field.key;
    std::string* target = nullptr;
    if (key == "id") target = &document->id;
    else if (key == "date") target = &document->date;
    else if (key == "source") target = &document->source;
    else if (key == "url") target = &document->url;
    else if (key == "title") target = &document->title;
    else if (key == "text") target = &document->text;
    if (target == nullptr) {
      document->extra_fields.emplace_back(std::string(key), simdjson::minify(field.value));
      continue;
    }
    Status status = ReadScalar(field.value, key, target);
    if (!status.ok()) return status;
    if (target == &document->text) has_text = true;
  }
  if (!has_text) return Status::Error("no 'text' field");
  if (!document->date.empty()) {
    std::optional<Date> date = ParseDate(document->date);
    if (date) {
      // Already canonical (YYYY-MM-DD, which ParseDate accepted): keep it
      // rather than re-format through snprintf for every document.
      const std::string& d = document->date;
      const bool canonical = d.size() == 10 && d[4] == '-' && d[7] == '-';
      if (!canonical) document->date = date->ToString();
    } else {
      *warning = "unreadable 'date' \"" + document->date + "\" (want YYYY-MM-DD); date ignored";
      document->date.clear();
    }
  }
  return Status::Ok();
}

}  // namespace khaldun
