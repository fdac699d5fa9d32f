#include "validate/petrarch_suite.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "validate/coding_ontology.h"
#include "validate/xml_scanner.h"

namespace khaldun::validate {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::string item = NormalizeSpace(text.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

// Options in force: "name=value", a later switch of a name replacing it.
void ApplyConfig(const XmlTag& tag, std::vector<std::string>* options) {
  const std::string* name = tag.Find("option");
  const std::string* value = tag.Find("value");
  if (name == nullptr) return;
  const std::string prefix = *name + "=";
  options->erase(std::remove_if(options->begin(), options->end(),
                                [&](const std::string& o) { return o.compare(0, prefix.size(), prefix) == 0; }),
                 options->end());
  options->push_back(prefix + (value != nullptr ? *value : ""));
}

struct Builder {
  std::string_view path;
  bool honour_include;
  Diagnostics* diagnostics;
  PetrarchRecords out;
  std::vector<std::string> options;
  Record current;
  bool open = false;
  bool no_events = false;
  std::string error;

  void Start(const XmlTag& tag) {
    if (open) Finish();
    current = Record();
    open = true;
    no_events = false;
    error.clear();
    current.line = tag.line;
    if (const std::string* id = tag.Find("id")) current.id = *id;
    if (current.id.empty()) {
      current.id = "line " + std::to_string(tag.line);
      diagnostics->Warn(path, tag.line, "<Sentence> without an id");
    }
    if (const std::string* category = tag.Find("category")) current.category = *category;
    if (const std::string* date = tag.Find("date")) current.date_text = *date;
    current.date = ParseSuiteDate(current.date_text);
    if (!current.date) {
      diagnostics->Warn(path, tag.line, "record " + current.id + ": date '" + current.date_text +
                                            "' is not YYYYMMDD: coded without a date");
    }
    for (const char* flag : {"valid", "evaluate"}) {
      const std::string* value = tag.Find(flag);
      if (value != nullptr && Lower(*value) == "false") {
        current.skip = true;
        current.skip_reason = std::string(flag) + "=\"false\"";
      }
    }
    current.options = options;
  }

  void EventCoding(const XmlTag& tag) {
    if (const std::string* value = tag.Find("noevents")) {
      if (Lower(*value) == "true") no_events = true;
      return;
    }
    if (const std::string* value = tag.Find("error")) {
      error = *value;
      return;
    }
    const std::string* source = tag.Find("sourcecode");
    const std::string* target = tag.Find("targetcode");
    const std::string* code = tag.Find("eventcode");
    if (source == nullptr || target == nullptr || code == nullptr || source->empty() || target->empty() ||
        code->empty()) {
      diagnostics->Warn(path, tag.line, "record " + current.id + ": <EventCoding> without source, target and event code");
      return;
    }
    current.expected.push_back({*source, *target, *code});
  }

  void Finish() {
    if (!open) return;
    open = false;
    if (!current.expected.empty()) {
      current.expectation = Expectation::kEvents;
      if (no_events || !error.empty()) {
        diagnostics->Warn(path, current.line, "record " + current.id + " lists events and says none: the events are expected");
      }
    } else if (!error.empty()) {
      current.expectation = Expectation::kError;
      current.note = "error=\"" + error + "\"" + (current.note.empty() ? "" : "; " + current.note);
      // The record tests how PETRARCH rejects a malformed parse tree, and
      // Khaldun reads the text, never the tree: it is not scored.
      if (error == "bad_input_parse") {
        current.skip = true;
        current.skip_reason = "expects its parse tree to be rejected; Khaldun does not read parse trees";
      }
    } else if (no_events) {
      current.expectation = Expectation::kNoEvents;
    } else {
      // PETRARCH reports such a record as correctly coded when it gets
      // nothing: no <EventCoding> means no events.
      current.expectation = Expectation::kNoEvents;
      current.note = "no <EventCoding>" + (current.note.empty() ? "" : "; " + current.note);
      if (!current.skip) {
        diagnostics->Warn(path, current.line, "record " + current.id + " has no <EventCoding>: no events expected");
      }
    }
    const std::vector<std::string>& include = out.environment.include;
    const bool has_categories =
        std::any_of(include.begin(), include.end(), [](const std::string& word) { return word != "valid"; });
    if (!current.skip && honour_include && has_categories &&
        std::find(include.begin(), include.end(), current.category) == include.end()) {
      current.skip = true;
      current.skip_reason = "category '" + current.category + "' not in <Include>";
    }
    out.records.push_back(std::move(current));
    current = Record();
  }
};

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

PetrarchRecords ParsePetrarchRecords(std::string_view text, std::string_view path, bool honour_include,
                                     Diagnostics* diagnostics) {
  Builder builder{path, honour_include, diagnostics, {}, {}, {}, false, false, {}};
  XmlScanner scanner(text);
  XmlTag tag;
  bool in_environment = false;
  PetrarchEnvironment& env = builder.out.environment;
  while (scanner.Next(&tag)) {
    const std::string& name = tag.name;
    if (tag.closing) {
      if (name == "Sentence" || name == "Sentences") builder.Finish();
      if (name == "Environment") in_environment = false;
      continue;
    }
    if (name == "Environment") {
      in_environment = !tag.self_closing;
    } else if (in_environment && !tag.self_closing &&
               (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" || name == "Discardfile" ||
                name == "PICOfile" || name == "Include")) {
      std::string value = NormalizeSpace(scanner.ReadUntil("</" + name + ">"));
      if (name == "Verbfile") env.verbs = value;
      if (name == "Actorfile") env.actors = Split(value, ',');
      if (name == "Agentfile") env.agents = value;
      if (name == "Discardfile") env.discards = value;
      if (name == "PICOfile") env.ontology = value;
      if (name == "Include") env.include = Split(value, ' ');
    } else if (name == "Sentence") {
      builder.Start(tag);
    } else if (name == "Config") {
      ApplyConfig(tag, &builder.options);
    } else if (!builder.open) {
      continue;  // anything else outside a record: prose, PLOVER notes
    } else if (name == "EventCoding") {
      builder.EventCoding(tag);
    } else if (name == "Text" && !tag.self_closing) {
      std::string sentence = NormalizeSpace(scanner.ReadUntil("</Text>", "<Sentence"));
      if (!builder.current.text.empty() && !sentence.empty()) builder.current.text += ' ';
      builder.current.text += sentence;
    } else if (name == "Parse" && !tag.self_closing) {
      scanner.ReadUntil("</Parse>", "<Sentence");  // Khaldun parses the text itself
    } else if (name == "Skip") {
      builder.current.note = "marked <Skip>";
    }
  }
  builder.Finish();
  return std::move(builder.out);
}

Result<Suite> ReadPetrarchSuite(const std::string& path, std::string_view name, Diagnostics* diagnostics) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  // PETRARCH-1 codes every valid record whatever <Include> says (its
  // unit tests pass 276 and skip the 5 valid="false"); UD-PETRARCH's
  // validation.py evaluates only the <Include> categories.
  PetrarchRecords parsed = ParsePetrarchRecords(text.value(), path, name != "petrarch1", diagnostics);
  if (parsed.records.empty()) return Status::Error(path + ": no <Sentence> records");
  Suite suite;
  suite.name = std::string(name);
  suite.path = path;
  const fs::path dir = fs::path(path).parent_path();
  auto add = [&](const std::string& file) {
    if (!file.empty()) suite.dictionaries.push_back((dir / file).string());
  };
  add(parsed.environment.verbs);
  for (const std::string& actors : parsed.environment.actors) add(actors);
  add(parsed.environment.agents);
  add(parsed.environment.discards);
  if (name == "petrarch1") suite.verbs_syntax = dict::PatternSyntax::kPetrarch1;
  if (name == "petrarch2") suite.verbs_syntax = dict::PatternSyntax::kPetrarch2;
  // The ontology is not a dictionary Khaldun loads: what it defines that
  // matters to the coder is known by its name.
  suite.negations = OntologyNegations(parsed.environment.ontology);
  suite.records = std::move(parsed.records);
  return suite;
}

}  // namespace khaldun::validate
