#include "geo/name_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace khaldun {
namespace {

bool IsDroppedQuote(UChar32 c) {
  switch (c) {
    case '\'': case '`': case 0x00B4: case 0x2018: case 0x2019: case 0x201B:
    case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF: case 0x02C8: case 0x2032:
      return true;
    default:
      return false;
  }
}

// Letters that NFKD leaves whole; returns nullptr when `c` is not one of them.
const char* SpecialLatin(UChar32 c) {
  switch (c) {
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x0111: return "d";   // đ
    case 0x00DF: return "ss";  // ß
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x0131: return "i";   // ı
    case 0x00FE: return "th";  // þ
    case 0x00F0: return "d";   // ð
    case 0x0127: return "h";   // ħ
    default: return nullptr;
  }
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  if (!error) out->append(buffer, static_cast<size_t>(length));
}

// Appends the folded form of one lower-cased, decomposed code point.
void AppendFolded(UChar32 c, std::string* out, bool* pending_space) {
  if (IsDroppedQuote(c)) return;
  const int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
      category == U_COMBINING_SPACING_MARK || category == U_MODIFIER_LETTER ||
      category == U_MODIFIER_SYMBOL || category == U_FORMAT_CHAR) {
    return;
  }
  if (!u_isalnum(c)) {
    *pending_space = !out->empty();
    return;
  }
  if (*pending_space) {
    out->push_back(' ');
    *pending_space = false;
  }
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (const char* special = SpecialLatin(c)) {
    out->append(special);
  } else {
    AppendUtf8(c, out);
  }
}

// What folding does with each ASCII byte: drop it, make it a separator,
// or keep it (the lower-cased byte). Computed once with AppendFolded itself,
// so the table agrees with the Unicode path by construction.
constexpr char kDropByte = 0;
constexpr char kSeparatorByte = 1;
struct AsciiTable {
  char action[128];
  AsciiTable() {
    for (int c = 0; c < 128; ++c) {
      const int lower = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
      std::string out = "x";  // non-empty, so a separator shows as a pending space
      bool pending_space = false;
      AppendFolded(static_cast<UChar32>(lower), &out, &pending_space);
      action[c] = pending_space ? kSeparatorByte : out.size() == 1 ? kDropByte : out.back();
    }
  }
};

// Folds `name` onto `*out`; `*pending_space` carries a separator to the next piece.
void FoldInto(std::string_view name, std::string* out, bool* pending_space) {
  bool ascii = true;
  for (char ch : name) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {  // the common case: a table look-up per byte, no ICU calls
    static const AsciiTable table;
    for (char ch : name) {
      const char action = table.action[static_cast<unsigned char>(ch)];
      if (action == kDropByte) continue;
      if (action == kSeparatorByte) {
        *pending_space = !out->empty();
        continue;
      }
      if (*pending_space) {
        out->push_back(' ');
        *pending_space = false;
      }
      out->push_back(action);
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const auto length = static_cast<int32_t>(name.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(name.data(), i, length, c);
    if (c < 0) continue;  // invalid byte
    c = u_tolower(c);
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status) && nfkd->getDecomposition(c, decomposed)) {
      for (int32_t j = 0; j < decomposed.length();) {
        const UChar32 d = decomposed.char32At(j);
        AppendFolded(u_tolower(d), out, pending_space);
        j += U16_LENGTH(d);
      }
    } else {
      AppendFolded(c, out, pending_space);
    }
  }
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  FoldInto(name, &out, &pending_space);
  return out;
}

void NameFolder::Append(std::string_view piece) { FoldInto(piece, &key_, &pending_space_); }

}  // namespace khaldun
