#include "validate/scorer.h"

#include <algorithm>
#include <iterator>

#include "dict/actor.h"

namespace khaldun::validate {
namespace {

std::vector<EventTriple> Distinct(std::vector<EventTriple> events) {
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());
  return events;
}

// "FRO/BIL/SAM" is a dictionary entry naming three actors: PETRARCH-1's
// suite expects one event per actor, PETRARCH-2's keeps the compound code.
// Both are compared one actor at a time, as Khaldun writes them.
std::vector<EventTriple> SplitCompounds(const std::vector<EventTriple>& events) {
  std::vector<EventTriple> out;
  for (const EventTriple& event : events) {
    for (const std::string& source : dict::SplitCompoundCode(event.source)) {
      for (const std::string& target : dict::SplitCompoundCode(event.target)) out.push_back({source, target, event.code});
    }
  }
  return out;
}

std::vector<EventTriple> ToRoots(const std::vector<EventTriple>& events) {
  std::vector<EventTriple> roots;
  roots.reserve(events.size());
  for (const EventTriple& event : events) roots.push_back({event.source, event.target, RootCode(event.code)});
  return Distinct(std::move(roots));
}

size_t CountCommon(const std::vector<EventTriple>& a, const std::vector<EventTriple>& b) {
  std::vector<EventTriple> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

}  // namespace

std::string RootCode(std::string_view code) { return std::string(code.substr(0, 2)); }

RecordScore ScoreRecord(const std::vector<EventTriple>& expected, const std::vector<EventTriple>& produced) {
  const std::vector<EventTriple> want = Distinct(SplitCompounds(expected));
  const std::vector<EventTriple> got = Distinct(SplitCompounds(produced));
  RecordScore score;
  std::set_intersection(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(score.matched));
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(score.missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(score.extra));
  const std::vector<EventTriple> want_roots = ToRoots(want);
  const std::vector<EventTriple> got_roots = ToRoots(got);
  score.root_expected = want_roots.size();
  score.root_produced = got_roots.size();
  score.root_matched = CountCommon(want_roots, got_roots);
  return score;
}

double Ratio(size_t numerator, size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

void Tally::Add(bool expects_events, const RecordScore& score) {
  ++records;
  exact += score.exact() ? 1 : 0;
  if (expects_events) {
    ++event_records;
    event_records_exact += score.exact() ? 1 : 0;
  } else {
    ++empty_records;
    empty_records_exact += score.exact() ? 1 : 0;
  }
  expected += score.matched.size() + score.missing.size();
  produced += score.matched.size() + score.extra.size();
  matched += score.matched.size();
  root_expected += score.root_expected;
  root_produced += score.root_produced;
  root_matched += score.root_matched;
}

double Tally::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace khaldun::validate
