// Loader tests over small fixtures written for this project, one per format.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/actor_loader.h"
#include "dict/dictionary_set.h"
#include "dict/petrarch2_loader.h"
#include "dict/petrarch_verbs.h"
#include "dict/tabari_loader.h"

namespace khaldun::dict {
namespace {

SourceFile Text(const char* name, const char* text) { return SourceFile::FromText(name, text); }

bool HasDiagnostic(const Diagnostics& diagnostics, const std::string& file_line, const std::string& words) {
  for (const Diagnostic& d : diagnostics.all()) {
    std::string text = d.ToString();
    if (text.rfind(file_line + ":", 0) == 0 && text.find(words) != std::string::npos) return true;
  }
  return false;
}

TEST(ActorLoader, ReadsPrimarySynonymsAndDatedCodes) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadActors(Text("a.actors",
                  "# comment\n"
                  "RIVENDELL_  [RIV]\n"
                  "+IMLADRIS_ # elvish\n"
                  "\n"
                  "ELROND_HALFELVEN_  ; Lore.txt\n"
                  "+ELROND\n"
                  "\t[RIVELI 200101-300101]\n"
                  "\t[RIVGOV >300101]\n"
                  "\t[RIVELI]\n"
                  "SMAUG_  [DRG 991201-010114] [---]\n"
                  "B&Q_  [MNC]\tHardware stores\t$1,000\n"
                  "BAD_DATE\n"
                  "\t[XXX 950631-990101]\n"
                  "\t[YYY 950601-\n"
                  "\t[ZZZ950601-990815]\n"
                  "\t[OK]\n"),
             &dict, &diagnostics);
  ASSERT_EQ(dict.actors.size(), 5u);
  const Actor& rivendell = dict.actors[0];
  EXPECT_EQ(rivendell.name.phrase.ToString(), "RIVENDELL_");
  ASSERT_EQ(rivendell.synonyms.size(), 1u);
  EXPECT_EQ(rivendell.synonyms[0].phrase.words[0], "IMLADRIS");
  EXPECT_EQ(rivendell.synonyms[0].note, "elvish");
  EXPECT_EQ(rivendell.synonyms[0].where.line, 3u);
  const Actor& elrond = dict.actors[1];
  EXPECT_EQ(elrond.name.note, "Lore.txt");
  ASSERT_EQ(elrond.codes.size(), 3u);
  EXPECT_EQ(ResolveCode(elrond.codes, 20100101)->code, "RIVELI");
  EXPECT_EQ(ResolveCode(elrond.codes, 19500101)->code, "RIVELI");  // neither range holds: the undated default
  EXPECT_EQ(ResolveCode(elrond.codes, 20300101)->code, "RIVGOV");
  EXPECT_EQ(elrond.codes[1].where.line, 8u);
  EXPECT_EQ(dict.actors[2].codes.size(), 2u);
  EXPECT_EQ(ResolveCode(dict.actors[2].codes, 20050101)->code, "---");
  EXPECT_EQ(dict.actors[3].name.phrase.words[0], "B&Q");
  EXPECT_TRUE(HasDiagnostic(diagnostics, "a.actors:11", "read as a comment"));
  // A repaired date, two bad lines reported and skipped, loading carried on.
  const Actor& bad = dict.actors[4];
  ASSERT_EQ(bad.codes.size(), 2u);
  EXPECT_EQ(bad.codes[0].when.from, 19950701);
  EXPECT_EQ(bad.codes[1].code, "OK");
  EXPECT_TRUE(HasDiagnostic(diagnostics, "a.actors:13", "rolled over"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "a.actors:14", "error: '[' without ']'"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "a.actors:15", "contains a date"));
  EXPECT_EQ(diagnostics.error_count(), 2u);
}

TEST(AgentLoader, ReadsPluralsMarkersAndPlacement) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadAgents(Text("x.agents.txt",
                  "!PERSON! = MAN, WOMAN\n"
                  "PRESIDENT [~GOVPRS] # ns\n"
                  "SECRETARY [~GOV]\n"
                  "POLICE {} [~COP]\n"
                  "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                  "HUMAN_RIGHTS_BODY  [NGO~]\n"
                  "CONGRESS!PERSON![~LEG]\n"
                  "ISLAMIC_EXTREMIST\n"
                  "X!NOPE! [~X]\n"
                  "ODD [GOV]\n"),
             &dict, &diagnostics);
  ASSERT_EQ(dict.agents.size(), 7u);
  EXPECT_EQ(dict.agents[0].code, "GOVPRS");
  EXPECT_EQ(dict.agents[0].placement, AgentPlacement::kAppend);
  EXPECT_EQ(dict.agents[0].plurals[0].Words(), "PRESIDENTS");
  EXPECT_EQ(dict.agents[1].plurals[0].Words(), "SECRETARIES");
  EXPECT_EQ(dict.agents[2].plural_rule, PluralRule::kNone);
  EXPECT_TRUE(dict.agents[2].plurals.empty());
  EXPECT_EQ(dict.agents[3].plurals[0].Words(), "ATTORNEYS GENERAL");
  EXPECT_EQ(dict.agents[4].placement, AgentPlacement::kPrepend);
  EXPECT_EQ(dict.agents[4].CodeNotation(), "NGO~");
  EXPECT_EQ(dict.agents[5].phrase.Words(), "CONGRESSMAN");
  EXPECT_EQ(dict.agents[6].phrase.Words(), "CONGRESSWOMAN");
  EXPECT_TRUE(HasDiagnostic(diagnostics, "x.agents.txt:8", "has no [code]"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "x.agents.txt:9", "!NOPE!"));
  EXPECT_TRUE(HasDiagnostic(diagnostics, "x.agents.txt:10", "needs one '~'"));

  Dictionary tabari;
  LoadAgents(Text("t.agents", "FARMER_ [ ~AGR] ;jw\n"), &tabari, &diagnostics);
  ASSERT_EQ(tabari.agents.size(), 1u);
  // "Farmers" too, as TABARI codes "Guerrillas" by "GUERRILLA_".
  ASSERT_EQ(tabari.agents[0].plurals.size(), 1u);
  EXPECT_EQ(tabari.agents[0].plurals[0].Words(), "FARMERS");
  EXPECT_EQ(tabari.agents[0].code, "AGR");
}

constexpr const char* kPetrarch2Verbs =
    "####### SYNONYM SETS #######\n"
    "&CURRENCY\n"
    "+DOLLAR\n"
    "+CASH_\n"
    "+SWISS_FRANC\n"
    "\n"
    "&AUXVERB_\n"
    "+WAS\n"
    "####### VERB PATTERNS #######\n"
    "---  ACCELERATE   [---]  ---\n"
    "ACCELERATE\n"
    "HURRY {HURRIES HURRYING HURRIED }\n"
    "SPEED [041]\n"
    "+BEEF_UP\n"
    "- * (TO)                [042:043]     # RUSH\n"
    "- * &CURRENCY (TO BORDER) [073]\n"
    "- &AUXVERB * {MOCK ATTACK}  [062:062]\n"
    "- * VENTURE (WITH VISIT)   VISIT)[042:043]  # MAKE\n"
    "---  DELAY   [120]---  ---\n"
    "DELAY\n"
    "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93\n"
    "######## TRANSFORMATIONS ##########\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

TEST(Petrarch2Verbs, ReadsSynsetsBlocksPatternsAndTransformations) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadPetrarchVerbs(Text("v.txt", kPetrarch2Verbs), PatternSyntax::kPetrarch2, &dict, &diagnostics);
  ASSERT_EQ(dict.synsets.size(), 2u);
  EXPECT_EQ(dict.synsets[0].name, "CURRENCY");
  EXPECT_EQ(dict.synsets[0].members.size(), 3u);
  EXPECT_EQ(dict.synsets[0].Expansion().size(), 4u);  // DOLLAR(S), CASH, SWISS FRANC
  EXPECT_TRUE(dict.synsets[1].no_plural);
  ASSERT_EQ(dict.verb_families.size(), 2u);
  const VerbFamily& family = dict.verb_families[0];
  EXPECT_EQ(family.name, "ACCELERATE");
  EXPECT_EQ(family.code, "---");
  ASSERT_EQ(family.verbs.size(), 4u);
  EXPECT_EQ(family.verbs[0].forms, (std::vector<std::string>{"ACCELERATES", "ACCELERATED", "ACCELERATING"}));
  EXPECT_TRUE(family.verbs[1].irregular);
  EXPECT_EQ(family.verbs[1].forms, (std::vector<std::string>{"HURRIES", "HURRYING", "HURRIED"}));
  EXPECT_EQ(family.verbs[2].code, "041");
  EXPECT_EQ(family.verbs[3].forms[0], "+BEEFS_UP");
  ASSERT_EQ(family.patterns.size(), 3u);
  EXPECT_EQ(family.patterns[0].code.paired, "043");
  EXPECT_EQ(family.patterns[0].note, "RUSH");
  EXPECT_EQ(family.patterns[1].after[0].kind, PatternToken::Kind::kSynset);
  EXPECT_EQ(family.patterns[2].before[0].text, "AUXVERB");
  EXPECT_TRUE(HasDiagnostic(diagnostics, "v.txt:18", "')' without '('"));
  EXPECT_EQ(dict.verb_families[1].code, "120");  // "[120]---" read correctly
  EXPECT_EQ(dict.verb_families[1].verbs[1].note, "shan   8/30/93");
  ASSERT_EQ(dict.transformations.size(), 1u);
  EXPECT_EQ(dict.transformations[0].result, "a b 015");
  EXPECT_EQ(diagnostics.error_count(), 1u);
}

TEST(Petrarch2Verbs, ALaterIdenticalPatternReplacesTheEarlierOne) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadPetrarchVerbs(Text("v.txt",
                         "---  APPROVE   [080]  ---\n"
                         "APPROVE\n"
                         "- * TREATY   [031:031]  # APPROVE\n"
                         "- * TALKS    [036]      # APPROVE\n"
                         "- * TREATY   [057]      # RATIFY\n"),
                    PatternSyntax::kPetrarch2, &dict, &diagnostics);
  ASSERT_EQ(dict.verb_families.size(), 1u);
  const VerbFamily& family = dict.verb_families[0];
  ASSERT_EQ(family.patterns.size(), 2u);
  EXPECT_EQ(family.patterns[0].code.primary, "057");
  EXPECT_FALSE(family.patterns[0].code.has_pair);
  EXPECT_EQ(family.patterns[0].note, "RATIFY");
  EXPECT_EQ(family.patterns[1].code.primary, "036");
  EXPECT_EQ(diagnostics.error_count(), 0u);
}

TEST(Petrarch1Verbs, ReadsTabariStylePatterns) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadPetrarchVerbs(Text("p1.txt",
                         "<!-- header -->\n"
                         "&STRONGHOLD\n+FORT\n"
                         "--- ABANDON [080] ---\n"
                         "ABANDON\n"
                         "SAY  {SAYS SAID SAYING}\n"
                         "FREE\n"
                         "- SAID + MUST * POLICY [100] # ABANDON <ab 10 Jul 2003>\n"
                         "- * &STRONGHOLD [0874]\n"
                         "- ^ $ * CONCERN_OVER + [012]\n"
                         "- * COMMIT * AID [033]\n"),
                    PatternSyntax::kPetrarch1, &dict, &diagnostics);
  ASSERT_EQ(dict.verb_families.size(), 1u);
  const VerbFamily& family = dict.verb_families[0];
  EXPECT_EQ(family.verbs[2].forms[2], "FREING");
  ASSERT_EQ(family.patterns.size(), 3u);
  EXPECT_EQ(family.patterns[0].before[1].kind, PatternToken::Kind::kTarget);
  EXPECT_EQ(family.patterns[2].after[0].join, kJoinTight);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "p1.txt:11", "more than one '*'"));
}

TEST(TabariVerbs, ReadsSectionsVerbsAndPatterns) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadTabariVerbs(Text("d.verbs",
                       "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n</SYNSETS>\n"
                       "<TIME>\nTOMORROW [+1]\n- * AND TOMORROW [+3]\n</TIME>\n"
                       "ABANDON  [345] ;pas 15 Jul 2003\n"
                       "- * NEW_&TIETYPES_RELATIONS [903]; -PAS 12.01.12\n"
                       "- IN_*  [075]\n"
                       "ACT_ [100]\n"
                       "{ ACTING_ ACTXD_ ACTUALITY  }\n"
                       "- *_TO_HISTOR  [###] ;sls\n"
                       "APPRECIATE POSITION  [042]\n"
                       "- + { WAS | WERE ] * BY_ $  [195]\n"
                       "~~FINISH 15:23\n"
                       "IGNORED [000]\n"),
                  &dict, &diagnostics);
  ASSERT_EQ(dict.synsets.size(), 1u);
  EXPECT_EQ(dict.synsets[0].members.size(), 2u);
  ASSERT_EQ(dict.verb_families.size(), 4u);
  EXPECT_EQ(dict.verb_families[0].section, "TIME");
  EXPECT_EQ(dict.verb_families[0].patterns[0].code.primary, "+3");
  EXPECT_EQ(dict.verb_families[1].name, "ABANDON");
  EXPECT_EQ(dict.verb_families[1].patterns.size(), 2u);
  EXPECT_EQ(dict.verb_families[1].patterns[0].note, "-PAS 12.01.12");
  EXPECT_EQ(dict.verb_families[2].verbs[0].forms, (std::vector<std::string>{"ACTING_", "ACTXD_", "ACTUALITY"}));
  EXPECT_EQ(dict.verb_families[2].patterns[0].code.primary, "###");
  EXPECT_EQ(dict.verb_families[3].name, "APPRECIATE POSITION");
  EXPECT_TRUE(HasDiagnostic(diagnostics, "d.verbs:17", "error"));
}

TEST(TabariOptionsAndProject, ReadsLinesAndNamedFiles) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadTabariOptions(Text("o.options", "// c\nCOMPLEX: VERBS[6] EXPLAIN\nLABEL: 010= Make statement\n~~~~~\n"), &dict,
                    &diagnostics);
  ASSERT_EQ(dict.options.size(), 2u);
  EXPECT_EQ(dict.options[1].command, "LABEL");
  EXPECT_EQ(dict.options[1].value, "010= Make statement");
  TabariProject project = ParseTabariProject(
      Text("/d/v.project", "Title\n<actorsfile> \tA.actors\n<verbsfile> V.verbs\n<textfile> T.text\n"), &diagnostics);
  EXPECT_EQ(project.actors, (std::vector<std::string>{"/d/A.actors"}));
  EXPECT_EQ(project.verbs, (std::vector<std::string>{"/d/V.verbs"}));
}

TEST(DiscardsAndIssues, Read) {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadDiscards(Text("d.txt", "# c\n1914\n+World Golf   # pas\nSOCCER_\n"), &dict, &diagnostics);
  ASSERT_EQ(dict.discards.size(), 3u);
  EXPECT_TRUE(dict.discards[1].story);
  EXPECT_EQ(dict.discards[1].phrase.Words(), "WORLD GOLF");
  EXPECT_TRUE(dict.discards[2].phrase.exact_end());
  LoadIssues(Text("i.txt",
                  "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
                  "n:teacher [TEACHERS]\n~a head start\n~~Armenian genocide  # historical\ne.c.b.\n</ISSUE>\n"),
             &dict, &diagnostics);
  ASSERT_EQ(dict.issues.size(), 3u);
  EXPECT_EQ(dict.issues[0].category, "EDUCATION");
  EXPECT_EQ(dict.issues[0].forms.size(), 2u);
  EXPECT_EQ(dict.issues[1].kind, Issue::Kind::kIgnoreSentence);
  EXPECT_EQ(dict.issues[2].kind, Issue::Kind::kIgnoreStory);
  EXPECT_TRUE(HasDiagnostic(diagnostics, "i.txt:5", "has no [CODE]"));
}

TEST(DictionarySet, PrefersPetrarch2VerbsInADirectory) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("khaldun_dict_set_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "CAMEO.2.0.txt") << kPetrarch2Verbs;
  std::ofstream(dir / "CAMEO.verbpatterns.1.txt") << "--- ABANDON [080] ---\nABANDON\n- SAID + MUST * POLICY [100]\n";
  std::ofstream(dir / "X.actors.txt") << "GONDOR [GON]\n";
  std::ofstream(dir / "X.agents.txt") << "KING [~GOV]\n";
  std::ofstream(dir / "README") << "not a dictionary\n";
  Diagnostics diagnostics;
  LoadReport report;
  Result<Dictionary> dict = LoadDictionaries({dir.string()}, {}, &diagnostics, &report);
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(dict.value().verb_families.size(), 2u);
  EXPECT_EQ(dict.value().verb_families[0].syntax, PatternSyntax::kPetrarch2);
  EXPECT_EQ(dict.value().actors.size(), 1u);
  EXPECT_EQ(dict.value().agents.size(), 1u);
  EXPECT_EQ(report.loaded.size(), 3u);
  EXPECT_EQ(report.skipped.size(), 2u);
  LoadOptions options;
  options.verbs_format = PatternSyntax::kPetrarch1;
  Result<Dictionary> p1 = LoadDictionaries({dir.string()}, options, &diagnostics);
  ASSERT_TRUE(p1.ok());
  ASSERT_EQ(p1.value().verb_families.size(), 1u);
  EXPECT_EQ(p1.value().verb_families[0].syntax, PatternSyntax::kPetrarch1);
  EXPECT_FALSE(LoadDictionaries({(dir / "README").string()}, {}, &diagnostics).ok());
  EXPECT_FALSE(LoadDictionaries({(dir / "missing").string()}, {}, &diagnostics).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace khaldun::dict
