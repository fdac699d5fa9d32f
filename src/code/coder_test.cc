#include "code/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "code/actor_matcher.h"
#include "dict/native_format.h"
#include "dict/source_file.h"

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CoderTest;
using coder_test::Events;
using coder_test::CodeWithVerbSyntax;
using coder_test::kDictionary;

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(Code("Pakistan attacked India."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(Code("Pakistani officials praised the United States."), (Events{"PAKGOV 051 USA"}));
}

TEST_F(CoderTest, DatedRolesFollowTheDocumentDate) {
  EXPECT_EQ(Code("Imran Khan praised India.", "2019-06-02"), (Events{"PAKGOV 051 IND"}));
  EXPECT_EQ(Code("Imran Khan praised India.", "2023-01-10"), (Events{"PAKOPP 051 IND"}));
}

TEST_F(CoderTest, ASurnameIsThePersonNamedEarlier) {
  // "Khan" alone is in no dictionary: it is the Imran Khan of the first
  // sentence, and so is the government he owns.
  EXPECT_EQ(Code("Imran Khan praised Afghanistan. Khan praised India."),
            (Events{"PAKGOV 051 AFG", "PAKGOV 051 IND"}));
  EXPECT_EQ(Code("Imran Khan praised Afghanistan. Khan's officials praised India."),
            (Events{"PAKGOV 051 AFG", "PAKGOV 051 IND"}));
  // Without the full name first, nothing.
  EXPECT_TRUE(Code("Khan praised India.").empty());
  // A Chinese or Korean name is named again by its first word, the family name.
  EXPECT_EQ(Code("Xi Jinping praised Afghanistan. Xi praised India."), (Events{"CHNGOV 051 AFG", "CHNGOV 051 IND"}));
  // A name no dictionary has, after a title or renamed by one, is that title's person.
  EXPECT_EQ(Code("Pakistani envoy Grima Wormtongue praised Afghanistan. Wormtongue praised India."),
            (Events{"PAKGOV 051 AFG", "PAKGOV 051 IND"}));
  EXPECT_EQ(Code("Grima Wormtongue, the Pakistani envoy, praised Afghanistan. Wormtongue praised India."),
            (Events{"PAKGOV 051 AFG", "PAKGOV 051 IND"}));
  // Not a group's: "Pakistani officials Grima Wormtongue" names no one person.
  EXPECT_EQ(Code("Pakistani officials praised Afghanistan. Wormtongue praised India."), (Events{"PAKGOV 051 AFG"}));
}

TEST_F(CoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Afghan soldiers were attacked by the Taliban."), (Events{"AFGINS 190 AFGMIL"}));
}

TEST_F(CoderTest, PatternsAndSynsets) {
  EXPECT_EQ(Code("Pakistan called a truce with India."), (Events{"PAK 0871 IND"}));
  // The verb alone has a null code: no event.
  EXPECT_TRUE(Code("Pakistan called India.").empty());
}

TEST_F(CoderTest, NegatedIntentBecomesARefusal) {
  EXPECT_EQ(Code("The Taliban will not call a ceasefire with Afghanistan."), (Events{"AFGINS 1246 AFG"}));
  // Withheld recognition (054 here) is a rejection.
  EXPECT_EQ(Code("Pakistan would never restore ties with India."), (Events{"PAK 120 IND"}));
  // A negated attack is no event.
  EXPECT_TRUE(Code("Pakistan did not attack India.").empty());
}

TEST_F(CoderTest, APatternThatSpellsOutTheNegationKeepsItsCode) {
  EXPECT_EQ(Code("Pakistan fought India."), (Events{"PAK 190 IND"}));
  // "NOT * +" says what not fighting is; no reject code is derived.
  EXPECT_EQ(Code("Pakistan did not fight India."), (Events{"PAK 087 IND"}));
}

TEST_F(CoderTest, RefusingToDoSomethingRejectsIt) {
  EXPECT_EQ(Code("The Taliban refused to negotiate with Afghanistan."), (Events{"AFGINS 125 AFG"}));
}

TEST_F(CoderTest, ReportedSpeechCodesWhatIsReported) {
  // (and, as it tells of another's violence, Khalilzad's accusation).
  Events events = Code("Khalilzad said Pakistan attacked India.");
  EXPECT_EQ(events, (Events{"USAGOV 112 PAK", "PAK 190 IND"}));
}

TEST_F(CoderTest, ATargetTakesItsCoordinatedNames) {
  EXPECT_EQ(Code("The Taliban praised talks in Pakistan and India."), (Events{"AFGINS 051 PAK", "AFGINS 051 IND"}));
}

TEST_F(CoderTest, ANounAfterAPatternsPrepositionIsInItsPhrase) {
  EXPECT_EQ(Code("Pakistan urged India for soldiers."), (Events{"PAK 0232 IND"}));
  EXPECT_EQ(Code("Pakistan urged India for calm after attacks by soldiers."), (Events{"PAK 020 IND"}));
}

TEST_F(CoderTest, RequestsAreNotTheRequestedEvent) {
  EXPECT_EQ(Code("The United States urged Pakistan to attack the Taliban."), (Events{"USA 020 PAK"}));
}

TEST_F(CoderTest, PairedAndSymmetricCodes) {
  EXPECT_EQ(Code("Khalilzad visited Pakistan."), (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
  EXPECT_EQ(Code("Pakistan and India met for talks."), (Events{"PAK 036 IND", "IND 036 PAK"}));
  // What the two share ("their ...") they did to each other.
  EXPECT_EQ(Code("Pakistan and India praised their agreement."), (Events{"PAK 051 IND", "IND 051 PAK"}));
  EXPECT_TRUE(Code("Pakistan and India praised the agreement.").empty());
  // What the talks are about is no party to them, nor is where they are held.
  EXPECT_EQ(Code("Pakistan and India met on Afghanistan."), (Events{"PAK 040 IND", "IND 040 PAK"}));
  EXPECT_EQ(Code("Pakistan and India met in Afghanistan."), (Events{"PAK 040 IND", "IND 040 PAK"}));
  // Visits are not paid to each other.
  EXPECT_TRUE(Code("Pakistan and India visited on Monday.").empty());
}

TEST_F(CoderTest, CompoundSubjectsCodeEachMember) {
  EXPECT_EQ(Code("Pakistan and the United States attacked the Taliban."),
            (Events{"PAK 190 AFGINS", "USA 190 AFGINS"}));
}

TEST_F(CoderTest, NominalEventsReachEveryCoordinatedTarget) {
  EXPECT_EQ(Code("Khalilzad spoke during his visit to Pakistan and India."),
            (Events{"USAGOV 042 PAK", "PAK 043 USAGOV", "USAGOV 042 IND", "IND 043 USAGOV"}));
}

TEST_F(CoderTest, ANounInsideTheCodedVerbIsNoNominalEvent) {
  // "lodged a protest" is the verb; the protest is no event of its own.
  EXPECT_EQ(Code("India lodged a protest with Pakistan over a trip by Afghanistan."), (Events{"IND 114 PAK"}));
  // Outside the verb the noun is one.
  EXPECT_EQ(Code("India made a protest with Pakistan over a trip by Afghanistan."), (Events{"AFG 140 PAK"}));
}

TEST_F(CoderTest, AMemberTakesItsGroupsCode) {
  EXPECT_EQ(Code("Pakistani soldiers attacked an official of the Taliban."), (Events{"PAKMIL 190 AFGINS"}));
}

TEST_F(CoderTest, ASubjectsDoerIsNotWhereItHappened) {
  // "a strike on a building in India": India is where, not who.
  EXPECT_TRUE(Code("A strike on a building in India killed Pakistani soldiers.").empty());
  EXPECT_EQ(Code("An attack by the Taliban killed Pakistani soldiers."), (Events{"AFGINS 1823 PAKMIL"}));
}

TEST_F(CoderTest, TabariVerbsAreStems) {
  EXPECT_EQ(Code("Pakistan restored ties with India."), (Events{"PAK 054 IND"}));
  EXPECT_EQ(Code("Pakistan is restoring ties with India."), (Events{"PAK 054 IND"}));
}

TEST_F(CoderTest, ATabariPatternNamingOnlyActorsBeatsTheDefault) {
  // SALUT's own code is [---]; its pattern "$ *" names no word.
  EXPECT_EQ(Code("Pakistan saluted India."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, ATabariPatternsActorBeforeTheVerbIsTheNearestThatFits) {
  // "$ *": TABARI reads back from the verb, so "$" is India, not Pakistan.
  EXPECT_EQ(Code("Pakistan hinted India saluted Afghanistan."), (Events{"IND 051 AFG"}));
}

TEST_F(CoderTest, ATabariCompoundCodesAmongItsMembers) {
  EXPECT_EQ(Code("Pakistan and India have postponed the summit."), (Events{"PAK 191 IND", "IND 191 PAK"}));
  // After the verb, whoever else the clause names; paired codes both ways.
  Events swapped = Code("Afghanistan has swapped prisoners with Pakistan and India.");
  std::sort(swapped.begin(), swapped.end());
  EXPECT_EQ(swapped, (Events{"IND 061 PAK", "IND 062 PAK", "PAK 061 IND", "PAK 062 IND"}));
}

TEST_F(CoderTest, TabariPatternWordsAreStems) {
  EXPECT_EQ(Code("Pakistan endorsed reformist plans with India."), (Events{"PAK 057 IND"}));
  // "HARVEST_" is the word itself, not "harvesters".
  EXPECT_TRUE(Code("Pakistan endorsed harvesters with India.").empty());
  EXPECT_EQ(Code("Pakistan endorsed harvest with India."), (Events{"PAK 058 IND"}));
}

TEST_F(CoderTest, ATabariWordClosedByUnderscoreIsThatFormOnly) {
  // "HARVEST_" is not "harvests", though that is its plural.
  EXPECT_TRUE(Code("Pakistan endorsed harvests with India.").empty());
}

TEST_F(CoderTest, ATabariSynsetMemberMayNameAnotherSynset) {
  // TIENOTE's member "&TIEKIND_NOTES" is "trade notes" or "arms notes".
  EXPECT_EQ(Code("Pakistan applauded arms notes from India."), (Events{"PAK 053 IND"}));
  EXPECT_TRUE(Code("Pakistan applauded cotton notes from India.").empty());
}

TEST_F(CoderTest, ATabariVerbClosedByEqualsIsThatFormOnly) {
  EXPECT_EQ(Code("Pakistan will shun India."), (Events{"PAK 191 IND"}));
  EXPECT_TRUE(Code("Pakistan shunned India.").empty());
}

TEST_F(CoderTest, ATabariTildeJoinsAStemTightly) {
  // "WARM~_*": a word beginning "warm" right before the verb.
  EXPECT_EQ(Code("Pakistan warmly greeted India."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, AnUnderscoreAllowsNoWordsBetween) {
  EXPECT_EQ(Code("Pakistan hosted peace talks with India."), (Events{"PAK 043 IND"}));
  EXPECT_TRUE(Code("Pakistan hosted peace and trade talks with India.").empty());
  EXPECT_TRUE(Code("Pakistan warmly and loudly greeted India.").empty());
}

TEST_F(CoderTest, ADictionaryNegationMeetsTheSplitText) {
  // The member "WON'T" is the text's "wo n't".
  EXPECT_EQ(Code("Pakistan won't scold India."), (Events{"PAK 111 IND"}));
  EXPECT_EQ(Code("Pakistan didn't scold India."), (Events{"PAK 111 IND"}));
}

TEST(CombineCodes, ARedundantAgentAddsNothing) {
  dict::Agent rights;
  rights.code = "NGM";
  rights.placement = dict::AgentPlacement::kPrepend;
  EXPECT_EQ(CombineCodes("NGM", rights), "NGM");
  EXPECT_EQ(CombineCodes("ROH", rights), "NGMROH");
  dict::Agent government;
  government.code = "GOV";
  EXPECT_EQ(CombineCodes("GOV", government), "GOV");
  EXPECT_EQ(CombineCodes("ROH", government), "ROHGOV");
}

TEST(CoderTabariActors, AOneWordTabariActorIsAStem) {
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("stems.txt", "khaldun-dictionary 1\n"
                                                           "actor ROHAN\n  code ROH\n"
                                                           "actor INDIA\n  code IND\n"
                                                           "actor LORD ELROND\n  code ELF\n"
                                                           "verbs ATTACK [190] tabari\n  verb ATTACK\n"),
                   &dictionary, &diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 0u);
  for (dict::Actor& actor : dictionary.actors) actor.stems = true;  // as the TABARI project loader sets it
  Result<Coder> coder = Coder::Create(std::move(dictionary));
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("The Rohanese attacked India."), (Events{"ROH 190 IND"}));
  // Only a capitalised word: "rohanese" is no name.
  EXPECT_TRUE(code("The rohanese attacked India.").empty());
  // A blank in a TABARI phrase lets other words come between its words.
  EXPECT_EQ(code("The Lord of Rivendell Elrond attacked India."), (Events{"ELF 190 IND"}));
}

TEST_F(CoderTest, DiscardAndComplexCodesRejectTheSentence) {
  // An actor coded ### discards the sentence, wherever it stands in it.
  EXPECT_TRUE(Code("Pakistan attacked India after Morgul fans rioted.").empty());
  // A verb coded +++ is too complex to code.
  EXPECT_TRUE(Code("Pakistan blasted India.").empty());
}

TEST_F(CoderTest, ATabariPatternReadsBackIntoTheGoverningClause) {
  // "SAID *": "said" is the clause above "it deplored".
  EXPECT_EQ(Code("Pakistan said it deplored India."), (Events{"PAK 123 IND"}));
  EXPECT_EQ(Code("Pakistan deplored India."), (Events{"PAK 122 IND"}));
  EXPECT_EQ(Code("Pakistan said it decried India."), (Events{"PAK 123 IND"}));
}

TEST_F(CoderTest, ATabariPatternReadsOnIntoTheClausesTheVerbGoverns) {
  // "* WAR": "war" is in the infinitive "to wage war" that "pledged" governs.
  EXPECT_EQ(Code("Pakistan pledged to wage war on India."), (Events{"PAK 173 IND"}));
}

TEST_F(CoderTest, APetrarch1PatternReadsOnIntoANonSpeechThatClause) {
  // "* FAIR_PARTNER": the words are in the that-clause "granted" governs.
  EXPECT_EQ(Code("Pakistan granted that India was a fair partner in trade."), (Events{"PAK 024 IND"}));
  EXPECT_TRUE(Code("Pakistan granted that India was a poor partner in trade.").empty());
}

TEST_F(CoderTest, APetrarch2PatternsWordsBeforeTheVerbLieInItsSubject) {
  EXPECT_EQ(Code("The envoy of Pakistan snubbed India."), (Events{"PAKGOV 161 IND"}));
  EXPECT_EQ(Code("Pakistan recently snubbed India."), (Events{"PAK 163 IND"}));
  // "NEITHER *" reads no subject; the subject negates the verb (163 has no
  // negated code), so nothing is coded rather than the pattern's 057.
  EXPECT_EQ(Code("Neither Pakistan nor Afghanistan snubbed India."), (Events{}));
  // An infinitive's subject is the one it takes from above: "to" is no part of it.
  EXPECT_EQ(Code("Pakistan began to snub India."), (Events{"PAK 163 IND"}));
}

TEST_F(CoderTest, APetrarch2PatternAskingForACompoundBeatsTheDefault) {
  EXPECT_EQ(Code("Pakistan and India delayed their meeting."), (Events{"PAK 120 IND", "IND 120 PAK"}));
  EXPECT_EQ(Code("Pakistan delayed its talks with India."), (Events{"PAK 014 IND"}));
}

TEST_F(CoderTest, AClauseJoinedToAnAppealByAndIsAFactOfItsOwn) {
  EXPECT_EQ(Code("Pakistan urged India on Monday and attacked Afghanistan."), (Events{"PAK 020 IND", "PAK 190 AFG"}));
}

TEST_F(CoderTest, APrefixRoleBeforeTheActorAddsItsCodeInFront) {
  EXPECT_EQ(Code("An MSF Pakistani envoy praised India."), (Events{"NGOPAKGOV 051 IND"}));
}

TEST_F(CoderTest, AnActOnAThatClauseConcernsItsSubject) {
  EXPECT_EQ(Code("Pakistan allowed that India was not an easy neighbour."), (Events{"PAK 080 IND"}));
}

TEST(CoderRequireDyad, OffCodesAClauseWithoutATargetBesideWhatItReports) {
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("test.txt", kDictionary), &dictionary, &diagnostics);
  CoderOptions options;
  options.require_dyad = false;
  Result<Coder> coder = Coder::Create(std::move(dictionary), options);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto code = [&](std::string_view sentence) { return coder_test::CodeTriples(coder.value(), sentence); };
  EXPECT_EQ(code("Pakistan praised the plan."), (Events{"PAK 051 ---"}));
  // (Here a speech act telling of another's violence is its accusation.)
  EXPECT_EQ(code("Pakistan said on Monday the Taliban attacked India."), (Events{"PAK 112 AFGINS", "AFGINS 190 IND"}));
}

TEST_F(CoderTest, AWordJoinedWithAnUnderscoreIsTheWordsItJoins) {
  EXPECT_EQ(Code("Pakistan praised the United_States."), (Events{"PAK 051 USA"}));
}

TEST(CoderNegations, AnOntologysNegationCodesANegatedVerbGroup) {
  // An ontology that defines praise (051) as the negation of disapproval
  // (110): "did not praise" is 110, where CAMEO's table has no event.
  auto code = [](std::vector<CodeNegation> negations, std::string_view sentence) {
    dict::Dictionary dictionary;
    Diagnostics diagnostics;
    dict::ReadNative(dict::SourceFile::FromText("test.txt", kDictionary), &dictionary, &diagnostics);
    CoderOptions options;
    options.negations = std::move(negations);
    Result<Coder> coder = Coder::Create(std::move(dictionary), options);
    if (!coder.ok()) return std::vector<std::string>();
    return coder_test::CodeTriples(coder.value(), sentence);
  };
  EXPECT_EQ(code({}, "Pakistan did not praise India."), (Events{}));
  EXPECT_EQ(code({{"051", "110"}}, "Pakistan did not praise India."), (Events{"PAK 110 IND"}));
  // Only negated verb groups: the praise itself is still 051.
  EXPECT_EQ(code({{"051", "110"}}, "Pakistan praised India."), (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, AWordATabariVerbsFileListsIsAVerbWhereverItStands) {
  // "made" codes nothing; "pledge", which the tagger takes for a noun, is
  // PLEDG's.
  EXPECT_EQ(Code("Pakistan made a pledge to India."), (Events{"PAK 050 IND"}));
  // Not when a verb before it codes already: TABARI codes the first verb.
  EXPECT_EQ(Code("Pakistan praised India as Afghanistan made a pledge to the United States."),
            (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, ATabariModalListedAsAVerbIsTheVerb) {
  // SHOULD comes before HELP, whose own code would hold otherwise; the
  // source is the sentence's first actor, as TABARI has it.
  EXPECT_EQ(Code("Pakistan advised India should help Afghanistan."), (Events{"PAK 101 AFG"}));
  // The negation is HELP's; SHOULD's pattern does not read it.
  EXPECT_EQ(Code("Pakistan advised India should not help Afghanistan."), (Events{"PAK 101 AFG"}));
  // The first actor brings its coordination.
  EXPECT_EQ(Code("Pakistan and the United States advised India should help Afghanistan."),
            (Events{"PAK 101 AFG", "USA 101 AFG"}));
}

TEST_F(CoderTest, AWordATabariVerbsFileListsIsAVerbOutsideEveryClause) {
  // The tagger finds no verb here: "pledges" is PLEDG's all the same.
  EXPECT_EQ(Code("Pakistan pledges support to India."), (Events{"PAK 050 IND"}));
  // Not a word of another format's verbs (PRAISE is PETRARCH-2's).
  EXPECT_TRUE(Code("Pakistan praise for India.").empty());
}

TEST_F(CoderTest, ATabariVerbTakesTheFirstActorBeforeIt) {
  // "he" names no actor: the sentence's first actor before the verb acts.
  EXPECT_EQ(Code("Pakistan hinted he would deplore India."), (Events{"PAK 122 IND"}));
  // And so when the subject does name one: TABARI reads no grammar.
  EXPECT_EQ(Code("Pakistan hinted India would deplore Afghanistan."), (Events{"PAK 122 AFG"}));
}

TEST_F(CoderTest, ATabariPatternReadsBackToTheStartOfTheSentence) {
  // "NOTED *": "noted" is two clauses above "it deplored".
  EXPECT_EQ(Code("Pakistan noted that officials thought that it deplored India."), (Events{"PAK 124 IND"}));
}

TEST_F(CoderTest, ATabariPatternReadsOnToTheEndOfTheSentence) {
  // "* WAR": "war" is in a clause that "pledged" does not govern.
  EXPECT_EQ(Code("Pakistan pledged to India that it would wage war."), (Events{"PAK 173 IND"}));
}

TEST_F(CoderTest, ATabariVerbTakesTheFirstActorAfterIt) {
  // India is in a relative clause, no party to "deplored" by the grammar.
  EXPECT_EQ(Code("Pakistan deplored the decision that hurt India."), (Events{"PAK 122 IND"}));
  // Not in a short aside set off by a comma; a long one is no aside.
  EXPECT_TRUE(Code("Pakistan deplored the decision, days after talks in India.").empty());
  EXPECT_EQ(Code("Pakistan deplored the decision, which came many days after the long and difficult talks with the "
                 "envoys of India."),
            (Events{"PAK 122 IND"}));
}

// PETRARCH-1 reads the agent phrases inside the main one too; other
// syntaxes keep the longest phrase only (CodeWithVerbSyntax: the fixture).

TEST(CoderAgentAccumulation, Petrarch1AddsTheAgentsInsideTheMainOne) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistani chief border guards praised India."),
            (Events{"PAKCBGBGD 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "The human rights team in Pakistan praised India."),
            (Events{"RTAHRTPAK 051 IND"}));
}

TEST(CoderAgentAccumulation, Petrarch1BasesANamesRoleOnThePossessor) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan's minister Eomund praised India."), (Events{"PAKGOV 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan's minister Eomund praised India."), (Events{"AFGGOV 051 IND"}));
}

TEST(CoderVerbPhraseScope, Petrarch1CodesAVerbPhraseOnce) {
  // The "after" clause lies inside the coded verb phrase of "praised".
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan praised India after Eomund praised Pakistan."),
            (Events{"PAK 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan praised India after Eomund praised Pakistan."),
            (Events{"PAK 051 IND", "AFG 051 PAK"}));
  // So does a participle after the verb.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan praised India for the praising of Eomund."),
            (Events{"PAK 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan praised India for the praising of Eomund."),
            (Events{"PAK 051 IND", "PAK 051 AFG"}));
}

TEST(CoderCompoundPattern, Petrarch1AimsAtTheFirstActorOfTheVerbPhrase) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan and India have postponed their talks after a scout was seen in "
                                            "Eomund."),
            (Events{"PAK 191 AFG", "IND 191 AFG"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan and India have postponed their talks."),
            (Events{"PAK 191 IND", "IND 191 PAK"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan and India have postponed their talks after a scout was seen in "
                                            "Eomund."),
            (Events{"PAK 191 IND", "IND 191 PAK"}));
}

TEST(CoderCompoundPattern, Petrarch1TakesACompoundAfterTheVerbAsTheTarget) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan agreed with India and Eomund."),
            (Events{"PAK 031 IND", "PAK 031 AFG"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan agreed with India and Eomund."),
            (Events{"IND 031 AFG", "AFG 031 IND"}));
}

TEST(CoderPassive, Petrarch1KnowsAPassiveByItsByPhrase) {
  // Without "by" the subject is the source.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan was praised over its talks with India."),
            (Events{"PAK 051 IND"}));
  // PETRARCH-2 takes the doer from the verb's "with" phrase.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan was praised over its talks with India."),
            (Events{"IND 051 PAK"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan was praised by India."), (Events{"IND 051 PAK"}));
}

TEST(CoderPatternTarget, Petrarch1TakesTheSourceFromTheClauseThatReadTheWordsBeforeTheVerb) {
  // "NOTED + *": India, the subject of "deplored", is the target; the
  // source is the subject of "noted".
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan noted that India deplored the decision."),
            (Events{"PAK 112 IND"}));
}

TEST(CoderSkipMarker, Petrarch1SkipsTheRestOfTheWordsNounPhrase) {
  // "THEIR ^ +": '^' after "their" skips "farm workers", no actor.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch1", "Pakistan praised their farm workers before India."),
            (Events{"PAK 052 IND"}));
  // Elsewhere '^' skips an actor, and there is none in "farm workers".
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan praised their farm workers before India."),
            (Events{"PAK 051 IND"}));
}

TEST(CoderAgentAccumulation, OtherSyntaxesKeepTheLongestAgent) {
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistani chief border guards praised India."),
            (Events{"PAKCBG 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("tabari", "Pakistani chief border guards praised India."), (Events{"PAKCBG 051 IND"}));
}

TEST_F(CoderTest, NationalitiesShareTheHeadNoun) {
  EXPECT_EQ(Code("Pakistani and Afghan soldiers attacked India."), (Events{"PAKMIL 190 IND", "AFGMIL 190 IND"}));
  // After a preposition too: one phrase, two actors.
  EXPECT_EQ(Code("India attacked Pakistani and Afghan soldiers."), (Events{"IND 190 PAKMIL", "IND 190 AFGMIL"}));
}

TEST_F(CoderTest, NamesRunThroughAPossessive) {
  EXPECT_EQ(Code("The People's Peace Movement praised Pakistan."), (Events{"AFGCVL 051 PAK"}));
  // A possessor that does not start a longer name stays the possessor.
  EXPECT_EQ(Code("Pakistan's soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
}

TEST_F(CoderTest, ReferencesResolveToEarlierActors) {
  const std::vector<Event> events = CodeDocument("Khalilzad arrived in Kabul on Sunday. He praised Pakistan.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "USAGOV");
  EXPECT_EQ(events[0].source.how, "pronoun");
  EXPECT_EQ(events[0].sentence, 2u);
}

TEST_F(CoderTest, ProtestsNeedNoTarget) {
  EXPECT_EQ(Code("Afghan protesters protested on Friday."), (Events{"AFGOPP 140 ---"}));
  // But one without a target repeats one of the same source and code that
  // has one.
  EXPECT_EQ(Code("Pakistani protesters protested for hours, and then they protested against India."),
            (Events{"PAKOPP 140 IND"}));
}

TEST_F(CoderTest, DiscardsSkipTheSentence) {
  EXPECT_TRUE(Code("Pakistan attacked India in the football match.").empty());
  EXPECT_TRUE(Code("Pakistan attacked India two years ago.").empty());
  // A time phrase in a relative clause makes only that clause history.
  EXPECT_EQ(Code("Pakistan jailed Afghan soldiers who had attacked India two years ago."),
            (Events{"PAK 173 AFGMIL"}));
}

TEST_F(CoderTest, EventsCarryProvenance) {
  CoderWorkspace workspace;
  std::string text = "Pakistan attacked India.";
  std::vector<Event> events = coder_->CodeSentence(text, ParseDate("2019-06-02"), &workspace);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.source.span.of(text), "Pakistan");
  EXPECT_EQ(e.target.span.of(text), "India");
  EXPECT_EQ(e.verb_span.of(text), "attacked");
  EXPECT_EQ(e.date, "2019-06-02");
  EXPECT_EQ(e.date_origin, DateOrigin::kDocument);
  ASSERT_FALSE(e.source.entries.empty());
  EXPECT_EQ(e.source.entries[0].rfind("test.txt:", 0), 0u) << e.source.entries[0];
  EXPECT_EQ(e.pattern_entry.rfind("test.txt:", 0), 0u) << e.pattern_entry;
}

TEST_F(CoderTest, WantingToAttackIsAThreatAndABareWishIsNoEvent) {
  EXPECT_EQ(Code("Pakistan wants to attack India."), (Events{"PAK 138 IND"}));
  EXPECT_TRUE(Code("Pakistan wants India to reconsider.").empty());
}

TEST_F(CoderTest, TheDeedAVerbCarriesOutIsNoTarget) {
  // "conducted exercises": the object names the deed; the place is the target.
  EXPECT_EQ(Code("Pakistani soldiers conducted military exercises in Afghanistan."), (Events{"PAKMIL 150 AFG"}));
}

TEST_F(CoderTest, OnlyTheVisitorIntendsAVisit) {
  // The host's paired code (043) is no intention of the host's.
  EXPECT_EQ(Code("Khalilzad wants to visit Pakistan."), (Events{"USAGOV 036 PAK"}));
}

TEST_F(CoderTest, APassiveSubjectsDoerIsTheTarget) {
  // Praise of the attackers, not of India; the soldiers are not the
  // attackers' country's.
  EXPECT_EQ(Code("The killing of soldiers by the Taliban was praised by Pakistan."), (Events{"PAK 051 AFGINS"}));
}

TEST_F(CoderTest, ANameModifyingAnEventNounIsItsSource) {
  // One way: an attack "on" someone is not mutual.
  EXPECT_EQ(Code("Pakistani attacks on India worried the United States."), (Events{"PAK 190 IND"}));
}

TEST_F(CoderTest, AnAspectVerbPassesItsComplementUp) {
  EXPECT_EQ(Code("Pakistan wants to keep attacking India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistan wants to continue attacking India."), (Events{"PAK 138 IND"}));
}

TEST_F(CoderTest, TheMeansOfAnIntentionHaveNotHappenedEither) {
  EXPECT_EQ(Code("Pakistan wants to attack India by helping the Taliban."), (Events{"PAK 138 IND"}));
}

TEST_F(CoderTest, WhatAPunishmentIsForIsNotCoded) {
  // "helping insurgents attack India" is alleged; "attack" is the bare
  // infinitive of "help", not a clause of its own.
  EXPECT_EQ(Code("Afghanistan jailed a Pakistani official for helping insurgents attack India."),
            (Events{"AFG 173 PAKGOV"}));
  // So is what sanctions punish.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan snubbed India for deploring Eomund."), (Events{"PAK 163 IND"}));
  // And what a charge says, whatever the clause that names it.
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan praised India on suspicion of deploring Eomund."),
            (Events{"PAK 051 IND"}));
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan praised India over allegations of deploring Eomund."),
            (Events{"PAK 051 IND"}));
}

TEST_F(CoderTest, ARelativeClauseLendsNoTarget) {
  // Praise of the group, not of India; the group is in no dictionary.
  EXPECT_TRUE(Code("Pakistan praised the group that attacked India.").empty());
}

TEST_F(CoderTest, ThatAfterATimeOpensTheReport) {
  EXPECT_EQ(Code("Khalilzad said on Sunday that the Taliban attacked India."),
            (Events{"USAGOV 112 AFGINS", "AFGINS 190 IND"}));
}

TEST_F(CoderTest, ACommentIsAboutTheSubjectOfWhatItReports) {
  EXPECT_EQ(Code("Pakistan expressed hope on Sunday that India would change course."), (Events{"PAK 013 IND"}));
  EXPECT_EQ(Code("Pakistan said on Sunday that India would change course."), (Events{"PAK 010 IND"}));
}

TEST_F(CoderTest, TheTopicOfTalksIsNotDone) {
  EXPECT_EQ(Code("Khalilzad met Pakistani officials to discuss plans to attack India."), (Events{"USAGOV 040 PAKGOV"}));
}

TEST_F(CoderTest, ASpeakersOwnFutureDeedIsItsIntention) {
  // "it" opening what a state says is the state.
  EXPECT_EQ(Code("Pakistan said it attacked India."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(Code("Pakistan said it would attack India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistani soldiers said it attacked India."), (Events{"PAKMIL 190 IND"}));
  // A person named is not "it".
  EXPECT_TRUE(Code("Imran Khan said it attacked India.").empty());
  EXPECT_EQ(Code("Pakistan said India will attack the Taliban."), (Events{"IND 190 AFGINS"}));
  // So is a future joined by "and" to what it says of itself.
  EXPECT_EQ(Code("Pakistan said it praised India and would attack Afghanistan."),
            (Events{"PAK 051 IND", "PAK 138 AFG"}));
}

TEST_F(CoderTest, ARoleOwnedByItsTakesTheGroupItRefersTo) {
  EXPECT_EQ(Code("Pakistan said its soldiers attacked the Taliban."), (Events{"PAKMIL 190 AFGINS"}));
  // A group named by a plural is "their", never "its".
  EXPECT_EQ(Code("Pakistan said Houthi rebels attacked its soldiers."), (Events{"PAK 112 YEMREB", "YEMREB 190 PAKMIL"}));
}

TEST_F(CoderTest, WhatSomeoneIsKeptFromDoingIsNotDone) {
  EXPECT_TRUE(Code("Pakistan barred its officials from visiting Afghanistan.").empty());
  EXPECT_TRUE(Code("Pakistan refrained from attacking India.").empty());
}

TEST_F(CoderTest, APurposeOfTheSameKindIsTheSameAct) {
  EXPECT_EQ(Code("Pakistani protesters protested against India to protest."), (Events{"PAKOPP 140 IND"}));
  // The one kept is aimed at someone rather than at a place.
  EXPECT_EQ(Code("Pakistani protesters protested in Kabul to protest against India."), (Events{"PAKOPP 140 IND"}));
}

TEST_F(CoderTest, APatternsWordsStopAtWithout) {
  EXPECT_TRUE(Code("Pakistan called India without a truce.").empty());
}

TEST_F(CoderTest, ATargetOnlyPatternBeatsANullDefaultWhenTheTargetIsTheObject) {
  EXPECT_EQ(Code("Pakistan struck the Taliban."), (Events{"PAK 190 AFGINS"}));
  EXPECT_TRUE(Code("Pakistan struck a trade deal with India.").empty());
}

TEST_F(CoderTest, ForceNearABorderIsNotDoneToTheCountryNamedOnIt) {
  // (The country before the border says where: the insurgents are the
  // sentence's only country's.)
  EXPECT_EQ(Code("Pakistani soldiers killed insurgents near the Afghan border."), (Events{"PAKMIL 1823 PAKINS"}));
  EXPECT_EQ(Code("Pakistani soldiers killed insurgents in Afghanistan."), (Events{"PAKMIL 1823 AFGINS"}));
}

TEST_F(CoderTest, TheFallbackTargetStopsAtATimePhrase) {
  EXPECT_TRUE(Code("Pakistani officials helped civilians after an attack by India.").empty());
}

TEST_F(CoderTest, PartiesAgreeingToSettleDoSoMutually) {
  // The phrase of an opening preposition is no member of the subject.
  EXPECT_EQ(Code("After months of talks, Pakistan and India agreed on peace."),
            (Events{"PAK 037 IND", "IND 037 PAK"}));
}

TEST_F(CoderTest, EachOtherIsReciprocal) {
  EXPECT_EQ(Code("Pakistan and India praised each other."), (Events{"PAK 051 IND", "IND 051 PAK"}));
}

TEST_F(CoderTest, SpeculationIsNoEvent) {
  EXPECT_TRUE(Code("Pakistan might attack India.").empty());
  // What is said to be possible is only a statement.
  EXPECT_EQ(Code("Pakistan said India could attack the Taliban."), (Events{"PAK 010 IND"}));
}

TEST_F(CoderTest, AnInstitutionIsTheSentencesCountrysNotAnEarlierOne) {
  const std::vector<Event> events = CodeDocument("Pakistani officials praised India. Afghan protesters protested against the government.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].source.code, "AFGOPP");
  EXPECT_EQ(events[1].target.code, "AFGGOV");
  // The opposition too.
  const std::vector<Event> opposition = CodeDocument("Pakistani opposition praised India. Afghan officials praised the opposition.");
  ASSERT_EQ(opposition.size(), 2u);
  EXPECT_EQ(opposition[1].target.code, "AFGOPP");
  // And an assembly.
  const std::vector<Event> assembly =
      CodeDocument("Pakistan's National Assembly praised India. Afghan officials praised the National Assembly.");
  ASSERT_EQ(assembly.size(), 2u);
  EXPECT_EQ(assembly[0].source.code, "PAKLEG");
  EXPECT_EQ(assembly[1].target.code, "AFGLEG");
  // No earlier sentence's group is international.
  const std::vector<Event> world = CodeDocument("Afghan protesters praised India. Pakistan praised the international protesters.");
  for (const Event& e : world) EXPECT_NE(e.target.code, "AFGOPP") << e.code;
}

TEST_F(CoderTest, WhatIsDeniedIsNotCoded) {
  EXPECT_EQ(Code("Pakistan denied that it attacked India."), (Events{"PAK 016 ---"}));
  EXPECT_EQ(Code("Pakistan denied attacking the Taliban."), (Events{"PAK 016 AFGINS"}));
  // So is what a denied report says, however the parser hung its "that".
  EXPECT_EQ(CodeWithVerbSyntax("petrarch2", "Pakistan denied reports by India that Eomund praised Pakistan."),
            (Events{"PAK 016 IND"}));
}

TEST_F(CoderTest, WhatIsOrderedIsNotYetDone) {
  EXPECT_TRUE(Code("Pakistan ordered its soldiers to attack India.").empty());
  // Even when the dictionaries do not code the order.
  EXPECT_TRUE(Code("Pakistan instructed its soldiers to attack India.").empty());
  // Nor is telling one's own forces a demand on anyone.
  EXPECT_TRUE(Code("Pakistan told its soldiers to attack India.").empty());
  // Nor what they are ordered to keep doing.
  EXPECT_TRUE(Code("Pakistan ordered the army to keep attacking India.").empty());
}

TEST_F(CoderTest, ALowerCaseCommonNounAfterAIsNoName) {
  EXPECT_EQ(Code("Amnesty praised Pakistan."), (Events{"NGOHRIAMN 051 PAK"}));
  EXPECT_TRUE(Code("Pakistan praised an amnesty.").empty());
}

TEST_F(CoderTest, APatternForTheWholeConstructionBeatsTheInfinitivesOwn) {
  EXPECT_EQ(Code("Pakistan and India agreed to end hostilities."), (Events{"PAK 036 IND", "IND 036 PAK"}));
}

TEST_F(CoderTest, ATimePhraseEndsWhatAPatternReads) {
  EXPECT_EQ(Code("Pakistan called a truce with India."), (Events{"PAK 0871 IND"}));
  EXPECT_TRUE(Code("Pakistan called India after the truce.").empty());
}

TEST_F(CoderTest, AgreeingToACeasefireTogetherIsMutual) {
  EXPECT_EQ(Code("Pakistan and India agreed to a ceasefire."), (Events{"PAK 0356 IND", "IND 0356 PAK"}));
  // A proposal is made to others, not to each other.
  EXPECT_TRUE(Code("Pakistan and India proposed a ceasefire.").empty());
  EXPECT_EQ(Code("Pakistan and India proposed a ceasefire to the Taliban."),
            (Events{"PAK 0356 AFGINS", "IND 0356 AFGINS"}));
}

TEST_F(CoderTest, TheAimOfANounIsNoDeed) {
  EXPECT_EQ(Code("Pakistan praised the Taliban's efforts to attack India."), (Events{"PAK 051 AFGINS"}));
  // A verb that may be a noun of purpose is still the verb: an intention.
  EXPECT_EQ(Code("Pakistan plans to attack India."), (Events{"PAK 138 IND"}));
  EXPECT_EQ(Code("Pakistan praised the Taliban's plans to attack India."), (Events{"PAK 051 AFGINS"}));
  // A mandate, right or power to act is no act either.
  EXPECT_TRUE(Code("Pakistan said it had a mandate to attack India.").empty());
  EXPECT_TRUE(Code("Pakistan has the right to attack India.").empty());
}

TEST_F(CoderTest, AWishThatSomeoneElseActIsAnAppealToThem) {
  EXPECT_EQ(Code("The US wants Pakistan to attack India."), (Events{"USA 020 PAK"}));
  // One's own wish to act is an intention.
  EXPECT_EQ(Code("Pakistan wants to attack India."), (Events{"PAK 138 IND"}));
}

TEST_F(CoderTest, VictimsBelongWhereTheyWereHarmed) {
  EXPECT_EQ(Code("Pakistani soldiers killed two civilians at a market in Afghanistan."),
            (Events{"PAKMIL 1823 AFGCVL"}));
  EXPECT_EQ(Code("Two civilians were killed by Pakistani soldiers near the border of Afghanistan."),
            (Events{"PAKMIL 1823 AFGCVL"}));
  // The doer's country is not the victims'.
  EXPECT_TRUE(Code("Ten civilians were killed by Pakistani soldiers.").empty());
}

TEST_F(CoderTest, AnOfPhraseBelongsToTheNounBeforeIt) {
  EXPECT_EQ(Code("India reported Pakistani shelling of Afghanistan."), (Events{"PAK 194 AFG"}));
  EXPECT_TRUE(Code("India reported Pakistani shelling in the east of Afghanistan.").empty());
}

TEST_F(CoderTest, WhatIsRejectedHasNotHappened) {
  EXPECT_EQ(Code("India refused the Pakistani attack on Afghanistan."), (Events{"IND 120 PAK"}));
  EXPECT_EQ(Code("India refused a Pakistani plan attacking Afghanistan."), (Events{"IND 120 PAK"}));
}

TEST_F(CoderTest, TheTollOfAnAttackIsNoSecondAttack) {
  EXPECT_EQ(Code("Pakistani soldiers attacked the Taliban, killing two insurgents."), (Events{"PAKMIL 190 AFGINS"}));
  // A casualty joined to the toll is part of it.
  EXPECT_EQ(Code("Pakistani soldiers attacked the Taliban, killing two insurgents and killing five civilians."),
            (Events{"PAKMIL 190 AFGINS"}));
  // Nor is the toll of what no one did an attack.
  EXPECT_TRUE(Code("A Pakistani plane crashed in India, killing two civilians.").empty());
  // Weapons are fired by someone: the country before them.
  EXPECT_EQ(Code("Pakistani shells landed in India, killing two civilians."), (Events{"PAK 1823 INDCVL"}));
  // But what an actor did, coded or not, is: the dead are of the other
  // country, however many.
  EXPECT_EQ(Code("Pakistani soldiers entered Afghanistan, killing hundreds of civilians."),
            (Events{"PAKMIL 1823 AFGCVL"}));
}

TEST_F(CoderTest, AVerbOfOccurrenceHandsItsPartiesToTheEvent) {
  EXPECT_EQ(Code("Clashes erupted between Pakistan and India."), (Events{"PAK 190 IND", "IND 190 PAK"}));
  EXPECT_EQ(Code("Fighting broke out between Pakistan and India."), (Events{"PAK 190 IND", "IND 190 PAK"}));
}

TEST_F(CoderTest, ForcesDeployRatherThanVisit) {
  EXPECT_TRUE(Code("Pakistani soldiers visited Afghanistan.").empty());
  EXPECT_EQ(Code("Pakistani officials visited Afghanistan."), (Events{"PAKGOV 042 AFG", "AFG 043 PAKGOV"}));
}

TEST_F(CoderTest, AVerbThatCarriesOutAnEventLendsItsSubject) {
  EXPECT_EQ(Code("Pakistan began an attack on India."), (Events{"PAK 190 IND"}));
  EXPECT_EQ(Code("Pakistan announced an attack on India."), (Events{"PAK 190 IND"}));
  // Condemning an attack is not making it.
  EXPECT_EQ(Code("Pakistan condemned an attack on India."), (Events{}));
}

TEST_F(CoderTest, APatternsPrepositionReadsNoFurtherThanItsPhrase) {
  // VISIT's "(TO +)" is not "to meet the Taliban".
  EXPECT_EQ(Code("Pakistani officials visited Kabul to meet the Taliban."),
            (Events{"PAKGOV 042 AFGGOV", "AFGGOV 043 PAKGOV", "PAKGOV 040 AFGINS"}));
}

TEST_F(CoderTest, AnAcronymRunsIntoTheNounItModifies) {
  EXPECT_EQ(Code("The US special envoy visited Pakistan."), (Events{"USAGOV 042 PAK", "PAK 043 USAGOV"}));
}

TEST_F(CoderTest, ANominalEventInsideWhatHasNotHappenedHasNotHappened) {
  EXPECT_EQ(Code("Pakistan wants to meet India to prevent a Taliban attack on India."), (Events{"PAK 036 IND"}));
}

TEST_F(CoderTest, ARegionsPossessiveBeforeASuperlativeRanks) {
  EXPECT_EQ(Code("Pakistani soldiers attacked Asia's largest base in India."), (Events{"PAKMIL 190 IND"}));
  EXPECT_EQ(Code("Pakistani soldiers attacked India's largest base."), (Events{"PAKMIL 190 IND"}));
}

TEST_F(CoderTest, AttributionAfterTheSentenceIsAVerb) {
  // "reports" is the verb of "Reuters", not a plural noun in apposition.
  EXPECT_EQ(Code("Pakistan attacked India, Reuters reports."), (Events{"PAK 190 IND"}));
}

}  // namespace
}  // namespace khaldun
