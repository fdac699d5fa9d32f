// OffsetMap: from byte offsets in a normalised text back to the original.
//
// Normalisation changes lengths (a curly quote of 3 bytes becomes 1, an
// ellipsis becomes "..."), so every later span needs this map to point into
// the document the user gave us. Stored sparsely: only where the shift
// between the two texts changes, so a pure ASCII text costs nothing.
#ifndef KHALDUN_TEXT_OFFSET_MAP_H_
#define KHALDUN_TEXT_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

#include "text/span.h"

namespace khaldun {

class OffsetMap {
 public:
  // Forget all segments: the identity map.
  void Clear() { points_.clear(); }

  // From normalised offset `normalized` on, bytes correspond one to one with
  // the original starting at `original`, until the next segment.
  // Segments must be added in increasing normalised order.
  void AddIdentity(uint32_t normalized, uint32_t original);

  // From `normalized` on, the normalised bytes replace an original sequence
  // starting at `original` and ending where the next segment starts (in the
  // original). A replacement must be followed by another segment.
  void AddReplacement(uint32_t normalized, uint32_t original);

  // The original offset of a normalised offset. Offsets inside a
  // replacement map to the start of the original sequence.
  uint32_t ToOriginal(uint32_t normalized) const;

  // The original span of a normalised span; a span ending inside a
  // replacement ends after the whole original sequence.
  Span ToOriginal(Span normalized) const;

  bool identity() const { return points_.empty(); }

 private:
  struct Point {
    uint32_t normalized;
    uint32_t original;
    bool replaced;
  };
  void Add(Point point);
  // The segment containing `normalized`, or nullptr before the first one.
  const Point* SegmentOf(uint32_t normalized) const;

  std::vector<Point> points_;
};

}  // namespace khaldun

#endif  // KHALDUN_TEXT_OFFSET_MAP_H_
