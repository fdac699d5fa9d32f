#include "dict/lint.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/native_format.h"
#include "dict/source_file.h"

namespace khaldun::dict {
namespace {

// A small CAMEO table: the codes the test dictionaries may use.
constexpr char kCodes[] =
    "code\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n";

Dictionary Read(const std::string& body) {
  Dictionary d;
  Diagnostics diagnostics;
  ReadNative(SourceFile::FromText("t.txt", "khaldun-dictionary 1\n" + body), &d, &diagnostics);
  EXPECT_TRUE(diagnostics.all().empty()) << diagnostics.all().front().ToString();
  return d;
}

// The findings of `kind`, as "line: message" strings for readable failures.
std::vector<LintFinding> Of(const std::vector<LintFinding>& all, LintKind kind) {
  std::vector<LintFinding> out;
  for (const LintFinding& f : all) {
    if (f.kind == kind) out.push_back(f);
  }
  return out;
}

std::string Dump(const std::vector<LintFinding>& findings) {
  std::string out;
  for (const LintFinding& f : findings) out += f.ToString() + "\n";
  return out;
}

TEST(LintTest, CleanDictionaryHasNoFindings) {
  Dictionary d = Read(
      "actor PAKISTAN\n  alias PAKISTANI\n  code PAK\n"
      "actor IMRAN_KHAN\n  code PAKGOV 20180818-20220410\n  code PAKOPP >20220410\n  code PAKELI\n"
      "agent ~GOV OFFICIAL\n"
      "synset CEASEFIRE petrarch2\n  member TRUCE\n"
      "verbs MEET [040] petrarch2\n  verb MEET {MEETS MET MEETING}\n  pattern [036] * (FOR TALKS)\n"
      "  pattern [0871] * &CEASEFIRE\n  pattern [---] $ * +\n");
  std::vector<LintFinding> findings = LintDictionary(d, nullptr);
  EXPECT_TRUE(findings.empty()) << Dump(findings);
}

TEST(LintTest, UnknownEventCodes) {
  Result<EventCodeTable> table = EventCodeTable::Parse(
      "codes.tsv", std::string(kCodes) + "04\tConsult\t1.0\t1\tCONSULT\t\t\n040\tConsult\t1.0\t1\tCONSULT\t\t\n", nullptr);
  ASSERT_TRUE(table.ok()) << table.status().message();
  Dictionary d = Read(
      "verbs MEET [040] petrarch2\n  verb MEET\n  verb GREET [049]\n"
      "  pattern [047:040] * (FOR TALKS)\n  pattern [:040] * + AGAIN\n  pattern [###] * NEVER\n"
      "verbs TALK [ABC] petrarch2\n  verb TALK\n");
  std::vector<LintFinding> found = Of(LintDictionary(d, &table.value()), LintKind::kUnknownEventCode);
  ASSERT_EQ(found.size(), 3u) << Dump(found);
  EXPECT_EQ(found[0].where, "t.txt:4");  // verb GREET [049]
  EXPECT_EQ(found[1].where, "t.txt:5");  // [047:040]
  EXPECT_NE(found[1].message.find("047"), std::string::npos);
  EXPECT_EQ(found[2].where, "t.txt:8");  // verbs TALK [ABC]
  EXPECT_NE(found[2].message.find("malformed"), std::string::npos);
  // Without a table only the form is checked.
  EXPECT_EQ(Of(LintDictionary(d, nullptr), LintKind::kUnknownEventCode).size(), 1u);
}

TEST(LintTest, MalformedActorCodes) {
  Dictionary d = Read("actor ARNOR\n  code ARN\n  code ARNGO\nagent ~GOV STEWARD\n");
  // The native reader refuses such codes; other loaders or tools may not.
  d.actors[0].codes.push_back({"arn1", {}, SourceRef{0, 10}});
  d.actors[0].codes.push_back({"ARNGOV19990101", {}, SourceRef{0, 11}});
  d.agents[0].code = "gov";
  std::vector<LintFinding> found = Of(LintDictionary(d, nullptr), LintKind::kMalformedActorCode);
  ASSERT_EQ(found.size(), 4u) << Dump(found);
  EXPECT_EQ(found[0].where, "t.txt:4");              // ARNGO: not three-character blocks
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_EQ(found[1].where, "t.txt:10");
  EXPECT_NE(found[1].message.find("upper-case"), std::string::npos);
  EXPECT_EQ(found[2].where, "t.txt:11");
  EXPECT_NE(found[2].message.find("date"), std::string::npos);
  EXPECT_EQ(found[3].where, "t.txt:5");  // the agent
  EXPECT_EQ(found[3].severity, Severity::kError);
}

TEST(LintTest, DuplicateAndConflictingActorPhrases) {
  Dictionary d = Read(
      "actor ARNOR\n  alias ARNOR\n  code ARN\n"           // same phrase twice in one actor
      "actor NORTH_KINGDOM\n  alias ARNOR\n  code ARN\n"   // same phrase, same code elsewhere
      "actor GONDOR\n  alias NORTH_KINGDOM\n  code GON\n");  // same phrase, other code
  std::vector<LintFinding> all = LintDictionary(d, nullptr);
  std::vector<LintFinding> duplicates = Of(all, LintKind::kDuplicate);
  std::vector<LintFinding> conflicts = Of(all, LintKind::kConflict);
  ASSERT_EQ(duplicates.size(), 2u) << Dump(all);
  EXPECT_EQ(duplicates[0].where, "t.txt:3");
  EXPECT_EQ(duplicates[1].where, "t.txt:6");
  ASSERT_EQ(conflicts.size(), 1u) << Dump(all);
  EXPECT_EQ(conflicts[0].where, "t.txt:9");
  EXPECT_NE(conflicts[0].message.find("t.txt:5"), std::string::npos);
}

// Namesakes with dated roles are told apart by the date; only the days both
// hold a role are worth a warning.
TEST(LintTest, NamesakesTheDateTellsApartAreNoConflict) {
  Dictionary d = Read(
      "actor KING_ELESSAR\n  code GONGOV 30190101-31200101\n  code GONELI\n"      // lines 2-4
      "actor ELESSAR_OF_ARNOR\n  alias KING_ELESSAR\n  code ARNGOV >31200101\n"    // 5-7: after the first
      "actor LORD_ELROND\n  code RIVGOV <30200101\n"                                 // 8-9
      "actor ELROND_THE_YOUNGER\n  alias LORD_ELROND\n  code LINGOV >30100101\n"   // 10-12: overlaps
      "actor DENETHOR\n  code GONGOV\n"                                             // 13-14
      "actor DENETHOR_II\n  alias DENETHOR\n  code ROHGOV >30000101\n");          // 15-17: one undated
  std::vector<LintFinding> conflicts = Of(LintDictionary(d, nullptr), LintKind::kConflict);
  ASSERT_EQ(conflicts.size(), 2u) << Dump(conflicts);
  EXPECT_EQ(conflicts[0].where, "t.txt:11");  // Read() puts one line first
  EXPECT_EQ(conflicts[0].severity, Severity::kWarning);
  EXPECT_NE(conflicts[0].message.find("30100101-30200101"), std::string::npos) << conflicts[0].message;
  EXPECT_EQ(conflicts[1].where, "t.txt:16");
  EXPECT_EQ(conflicts[1].severity, Severity::kError);
}

TEST(LintTest, DuplicateAndConflictingAgents) {
  Dictionary d = Read(
      "agent ~GOV MINISTER\nagent ~GOV MINISTER\nagent ~MIL GUARD\nagent ~COP GUARD\n"
      "agent ~MIL TROOP\nagent ~MIL TROOPS\n  no-plural\n");  // TROOPS is TROOP's plural too
  std::vector<LintFinding> all = LintDictionary(d, nullptr);
  std::vector<LintFinding> duplicates = Of(all, LintKind::kDuplicate);
  std::vector<LintFinding> conflicts = Of(all, LintKind::kConflict);
  ASSERT_EQ(duplicates.size(), 2u) << Dump(all);
  EXPECT_EQ(duplicates[0].where, "t.txt:3");
  EXPECT_EQ(duplicates[1].where, "t.txt:7");
  ASSERT_EQ(conflicts.size(), 1u) << Dump(all);
  EXPECT_EQ(conflicts[0].where, "t.txt:5");
  EXPECT_NE(conflicts[0].message.find("~MIL"), std::string::npos);
}

TEST(LintTest, DuplicateAndConflictingVerbsAndPatterns) {
  Dictionary d = Read(
      "verbs MEET [040] petrarch2\n  verb MEET\n  verb MEET\n"
      "  pattern [036] * (FOR TALKS)\n  pattern [036] * (FOR TALKS)\n  pattern [046] * (FOR TALKS)\n"
      "verbs CONFER [040] petrarch2\n  verb MEET\n"
      "verbs GATHER [041] petrarch2\n  verb MEET\n");
  std::vector<LintFinding> all = LintDictionary(d, nullptr);
  std::vector<LintFinding> duplicates = Of(all, LintKind::kDuplicate);
  std::vector<LintFinding> conflicts = Of(all, LintKind::kConflict);
  ASSERT_EQ(duplicates.size(), 3u) << Dump(all);
  EXPECT_EQ(duplicates[0].where, "t.txt:4");  // MEET twice in MEET
  EXPECT_EQ(duplicates[1].where, "t.txt:6");  // the pattern twice
  EXPECT_EQ(duplicates[2].where, "t.txt:9");  // MEET in CONFER, same code
  ASSERT_EQ(conflicts.size(), 2u) << Dump(all);
  EXPECT_EQ(conflicts[0].where, "t.txt:7");   // the same pattern, another code
  EXPECT_EQ(conflicts[1].where, "t.txt:11");  // MEET in GATHER [041]
}

TEST(LintTest, OverlappingDatedCodes) {
  Dictionary d = Read(
      "actor ARAGORN\n  code ARNREB <19900101\n  code GONGOV 19900301-20000301\n  code ARNGOV 19900101-19910101\n"
      "  code GONELI >20000301\n  code GONGOV 19950101-19960101\n  code ARN\n  code GON\n");
  DatedCode empty{"ARN", {DateRestriction::Kind::kBetween, 20050101, 20040101}, SourceRef{0, 20}};
  d.actors[0].codes.push_back(empty);
  std::vector<LintFinding> found = Of(LintDictionary(d, nullptr), LintKind::kOverlappingDates);
  ASSERT_EQ(found.size(), 3u) << Dump(found);
  EXPECT_EQ(found[0].where, "t.txt:5");  // ARNGOV overlaps GONGOV (ARNREB ends where it starts)
  EXPECT_NE(found[0].message.find("GONGOV"), std::string::npos);
  EXPECT_EQ(found[1].where, "t.txt:9");   // a second undated code
  EXPECT_EQ(found[2].where, "t.txt:20");  // a range that holds on no day
}

TEST(LintTest, PatternsThatCanNeverMatch) {
  Dictionary d = Read(
      "synset TALKS petrarch2\n  member NEGOTIATION\n  member &DIALOGUE\n"
      "verbs MEET [040] petrarch2\n  verb MEET\n  pattern [036] * &TALKS\n  pattern [036] * &PARLEY\n"
      "  pattern [042] $ * $\n  pattern [040] *\n  pattern [043] *\n  pattern [040] * +\n");
  std::vector<LintFinding> found = Of(LintDictionary(d, nullptr), LintKind::kUnmatchablePattern);
  ASSERT_EQ(found.size(), 4u) << Dump(found);
  EXPECT_EQ(found[0].where, "t.txt:8");  // &PARLEY undefined
  EXPECT_NE(found[0].message.find("&PARLEY"), std::string::npos);
  EXPECT_EQ(found[1].where, "t.txt:9");  // '$' twice
  EXPECT_EQ(found[2].where, "t.txt:10");  // a bare '*' with the family's own code ("* +" binds a target)
  EXPECT_EQ(found[2].severity, Severity::kWarning);
  EXPECT_EQ(found[3].where, "t.txt:4");  // member &DIALOGUE undefined
}

TEST(LintTest, ASynsetNameHoldingAnUnderscoreCannotBeReferredTo) {
  Dictionary d = Read("synset SEAT_OF_POWER petrarch2\n  member KREMLIN\nsynset SEAT petrarch2\n  member KREMLIN\n");
  std::vector<LintFinding> found = Of(LintDictionary(d, nullptr), LintKind::kUnmatchablePattern);
  ASSERT_EQ(found.size(), 1u) << Dump(found);
  EXPECT_EQ(found[0].where, "t.txt:2");
  EXPECT_EQ(found[0].severity, Severity::kWarning);
}

TEST(LintTest, TargetOnlyPatternsThatNeverBeatTheVerbsCode) {
  // Read() puts a header on line 1. Line 5: "* +" with another code than
  // the verbs' (never wins); then "* +" with their code, and one naming a
  // word. STRIKE's verb HIT has a null code, so its "* +" [195] can win;
  // TABARI's "* +" beats the verbs' code.
  Dictionary d = Read(
      "verbs RELEASE [084] petrarch2\n  verb RELEASE\n  verb FREE\n  pattern [0841] * +\n  pattern [084] * +\n"
      "  pattern [0841] * &PRISONER\n"
      "verbs STRIKE [190] petrarch2\n  verb STRIKE\n  verb HIT [---]\n  pattern [195] * +\n"
      "verbs FREE_T [084] tabari\n  verb UNCHAIN\n  pattern [0841] * +\n");
  std::vector<LintFinding> found = Of(LintDictionary(d, nullptr), LintKind::kUnmatchablePattern);
  std::vector<LintFinding> never_wins;
  for (const LintFinding& f : found) {
    if (f.message.find("names no word") != std::string::npos) never_wins.push_back(f);
  }
  ASSERT_EQ(never_wins.size(), 1u) << Dump(found);
  EXPECT_EQ(never_wins[0].where, "t.txt:5");
  EXPECT_EQ(never_wins[0].severity, Severity::kWarning);
}

TEST(LintTest, LoaderDiagnosticsBecomeFindings) {
  Diagnostics diagnostics;
  diagnostics.Error("a.txt", 3, "pattern without '*'");
  diagnostics.Warn("a.txt", 0, "repaired");
  std::vector<LintFinding> findings;
  AppendLoadFindings(diagnostics, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].ToString(), "a.txt:3: error: [load] pattern without '*'");
  EXPECT_EQ(findings[1].where, "a.txt");
  EXPECT_EQ(findings[1].severity, Severity::kWarning);
}

}  // namespace
}  // namespace khaldun::dict
