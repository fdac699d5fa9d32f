// UTF-8 checks and repairs for incoming bytes.
//
// Scraped news arrives with stray Latin-1 bytes, NUL bytes and the odd
// binary file. Khaldun repairs what is safe to repair and says so.
#ifndef KHALDUN_INGEST_UTF8_H_
#define KHALDUN_INGEST_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace khaldun {

// True when `head` (the first few KiB of a file) looks like binary data: a
// known binary signature, more than 1% NUL bytes, or many control characters.
bool LooksBinary(std::string_view head);

// True when `text` is valid UTF-8 (no overlongs, surrogates or values past
// U+10FFFF).
bool IsValidUtf8(std::string_view text);

struct Utf8Repair {
  size_t invalid_sequences = 0;  // each replaced by U+FFFD
  size_t nul_bytes = 0;          // removed
  uint64_t first_bad_line = 0;   // 1-based line of the first problem, 0 if none
  bool decoded_as_windows1252 = false;
};

// Returns `text` as valid UTF-8 without NUL bytes. Text with invalid
// sequences but no valid multi-byte sequence at all is decoded as
// Windows-1252 (the usual culprit); otherwise each invalid sequence becomes
// U+FFFD. `*repair` says what was done. `first_line` is the line number of
// text[0], for messages.
std::string RepairUtf8(std::string_view text, Utf8Repair* repair, uint64_t first_line = 1);

}  // namespace khaldun

#endif  // KHALDUN_INGEST_UTF8_H_
