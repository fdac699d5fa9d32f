// Scoring: expected events against produced events, per record and summed.
//
// Events are compared as sets of (source, target, code) triples: order and
// duplicates do not matter, and an event matches only when all three
// fields are equal. A second, looser comparison keeps only the CAMEO root
// (the first two digits of the code): (source, target, root).
#ifndef KHALDUN_VALIDATE_SCORER_H_
#define KHALDUN_VALIDATE_SCORER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "validate/suite.h"

namespace khaldun::validate {

struct RecordScore {
  std::vector<EventTriple> matched;  // expected and produced (sorted, distinct)
  std::vector<EventTriple> missing;  // expected, not produced
  std::vector<EventTriple> extra;    // produced, not expected
  // The same comparison over (source, target, root code), distinct triples.
  size_t root_expected = 0;
  size_t root_produced = 0;
  size_t root_matched = 0;

  // True when the produced set equals the expected set (both may be empty).
  bool exact() const { return missing.empty() && extra.empty(); }
};

// The CAMEO root of an event code: its first two characters ("064" -> "06",
// "1246" -> "12"); shorter codes are their own root.
std::string RootCode(std::string_view code);

// Compares two event lists as sets.
RecordScore ScoreRecord(const std::vector<EventTriple>& expected, const std::vector<EventTriple>& produced);

// A ratio; 0 when `denominator` is 0 (the counts are always printed too).
double Ratio(size_t numerator, size_t denominator);

// Totals over a suite's scored records.
struct Tally {
  size_t records = 0;        // scored records
  size_t exact = 0;          // of which produced exactly what was expected
  size_t event_records = 0;  // scored records expecting events
  size_t event_records_exact = 0;
  size_t empty_records = 0;  // scored records expecting nothing
  size_t empty_records_exact = 0;
  size_t expected = 0;       // distinct expected events over scored records
  size_t produced = 0;       // distinct produced events
  size_t matched = 0;
  size_t root_expected = 0;
  size_t root_produced = 0;
  size_t root_matched = 0;

  // Adds one scored record (`expects_events`: its Expectation is kEvents).
  void Add(bool expects_events, const RecordScore& score);

  double ExactRate() const { return Ratio(exact, records); }
  double Precision() const { return Ratio(matched, produced); }
  double Recall() const { return Ratio(matched, expected); }
  // Harmonic mean of precision and recall; 0 when both are 0.
  double F1() const;
  double RootPrecision() const { return Ratio(root_matched, root_produced); }
  double RootRecall() const { return Ratio(root_matched, root_expected); }
};

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_SCORER_H_
