#include "ingest/utf8.h"

#include <simdjson.h>

namespace khaldun {
namespace {

// Windows-1252 code points for bytes 0x80-0x9F (0 = undefined there).
constexpr uint16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = s.size();
  auto cont = [&](size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

}  // namespace

bool LooksBinary(std::string_view head) {
  // Signatures of the binary files most often dropped into a news folder.
  for (std::string_view magic : {std::string_view("%PDF"), std::string_view("PK\x03\x04"),
                                 std::string_view("\x7F" "ELF"), std::string_view("\x89PNG"),
                                 std::string_view("GIF8"), std::string_view("\xFF\xD8\xFF"),
                                 std::string_view("\x1F\x8B"), std::string_view("SQLite format")}) {
    if (head.substr(0, magic.size()) == magic) return true;
  }
  size_t nul = 0, control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) ++nul;
    else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  // A stray NUL in text is repaired; many of them mean binary data.
  return nul * 100 > head.size() || (head.size() >= 64 && (nul + control) * 10 > head.size());
}

bool IsValidUtf8(std::string_view text) {
  return simdjson::validate_utf8(text.data(), text.size());
}

std::string RepairUtf8(std::string_view text, Utf8Repair* repair, uint64_t first_line) {
  *repair = Utf8Repair();
  bool has_nul = text.find('\0') != std::string_view::npos;
  if (!has_nul && IsValidUtf8(text)) return std::string(text);

  // Decide between Windows-1252 and U+FFFD repair.
  bool any_valid_multibyte = false;
  for (size_t i = 0; i < text.size();) {
    size_t length = ValidSequenceLength(text, i);
    if (length > 1) {
      any_valid_multibyte = true;
      break;
    }
    i += length == 0 ? 1 : length;
  }

  std::string out;
  out.reserve(text.size() + 16);
  uint64_t line = first_line;
  auto note = [&]() {
    if (repair->first_bad_line == 0) repair->first_bad_line = line;
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line;
    if (c == 0) {
      ++repair->nul_bytes;
      note();
      ++i;
      continue;
    }
    size_t length = ValidSequenceLength(text, i);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    ++repair->invalid_sequences;
    note();
    if (!any_valid_multibyte) {
      repair->decoded_as_windows1252 = true;
      uint32_t cp = c >= 0xA0 ? c : kWindows1252High[c - 0x80];
      AppendUtf8(cp == 0 ? 0xFFFD : cp, &out);
    } else {
      AppendUtf8(0xFFFD, &out);
    }
    ++i;
  }
  return out;
}

}  // namespace khaldun
