#include "text/offset_map.h"

#include <algorithm>

namespace khaldun {

void OffsetMap::AddIdentity(uint32_t normalized, uint32_t original) {
  Add({normalized, original, false});
}

void OffsetMap::AddReplacement(uint32_t normalized, uint32_t original) {
  Add({normalized, original, true});
}

void OffsetMap::Add(Point point) {
  // A zero-length segment (a removed character) is superseded by whatever
  // starts at the same normalised offset.
  if (!points_.empty() && points_.back().normalized == point.normalized) {
    points_.back() = point;
    return;
  }
  points_.push_back(point);
}

const OffsetMap::Point* OffsetMap::SegmentOf(uint32_t normalized) const {
  auto after = std::upper_bound(points_.begin(), points_.end(), normalized,
                                [](uint32_t n, const Point& p) { return n < p.normalized; });
  if (after == points_.begin()) return nullptr;
  return &*(after - 1);
}

uint32_t OffsetMap::ToOriginal(uint32_t normalized) const {
  const Point* segment = SegmentOf(normalized);
  if (segment == nullptr) return normalized;
  if (segment->replaced) return segment->original;
  return segment->original + (normalized - segment->normalized);
}

Span OffsetMap::ToOriginal(Span normalized) const {
  if (points_.empty()) return normalized;
  Span out;
  out.begin = ToOriginal(normalized.begin);
  if (normalized.end <= normalized.begin) {
    out.end = out.begin;
    return out;
  }
  // The end is the end of the segment holding the span's last byte.
  const Point* last = SegmentOf(normalized.end - 1);
  if (last == nullptr) {
    out.end = normalized.end;
  } else if (last->replaced) {
    const Point* next = last + 1;
    out.end = next < points_.data() + points_.size() ? next->original : last->original;
  } else {
    out.end = last->original + (normalized.end - last->normalized);
  }
  return out;
}

}  // namespace khaldun
