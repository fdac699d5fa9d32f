#include "validate/suite_coder.h"

#include <cctype>
#include <string_view>

#include "dict/dictionary_set.h"

namespace khaldun::validate {

std::vector<EventTriple> ToTriples(const std::vector<Event>& events) {
  std::vector<EventTriple> triples;
  triples.reserve(events.size());
  for (const Event& event : events) triples.push_back({event.source.code, event.target.code, event.code});
  return triples;
}

bool RequiresDyad(const Record& record) {
  bool required = true;
  for (const std::string& option : record.options) {
    constexpr std::string_view kName = "require_dyad=";
    if (option.size() < kName.size() || option.compare(0, kName.size(), kName) != 0) continue;
    std::string value = option.substr(kName.size());
    for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    required = value != "false";
  }
  return required;
}

Result<SuiteCoder> SuiteCoder::Create(const std::vector<std::string>& dictionaries,
                                      std::optional<dict::PatternSyntax> verbs_syntax, Diagnostics* diagnostics,
                                      std::vector<CodeNegation> negations) {
  if (dictionaries.empty()) return Status::Error("no dictionaries given");
  dict::LoadOptions options;
  options.verbs_format = verbs_syntax;
  Result<dict::Dictionary> dictionary = dict::LoadDictionaries(dictionaries, options, diagnostics);
  if (!dictionary.ok()) return dictionary.status();
  CoderOptions coder_options;
  coder_options.negations = negations;
  Result<Coder> coder = Coder::Create(std::move(dictionary).value(), coder_options);
  if (!coder.ok()) return coder.status();
  return SuiteCoder(std::move(coder).value(), dictionaries, verbs_syntax, std::move(negations));
}

const Coder* SuiteCoder::DyadlessCoder() {
  if (!dyadless_tried_) {
    dyadless_tried_ = true;
    // The dictionaries loaded once already; their problems were reported then.
    Diagnostics ignored;
    dict::LoadOptions options;
    options.verbs_format = verbs_syntax_;
    Result<dict::Dictionary> dictionary = dict::LoadDictionaries(dictionaries_, options, &ignored);
    if (dictionary.ok()) {
      CoderOptions coder_options;
      coder_options.require_dyad = false;
      coder_options.negations = negations_;
      Result<Coder> coder = Coder::Create(std::move(dictionary).value(), coder_options);
      if (coder.ok()) dyadless_coder_ = std::make_unique<Coder>(std::move(coder).value());
    }
  }
  return dyadless_coder_.get();
}

std::vector<EventTriple> SuiteCoder::Code(const Record& record) {
  const Coder* coder = coder_.get();
  // PETRARCH-1 implements require_dyad; PETRARCH-2's records expect dyads
  // whatever the option says.
  if (verbs_syntax_ == dict::PatternSyntax::kPetrarch1 && !RequiresDyad(record)) {
    if (const Coder* dyadless = DyadlessCoder(); dyadless != nullptr) coder = dyadless;
  }
  return ToTriples(coder->CodeSentence(record.text, record.date, workspace_.get()));
}

CodeFunction SuiteCoder::AsFunction() {
  return [this](const Record& record) { return Code(record); };
}

}  // namespace khaldun::validate
