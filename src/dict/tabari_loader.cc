#include "dict/tabari_loader.h"

#include <filesystem>
#include <optional>

#include "dict/actor_loader.h"

namespace khaldun::dict {

namespace {

enum class Section { kVerbs, kNoun, kAdjective, kSynsets, kTime };

// "{ ACTING_ ACTXD_ ACTUALITY }" -> the forms.
std::vector<std::string> BraceForms(std::string_view text) {
  std::vector<std::string> forms;
  size_t open = text.find('{');
  size_t close = text.find('}', open);
  for (std::string_view form : SplitBlanks(text.substr(open + 1, close - open - 1))) {
    forms.push_back(UpperAscii(form));
  }
  return forms;
}

}  // namespace

void LoadTabariVerbs(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  const std::string& path = file.path();
  Section section = Section::kVerbs;
  std::optional<VerbFamily> family;
  Synset* synset = nullptr;
  auto finish = [&]() {
    if (family) dict->verb_families.push_back(std::move(*family));
    family.reset();
  };
  for (const SourceLine& line : file.Lines(false)) {
    std::string_view raw = line.text;
    std::string_view trimmed = Trim(raw);
    if (trimmed.empty() || trimmed[0] == ';' || trimmed[0] == '#') continue;
    if (trimmed.substr(0, 8) == "~~FINISH") break;
    const SourceRef where{file_index, line.number};
    if (trimmed[0] == '<') {
      const std::string tag = UpperAscii(trimmed);
      finish();
      synset = nullptr;
      if (tag == "<NOUN>") section = Section::kNoun;
      else if (tag == "<ADJECTIVE>") section = Section::kAdjective;
      else if (tag == "<SYNSETS>") section = Section::kSynsets;
      else if (tag == "<TIME>") section = Section::kTime;
      else if (tag.substr(0, 2) == "</") section = Section::kVerbs;
      else diagnostics->Error(path, line.number, "unknown section '" + std::string(trimmed) + "'; ignored");
      continue;
    }
    std::string note;
    std::string_view content = Trim(StripComment(raw, ";", &note));
    if (content.empty()) continue;
    if (section == Section::kNoun || section == Section::kAdjective) {
      WordList& list = dict->GetWordList(section == Section::kNoun ? "NOUN" : "ADJECTIVE");
      list.entries.push_back(WordListEntry{ParsePhrase(content), note, where});
      continue;
    }
    if (section == Section::kSynsets) {
      if (content[0] == '&') {
        Synset next;
        next.name = UpperAscii(Trim(content.substr(1)));
        next.syntax = PatternSyntax::kTabari;
        next.where = where;
        dict->synsets.push_back(std::move(next));
        synset = &dict->synsets.back();
      } else if (content[0] == '+' && synset != nullptr) {
        synset->members.push_back(SynsetMember{ParsePhrase(content.substr(1)), where});
      } else {
        diagnostics->Error(path, line.number, "expected '&NAME' or '+member' in <SYNSETS>; skipped");
      }
      continue;
    }
    if (content[0] == '-') {
      if (!family) {
        diagnostics->Error(path, line.number, "pattern before any verb; skipped");
        continue;
      }
      Result<PatternLineParts> parts = SplitPatternLine(raw, true);
      Result<PairedCode> code = parts.ok() ? ParsePairedCode(parts.value().code) : Result<PairedCode>(parts.status());
      Result<VerbPattern> pattern =
          code.ok() ? ParsePatternBody(parts.value().body, PatternSyntax::kTabari) : Result<VerbPattern>(code.status());
      if (!pattern.ok()) {
        diagnostics->Error(path, line.number, pattern.status().message() + "; pattern skipped");
        continue;
      }
      pattern.value().code = std::move(code).value();
      pattern.value().note = parts.value().note;
      pattern.value().where = where;
      family->patterns.push_back(std::move(pattern).value());
      continue;
    }
    if (content[0] == '{') {  // irregular forms of the verb above
      if (!family || family->verbs.empty() || content.find('}') == std::string_view::npos) {
        diagnostics->Error(path, line.number, "verb forms '{...}' without a verb above or without '}'; skipped");
        continue;
      }
      Verb& verb = family->verbs.back();
      if (!verb.irregular) verb.forms.clear();  // its own forms, not the regular endings
      verb.irregular = true;
      for (std::string& form : BraceForms(content)) verb.forms.push_back(std::move(form));
      continue;
    }
    // A verb line: "ABANDON  [345]", "APPRECIATE POSITION  [042]".
    finish();
    Verb verb;
    verb.note = note;
    verb.where = where;
    size_t open = content.find('[');
    std::string_view text = Trim(content.substr(0, open));
    if (open != std::string_view::npos) {
      size_t close = content.find(']', open);
      Result<PairedCode> code = close == std::string_view::npos
                                    ? Result<PairedCode>(Status::Error("verb code has no ']'"))
                                    : ParsePairedCode(content.substr(open + 1, close - open - 1));
      if (!code.ok()) {
        diagnostics->Error(path, line.number, code.status().message() + "; verb skipped");
        continue;
      }
      verb.code = code.value().ToString();
    } else {
      diagnostics->Warn(path, line.number, "verb '" + std::string(text) + "' has no [code]; using '---'");
      verb.code = "---";
    }
    if (text.empty()) {
      diagnostics->Error(path, line.number, "verb line has no verb; skipped");
      continue;
    }
    if (size_t brace = text.find('{'); brace != std::string_view::npos) {
      verb.irregular = true;
      verb.forms = BraceForms(text);
      text = Trim(text.substr(0, brace));
    }
    verb.text = ParsePhrase(text).ToString();
    if (!verb.irregular) verb.forms = RegularVerbForms(verb.text, PatternSyntax::kTabari);
    VerbFamily next;
    next.name = verb.text;
    next.code = verb.code;
    next.syntax = PatternSyntax::kTabari;
    next.section = section == Section::kTime ? "TIME" : "";
    next.where = where;
    next.verbs.push_back(std::move(verb));
    family = std::move(next);
  }
  finish();
}

Status LoadTabariVerbFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadTabariVerbs(file.value(), dict, diagnostics);
  return Status::Ok();
}

void LoadTabariOptions(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  for (const SourceLine& line : file.Lines(false)) {
    std::string_view content = Trim(line.text);
    if (content.empty() || content.substr(0, 2) == "//" || content[0] == ';') continue;
    if (content.substr(0, 2) == "~~") break;  // TABARI's end-of-file marker ("~~~~~", "~~FINISH")
    size_t colon = content.find(':');
    if (colon == std::string_view::npos) {
      diagnostics->Error(file.path(), line.number, "option line has no ':'; skipped");
      continue;
    }
    dict->options.push_back(OptionLine{UpperAscii(Trim(content.substr(0, colon))),
                                       std::string(Trim(content.substr(colon + 1))), SourceRef{file_index, line.number}});
  }
}

Status LoadTabariOptionFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadTabariOptions(file.value(), dict, diagnostics);
  return Status::Ok();
}

TabariProject ParseTabariProject(const SourceFile& file, Diagnostics* diagnostics) {
  TabariProject project;
  const std::filesystem::path base = std::filesystem::path(file.path()).parent_path();
  for (const SourceLine& line : file.Lines(false)) {
    std::string_view content = Trim(line.text);
    if (content.empty() || content[0] != '<') continue;
    size_t close = content.find('>');
    if (close == std::string_view::npos) continue;
    const std::string tag = UpperAscii(content.substr(1, close - 1));
    std::vector<std::string>* list = tag == "ACTORSFILE"    ? &project.actors
                                     : tag == "VERBSFILE"   ? &project.verbs
                                     : tag == "AGENTSFILE"  ? &project.agents
                                     : tag == "OPTIONSFILE" ? &project.options
                                                            : nullptr;
    if (list == nullptr) continue;
    std::string_view name = Trim(content.substr(close + 1));
    if (name.empty()) {
      diagnostics->Error(file.path(), line.number, "<" + tag + "> names no file; skipped");
      continue;
    }
    list->push_back((base / std::string(name)).string());
  }
  return project;
}

Status LoadTabariProject(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  TabariProject project = ParseTabariProject(file.value(), diagnostics);
  auto report = [&](const Status& status) {
    if (!status.ok()) diagnostics->Error(path, 0, status.message());
  };
  for (const std::string& actors : project.actors) {
    const size_t first = dict->actors.size();
    report(LoadActorFile(actors, dict, diagnostics));
    for (size_t a = first; a < dict->actors.size(); ++a) dict->actors[a].stems = true;
  }
  for (const std::string& agents : project.agents) report(LoadAgentFile(agents, dict, diagnostics));
  for (const std::string& verbs : project.verbs) report(LoadTabariVerbFile(verbs, dict, diagnostics));
  for (const std::string& options : project.options) report(LoadTabariOptionFile(options, dict, diagnostics));
  return Status::Ok();
}

}  // namespace khaldun::dict
