// Coder options that change what events carry, not which events there are.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

// Without provenance the events are the same but for their dictionary
// entries and pattern, which are left empty.
TEST(CoderOptions, WithoutProvenanceEventsLackOnlyTheirEntriesAndPattern) {
  Result<Coder> with = coder_test::CoderFromText(coder_test::kDictionary);
  CoderOptions options;
  options.provenance = false;
  Result<Coder> without = coder_test::CoderFromText(coder_test::kDictionary, options);
  ASSERT_TRUE(with.ok() && without.ok());
  const char* kSentences[] = {"Pakistan attacked India.", "Pakistan jailed Afghan soldiers who had attacked India.",
                              "The Afghan government accused Pakistan of attacking its soldiers."};
  size_t events = 0;
  for (const char* sentence : kSentences) {
    CoderWorkspace workspace;
    const std::vector<Event> full = with.value().CodeSentence(sentence, ParseDate("2019-06-02"), &workspace);
    const std::vector<Event> bare = without.value().CodeSentence(sentence, ParseDate("2019-06-02"), &workspace);
    ASSERT_EQ(full.size(), bare.size()) << sentence;
    for (size_t i = 0; i < full.size(); ++i, ++events) {
      EXPECT_FALSE(full[i].pattern.empty() || full[i].pattern_entry.empty() || full[i].source.entries.empty());
      EXPECT_TRUE(bare[i].pattern.empty() && bare[i].pattern_entry.empty() && bare[i].source.entries.empty() &&
                  bare[i].target.entries.empty());
      const Event& a = full[i];
      const Event& b = bare[i];
      EXPECT_EQ(a.source.code + " " + a.code + " " + a.target.code, b.source.code + " " + b.code + " " + b.target.code);
      EXPECT_EQ(a.source.how, b.source.how);
      EXPECT_EQ(a.target.text, b.target.text);
      EXPECT_EQ(a.notes, b.notes);
      EXPECT_EQ(a.verb_text, b.verb_text);
      EXPECT_EQ(a.sentence_text, b.sentence_text);
    }
  }
  EXPECT_GE(events, 2u);
}

}  // namespace
}  // namespace khaldun
