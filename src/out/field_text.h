// Field text: the small renderings every output format shares.
#ifndef KHALDUN_OUT_FIELD_TEXT_H_
#define KHALDUN_OUT_FIELD_TEXT_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "dict/event_codes.h"

namespace khaldun::out {

// The table's entry for `code`, or nullptr (no table, or an unknown code).
const dict::EventCodeInfo* FindCode(const dict::EventCodeTable* codes, std::string_view code);

// `value` with `digits` decimals, "C" locale, no "-0": FormatDecimal(1.9, 1) == "1.9".
std::string FormatDecimal(double value, int digits);
// Appends FormatDecimal(value, digits) to `*out` without a string of its own.
void AppendDecimal(double value, int digits, std::string* out);

// Appends `value` in decimal to `*out`.
void AppendUnsigned(uint64_t value, std::string* out);

// `text` on one line for a tab-separated field: tabs, CR and LF become spaces.
std::string OneLine(std::string_view text);
// Appends OneLine(text) to `*out`.
void AppendOneLine(std::string_view text, std::string* out);

// Writes `line` as is (the caller supplies the line end).
void WriteText(std::FILE* out, std::string_view line);

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_FIELD_TEXT_H_
