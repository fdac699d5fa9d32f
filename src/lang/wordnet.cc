#include "lang/wordnet.h"

#include "lang/file_util.h"

namespace khaldun {
namespace {

constexpr const char* kPosFile[4] = {"noun", "verb", "adj", "adv"};

// Calls `line_fn(line)` for each line of `text` (without the newline).
template <typename Fn>
void ForEachLine(std::string_view text, Fn line_fn) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    line_fn(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

Result<WordNet> WordNet::Load(const std::string& dir) {
  WordNet wordnet;
  wordnet.lemmas_.Reserve(160000);
  for (int pos = 0; pos < 4; ++pos) {
    Status status = wordnet.LoadIndex(dir + "/index." + kPosFile[pos], static_cast<WordNetPos>(pos));
    if (!status.ok()) return status;
    status = wordnet.LoadExceptions(dir + "/" + kPosFile[pos] + ".exc", static_cast<WordNetPos>(pos));
    if (!status.ok()) return status;
  }
  return wordnet;
}

Status WordNet::LoadIndex(const std::string& path, WordNetPos pos) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  const uint32_t bit = 1u << static_cast<int>(pos);
  size_t line_number = 0;
  bool saw_entry = false;
  ForEachLine(bytes.value(), [&](std::string_view line) {
    ++line_number;
    // The licence header lines start with two spaces; entries with the lemma.
    if (line.empty() || line[0] == ' ') return;
    const size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return;
    uint32_t* mask = lemmas_.Insert(line.substr(0, space), bit);
    *mask |= bit;
    saw_entry = true;
  });
  if (!saw_entry) return Status::Error(path + ": no WordNet index entries");
  return Status::Ok();
}

Status WordNet::LoadExceptions(const std::string& path, WordNetPos pos) {
  Result<std::string> bytes = lang_internal::ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  StringTable& table = exceptions_[static_cast<int>(pos)];
  table.Reserve(8000);
  ForEachLine(bytes.value(), [&](std::string_view line) {
    // "inflected base [base...]": keep the first base, which morphy prefers.
    const size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return;
    std::string_view rest = line.substr(space + 1);
    const size_t end = rest.find(' ');
    std::string_view base = rest.substr(0, end);
    if (base.empty()) return;
    const uint32_t index = static_cast<uint32_t>(bases_.size());
    if (*table.Insert(line.substr(0, space), index) != index) return;  // duplicate
    bases_.emplace_back(static_cast<uint32_t>(base_arena_.size()), static_cast<uint32_t>(base.size()));
    base_arena_.append(base);
  });
  return Status::Ok();
}

std::optional<std::string_view> WordNet::ExceptionBase(std::string_view word, WordNetPos pos) const {
  std::optional<uint32_t> index = exceptions_[static_cast<int>(pos)].Find(word);
  if (!index) return std::nullopt;
  const auto [offset, length] = bases_[*index];
  return std::string_view(base_arena_.data() + offset, length);
}

size_t WordNet::MemoryBytes() const {
  size_t bytes = lemmas_.MemoryBytes() + base_arena_.capacity() + bases_.capacity() * 8;
  for (const StringTable& table : exceptions_) bytes += table.MemoryBytes();
  return bytes;
}

}  // namespace khaldun
