#include "dict/source_file.h"

#include <cerrno>
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

// markers.find(c) without the library call: this runs for every byte of
// every dictionary line at start-up, and `markers` is a character or two.
bool IsMarker(std::string_view markers, char c) {
  for (char marker : markers) {
    if (c == marker) return true;
  }
  return false;
}

}  // namespace

std::string_view StripComment(std::string_view line, std::string_view markers, std::string* note) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (depth == 0 && IsMarker(markers, c)) {
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
