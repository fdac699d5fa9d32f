#include "dict/verb_pattern.h"

namespace khaldun::dict {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

using Kind = PatternToken::Kind;

// Classifies one lexeme ("*" is handled by the callers).
PatternToken MakeToken(std::string_view text, char join) {
  PatternToken token;
  token.join = join;
  if (text == "$") {
    token.kind = Kind::kSource;
  } else if (text == "+") {
    token.kind = Kind::kTarget;
  } else if (text == "%") {
    token.kind = Kind::kCompound;
  } else if (text == "^") {
    token.kind = Kind::kSkip;
  } else if (text.size() > 1 && text[0] == '&') {
    token.kind = Kind::kSynset;
    token.text = UpperAscii(text.substr(1));
  } else {
    token.text = UpperAscii(text);
  }
  return token;
}

std::string TokenText(const PatternToken& token) {
  switch (token.kind) {
    // A stem joined tightly to what follows is written "REAL~_".
    case Kind::kWord: return token.stem && token.join != kJoinGap ? token.text + "~" : token.text;
    case Kind::kSynset: return "&" + token.text;
    case Kind::kSource: return "$";
    case Kind::kTarget: return "+";
    case Kind::kCompound: return "%";
    case Kind::kSkip: return "^";
    case Kind::kAlternatives: return "";
  }
  return "";
}

std::string JoinText(char join, bool last) {
  if (join == kJoinTight) return "_";
  if (join == kJoinExactGap) return last ? "_" : "_ ";
  return last ? "" : " ";
}

// ---- TABARI / PETRARCH-1 ----------------------------------------------------

struct Lexeme {
  std::string_view text;
  char join = kJoinGap;
};

// Splits on blanks and '_' and isolates '{', '|', '}'; each lexeme records
// the separator that follows it.
std::vector<Lexeme> LexTabari(std::string_view body) {
  std::vector<Lexeme> out;
  size_t i = 0;
  const size_t n = body.size();
  auto is_special = [](char c) { return c == '{' || c == '|' || c == '}'; };
  while (i < n) {
    size_t start = i;
    if (is_special(body[i])) {
      ++i;
    } else {
      while (i < n && body[i] != '_' && !IsBlank(body[i]) && !is_special(body[i])) ++i;
    }
    if (i > start) out.push_back({body.substr(start, i - start), kJoinGap});
    bool underscore = false;
    bool blank_after = false;
    while (i < n && (body[i] == '_' || IsBlank(body[i]))) {
      if (body[i] == '_') underscore = true;
      else if (underscore) blank_after = true;
      ++i;
    }
    if (!out.empty() && underscore) out.back().join = (blank_after && i < n) ? kJoinExactGap : kJoinTight;
  }
  return out;
}

// Parses lexemes [*pos, end) into tokens until '|' or '}' (not consumed).
Status ParseTabariSequence(const std::vector<Lexeme>& lex, size_t* pos, std::vector<PatternToken>* out,
                           bool nested) {
  while (*pos < lex.size()) {
    const Lexeme& l = lex[*pos];
    if (l.text == "|" || l.text == "}") {
      if (!nested) return Status::Error("'" + std::string(l.text) + "' outside {...}");
      return Status::Ok();
    }
    if (l.text == "{") {
      ++*pos;
      PatternToken alt;
      alt.kind = Kind::kAlternatives;
      while (true) {
        std::vector<PatternToken> option;
        Status status = ParseTabariSequence(lex, pos, &option, true);
        if (!status.ok()) return status;
        if (*pos >= lex.size()) return Status::Error("'{' without '}'");
        alt.alternatives.push_back(std::move(option));
        if (lex[*pos].text == "}") break;
        ++*pos;  // '|'
      }
      alt.join = lex[*pos].join;
      ++*pos;
      out->push_back(std::move(alt));
      continue;
    }
    if (l.text == "*") return Status::Ok();  // caller handles the verb
    out->push_back(MakeToken(l.text, l.join));
    ++*pos;
  }
  return Status::Ok();
}

Result<VerbPattern> ParseTabari(std::string_view body) {
  std::vector<Lexeme> lex = LexTabari(body);
  VerbPattern pattern;
  size_t pos = 0;
  Status status = ParseTabariSequence(lex, &pos, &pattern.before, false);
  if (!status.ok()) return status;
  if (pos >= lex.size()) return Status::Error("pattern has no '*' (verb position)");
  pattern.verb_join = lex[pos].join;
  ++pos;
  status = ParseTabariSequence(lex, &pos, &pattern.after, false);
  if (!status.ok()) return status;
  if (pos < lex.size()) return Status::Error("pattern has more than one '*'");
  return pattern;
}

void RenderTabariSequence(const std::vector<PatternToken>& tokens, bool last_in_context, std::string* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const PatternToken& token = tokens[i];
    const bool last = last_in_context && i + 1 == tokens.size();
    if (token.kind == Kind::kAlternatives) {
      *out += "{ ";
      for (size_t a = 0; a < token.alternatives.size(); ++a) {
        if (a > 0) *out += "| ";
        RenderTabariSequence(token.alternatives[a], false, out);
      }
      *out += "}";
    } else {
      *out += TokenText(token);
    }
    *out += JoinText(token.join, last);
  }
}

// ---- PETRARCH-2 -------------------------------------------------------------

Result<VerbPattern> ParsePetrarch2(std::string_view text) {
  // PETRARCH-2 splits the pattern at '*' wherever it is ("*SCEPTICAL", "SPY_*_DEAL").
  std::string body;
  for (char c : text) {
    if (c == '*') body += " * ";
    else body += c;
  }
  VerbPattern pattern;
  std::vector<PatternToken>* side = &pattern.before;
  bool seen_verb = false;
  uint16_t next_group = 1;
  uint16_t prep = 0;
  uint16_t noun = 0;
  for (std::string_view chunk : SplitBlanks(body)) {
    size_t begin = 0;
    while (begin < chunk.size() && (chunk[begin] == '(' || chunk[begin] == '{')) {
      if (chunk[begin] == '(') {
        if (prep != 0) return Status::Error("nested '('");
        prep = next_group++;
      } else {
        if (noun != 0) return Status::Error("nested '{'");
        noun = next_group++;
      }
      ++begin;
    }
    size_t end = chunk.size();
    int close_prep = 0;
    int close_noun = 0;
    while (end > begin && (chunk[end - 1] == ')' || chunk[end - 1] == '}')) {
      (chunk[end - 1] == ')' ? close_prep : close_noun)++;
      --end;
    }
    std::string_view core = chunk.substr(begin, end - begin);
    if (core == "*") {
      if (seen_verb) return Status::Error("pattern has more than one '*'");
      if (prep != 0 || noun != 0 || close_prep > 0 || close_noun > 0) return Status::Error("'*' inside a phrase");
      seen_verb = true;
      side = &pattern.after;
      continue;
    }
    // Words joined by '_' inside a chunk are consecutive.
    Phrase parts = ParsePhrase(core);
    if (parts.empty() && begin == 0 && end == chunk.size()) {
      return Status::Error("empty phrase '" + std::string(chunk) + "'");
    }
    size_t k = 0;
    for (size_t w = 0; w < core.size();) {
      size_t start = w;
      while (w < core.size() && core[w] != '_') ++w;
      if (w > start) {
        PatternToken token = MakeToken(core.substr(start, w - start), kJoinGap);
        token.join = k < parts.joins.size() ? parts.joins[k] : kJoinGap;
        token.prep_group = prep;
        token.noun_group = noun;
        side->push_back(std::move(token));
        ++k;
      }
      while (w < core.size() && core[w] == '_') ++w;
    }
    if (close_noun > 1 || close_prep > 1) return Status::Error("too many closing brackets in '" + std::string(chunk) + "'");
    if (close_noun > 0) {
      if (noun == 0) return Status::Error("'}' without '{'");
      noun = 0;
    }
    if (close_prep > 0) {
      if (prep == 0) return Status::Error("')' without '('");
      if (noun != 0) return Status::Error("')' inside an open '{'");
      prep = 0;
    }
  }
  if (prep != 0) return Status::Error("'(' without ')'");
  if (noun != 0) return Status::Error("'{' without '}'");
  if (!seen_verb) return Status::Error("pattern has no '*' (verb position)");
  return pattern;
}

// Renders tokens of one side, opening and closing groups around them.
void RenderPetrarch2Side(const std::vector<PatternToken>& tokens, std::string* out) {
  uint16_t prep = 0;
  uint16_t noun = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const PatternToken& token = tokens[i];
    if (i > 0) {
      if (token.noun_group != noun && noun != 0) {
        *out += '}';
        noun = 0;
      }
      if (token.prep_group != prep && prep != 0) {
        *out += ')';
        prep = 0;
      }
      *out += tokens[i - 1].join == kJoinTight ? "_" : " ";
    }
    if (token.prep_group != prep) {
      *out += '(';
      prep = token.prep_group;
    }
    if (token.noun_group != noun) {
      *out += '{';
      noun = token.noun_group;
    }
    *out += TokenText(token);
    const bool last = i + 1 == tokens.size();
    if (token.join == kJoinExactGap || (last && token.join == kJoinTight)) *out += '_';
  }
  if (noun != 0) *out += '}';
  if (prep != 0) *out += ')';
}

}  // namespace

const char* PatternSyntaxName(PatternSyntax syntax) {
  switch (syntax) {
    case PatternSyntax::kTabari: return "tabari";
    case PatternSyntax::kPetrarch1: return "petrarch1";
    case PatternSyntax::kPetrarch2: return "petrarch2";
  }
  return "?";
}

bool ParsePatternSyntax(std::string_view name, PatternSyntax* out) {
  for (PatternSyntax s : {PatternSyntax::kTabari, PatternSyntax::kPetrarch1, PatternSyntax::kPetrarch2}) {
    if (name == PatternSyntaxName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

std::string PairedCode::ToString() const { return has_pair ? primary + ":" + paired : primary; }

Result<PairedCode> ParsePairedCode(std::string_view inside) {
  inside = Trim(inside);
  if (inside.empty()) return Status::Error("empty code '[]'");
  for (char c : inside) {
    if (IsBlank(c) || c == '[' || c == ']') return Status::Error("code '" + std::string(inside) + "' is not a single code");
  }
  PairedCode code;
  size_t colon = inside.find(':');
  if (colon == std::string_view::npos) {
    code.primary = std::string(inside);
    return code;
  }
  code.has_pair = true;
  code.primary = std::string(inside.substr(0, colon));
  code.paired = std::string(inside.substr(colon + 1));
  if (code.paired.find(':') != std::string::npos) return Status::Error("code '" + std::string(inside) + "' has two ':'");
  return code;
}

bool VerbPattern::Find(PatternToken::Kind kind, bool* in_before, size_t* index) const {
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i].kind == kind) {
      *in_before = true;
      *index = i;
      return true;
    }
  }
  for (size_t i = 0; i < after.size(); ++i) {
    if (after[i].kind == kind) {
      *in_before = false;
      *index = i;
      return true;
    }
  }
  return false;
}

namespace {

// TABARI matches a dictionary word as a stem unless a '_' closes it
// ("REVOLUTION" meets "revolutionary", "REVOLUTION_" only itself); "~_"
// joins a stem tightly to what follows ("REAL~_PLEASANT" is "really
// pleasant" or "real pleasant"). PETRARCH-1 reads the same syntax but
// matches whole words.
void MarkTabariStems(std::vector<PatternToken>* tokens) {
  for (PatternToken& token : *tokens) {
    if (token.kind == Kind::kWord && token.text.size() > 1 && token.text.back() == '~') {
      token.text.pop_back();
      token.stem = true;
      continue;
    }
    token.stem = token.kind == Kind::kWord && token.join == kJoinGap;
    token.exact = token.kind == Kind::kWord && !token.stem;
    for (std::vector<PatternToken>& alternative : token.alternatives) MarkTabariStems(&alternative);
  }
}

// PETRARCH-1 compares a pattern word with the text word as written, not
// with its lemma: "RESOLUTION" is not "resolutions".
void MarkWholeWords(std::vector<PatternToken>* tokens) {
  for (PatternToken& token : *tokens) {
    token.exact = token.kind == Kind::kWord;
    for (std::vector<PatternToken>& alternative : token.alternatives) MarkWholeWords(&alternative);
  }
}

}  // namespace

Result<VerbPattern> ParsePatternBody(std::string_view body, PatternSyntax syntax) {
  body = Trim(body);
  if (syntax == PatternSyntax::kPetrarch2) return ParsePetrarch2(body);
  Result<VerbPattern> pattern = ParseTabari(body);
  if (pattern.ok() && syntax == PatternSyntax::kTabari) {
    MarkTabariStems(&pattern.value().before);
    MarkTabariStems(&pattern.value().after);
  }
  if (pattern.ok() && syntax == PatternSyntax::kPetrarch1) {
    MarkWholeWords(&pattern.value().before);
    MarkWholeWords(&pattern.value().after);
  }
  return pattern;
}

std::string RenderPatternBody(const VerbPattern& pattern, PatternSyntax syntax) {
  std::string out;
  if (syntax == PatternSyntax::kPetrarch2) {
    RenderPetrarch2Side(pattern.before, &out);
    if (!out.empty()) out += ' ';
    out += '*';
    if (!pattern.after.empty()) {
      out += ' ';
      RenderPetrarch2Side(pattern.after, &out);
    }
    return out;
  }
  RenderTabariSequence(pattern.before, false, &out);
  out += '*';
  out += JoinText(pattern.verb_join, pattern.after.empty());
  RenderTabariSequence(pattern.after, true, &out);
  return out;
}

Result<PatternLineParts> SplitPatternLine(std::string_view line, bool semicolon_comments) {
  line = Trim(line);
  if (!line.empty() && line[0] == '-') line.remove_prefix(1);
  // The comment starts at the first marker outside brackets.
  size_t comment = std::string_view::npos;
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (depth == 0 && (c == '#' || (semicolon_comments && c == ';'))) {
      comment = i;
      break;
    }
  }
  PatternLineParts parts;
  std::string_view main = line.substr(0, comment);
  if (comment != std::string_view::npos) {
    std::string_view note = line.substr(comment);
    while (!note.empty() && (note[0] == '#' || note[0] == ';')) note.remove_prefix(1);
    parts.note = std::string(Trim(note));
  }
  main = Trim(main);
  size_t open = main.rfind('[');
  if (open == std::string_view::npos) return Status::Error("pattern has no [code]");
  size_t close = main.find(']', open);
  if (close == std::string_view::npos) return Status::Error("pattern code has no ']'");
  std::string_view trailing = Trim(main.substr(close + 1));
  if (!trailing.empty()) return Status::Error("text '" + std::string(trailing) + "' after the pattern's code");
  parts.code = std::string(Trim(main.substr(open + 1, close - open - 1)));
  parts.body = std::string(Trim(main.substr(0, open)));
  return parts;
}

}  // namespace khaldun::dict
