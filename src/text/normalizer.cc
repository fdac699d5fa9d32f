#include "text/normalizer.h"

#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace khaldun {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The ASCII replacement of a typographic code point, or nullptr when the
// code point is kept. An empty string drops the code point.
const char* TypographicReplacement(UChar32 cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2212:
      return "-";
    case 0x2014: case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
      return " ";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

// True when `cp` may change under NFC, alone or with its neighbours.
bool MayNeedNfc(UChar32 cp) {
  return u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
         u_getCombiningClass(cp) != 0;
}

// Appends `replacement` for original bytes [from, to), recording the shift.
void Replace(std::string_view replacement, uint32_t from, uint32_t to, std::string* out,
             OffsetMap* offsets) {
  if (replacement.size() == to - from) {
    out->append(replacement);
    return;
  }
  offsets->AddReplacement(static_cast<uint32_t>(out->size()), from);
  out->append(replacement);
  offsets->AddIdentity(static_cast<uint32_t>(out->size()), to);
}

}  // namespace

Result<Normalizer> Normalizer::Create() {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error) || nfc == nullptr) {
    return Status::Error(std::string("cannot load ICU NFC data: ") + u_errorName(error));
  }
  return Normalizer(nfc);
}

void Normalizer::Normalize(std::string_view original, std::string* out,
                           OffsetMap* offsets) const {
  const auto* nfc = static_cast<const icu::Normalizer2*>(nfc_);
  out->clear();
  offsets->Clear();
  out->reserve(original.size());
  const char* s = original.data();
  const uint32_t n = static_cast<uint32_t>(original.size());
  uint32_t i = 0;
  while (i < n) {
    // Fast path: printable ASCII and newlines are copied as they are. Eight
    // bytes at a time while none is >= 0x80 or < 0x20.
    uint32_t j = i;
    while (j + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + j, 8);
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      constexpr uint64_t kOnes = 0x0101010101010101ull;
      // A byte < 0x20 has its 0x20/0x40 bits clear: (b | 0x9F...) + 1 check
      // is fiddly, so test "b - 0x20 borrows" with the classic haszero trick.
      uint64_t below_space = (word - 0x20 * kOnes) & ~word & kHigh;
      if ((word & kHigh) != 0 || below_space != 0) break;
      j += 8;
    }
    while (j < n) {
      unsigned char c = static_cast<unsigned char>(s[j]);
      if (c >= 0x80 || (c < 0x20 && c != '\n') || c == 0x7F) break;
      ++j;
    }
    out->append(s + i, j - i);
    i = j;
    if (i >= n) break;

    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      bool crlf = i + 1 < n && s[i + 1] == '\n';
      Replace("\n", i, i + (crlf ? 2 : 1), out, offsets);
      i += crlf ? 2 : 1;
      continue;
    }
    if (c < 0x80) {  // other control characters, tab included, become a space
      out->push_back(' ');
      ++i;
      continue;
    }

    UChar32 cp;
    uint32_t start = i;
    int32_t next = static_cast<int32_t>(i);
    U8_NEXT(s, next, static_cast<int32_t>(n), cp);
    i = static_cast<uint32_t>(next);
    if (cp < 0) {  // invalid UTF-8 should have been repaired on input; be safe
      Replace("\xEF\xBF\xBD", start, i, out, offsets);
      continue;
    }
    if (const char* replacement = TypographicReplacement(cp)) {
      Replace(replacement, start, i, out, offsets);
      continue;
    }
    if (cp == 0x2013) {  // en dash: a hyphen inside "1990–2001", else a dash
      bool joins = !out->empty() && IsAsciiAlnum(out->back()) && i < n && IsAsciiAlnum(s[i]);
      Replace(joins ? "-" : "--", start, i, out, offsets);
      continue;
    }
    if (!MayNeedNfc(cp)) {
      out->append(s + start, i - start);
      continue;
    }
    // NFC for the cluster: the preceding base character (if we just copied
    // it unchanged) and the following characters that may combine.
    uint32_t cluster_begin = start;
    if (!out->empty() && start > 0 && static_cast<unsigned char>(s[start - 1]) < 0x80 &&
        out->back() == s[start - 1]) {
      cluster_begin = start - 1;
      out->pop_back();
    }
    uint32_t cluster_end = i;
    while (cluster_end < n && static_cast<unsigned char>(s[cluster_end]) >= 0x80) {
      int32_t k = static_cast<int32_t>(cluster_end);
      UChar32 following;
      U8_NEXT(s, k, static_cast<int32_t>(n), following);
      if (following < 0 || !MayNeedNfc(following)) break;
      cluster_end = static_cast<uint32_t>(k);
    }
    std::string composed;
    icu::StringByteSink<std::string> sink(&composed);
    UErrorCode error = U_ZERO_ERROR;
    nfc->normalizeUTF8(0, icu::StringPiece(s + cluster_begin, static_cast<int32_t>(cluster_end - cluster_begin)),
                       sink, nullptr, error);
    if (U_FAILURE(error)) composed.assign(s + cluster_begin, cluster_end - cluster_begin);
    Replace(composed, cluster_begin, cluster_end, out, offsets);
    i = cluster_end;
  }
}

}  // namespace khaldun
