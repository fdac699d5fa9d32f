#include "code/tabari_switches.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TabariSwitches Read(std::initializer_list<std::string_view> lines) {
  TabariSwitches switches;
  for (std::string_view line : lines) ApplyTabariOption(line, &switches);
  return switches;
}

TEST(TabariSwitches, DefaultsChangeNothing) {
  const TabariSwitches none;
  EXPECT_EQ(none.code_by, TabariSwitches::CodeBy::kClause);
  EXPECT_TRUE(none.default_source.empty() && none.default_target.empty());
  EXPECT_FALSE(none.convert_agent || none.forward || none.time_shift || none.comma.has_value());
  // Lines about anything else change nothing either.
  EXPECT_EQ(Read({"OUTPUT: ID STORY SENT", "LABEL: 010=YIELD", "SET: YYYY = TRUE"}), none);
}

TEST(TabariSwitches, ReadsCodeByDefaultConvertForwardAndTimeShift) {
  EXPECT_EQ(Read({"SET: CODE ALL"}).code_by, TabariSwitches::CodeBy::kAll);
  EXPECT_EQ(Read({"SET: CODE ALL", "SET: CODE BY SENTENCE"}).code_by, TabariSwitches::CodeBy::kSentence);
  const TabariSwitches defaults = Read({"DEFAULT:  SOURCE [DEFSRC] PRIOR TARGET [ DEFTAR ] AFTER"});
  EXPECT_EQ(defaults.default_source, "DEFSRC");
  EXPECT_EQ(defaults.default_target, "DEFTAR");
  EXPECT_TRUE(defaults.source_prior && defaults.target_after);
  const TabariSwitches no_prior = Read({"DEFAULT: SOURCE [S] TARGET [T] AFTER"});
  EXPECT_FALSE(no_prior.source_prior);
  EXPECT_TRUE(no_prior.target_after);
  EXPECT_TRUE(Read({"DEFAULT: SOURCE [S] TARGET [T]", "DEFAULT: OFF"}).default_source.empty());
  EXPECT_TRUE(Read({"SET: CONVERT AGENT = TRUE"}).convert_agent);
  EXPECT_FALSE(Read({"SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = FALSE"}).convert_agent);
  EXPECT_TRUE(Read({"FORWARD: ^^*****NNN*SSS"}).forward);
  EXPECT_FALSE(Read({"FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF"}).forward);
  EXPECT_TRUE(Read({"SET: TIME SHIFT = TRUE"}).time_shift);
}

TEST(TabariSwitches, ReadsCommaLimitsOverTabarisDefaults) {
  const TabariSwitches::CommaLimits limits = *Read({"COMMA: MIN = 4 MAX = 6 EMIN = 3 BMAX = 8"}).comma;
  EXPECT_EQ(limits.min, 4u);
  EXPECT_EQ(limits.max, 6u);
  EXPECT_EQ(limits.end_min, 3u);
  EXPECT_EQ(limits.end_max, 10u);  // TABARI's default
  EXPECT_EQ(limits.begin_min, 255u);
  EXPECT_EQ(limits.begin_max, 8u);
}

TEST(DeleteCommaClauses, DeletesTheClausesWithinTheLimits) {
  const TabariSwitches::CommaLimits defaults;
  // An aside of ten words and a last clause of six go; the first clause stays.
  EXPECT_EQ(DeleteCommaClauses("Rohan restored ties with Gondor, nearly four years after Ent mobs had looted its "
                               "consulate, an envoy told reporters on Monday.",
                               defaults),
            "Rohan restored ties with Gondor.");
  TabariSwitches::CommaLimits limits;
  limits.max = 6;
  limits.end_max = 6;
  limits.begin_min = 3;
  limits.begin_max = 8;
  // A first clause of six words goes; an aside of eleven and a last clause
  // of nine stay.
  EXPECT_EQ(DeleteCommaClauses("Rohan is ready to resume broad, trade links with Gondor some three months after "
                               "the siege was lifted, the Bree foreign minister told a meeting in Archet.",
                               limits),
            "trade links with Gondor some three months after the siege was lifted, the Bree foreign minister told a "
            "meeting in Archet.");
  EXPECT_EQ(DeleteCommaClauses("No comma here.", defaults), "No comma here.");
  const TabariSwitches off = Read({"COMMA: OFF"});
  EXPECT_EQ(DeleteCommaClauses("Rohan deplored it, Gondor said.", *off.comma), "Rohan deplored it, Gondor said.");
}

}  // namespace
}  // namespace khaldun
