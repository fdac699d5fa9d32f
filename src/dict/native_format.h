// Khaldun's native dictionary format: one entry per line, a keyword first,
// sub-lines indented by two spaces, '#' comment lines, no inline comments.
// Readable, diff-friendly, and able to hold everything the model holds, so
// that Write(Read(Write(d))) == Write(d) and Read(Write(d)) == d.
// The format is documented in docs/dictionary-format.md.
#ifndef KHALDUN_DICT_NATIVE_FORMAT_H_
#define KHALDUN_DICT_NATIVE_FORMAT_H_

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/source_file.h"

namespace khaldun::dict {

// The first line of every native file.
inline constexpr std::string_view kNativeMagic = "khaldun-dictionary 1";

// True when `text` starts (after blank and '#' lines) with kNativeMagic.
bool LooksNative(std::string_view text);

// The whole dictionary in native format. Deterministic: entries in model
// order, sections in a fixed order. Provenance (file:line) is not written.
std::string WriteNative(const Dictionary& dict);
// Writes WriteNative(dict) to `path`; fails with the path and the reason.
Status WriteNativeFile(const Dictionary& dict, const std::string& path);

// Appends the entries of a native file to `dict`. Unknown keywords and bad
// lines are reported (file:line) and skipped.
void ReadNative(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics);
Status LoadNativeFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_NATIVE_FORMAT_H_
