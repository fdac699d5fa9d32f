#include "base/diagnostics.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(DiagnosticsTest, NamesFileAndLine) {
  Diagnostic d{Severity::kError, "news.jsonl", 12, "malformed JSON"};
  EXPECT_EQ(d.ToString(), "news.jsonl:12: error: malformed JSON");
  Diagnostic whole{Severity::kWarning, "a.txt", 0, "empty file"};
  EXPECT_EQ(whole.ToString(), "a.txt: warning: empty file");
}

TEST(DiagnosticsTest, CountsAndForwards) {
  int seen = 0;
  Diagnostics diagnostics([&](const Diagnostic&) { ++seen; });
  diagnostics.Warn("a", 1, "repaired");
  diagnostics.Error("a", 2, "skipped");
  diagnostics.Error("b", 0, "skipped");
  EXPECT_EQ(seen, 3);
  EXPECT_EQ(diagnostics.error_count(), 2u);
  EXPECT_EQ(diagnostics.warning_count(), 1u);
  EXPECT_EQ(diagnostics.all()[1].line, 2u);
}

}  // namespace
}  // namespace khaldun
