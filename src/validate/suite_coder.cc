#include "validate/suite_coder.h"

#include <cctype>
#include <string_view>

#include "dict/dictionary_set.h"
#include "code/tabari_switches.h"

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

std::string StoryOf(std::string_view id) {
  size_t end = id.size();
  while (end > 0 && id[end - 1] >= '0' && id[end - 1] <= '9') --end;
  return end == id.size() ? "" : std::string(id.substr(0, end));
}

std::vector<EventTriple> SuiteCoder::Code(const Record& record) {
  const Coder* coder = coder_.get();
  // PETRARCH-1 implements require_dyad; PETRARCH-2's records expect dyads
  // whatever the option says.
  if (verbs_syntax_ == dict::PatternSyntax::kPetrarch1 && !RequiresDyad(record)) {
    if (const Coder* dyadless = DyadlessCoder(); dyadless != nullptr) coder = dyadless;
  }
  if (verbs_syntax_ != dict::PatternSyntax::kTabari) {
    return ToTriples(coder->CodeSentence(record.text, record.date, workspace_.get()));
  }
  // The .options file's switches, then the record's.
  TabariSwitches switches = *coder->options().tabari;
  for (const std::string& option : record.options) ApplyTabariOption(option, &switches);
  const std::string story = switches.forward ? StoryOf(record.id) : "";
  if (story.empty() || story != story_) story_texts_.clear();
  story_ = story;
  story_texts_.push_back(record.text);
  if (story_texts_.size() == 1) {
    return ToTriples(coder->CodeSentence(record.text, record.date, switches, workspace_.get()));
  }
  // The story so far as one document; the events of its last sentence.
  Document document;
  document.id = record.id;
  for (const std::string& text : story_texts_) document.text += (document.text.empty() ? "" : " ") + text;
  if (record.date) document.date = record.date->ToString();
  std::vector<Event> events;
  const uint32_t sentences = coder->CodeDocument(document, switches, workspace_.get(), &events);
  std::erase_if(events, [&](const Event& event) { return event.sentence != sentences; });
  return ToTriples(events);
}

CodeFunction SuiteCoder::AsFunction() {
  return [this](const Record& record) { return Code(record); };
}

}  // namespace khaldun::validate
