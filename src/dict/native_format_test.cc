// The native format: everything the model holds survives a round trip.
#include <gtest/gtest.h>

#include "dict/actor_loader.h"
#include "dict/native_format.h"
#include "dict/petrarch2_loader.h"
#include "dict/petrarch_verbs.h"
#include "dict/tabari_loader.h"

namespace khaldun::dict {
namespace {

Dictionary Mixed() {
  Dictionary dict;
  Diagnostics diagnostics;
  LoadActors(SourceFile::FromText("a", "RIVENDELL_ [RIV] # home\n+IMLADRIS # elvish\nSMAUG [DRG <950601] [---]\n"
                                       "AL GORE\n\t[USAGOV 930120-010120]\n\t[USAELI]\n"),
             &dict, &diagnostics);
  dict.actors.back().stems = true;  // as a TABARI project sets it
  LoadAgents(SourceFile::FromText("g", "KING [~GOV]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                                       "RIGHTS_BODY [NGO~] # n\n"),
             &dict, &diagnostics);
  LoadPetrarchVerbs(SourceFile::FromText("v2", "&CURRENCY\n+DOLLAR\n+CASH_\n&AUX_\n+WAS\n"
                                               "--- RUSH [---] --- # block\nRUSH\nSPEED {SPED SPEEDING} [041]\n+BEEF_UP\n"
                                               "- * (TO)  [042:043]  # RUSH\n- &AUX * {MOCK ATTACK} (OVER {&CURRENCY AID}) [062]\n"
                                               "~ a (a b ATTACK) SAY = a b 015\n"),
                    PatternSyntax::kPetrarch2, &dict, &diagnostics);
  LoadPetrarchVerbs(SourceFile::FromText("v1", "--- ABANDON [080] ---\nABANDON\nFREE\n"
                                               "- ^ $ * CONCERN_OVER + [012] # x\n- IN_ * %  [:173]\n"),
                    PatternSyntax::kPetrarch1, &dict, &diagnostics);
  LoadTabariVerbs(SourceFile::FromText("t", "<TIME>\nTOMORROW [+1]\n</TIME>\nACT_ [100]\n{ ACTING_ ACTUALITY }\n"
                                            "- + IN_ $ { WAS | WERE } *_AND [195] ;n\nAPPRECIATE POSITION [042]\n"
                                            "BAN= [191]\n- REAL~_NICE * [024]\n"),
                  &dict, &diagnostics);
  LoadActors(SourceFile::FromText("n", "<NOUN>\nBEES ;pas\n</NOUN>\n"), &dict, &diagnostics);
  LoadTabariOptions(SourceFile::FromText("o", "COMPLEX: VERBS[6] EXPLAIN\n"), &dict, &diagnostics);
  LoadDiscards(SourceFile::FromText("d", "1914\n+World Golf # pas\n"), &dict, &diagnostics);
  LoadIssues(SourceFile::FromText("i", "n:school [SCHOOLS]\n<ISSUE CATEGORY=\"EDU\">\npre+k [EARLY]\n~a head start\n"
                                       "</ISSUE>\n~~Armenian genocide # h\n"),
             &dict, &diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 0u);
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << d.ToString();
  return dict;
}

TEST(NativeFormat, RoundTripLosesNothing) {
  Dictionary original = Mixed();
  std::string first = WriteNative(original);
  EXPECT_TRUE(LooksNative(first));
  Dictionary reread;
  Diagnostics diagnostics;
  ReadNative(SourceFile::FromText("x.khd", first), &reread, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << d.ToString();
  EXPECT_TRUE(reread == original);
  EXPECT_EQ(WriteNative(reread), first);
  // Provenance points into the native file.
  EXPECT_EQ(reread.Where(reread.actors[0].name.where), "x.khd:9");
}

TEST(NativeFormat, IsReadable) {
  std::string text = WriteNative(Mixed());
  EXPECT_NE(text.find("actor RIVENDELL_\n  note home\n  alias IMLADRIS\n    note elvish\n  code RIV\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  code DRG <19950601\n  code ---\n"), std::string::npos);
  EXPECT_NE(text.find("agent ~COP POLICE\n  no-plural\n"), std::string::npos);
  EXPECT_NE(text.find("verbs RUSH [---] petrarch2\n"), std::string::npos);
  EXPECT_NE(text.find("  verb SPEED {SPED SPEEDING} [041]\n"), std::string::npos);
  EXPECT_NE(text.find("  pattern [062] &AUX * {MOCK ATTACK} (OVER {&CURRENCY AID})\n"), std::string::npos);
  EXPECT_NE(text.find("  pattern [195] + IN_ $ { WAS | WERE } *_AND\n"), std::string::npos);
  EXPECT_NE(text.find("actor AL GORE\n  stems\n"), std::string::npos);
  EXPECT_NE(text.find("  verb BAN= [191]\n  pattern [024] REAL~_NICE *\n"), std::string::npos) << text;
}

TEST(NativeFormat, ReportsBadLinesWithFileAndLine) {
  Dictionary dict;
  Diagnostics diagnostics;
  ReadNative(SourceFile::FromText("bad.khd", "khaldun-dictionary 1\nactor X\n  code 950601-990815\n  code OK\n"
                                             "frobnicate\nagent GOV KING\nverbs V [010] petrarch2\n  pattern [1] NO VERB\n"),
             &dict, &diagnostics);
  ASSERT_EQ(dict.actors.size(), 1u);
  EXPECT_EQ(dict.actors[0].codes.size(), 1u);
  ASSERT_EQ(diagnostics.error_count(), 4u);
  EXPECT_EQ(diagnostics.all()[0].line, 3u);
  EXPECT_EQ(diagnostics.all()[1].line, 5u);
  EXPECT_EQ(diagnostics.all()[2].line, 6u);
  EXPECT_EQ(diagnostics.all()[3].line, 8u);
  Dictionary other;
  ReadNative(SourceFile::FromText("other.txt", "actor X\n"), &other, &diagnostics);
  EXPECT_TRUE(other.actors.empty());
}

}  // namespace
}  // namespace khaldun::dict
