#include "lang/lexicon.h"

#include <simdjson.h>

#include "lang/file_util.h"

namespace khaldun {
namespace {

// en-lexicon uses a few non-Penn tags; map them to their Penn equivalents.
std::optional<PosTag> MapLexiconTag(std::string_view name) {
  if (auto tag = ParsePosTag(name)) return tag;
  if (name == "NP") return PosTag::kNNP;
  if (name == "NPS") return PosTag::kNNPS;
  if (name == "EM") return PosTag::kSYM;  // emoji
  if (name == "PRP$R") return PosTag::kPRPS;
  if (name == "JJSS") return PosTag::kJJS;
  if (name == "(") return PosTag::kLRB;
  if (name == ")") return PosTag::kRRB;
  if (name == ";") return PosTag::kColon;
  // '"' (a quote of either side) is decided by the tokeniser's `` and ''.
  return std::nullopt;
}

// The candidates of a tag list ("NN|VB"), in order; count 0 if none is usable.
LexEntry ParseTagList(std::string_view tags) {
  LexEntry entry;
  size_t start = 0;
  while (start <= tags.size()) {
    size_t bar = tags.find('|', start);
    if (bar == std::string_view::npos) bar = tags.size();
    std::optional<PosTag> tag = MapLexiconTag(tags.substr(start, bar - start));
    if (tag && !entry.Has(*tag) && entry.count < LexEntry::kMaxTags) {
      entry.tags[entry.count++] = *tag;
      entry.set |= TagBit(*tag);
    }
    start = bar + 1;
  }
  return entry;
}

}  // namespace

bool Lexicon::Add(std::string_view word, std::string_view tags) {
  uint32_t index = static_cast<uint32_t>(entries_.size());
  uint32_t* existing = tag_lists_.Insert(tags, index);
  if (existing != nullptr && *existing != index) {
    words_.Insert(word, *existing);
    return true;
  }
  const LexEntry entry = ParseTagList(tags);
  if (entry.count == 0) {
    // Remember the list maps to nothing usable: point it at no entry.
    if (existing != nullptr) *existing = UINT32_MAX;
    return false;
  }
  entries_.push_back(entry);
  words_.Insert(word, index);
  return true;
}

Result<Lexicon> Lexicon::LoadEnLexicon(const std::string& path) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& text = bytes.value();
  // The file is `var lexicon = { ... };` plus CommonJS glue: take the braces.
  const size_t open = text.find("var lexicon = {");
  const size_t close = text.rfind("};");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return Status::Error(path + ": not an en-lexicon lexicon.js (no 'var lexicon = {...};')");
  }
  const size_t begin = text.find('{', open);
  simdjson::padded_string json(text.data() + begin, close + 1 - begin);
  simdjson::ondemand::parser parser;
  Lexicon lexicon;
  lexicon.words_.Reserve(120000);
  lexicon.tag_lists_.Reserve(4096);
  simdjson::ondemand::document doc;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS) {
    return Status::Error(path + ": cannot parse the lexicon object");
  }
  simdjson::ondemand::object object;
  if (doc.get_object().get(object) != simdjson::SUCCESS) {
    return Status::Error(path + ": the lexicon is not an object");
  }
  for (auto field : object) {
    std::string_view word;
    std::string_view tags;
    if (field.unescaped_key().get(word) != simdjson::SUCCESS ||
        field.value().get_string().get(tags) != simdjson::SUCCESS) {
      return Status::Error(path + ": malformed entry after " +
                           std::to_string(lexicon.size()) + " words");
    }
    // unescaped_key's view is invalidated by the next call: Add copies it.
    lexicon.Add(word, tags);
  }
  lexicon.tag_lists_ = StringTable();  // only needed while loading
  return lexicon;
}

Result<Lexicon> Lexicon::FromPairs(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  Lexicon lexicon;
  for (const auto& [word, tags] : pairs) {
    if (!lexicon.Add(word, tags)) {
      return Status::Error("lexicon entry '" + word + "': no Penn Treebank tag in '" + tags + "'");
    }
  }
  lexicon.tag_lists_ = StringTable();
  return lexicon;
}

Status Lexicon::ApplyCorrections(const std::string& path) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& text = bytes.value();
  size_t line_number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_number);
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) return Status::Error(where + ": expected word<TAB>tags<TAB>why");
    const size_t second = line.find('\t', tab + 1);
    const std::string_view tags =
        line.substr(tab + 1, second == std::string_view::npos ? std::string_view::npos : second - tab - 1);
    const LexEntry entry = ParseTagList(tags);
    if (entry.count == 0) return Status::Error(where + ": no Penn Treebank tag in '" + std::string(tags) + "'");
    // A new entry of its own, and the word pointed at it (Insert keeps a
    // word's first value: overwrite it).
    const uint32_t index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(entry);
    *words_.Insert(line.substr(0, tab), index) = index;
  }
  return Status::Ok();
}

const LexEntry* Lexicon::Find(std::string_view word) const {
  std::optional<uint32_t> index = words_.Find(word);
  if (!index || *index >= entries_.size()) return nullptr;
  return &entries_[*index];
}

}  // namespace khaldun
