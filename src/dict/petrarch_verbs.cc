#include "dict/petrarch_verbs.h"

#include <algorithm>
#include <optional>

namespace khaldun::dict {

namespace {

// "---  DELAY   [120]---  ---" -> name DELAY, code 120.
Status ParseBlockHeader(std::string_view line, VerbFamily* family) {
  std::string_view rest = Trim(line.substr(3));
  size_t open = rest.find('[');
  std::string_view name_part = open == std::string_view::npos ? rest : rest.substr(0, open);
  std::vector<std::string_view> names = SplitBlanks(name_part);
  if (names.empty() || names[0].find_first_not_of('-') == std::string_view::npos) {
    return Status::Error("verb block header has no name");
  }
  family->name = UpperAscii(names[0]);
  family->code = "---";
  if (open != std::string_view::npos) {
    size_t close = rest.find(']', open);
    if (close == std::string_view::npos) return Status::Error("verb block code has no ']'");
    Result<PairedCode> code = ParsePairedCode(rest.substr(open + 1, close - open - 1));
    if (!code.ok()) return code.status();
    family->code = code.value().ToString();
  }
  return Status::Ok();
}

}  // namespace

Status ParsePetrarchVerbLine(std::string_view line, PatternSyntax syntax, Verb* verb) {
  std::string_view text = Trim(line);
  // "[code]" and "{forms}" may come in either order after the verb.
  size_t brace = text.find('{');
  size_t bracket = text.find('[');
  const size_t head_end = std::min(brace, bracket);
  std::string_view head = Trim(text.substr(0, head_end));
  std::string rest = head_end == std::string_view::npos ? "" : std::string(text.substr(head_end));
  auto take = [&rest](char open, char close, std::string* inside) -> Status {
    size_t at = rest.find(open);
    if (at == std::string::npos) return Status::Ok();
    size_t end = rest.find(close, at);
    if (end == std::string::npos) return Status::Error(std::string("'") + open + "' without '" + close + "'");
    *inside = rest.substr(at + 1, end - at - 1);
    rest.erase(at, end - at + 1);
    return Status::Ok();
  };
  std::string forms_text;
  std::string code_text;
  const bool has_forms = brace != std::string_view::npos;
  const bool has_code = bracket != std::string_view::npos;
  Status status = take('{', '}', &forms_text);
  if (status.ok()) status = take('[', ']', &code_text);
  if (!status.ok()) return status;
  if (!Trim(rest).empty()) return Status::Error("unexpected text '" + std::string(Trim(rest)) + "' on the verb line");
  std::vector<std::string_view> words = SplitBlanks(head);
  if (words.empty()) return Status::Error("verb line has no verb");
  if (words.size() > 1) return Status::Error("verb '" + std::string(head) + "' has blanks (join words with '_')");
  verb->text = UpperAscii(words[0]);
  if (has_code) {
    Result<PairedCode> code = ParsePairedCode(code_text);
    if (!code.ok()) return code.status();
    verb->code = code.value().ToString();
  }
  if (has_forms) {
    verb->irregular = true;
    for (std::string_view form : SplitBlanks(forms_text)) verb->forms.push_back(UpperAscii(form));
  } else {
    verb->forms = RegularVerbForms(verb->text, syntax);
  }
  return Status::Ok();
}

void LoadPetrarchVerbs(const SourceFile& file, PatternSyntax syntax, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  const std::string& path = file.path();
  std::optional<VerbFamily> family;
  Synset* synset = nullptr;  // the synset taking '+' members, if any
  auto finish = [&]() {
    if (family) dict->verb_families.push_back(std::move(*family));
    family.reset();
  };
  for (const SourceLine& line : file.Lines(true)) {
    std::string_view raw = line.text;
    if (Trim(raw).empty() || raw[0] == '#') continue;
    const SourceRef where{file_index, line.number};
    std::string note;
    std::string_view content = Trim(StripComment(raw, "#", &note));
    if (content.empty()) continue;
    if (content.substr(0, 3) == "---") {
      finish();
      synset = nullptr;
      VerbFamily next;
      next.syntax = syntax;
      next.note = note;
      next.where = where;
      Status status = ParseBlockHeader(content, &next);
      if (!status.ok()) {
        diagnostics->Error(path, line.number, status.message() + "; block skipped");
        continue;  // its verbs and patterns are reported as orphans below
      }
      family = std::move(next);
      continue;
    }
    if (content[0] == '&') {
      finish();
      Synset next;
      std::string name = UpperAscii(Trim(content.substr(1)));
      if (name.empty() || name.find_first_of(" \t") != std::string::npos) {
        diagnostics->Error(path, line.number, "synset label '" + std::string(content) + "' is not one word; skipped");
        synset = nullptr;
        continue;
      }
      if (name.back() == '_') {
        next.no_plural = true;
        name.pop_back();
      }
      next.name = std::move(name);
      next.syntax = syntax;
      next.where = where;
      dict->synsets.push_back(std::move(next));
      synset = &dict->synsets.back();
      continue;
    }
    if (content[0] == '+' && synset != nullptr && !family) {
      Phrase member = ParsePhrase(content.substr(1));
      if (member.empty()) {
        diagnostics->Error(path, line.number, "empty synset member; skipped");
        continue;
      }
      synset->members.push_back(SynsetMember{std::move(member), where});
      continue;
    }
    synset = nullptr;
    if (content[0] == '~') {
      if (syntax != PatternSyntax::kPetrarch2) {
        diagnostics->Error(path, line.number, "transformations ('~') are PETRARCH-2 only; skipped");
        continue;
      }
      std::string_view body = Trim(content.substr(1));
      size_t equals = body.find('=');
      if (equals == std::string_view::npos) {
        diagnostics->Error(path, line.number, "transformation has no '='; skipped");
        continue;
      }
      dict->transformations.push_back(Transformation{std::string(Trim(body.substr(0, equals))),
                                                     std::string(Trim(body.substr(equals + 1))), note, where});
      continue;
    }
    if (!family) {
      diagnostics->Error(path, line.number, "'" + std::string(content) + "' is outside any verb block; skipped");
      continue;
    }
    if (content[0] == '-') {
      Result<PatternLineParts> parts = SplitPatternLine(raw, false);
      if (!parts.ok()) {
        diagnostics->Error(path, line.number, parts.status().message() + "; pattern skipped");
        continue;
      }
      Result<PairedCode> code = ParsePairedCode(parts.value().code);
      if (!code.ok()) {
        diagnostics->Error(path, line.number, code.status().message() + "; pattern skipped");
        continue;
      }
      Result<VerbPattern> pattern = ParsePatternBody(parts.value().body, syntax);
      if (!pattern.ok()) {
        diagnostics->Error(path, line.number, pattern.status().message() + "; pattern skipped");
        continue;
      }
      pattern.value().code = std::move(code).value();
      pattern.value().note = parts.value().note;
      pattern.value().where = where;
      if (syntax == PatternSyntax::kPetrarch2) {
        // PETRARCH-2 keeps its patterns in a tree keyed by their words, so
        // a later identical pattern replaces an earlier one ("ratified a
        // treaty": [031:031] under APPROVE, then [057] under RATIFY).
        auto same = std::find_if(family->patterns.begin(), family->patterns.end(), [&](const VerbPattern& other) {
          return other.verb_join == pattern.value().verb_join && other.before == pattern.value().before &&
                 other.after == pattern.value().after;
        });
        if (same != family->patterns.end()) {
          *same = std::move(pattern).value();
          continue;
        }
      }
      family->patterns.push_back(std::move(pattern).value());
      continue;
    }
    Verb verb;
    verb.note = note;
    verb.where = where;
    // Verb lines sometimes carry TABARI ';' comments ("SCRAP {...};shan 8/30/93").
    std::string semicolon_note;
    content = Trim(StripComment(content, ";", &semicolon_note));
    if (verb.note.empty()) verb.note = semicolon_note;
    Status status = ParsePetrarchVerbLine(content, syntax, &verb);
    if (!status.ok()) {
      diagnostics->Error(path, line.number, status.message() + "; verb skipped");
      continue;
    }
    family->verbs.push_back(std::move(verb));
  }
  finish();
}

}  // namespace khaldun::dict
