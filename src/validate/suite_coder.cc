#include "validate/suite_coder.h"

#include "dict/dictionary_set.h"

namespace khaldun::validate {

std::vector<EventTriple> ToTriples(const std::vector<Event>& events) {
  std::vector<EventTriple> triples;
  triples.reserve(events.size());
  for (const Event& event : events) triples.push_back({event.source.code, event.target.code, event.code});
  return triples;
}

Result<SuiteCoder> SuiteCoder::Create(const std::vector<std::string>& dictionaries,
                                      std::optional<dict::PatternSyntax> verbs_syntax, Diagnostics* diagnostics) {
  if (dictionaries.empty()) return Status::Error("no dictionaries given");
  dict::LoadOptions options;
  options.verbs_format = verbs_syntax;
  Result<dict::Dictionary> dictionary = dict::LoadDictionaries(dictionaries, options, diagnostics);
  if (!dictionary.ok()) return dictionary.status();
  Result<Coder> coder = Coder::Create(std::move(dictionary).value());
  if (!coder.ok()) return coder.status();
  return SuiteCoder(std::move(coder).value());
}

std::vector<EventTriple> SuiteCoder::Code(const Record& record) {
  return ToTriples(coder_->CodeSentence(record.text, record.date, workspace_.get()));
}

CodeFunction SuiteCoder::AsFunction() {
  return [this](const Record& record) { return Code(record); };
}

}  // namespace khaldun::validate
