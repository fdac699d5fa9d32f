// Unit tests of the dictionary model: phrases, dated codes, patterns, verb forms.
#include <gtest/gtest.h>

#include "dict/dated_code.h"
#include "dict/dictionary.h"
#include "dict/phrase.h"
#include "dict/verb.h"
#include "dict/verb_pattern.h"

namespace khaldun::dict {
namespace {

TEST(Phrase, SplitsOnUnderscoresAndBlanksAndKeepsJoins) {
  Phrase phrase = ParsePhrase("united_States");
  EXPECT_EQ(phrase.words, (std::vector<std::string>{"UNITED", "STATES"}));
  EXPECT_EQ(phrase.ToString(), "UNITED_STATES");
  EXPECT_FALSE(phrase.exact_end());
  EXPECT_TRUE(ParsePhrase("KABUL_").exact_end());
  EXPECT_EQ(ParsePhrase("KABUL_ ").ToString(), "KABUL_");
  EXPECT_EQ(ParsePhrase("AL  GORE").ToString(), "AL GORE");
  EXPECT_EQ(ParsePhrase("IN_ TOWN").ToString(), "IN_ TOWN");
  EXPECT_EQ(ParsePhrase("AT&T_").words, (std::vector<std::string>{"AT&T"}));
  EXPECT_TRUE(ParsePhrase(" \t").empty());
}

TEST(Phrase, AClosingEqualsSignIsThisFormOnly) {
  Phrase phrase = ParsePhrase("HOBBIT=");
  EXPECT_EQ(phrase.words, (std::vector<std::string>{"HOBBIT"}));
  EXPECT_EQ(phrase.joins, std::string(1, kJoinExactForm));
  EXPECT_TRUE(phrase.exact_end());
  EXPECT_EQ(phrase.ToString(), "HOBBIT=");
  EXPECT_EQ(ParsePhrase("HOBBIT= HOLE").joins[0], kJoinExactGap);
  EXPECT_TRUE(RegularVerbForms("SHUN=", PatternSyntax::kPetrarch2).empty());
}

TEST(Phrase, RegularPlural) {
  EXPECT_EQ(PluralOf(ParsePhrase("SECRETARY")).Words(), "SECRETARIES");
  EXPECT_EQ(PluralOf(ParsePhrase("BOSS")).Words(), "BOSSES");
  EXPECT_EQ(PluralOf(ParsePhrase("FOREIGN_MINISTER")).Words(), "FOREIGN MINISTERS");
}

TEST(DatedCode, ParsesDatesWithTheCenturyRule) {
  EXPECT_EQ(ParseDictionaryDate("300101").value(), 20300101);
  EXPECT_EQ(ParseDictionaryDate("310101").value(), 19310101);
  EXPECT_EQ(ParseDictionaryDate("19411207").value(), 19411207);
  EXPECT_TRUE(ParseDictionaryDate("20120229").ok());
  EXPECT_FALSE(ParseDictionaryDate("20110229").ok());
  EXPECT_FALSE(ParseDictionaryDate("9008223").ok());
  EXPECT_FALSE(ParseDictionaryDate("1920030320").ok());
}

TEST(DatedCode, ParsesRestrictionsWithOrWithoutBlanks) {
  DatedCode between = ParseDatedCode("HOBGOV 19950601 - 19990815").value();
  EXPECT_EQ(between.code, "HOBGOV");
  EXPECT_EQ(between.when.kind, DateRestriction::Kind::kBetween);
  EXPECT_EQ(between.when.from, 19950601);
  EXPECT_EQ(between.when.to, 19990815);
  DatedCode before = ParseDatedCode("HOB < 950601").value();
  EXPECT_EQ(before.when.kind, DateRestriction::Kind::kBefore);
  EXPECT_EQ(before.when.to, 19950601);
  DatedCode after = ParseDatedCode("IGOUNO  >070201").value();
  EXPECT_EQ(after.when.kind, DateRestriction::Kind::kOnOrAfter);
  EXPECT_EQ(after.when.from, 20070201);
  EXPECT_EQ(ParseDatedCode(" ARN ").value().code, "ARN");
}

TEST(DatedCode, RejectsDatesLeakingIntoCodes) {
  EXPECT_FALSE(ParseDatedCode("950601-990815").ok());
  EXPECT_FALSE(ParseDatedCode("AAA950601-990815").ok());
  EXPECT_FALSE(ParseDatedCode("MNEGOV 20121204").ok());
  EXPECT_FALSE(ParseDatedCode("EGYGOV 20121207-20120802").ok());
}

TEST(DatedCode, RepairsCountryInfoDefectsWhenAsked) {
  std::string repair;
  DatedCode rolled = ParseDatedCode("AFGGOV 040901-040931", &repair).value();
  EXPECT_EQ(rolled.when.to, 20041001);
  EXPECT_FALSE(repair.empty());
  repair.clear();
  DatedCode century = ParseDatedCode("AFGELI 270101-730717", &repair).value();
  EXPECT_EQ(century.when.from, 19270101);
  EXPECT_EQ(century.when.to, 19730717);
  EXPECT_FALSE(repair.empty());
  EXPECT_FALSE(ParseDatedCode("AFGELI 270101-730717").ok());
}

TEST(DatedCode, FirstMatchingDatedCodeWinsElseTheUndatedDefault) {
  std::vector<DatedCode> codes = {ParseDatedCode("AFGELI 320101-331108").value(),
                                  ParseDatedCode("AFGGOV 331108-730717").value(),
                                  ParseDatedCode("AFGELI 730717-070723").value()};
  EXPECT_EQ(ResolveCode(codes, 19320101)->code, "AFGELI");
  EXPECT_EQ(ResolveCode(codes, 19331107)->code, "AFGELI");
  EXPECT_EQ(ResolveCode(codes, 19331108)->code, "AFGGOV");  // d1 <= date < d2
  EXPECT_EQ(ResolveCode(codes, 19730717)->code, "AFGELI");
  EXPECT_EQ(ResolveCode(codes, 20070723), nullptr);
  codes.insert(codes.begin(), ParseDatedCode("AFG").value());  // undated: the default
  EXPECT_EQ(ResolveCode(codes, 20100101)->code, "AFG");
  EXPECT_EQ(ResolveCode(codes, 19320101)->code, "AFGELI");  // a dated code that holds wins
  std::vector<DatedCode> edges = {ParseDatedCode("X <950601").value(), ParseDatedCode("Y >950601").value()};
  EXPECT_EQ(ResolveCode(edges, 19950531)->code, "X");
  EXPECT_EQ(ResolveCode(edges, 19950601)->code, "Y");  // on or after
}

TEST(DatedCode, RecentlyEndedCodeIsTheRoleLeftWithinTheDays) {
  std::vector<DatedCode> codes = {ParseDatedCode("GINGOV 20101221-20210905").value(), ParseDatedCode("GINOPP").value()};
  EXPECT_EQ(RecentlyEndedCode(codes, 20210906, 7, "GOV")->code, "GINGOV");
  EXPECT_EQ(RecentlyEndedCode(codes, 20210905, 7, "GOV")->code, "GINGOV");  // the end is exclusive
  EXPECT_EQ(RecentlyEndedCode(codes, 20210912, 7, "GOV")->code, "GINGOV");
  EXPECT_EQ(RecentlyEndedCode(codes, 20210913, 7, "GOV"), nullptr);
  EXPECT_EQ(RecentlyEndedCode(codes, 20210904, 7, "GOV"), nullptr);  // still held
  EXPECT_EQ(RecentlyEndedCode(codes, 20210906, 7, "MIL"), nullptr);
  // Across a month's and a year's end.
  std::vector<DatedCode> year = {ParseDatedCode("XGOV <20210101").value()};
  EXPECT_EQ(RecentlyEndedCode(year, 20210103, 7, "GOV"), nullptr);  // "XGOV" has no country of three letters
  std::vector<DatedCode> ended = {ParseDatedCode("ABCGOV <20210101").value()};
  EXPECT_EQ(RecentlyEndedCode(ended, 20210103, 7, "GOV")->code, "ABCGOV");
}

TEST(PairedCode, Parses) {
  PairedCode pair = ParsePairedCode("042:043").value();
  EXPECT_TRUE(pair.has_pair);
  EXPECT_EQ(pair.primary, "042");
  EXPECT_EQ(pair.paired, "043");
  EXPECT_EQ(ParsePairedCode(":173").value().ToString(), ":173");
  EXPECT_EQ(ParsePairedCode("---").value().primary, "---");
  EXPECT_FALSE(ParsePairedCode("- - -").ok());
  EXPECT_FALSE(ParsePairedCode("").ok());
}

TEST(VerbPattern, ParsesTabariSyntax) {
  VerbPattern pattern = ParsePatternBody("+ IN_ $ { WAS | WERE } *", PatternSyntax::kTabari).value();
  ASSERT_EQ(pattern.before.size(), 4u);
  EXPECT_EQ(pattern.before[0].kind, PatternToken::Kind::kTarget);
  EXPECT_EQ(pattern.before[1].text, "IN");
  EXPECT_EQ(pattern.before[1].join, kJoinExactGap);
  EXPECT_EQ(pattern.before[2].kind, PatternToken::Kind::kSource);
  ASSERT_EQ(pattern.before[3].kind, PatternToken::Kind::kAlternatives);
  EXPECT_EQ(pattern.before[3].alternatives.size(), 2u);
  EXPECT_EQ(pattern.before[3].alternatives[1][0].text, "WERE");
  EXPECT_TRUE(pattern.after.empty());
  bool in_before = false;
  size_t index = 0;
  ASSERT_TRUE(pattern.Find(PatternToken::Kind::kSource, &in_before, &index));
  EXPECT_TRUE(in_before);
  EXPECT_EQ(index, 2u);

  VerbPattern tight = ParsePatternBody("*_AND_KILLED BY_ $", PatternSyntax::kTabari).value();
  EXPECT_EQ(tight.verb_join, kJoinTight);
  EXPECT_EQ(tight.after[0].text, "AND");
  EXPECT_EQ(tight.after[0].join, kJoinTight);
  VerbPattern synset = ParsePatternBody("^ $ * GOVERNMENT_&INVESTIGATION %", PatternSyntax::kPetrarch1).value();
  EXPECT_EQ(synset.before[0].kind, PatternToken::Kind::kSkip);
  EXPECT_EQ(synset.after[1].kind, PatternToken::Kind::kSynset);
  EXPECT_EQ(synset.after[1].text, "INVESTIGATION");
  EXPECT_EQ(synset.after[2].kind, PatternToken::Kind::kCompound);
  EXPECT_FALSE(ParsePatternBody("SAID + MUST POLICY", PatternSyntax::kTabari).ok());
  EXPECT_FALSE(ParsePatternBody("* COMMIT * AID", PatternSyntax::kTabari).ok());
  EXPECT_FALSE(ParsePatternBody("+ { WAS | WERE ] *", PatternSyntax::kTabari).ok());
}

TEST(VerbPattern, Petrarch1WordsAreWholeWordsAsWritten) {
  VerbPattern pattern = ParsePatternBody("SAID * RESOLUTION { TOLL | RIVER } +", PatternSyntax::kPetrarch1).value();
  EXPECT_TRUE(pattern.before[0].exact);
  EXPECT_TRUE(pattern.after[0].exact);  // not "resolutions"
  EXPECT_FALSE(pattern.after[0].stem);
  EXPECT_TRUE(pattern.after[1].alternatives[1][0].exact);
  EXPECT_FALSE(pattern.after[2].exact);  // '+' is no word
}

TEST(VerbPattern, TabariWordsAreStemsUnlessAnUnderscoreClosesThem) {
  VerbPattern pattern = ParsePatternBody("IN * MARKET_ { TOLL | RIVER_ } +", PatternSyntax::kTabari).value();
  EXPECT_TRUE(pattern.before[0].stem);   // IN
  EXPECT_FALSE(pattern.after[0].stem);   // MARKET_
  EXPECT_TRUE(pattern.after[0].exact);   // not "markets"
  EXPECT_FALSE(pattern.before[0].exact);
  EXPECT_TRUE(pattern.after[1].alternatives[0][0].stem);
  EXPECT_FALSE(pattern.after[1].alternatives[1][0].stem);
  EXPECT_FALSE(pattern.after[2].stem);   // '+' is no word
  EXPECT_FALSE(ParsePatternBody("IN_*", PatternSyntax::kTabari).value().before[0].stem);
  // "~_": a stem joined tightly to what follows.
  VerbPattern tilde = ParsePatternBody("REAL~_PLEASANT *", PatternSyntax::kTabari).value();
  EXPECT_EQ(tilde.before[0].text, "REAL");
  EXPECT_TRUE(tilde.before[0].stem);
  EXPECT_EQ(tilde.before[0].join, kJoinTight);
  EXPECT_EQ(RenderPatternBody(tilde, PatternSyntax::kTabari), "REAL~_PLEASANT *");
  // PETRARCH-1 reads TABARI's syntax but matches whole words.
  EXPECT_FALSE(ParsePatternBody("IN * MARKET", PatternSyntax::kPetrarch1).value().after[0].stem);
}

TEST(VerbPattern, ParsesPetrarch2Phrases) {
  VerbPattern pattern =
      ParsePatternBody("&AIRCRAFT * {MOCK ATTACKS} (OVER {&WEAPON ATTACK}) (TO)", PatternSyntax::kPetrarch2).value();
  ASSERT_EQ(pattern.before.size(), 1u);
  EXPECT_EQ(pattern.before[0].kind, PatternToken::Kind::kSynset);
  ASSERT_EQ(pattern.after.size(), 6u);
  EXPECT_NE(pattern.after[0].noun_group, 0);
  EXPECT_EQ(pattern.after[0].noun_group, pattern.after[1].noun_group);
  EXPECT_EQ(pattern.after[0].prep_group, 0);
  EXPECT_EQ(pattern.after[2].text, "OVER");
  EXPECT_NE(pattern.after[2].prep_group, 0);
  EXPECT_EQ(pattern.after[3].prep_group, pattern.after[2].prep_group);
  EXPECT_NE(pattern.after[3].noun_group, 0);
  EXPECT_NE(pattern.after[5].prep_group, pattern.after[2].prep_group);
  EXPECT_EQ(RenderPatternBody(pattern, PatternSyntax::kPetrarch2),
            "&AIRCRAFT * {MOCK ATTACKS} (OVER {&WEAPON ATTACK}) (TO)");
  // PETRARCH-2 quirks read correctly: '*' glued to a word, a lone ')'.
  EXPECT_EQ(ParsePatternBody("*SCEPTICAL", PatternSyntax::kPetrarch2).value().after[0].text, "SCEPTICAL");
  EXPECT_EQ(RenderPatternBody(ParsePatternBody("* (TO )", PatternSyntax::kPetrarch2).value(), PatternSyntax::kPetrarch2),
            "* (TO)");
  EXPECT_FALSE(ParsePatternBody("* VENTURE (WITH VISIT) VISIT)", PatternSyntax::kPetrarch2).ok());
}

TEST(VerbPattern, RenderRoundTrips) {
  const char* tabari[] = {"SAID + MUST * POLICY", "+ IN_ $ { WAS | WERE } *", "IN_*", "IN_ *", "IN *",
                          "*_TO_HISTOR", "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS",
                          "* PLAN_", "INCHING { &TIETYPES | CLOSER } *"};
  for (const char* text : tabari) {
    VerbPattern pattern = ParsePatternBody(text, PatternSyntax::kTabari).value();
    std::string rendered = RenderPatternBody(pattern, PatternSyntax::kTabari);
    EXPECT_EQ(ParsePatternBody(rendered, PatternSyntax::kTabari).value(), pattern) << text << " -> " << rendered;
  }
  EXPECT_EQ(RenderPatternBody(ParsePatternBody("IN_ *", PatternSyntax::kTabari).value(), PatternSyntax::kTabari),
            "IN_ *");
  EXPECT_EQ(RenderPatternBody(ParsePatternBody("IN_*", PatternSyntax::kTabari).value(), PatternSyntax::kTabari), "IN_*");
}

TEST(PatternLine, SplitsBodyCodeAndNote) {
  PatternLineParts parts = SplitPatternLine("- * (TO)     [042:043]     # RUSH", false).value();
  EXPECT_EQ(parts.body, "* (TO)");
  EXPECT_EQ(parts.code, "042:043");
  EXPECT_EQ(parts.note, "RUSH");
  PatternLineParts tabari = SplitPatternLine("- *_TO_HISTOR  [###] ;sls 12 Jul 2008", true).value();
  EXPECT_EQ(tabari.code, "###");
  EXPECT_EQ(tabari.note, "sls 12 Jul 2008");
  EXPECT_FALSE(SplitPatternLine("- SAID * AN OFFER + FOR TALKS # REJECT", false).ok());
}

TEST(Verb, RegularForms) {
  EXPECT_EQ(RegularVerbForms("ACCUSE", PatternSyntax::kPetrarch2),
            (std::vector<std::string>{"ACCUSES", "ACCUSED", "ACCUSING"}));
  EXPECT_EQ(RegularVerbForms("CARRY", PatternSyntax::kPetrarch2),
            (std::vector<std::string>{"CARRIES", "CARRYED", "CARRYING"}));
  EXPECT_EQ(RegularVerbForms("FREE", PatternSyntax::kPetrarch2),
            (std::vector<std::string>{"FREES", "FREED", "FREEING"}));
  EXPECT_EQ(RegularVerbForms("FREE", PatternSyntax::kPetrarch1),
            (std::vector<std::string>{"FREES", "FREED", "FREING"}));
  EXPECT_EQ(RegularVerbForms("+BEEF_UP", PatternSyntax::kPetrarch2),
            (std::vector<std::string>{"+BEEFS_UP", "+BEEFED_UP", "+BEEFING_UP"}));
  EXPECT_EQ(RegularVerbForms("RE_+ARREST", PatternSyntax::kPetrarch2)[1], "RE_+ARRESTED");
  EXPECT_TRUE(RegularVerbForms("ABANDON", PatternSyntax::kTabari).empty());
  EXPECT_EQ(RegularVerbForms("RETREAT_", PatternSyntax::kTabari),
            (std::vector<std::string>{"RETREATS", "RETREATES", "RETREATED", "RETREATEN", "RETREATING"}));
  EXPECT_EQ(RegularVerbForms("DECRY_", PatternSyntax::kTabari).back(), "DECRYING");
  EXPECT_EQ(RegularVerbForms("SCORE_", PatternSyntax::kTabari).back(), "SCORED");
  EXPECT_TRUE(RegularVerbForms("BAN=", PatternSyntax::kTabari).empty());
  VerbWords words = SplitVerbForm("RE_+ARREST");
  EXPECT_EQ(words.phrase.Words(), "RE ARREST");
  EXPECT_EQ(words.head, 1u);
}

TEST(Issue, ExpandsMarkers) {
  std::vector<Phrase> forms = ExpandIssueText("EARLY+CHILDHOOD N:EDUCATOR");
  std::vector<std::string> words;
  for (const Phrase& form : forms) words.push_back(form.Words());
  EXPECT_EQ(words, (std::vector<std::string>{"EARLY CHILDHOOD EDUCATOR", "EARLY CHILDHOOD EDUCATORS",
                                             "EARLY-CHILDHOOD EDUCATOR", "EARLY-CHILDHOOD EDUCATORS"}));
  EXPECT_EQ(ExpandIssueText("V:PURGE").size(), 4u);
  EXPECT_EQ(ExpandIssueText("V:PURGE")[3].Words(), "PURGING");
}

TEST(Synset, ExpansionAddsPluralsUnlessSuppressed) {
  Synset synset;
  synset.name = "CURRENCY";
  for (const char* member : {"DOLLAR", "CASH_", "SWISS FRANC", "PESO"}) synset.members.push_back({ParsePhrase(member), {}});
  std::vector<std::string> words;
  for (const Phrase& phrase : synset.Expansion()) words.push_back(phrase.Words());
  EXPECT_EQ(words, (std::vector<std::string>{"DOLLAR", "DOLLARS", "CASH", "SWISS FRANC", "PESO", "PESOS"}));
  synset.no_plural = true;
  EXPECT_EQ(synset.Expansion().size(), 4u);
}

}  // namespace
}  // namespace khaldun::dict
