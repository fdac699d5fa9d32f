// Reading a dictionary file as numbered lines (an implementation helper
// shared by the loaders).
#ifndef KHALDUN_DICT_SOURCE_FILE_H_
#define KHALDUN_DICT_SOURCE_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace khaldun::dict {

struct SourceLine {
  uint32_t number = 0;    // 1-based
  std::string_view text;  // without the line break (and without a '\r')
};

class SourceFile {
 public:
  // Reads the whole file. Fails with "path: cannot read ..." when it cannot.
  static Result<SourceFile> Read(const std::string& path);
  // Wraps text already in memory (tests, stdin).
  static SourceFile FromText(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // All lines, in order. With skip_xml_comments, lines inside "<!-- ... -->"
  // blocks (and lines starting with "<!") are left out.
  std::vector<SourceLine> Lines(bool skip_xml_comments) const;

 private:
  std::string path_;
  std::string text_;
};

// Splits `line` at the first comment marker (any char of `markers`) that is
// outside [...] brackets: returns the part before, and sets *note to the
// trimmed text after the marker(s).
std::string_view StripComment(std::string_view line, std::string_view markers, std::string* note);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_SOURCE_FILE_H_
