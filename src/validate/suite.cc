#include "validate/suite.h"

namespace khaldun::validate {

std::string EventTriple::ToString() const { return source + " / " + target + " / " + code; }

const char* ExpectationName(Expectation expectation) {
  switch (expectation) {
    case Expectation::kEvents: return "events";
    case Expectation::kNoEvents: return "no events";
    case Expectation::kComplex: return "complex";
    case Expectation::kDiscard: return "discard";
    case Expectation::kError: return "error";
    case Expectation::kUnstated: return "unstated";
  }
  return "?";
}

size_t Suite::ScoredCount() const {
  size_t count = 0;
  for (const Record& record : records) count += record.Scored() ? 1 : 0;
  return count;
}

size_t Suite::SkippedCount() const {
  size_t count = 0;
  for (const Record& record : records) count += record.skip ? 1 : 0;
  return count;
}

size_t Suite::ExpectedEventCount() const {
  size_t count = 0;
  for (const Record& record : records) count += record.expected.size();
  return count;
}

size_t Suite::ScoredExpectedEventCount() const {
  size_t count = 0;
  for (const Record& record : records) count += record.Scored() ? record.expected.size() : 0;
  return count;
}

std::optional<Date> ParseSuiteDate(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  if (text.size() == 8) return ParseDate(text);
  if (text.size() != 6) return std::nullopt;
  const int yy = (text[0] - '0') * 10 + (text[1] - '0');
  std::string full = (yy <= 30 ? "20" : "19") + std::string(text);
  return ParseDate(full);
}

std::string NormalizeSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace khaldun::validate
