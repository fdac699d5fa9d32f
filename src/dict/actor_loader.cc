#include "dict/actor_loader.h"

#include <map>
#include <optional>

namespace khaldun::dict {

namespace {

constexpr std::string_view kCommentMarkers = "#;";

// Parses "[A] [B C]..." starting at the first '['; appends codes. Returns
// false (after reporting) when the brackets are malformed.
bool ParseCodeGroups(std::string_view text, const SourceRef& where, const std::string& path, uint32_t line,
                     std::vector<DatedCode>* codes, Diagnostics* diagnostics) {
  size_t pos = 0;
  std::vector<DatedCode> parsed;
  while (true) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos >= text.size()) break;
    if (text[pos] != '[') {
      // Phoenix lines that lost their '#': "[MNCMED]<tab>Newspapers/Magazines<tab>$137,000,000".
      diagnostics->Warn(path, line, "text '" + std::string(Trim(text.substr(pos))) +
                                        "' after the code read as a comment (missing '#')");
      break;
    }
    size_t close = text.find(']', pos);
    if (close == std::string_view::npos) {
      diagnostics->Error(path, line, "'[' without ']'; line skipped");
      return false;
    }
    std::string repair;
    Result<DatedCode> code = ParseDatedCode(text.substr(pos + 1, close - pos - 1), &repair);
    if (!repair.empty()) diagnostics->Warn(path, line, repair);
    if (!code.ok()) {
      diagnostics->Error(path, line, code.status().message() + "; line skipped");
      return false;
    }
    code.value().where = where;
    parsed.push_back(std::move(code).value());
    pos = close + 1;
  }
  for (DatedCode& code : parsed) codes->push_back(std::move(code));
  return true;
}

}  // namespace

void LoadActors(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  const std::string& path = file.path();
  std::optional<Actor> current;
  WordList* word_list = nullptr;
  auto finish = [&]() {
    if (!current) return;
    if (current->codes.empty()) {
      diagnostics->Warn(path, current->name.where.line,
                        "actor '" + current->name.phrase.ToString() + "' has no code");
    }
    dict->actors.push_back(std::move(*current));
    current.reset();
  };
  for (const SourceLine& line : file.Lines(true)) {
    std::string note;
    std::string_view content = Trim(StripComment(line.text, kCommentMarkers, &note));
    if (content.empty()) continue;
    if (content.find("---STOP---") != std::string_view::npos || content.substr(0, 8) == "~~FINISH") break;
    const SourceRef where{file_index, line.number};
    if (content[0] == '<') {  // TABARI <NOUN> / <ADJECTIVE> word lists
      const std::string tag = UpperAscii(content);
      finish();
      if (tag == "<NOUN>" || tag == "<ADJECTIVE>") {
        word_list = &dict->GetWordList(tag.substr(1, tag.size() - 2));
      } else if (tag.substr(0, 2) == "</") {
        word_list = nullptr;
      } else {
        diagnostics->Error(path, line.number, "unknown section '" + std::string(content) + "'; ignored");
      }
      continue;
    }
    if (word_list != nullptr) {
      word_list->entries.push_back(WordListEntry{ParsePhrase(content), note, where});
      continue;
    }
    if (content[0] == '[') {  // a (dated) code line, normally indented
      if (!current) {
        diagnostics->Error(path, line.number, "code line before any actor; line skipped");
        continue;
      }
      ParseCodeGroups(content, where, path, line.number, &current->codes, diagnostics);
      continue;
    }
    const bool synonym = content[0] == '+';
    if (synonym) content.remove_prefix(1);
    size_t bracket = content.find('[');
    std::string_view phrase_text = Trim(content.substr(0, bracket));
    Phrase phrase = ParsePhrase(phrase_text);
    if (phrase.empty()) {
      diagnostics->Error(path, line.number, "empty actor phrase; line skipped");
      continue;
    }
    if (synonym) {
      if (!current) {
        diagnostics->Error(path, line.number, "synonym before any actor; line skipped");
        continue;
      }
      current->synonyms.push_back(ActorName{std::move(phrase), note, where});
      if (bracket != std::string_view::npos) {
        diagnostics->Warn(path, line.number, "code on a synonym line applies to the whole actor");
        ParseCodeGroups(content.substr(bracket), where, path, line.number, &current->codes, diagnostics);
      }
      continue;
    }
    finish();
    Actor actor;
    actor.name = ActorName{std::move(phrase), note, where};
    if (bracket != std::string_view::npos &&
        !ParseCodeGroups(content.substr(bracket), where, path, line.number, &actor.codes, diagnostics)) {
      continue;  // reported; the actor and its following lines are skipped
    }
    current = std::move(actor);
  }
  finish();
}

void LoadAgents(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  const std::string& path = file.path();
  std::map<std::string, std::vector<std::string>, std::less<>> markers;
  for (const SourceLine& line : file.Lines(true)) {
    std::string note;
    std::string_view content = Trim(StripComment(line.text, kCommentMarkers, &note));
    if (content.empty()) continue;
    const SourceRef where{file_index, line.number};
    if (content.find('!') != std::string_view::npos && content.find('=') != std::string_view::npos) {
      size_t first = content.find('!');
      size_t second = content.find('!', first + 1);
      size_t equals = content.find('=');
      if (second == std::string_view::npos || equals < second) {
        diagnostics->Error(path, line.number, "substitution marker incorrectly defined; line skipped");
        continue;
      }
      std::vector<std::string>& items = markers[std::string(content.substr(first + 1, second - first - 1))];
      items.clear();
      std::string_view list = content.substr(equals + 1);
      size_t start = 0;
      while (start <= list.size()) {
        size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view item = Trim(list.substr(start, comma - start));
        if (!item.empty()) items.push_back(UpperAscii(item));
        start = comma + 1;
      }
      continue;
    }
    size_t open = content.find('[');
    size_t close = open == std::string_view::npos ? open : content.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      diagnostics->Error(path, line.number, "agent '" + std::string(content) + "' has no [code]; line skipped");
      continue;
    }
    std::string code(Trim(content.substr(open + 1, close - open - 1)));
    Agent agent;
    agent.note = note;
    agent.where = where;
    if (code.size() > 1 && code.front() == '~' && code.find('~', 1) == std::string::npos) {
      agent.placement = AgentPlacement::kAppend;
      agent.code = std::string(Trim(std::string_view(code).substr(1)));
    } else if (code.size() > 1 && code.back() == '~' && code.find('~') == code.size() - 1) {
      agent.placement = AgentPlacement::kPrepend;
      agent.code = std::string(Trim(std::string_view(code).substr(0, code.size() - 1)));
    } else {
      diagnostics->Error(path, line.number, "agent code '" + code + "' needs one '~' before or after it; line skipped");
      continue;
    }
    if (agent.code.find_first_of(" \t[]") != std::string::npos) {
      diagnostics->Error(path, line.number, "agent code '" + code + "' is not a single code; line skipped");
      continue;
    }
    std::string_view text = Trim(content.substr(0, open));
    if (text.find('!') != std::string_view::npos) {
      size_t first = text.find('!');
      size_t second = text.find('!', first + 1);
      if (second == std::string_view::npos) {
        diagnostics->Error(path, line.number, "substitution marker syntax incorrect; line skipped");
        continue;
      }
      auto found = markers.find(text.substr(first + 1, second - first - 1));
      if (found == markers.end()) {
        diagnostics->Error(path, line.number, "substitution marker !" +
                                                  std::string(text.substr(first + 1, second - first - 1)) +
                                                  "! is not defined above; line skipped");
        continue;
      }
      for (const std::string& item : found->second) {
        Agent expanded = agent;
        expanded.phrase = ParsePhrase(std::string(text.substr(0, first)) + item + std::string(text.substr(second + 1)));
        expanded.plural_rule = PluralRule::kNone;
        dict->agents.push_back(std::move(expanded));
      }
      continue;
    }
    size_t brace = text.find('{');
    if (brace != std::string_view::npos) {
      size_t end = text.find('}', brace);
      if (end == std::string_view::npos) {
        diagnostics->Error(path, line.number, "'{' without '}'; line skipped");
        continue;
      }
      Phrase plural = ParsePhrase(text.substr(brace + 1, end - brace - 1));
      agent.plural_rule = plural.empty() ? PluralRule::kNone : PluralRule::kExplicit;
      if (!plural.empty()) agent.plurals.push_back(std::move(plural));
      text = Trim(text.substr(0, brace));
    } else {
      agent.plural_rule = PluralRule::kRegular;
    }
    agent.phrase = ParsePhrase(text);
    if (agent.phrase.empty()) {
      diagnostics->Error(path, line.number, "empty agent phrase; line skipped");
      continue;
    }
    if (agent.plural_rule == PluralRule::kRegular) agent.plurals.push_back(PluralOf(agent.phrase));
    dict->agents.push_back(std::move(agent));
  }
}

Status LoadActorFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadActors(file.value(), dict, diagnostics);
  return Status::Ok();
}

Status LoadAgentFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadAgents(file.value(), dict, diagnostics);
  return Status::Ok();
}

}  // namespace khaldun::dict
