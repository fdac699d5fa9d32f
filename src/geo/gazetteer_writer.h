// GazetteerWriter: compiles places and their names into the gazetteer file.
//
// Used by khaldun-build-gazetteer at build time and by tests that need a
// small gazetteer of their own.
#ifndef KHALDUN_GEO_GAZETTEER_WRITER_H_
#define KHALDUN_GEO_GAZETTEER_WRITER_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "geo/place.h"

namespace khaldun {

// One place and every name it may be found by.
struct GazetteerEntry {
  Place place;                         // place.name is the primary name
  std::vector<std::string> aliases;    // other spellings, any case or accents
  std::vector<std::string> demonyms;   // "Afghan"; found only on request
};

class GazetteerWriter {
 public:
  // Adds a place; returns its index (stable: the order of Add calls).
  size_t Add(GazetteerEntry entry);
  // The entry added at `index`, for a caller that links more aliases to it.
  GazetteerEntry& entry(size_t index) { return entries_[index]; }
  size_t size() const { return entries_.size(); }

  // Folded forms (see FoldName) of words that are common in English text;
  // keys equal to one are flagged so the geolocator can be wary of them.
  void SetCommonWords(std::unordered_set<std::string> folded_words) { common_words_ = std::move(folded_words); }

  // Writes the file; an error names `path` and the reason.
  Status Write(const std::string& path) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_set<std::string> common_words_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_GAZETTEER_WRITER_H_
