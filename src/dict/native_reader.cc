#include "dict/native_format.h"

namespace khaldun::dict {

namespace {

// Splits "keyword rest" at the first blank.
std::pair<std::string_view, std::string_view> Keyword(std::string_view line) {
  size_t blank = line.find(' ');
  if (blank == std::string_view::npos) return {line, {}};
  return {line.substr(0, blank), Trim(line.substr(blank + 1))};
}

// "[CODE] rest" -> CODE and rest; false when there is no leading bracket.
bool LeadingCode(std::string_view text, std::string* code, std::string_view* rest) {
  if (text.empty() || text[0] != '[') return false;
  size_t close = text.find(']');
  if (close == std::string_view::npos) return false;
  *code = std::string(text.substr(1, close - 1));
  *rest = Trim(text.substr(close + 1));
  return true;
}

class NativeReader {
 public:
  NativeReader(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics)
      : file_(file), dict_(dict), diagnostics_(diagnostics), file_index_(dict->AddFile(file.path())) {}

  void Run() {
    bool seen_magic = false;
    for (const SourceLine& line : file_.Lines(false)) {
      std::string_view text = line.text;
      std::string_view trimmed = Trim(text);
      if (trimmed.empty() || trimmed[0] == '#') continue;
      line_ = line.number;
      if (!seen_magic) {
        if (trimmed != kNativeMagic) {
          Error("not a Khaldun dictionary: the first line must be '" + std::string(kNativeMagic) + "'");
          return;
        }
        seen_magic = true;
        continue;
      }
      const bool indented = text[0] == ' ' || text[0] == '\t';
      auto [keyword, rest] = Keyword(trimmed);
      if (keyword == "note") {
        if (note_ == nullptr) Error("'note' follows nothing it could annotate; skipped");
        else *note_ = std::string(rest);
        continue;
      }
      if (indented) {
        Sub(keyword, rest);
      } else {
        Top(keyword, rest);
      }
    }
    if (!seen_magic) Error("empty file: no '" + std::string(kNativeMagic) + "' line");
  }

 private:
  enum class Context { kNone, kActor, kAgent, kSynset, kFamily };

  SourceRef Where() const { return SourceRef{file_index_, line_}; }
  void Error(const std::string& message) { diagnostics_->Error(file_.path(), line_, message); }

  bool NeedPhrase(std::string_view text, Phrase* phrase) {
    *phrase = ParsePhrase(text);
    if (phrase->empty()) Error("missing phrase; skipped");
    return !phrase->empty();
  }

  void Top(std::string_view keyword, std::string_view rest) {
    context_ = Context::kNone;
    note_ = nullptr;
    if (keyword == "actor") {
      Actor actor;
      if (!NeedPhrase(rest, &actor.name.phrase)) return;
      actor.name.where = Where();
      dict_->actors.push_back(std::move(actor));
      context_ = Context::kActor;
      note_ = &dict_->actors.back().name.note;
    } else if (keyword == "agent") {
      auto [code, phrase_text] = Keyword(rest);
      Agent agent;
      if (code.size() > 1 && code.front() == '~') {
        agent.code = std::string(code.substr(1));
      } else if (code.size() > 1 && code.back() == '~') {
        agent.code = std::string(code.substr(0, code.size() - 1));
        agent.placement = AgentPlacement::kPrepend;
      } else {
        Error("agent code '" + std::string(code) + "' needs a '~' before or after it; skipped");
        return;
      }
      if (!NeedPhrase(phrase_text, &agent.phrase)) return;
      agent.plurals.push_back(PluralOf(agent.phrase));
      agent.where = Where();
      dict_->agents.push_back(std::move(agent));
      context_ = Context::kAgent;
      note_ = &dict_->agents.back().note;
    } else if (keyword == "synset") {
      std::vector<std::string_view> parts = SplitBlanks(rest);
      Synset synset;
      if (parts.size() < 2 || parts.size() > 3 || !ParsePatternSyntax(parts[1], &synset.syntax) ||
          (parts.size() == 3 && parts[2] != "no-plural")) {
        Error("expected 'synset NAME SYNTAX [no-plural]'; skipped");
        return;
      }
      synset.name = std::string(parts[0]);
      synset.no_plural = parts.size() == 3;
      synset.where = Where();
      dict_->synsets.push_back(std::move(synset));
      context_ = Context::kSynset;
    } else if (keyword == "verbs") {
      size_t open = rest.rfind('[');
      size_t close = open == std::string_view::npos ? open : rest.find(']', open);
      VerbFamily family;
      if (close == std::string_view::npos || !ParsePatternSyntax(Trim(rest.substr(close + 1)), &family.syntax)) {
        Error("expected 'verbs NAME [CODE] SYNTAX'; skipped");
        return;
      }
      family.name = std::string(Trim(rest.substr(0, open)));
      family.code = std::string(rest.substr(open + 1, close - open - 1));
      family.where = Where();
      dict_->verb_families.push_back(std::move(family));
      context_ = Context::kFamily;
      note_ = &dict_->verb_families.back().note;
    } else if (keyword == "transformation") {
      size_t equals = rest.find('=');
      if (equals == std::string_view::npos) {
        Error("transformation has no '='; skipped");
        return;
      }
      dict_->transformations.push_back(Transformation{std::string(Trim(rest.substr(0, equals))),
                                                      std::string(Trim(rest.substr(equals + 1))), "", Where()});
      note_ = &dict_->transformations.back().note;
    } else if (keyword == "discard" || keyword == "discard-story") {
      Discard discard;
      if (!NeedPhrase(rest, &discard.phrase)) return;
      discard.story = keyword == "discard-story";
      discard.where = Where();
      dict_->discards.push_back(std::move(discard));
      note_ = &dict_->discards.back().note;
    } else if (keyword == "issue-category") {
      category_ = std::string(rest);
    } else if (keyword == "issue" || keyword == "issue-ignore" || keyword == "issue-ignore-story") {
      Issue issue;
      issue.category = category_;
      issue.where = Where();
      std::string_view text = rest;
      if (keyword == "issue") {
        if (!LeadingCode(rest, &issue.code, &text)) {
          Error("expected 'issue [CODE] TEXT'; skipped");
          return;
        }
      } else {
        issue.kind = keyword == "issue-ignore" ? Issue::Kind::kIgnoreSentence : Issue::Kind::kIgnoreStory;
      }
      issue.text = UpperAscii(text);
      issue.forms = ExpandIssueText(issue.text);
      if (issue.forms.empty()) {
        Error("issue has no text; skipped");
        return;
      }
      dict_->issues.push_back(std::move(issue));
      note_ = &dict_->issues.back().note;
    } else if (keyword == "option") {
      size_t colon = rest.find(':');
      if (colon == std::string_view::npos) {
        Error("expected 'option COMMAND: value'; skipped");
        return;
      }
      dict_->options.push_back(OptionLine{std::string(Trim(rest.substr(0, colon))),
                                          std::string(Trim(rest.substr(colon + 1))), Where()});
    } else if (keyword == "word") {
      auto [list, phrase_text] = Keyword(rest);
      WordListEntry entry;
      if (list.empty() || !NeedPhrase(phrase_text, &entry.phrase)) return;
      entry.where = Where();
      WordList& words = dict_->GetWordList(list);
      words.entries.push_back(std::move(entry));
      note_ = &words.entries.back().note;
    } else {
      Error("unknown keyword '" + std::string(keyword) + "'; line skipped");
    }
  }

  void Sub(std::string_view keyword, std::string_view rest) {
    note_ = nullptr;
    if (context_ == Context::kActor) {
      Actor& actor = dict_->actors.back();
      if (keyword == "stems" && rest.empty()) {
        actor.stems = true;
        return;
      }
      if (keyword == "alias") {
        ActorName name;
        if (!NeedPhrase(rest, &name.phrase)) return;
        name.where = Where();
        actor.synonyms.push_back(std::move(name));
        note_ = &actor.synonyms.back().note;
        return;
      }
      if (keyword == "code") {
        Result<DatedCode> code = ParseDatedCode(rest);
        if (!code.ok()) {
          Error(code.status().message() + "; skipped");
          return;
        }
        code.value().where = Where();
        actor.codes.push_back(std::move(code).value());
        return;
      }
    } else if (context_ == Context::kAgent) {
      Agent& agent = dict_->agents.back();
      if (keyword == "no-plural" && rest.empty()) {
        agent.plural_rule = PluralRule::kNone;
        agent.plurals.clear();
        return;
      }
      if (keyword == "plural") {
        Phrase plural;
        if (!NeedPhrase(rest, &plural)) return;
        if (agent.plural_rule != PluralRule::kExplicit) agent.plurals.clear();
        agent.plural_rule = PluralRule::kExplicit;
        agent.plurals.push_back(std::move(plural));
        return;
      }
    } else if (context_ == Context::kSynset) {
      if (keyword == "member") {
        SynsetMember member;
        if (!NeedPhrase(rest, &member.phrase)) return;
        member.where = Where();
        dict_->synsets.back().members.push_back(std::move(member));
        return;
      }
    } else if (context_ == Context::kFamily) {
      VerbFamily& family = dict_->verb_families.back();
      if (keyword == "section") {
        family.section = std::string(rest);
        return;
      }
      if (keyword == "verb") {
        AddVerb(family, rest);
        return;
      }
      if (keyword == "pattern") {
        AddPattern(family, rest);
        return;
      }
    }
    Error("unexpected '" + std::string(keyword) + "' here; line skipped");
  }

  void AddVerb(VerbFamily& family, std::string_view rest) {
    Verb verb;
    verb.where = Where();
    size_t stop = rest.find_first_of("{[");
    verb.text = std::string(Trim(rest.substr(0, stop)));
    if (verb.text.empty()) {
      Error("verb has no text; skipped");
      return;
    }
    std::string_view tail = stop == std::string_view::npos ? std::string_view() : rest.substr(stop);
    if (!tail.empty() && tail[0] == '{') {
      size_t close = tail.find('}');
      if (close == std::string_view::npos) {
        Error("'{' without '}'; skipped");
        return;
      }
      verb.irregular = true;
      for (std::string_view form : SplitBlanks(tail.substr(1, close - 1))) verb.forms.emplace_back(form);
      tail = Trim(tail.substr(close + 1));
    } else {
      verb.forms = RegularVerbForms(verb.text, family.syntax);
    }
    if (!tail.empty()) {
      std::string_view after;
      if (!LeadingCode(tail, &verb.code, &after) || !after.empty()) {
        Error("unexpected text '" + std::string(tail) + "' after the verb; skipped");
        return;
      }
    }
    family.verbs.push_back(std::move(verb));
    note_ = &family.verbs.back().note;
  }

  void AddPattern(VerbFamily& family, std::string_view rest) {
    std::string code_text;
    std::string_view body;
    if (!LeadingCode(rest, &code_text, &body)) {
      Error("expected 'pattern [CODE] BODY'; skipped");
      return;
    }
    Result<PairedCode> code = ParsePairedCode(code_text);
    if (!code.ok()) {
      Error(code.status().message() + "; skipped");
      return;
    }
    Result<VerbPattern> pattern = ParsePatternBody(body, family.syntax);
    if (!pattern.ok()) {
      Error(pattern.status().message() + "; skipped");
      return;
    }
    pattern.value().code = std::move(code).value();
    pattern.value().where = Where();
    family.patterns.push_back(std::move(pattern).value());
    note_ = &family.patterns.back().note;
  }

  const SourceFile& file_;
  Dictionary* dict_;
  Diagnostics* diagnostics_;
  uint32_t file_index_;
  uint32_t line_ = 0;
  Context context_ = Context::kNone;
  std::string* note_ = nullptr;
  std::string category_;
};

}  // namespace

bool LooksNative(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    return line == kNativeMagic;
  }
  return false;
}

void ReadNative(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  NativeReader(file, dict, diagnostics).Run();
}

Status LoadNativeFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  ReadNative(file.value(), dict, diagnostics);
  return Status::Ok();
}

}  // namespace khaldun::dict
