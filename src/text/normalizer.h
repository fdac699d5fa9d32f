// Normalizer: the canonical form of text every later stage reads.
//
// Maps typographic variants to the ASCII forms the tokeniser and the
// dictionaries expect (curly quotes to straight ones, dashes to "-" or "--",
// "…" to "...", exotic spaces to " ", CR LF to LF), drops invisible
// characters (zero-width spaces, soft hyphens, byte-order marks) and puts
// everything else in Unicode NFC. Offsets back to the original are kept.
#ifndef KHALDUN_TEXT_NORMALIZER_H_
#define KHALDUN_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "text/offset_map.h"


namespace khaldun {

class Normalizer {
 public:
  // Fails only when ICU's NFC data cannot be loaded.
  static Result<Normalizer> Create();

  // Writes the normalised form of `original` (valid UTF-8) to `*out` and
  // the map from `*out` offsets to `original` offsets to `*offsets`.
  // Both are cleared first. Pure ASCII text without CR or control
  // characters is copied unchanged and leaves `offsets` the identity.
  void Normalize(std::string_view original, std::string* out, OffsetMap* offsets) const;

 private:
  explicit Normalizer(const void* nfc) : nfc_(nfc) {}
  const void* nfc_;  // const icu::Normalizer2*, owned by ICU
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_NORMALIZER_H_
