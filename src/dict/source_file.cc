#include "dict/source_file.h"

#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "dict/phrase.h"

namespace khaldun::dict {

Result<SourceFile> SourceFile::Read(const std::string& path) {
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::Error(path + ": cannot read: " + std::strerror(errno));
  std::string text;
  char buffer[1 << 16];
  size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return Status::Error(path + ": read error");
  return FromText(path, std::move(text));
}

SourceFile SourceFile::FromText(std::string path, std::string text) {
  SourceFile file;
  file.path_ = std::move(path);
  file.text_ = std::move(text);
  return file;
}

std::vector<SourceLine> SourceFile::Lines(bool skip_xml_comments) const {
  std::vector<SourceLine> lines;
  std::string_view all = text_;
  uint32_t number = 0;
  bool in_comment = false;
  size_t pos = 0;
  while (pos < all.size()) {
    size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    ++number;
    if (skip_xml_comments) {
      if (in_comment) {
        if (line.find("-->") != std::string_view::npos) in_comment = false;
        continue;
      }
      std::string_view trimmed = Trim(line);
      if (trimmed.substr(0, 2) == "<!") {
        if (trimmed.substr(0, 4) == "<!--" && trimmed.find("-->") == std::string_view::npos) in_comment = true;
        continue;
      }
    }
    lines.push_back({number, line});
  }
  return lines;
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;

// Bits 0x80 set in the bytes of `word` equal to `c` (and perhaps in bytes
// above one that is: only the lowest set bit is exact).
uint64_t BytesEqual(uint64_t word, unsigned char c) {
  const uint64_t x = word ^ (kOnes * c);
  return (x - kOnes) & ~x & (kOnes * 0x80);
}

// Where the first '[', ']' or marker byte at or after `from` is, or
// line.size(). Eight bytes at a time: this runs over every byte of every
// dictionary line at start-up, and most bytes are none of these.
size_t NextSpecial(std::string_view line, std::string_view markers, size_t from) {
  size_t i = from;
  for (; i + 8 <= line.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, line.data() + i, 8);
    uint64_t found = BytesEqual(word, '[') | BytesEqual(word, ']');
    for (char marker : markers) found |= BytesEqual(word, static_cast<unsigned char>(marker));
    if (found != 0) return i + static_cast<size_t>(std::countr_zero(found)) / 8;
  }
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[' || c == ']') return i;
    for (char marker : markers) {
      if (c == marker) return i;
    }
  }
  return line.size();
}

}  // namespace

std::string_view StripComment(std::string_view line, std::string_view markers, std::string* note) {
  int depth = 0;
  for (size_t i = NextSpecial(line, markers, 0); i < line.size(); i = NextSpecial(line, markers, i + 1)) {
    const char c = line[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (depth == 0) {  // a marker (NextSpecial stops at nothing else)
      if (note != nullptr) {
        std::string_view rest = line.substr(i);
        while (!rest.empty() && markers.find(rest[0]) != std::string_view::npos) rest.remove_prefix(1);
        *note = std::string(Trim(rest));
      }
      return line.substr(0, i);
    }
  }
  if (note != nullptr) note->clear();
  return line;
}

}  // namespace khaldun::dict
