#include "lang/language_analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "lang/analysis_format.h"
#include "lang/analyzer_test_env.h"

namespace khaldun {
namespace {

class LanguageAnalyzerTest : public testing::AnalyzerTest {};

TEST_F(LanguageAnalyzerTest, ChunksPossessorsAndTitles) {
  const SentenceAnalysis& a = Analyze("Taliban chief Haibatullah Akhundzada met the Taliban's leader.");
  EXPECT_EQ(FormatChunks(a), "[Taliban chief Haibatullah Akhundzada] met [the Taliban 's] [leader] .");
  const NounPhrase& first = a.nps[0];
  EXPECT_EQ(a.words[first.head], "Akhundzada");
  EXPECT_EQ(a.Text(first.modifiers_begin, first.name_begin), "Taliban chief");
  const NounPhrase& leader = a.nps[2];
  EXPECT_EQ(leader.possessor, 1);
  EXPECT_EQ(a.NpText(2), "the Taliban 's leader");
}

TEST_F(LanguageAnalyzerTest, ASuperlativesDegreeAdverbIsInItsPhrase) {
  EXPECT_EQ(FormatChunks(Analyze("Milei, the most vocal admirer of Trump, praised him.")),
            "[Milei] , [the most vocal admirer] of [Trump] , praised [him] .");
  EXPECT_EQ(FormatChunks(Analyze("Milei, Trump's most vocal admirer, praised him.")),
            "[Milei] , [Trump 's] [most vocal admirer] , praised [him] .");
}

TEST_F(LanguageAnalyzerTest, AFirstWordBeforeAFiniteVerbIsNoAdjective) {
  // "manila" is an adjective in lower case; as the subject it is the city.
  EXPECT_EQ(FormatChunks(Analyze("Manila lodged a protest with Beijing.")),
            "[Manila] lodged [a protest] with [Beijing] .");
}

TEST_F(LanguageAnalyzerTest, ATwoWordNationalityOpeningTheSentenceIsOnePhraseWithItsNoun) {
  EXPECT_EQ(FormatChunks(Analyze("Sri Lankan troops killed five rebels.")),
            "[Sri Lankan troops] killed [five rebels] .");
  EXPECT_EQ(FormatChunks(Analyze("On Monday, Costa Rican police arrested two men.")),
            "On [Monday] , [Costa Rican police] arrested [two men] .");
}

TEST_F(LanguageAnalyzerTest, AStatesAcronymJoinedToANationalitySharesItsNoun) {
  EXPECT_EQ(FormatChunks(Analyze("About 17,000 U.S. and Philippine troops began exercises.")),
            "[About 17,000 U.S. and Philippine troops] began [exercises] .");
  // Not a name: "Gondor and Rohan troops" are two phrases to the chunker.
  EXPECT_EQ(FormatChunks(Analyze("US and Rohan troops met.")), "[US] and [Rohan troops] met .");
}

TEST_F(LanguageAnalyzerTest, ANationalityJoinedToAnotherAfterAPrepositionSharesItsNoun) {
  EXPECT_EQ(FormatChunks(Analyze("Riyadh hosted talks between American and Russian officials.")),
            "[Riyadh] hosted [talks] between [American and Russian officials] .");
  // A name that cannot be an adjective stays a phrase of its own.
  EXPECT_EQ(FormatChunks(Analyze("They met Obama and Russian officials.")),
            "[They] met [Obama] and [Russian officials] .");
}

TEST_F(LanguageAnalyzerTest, DueToBeforeABareVerbIsAnInfinitiveNotAPreposition) {
  const SentenceAnalysis& a = Analyze("Talks that had been due to resume on Sunday were postponed.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kInfinitival);
  EXPECT_EQ(a.clauses[1].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[2].subject_np), "Talks");
  // Before a noun it is still one preposition.
  EXPECT_EQ(FormatChunks(Analyze("The visit was postponed due to the storm.")),
            "[The visit] was postponed due to [the storm] .");
}

TEST_F(LanguageAnalyzerTest, WhatKilledInARelativeAfterAnAttackOnAPlaceIsTheAttack) {
  const SentenceAnalysis& a = Analyze("Orcs carried out bombings on churches and inns that killed 290 people.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].antecedent_np), "bombings");
  // Other verbs keep the noun before: "convoys that carried aid".
  const SentenceAnalysis& b = Analyze("Orcs carried out attacks on convoys that carried aid.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.HeadText(b.clauses[1].antecedent_np), "convoys");
}

TEST_F(LanguageAnalyzerTest, ACommaAndBeforeANameWithItsPlaceAndAVerbJoinsClauses) {
  const SentenceAnalysis& a =
      Analyze("Gondor arrested the envoy at the request of Rohan, and the Mordor embassy in Bree demanded his release.");
  const Clause* demanded = nullptr;
  for (const Clause& clause : a.clauses) {
    if (a.Text(clause.verb.begin, clause.verb.end) == "demanded") demanded = &clause;
  }
  ASSERT_NE(demanded, nullptr);
  EXPECT_EQ(demanded->actor_np() == kNone ? "" : a.HeadText(demanded->actor_np()), "embassy");
}

TEST_F(LanguageAnalyzerTest, APastFormAfterAnObjectsNumberModifiesTheNoun) {
  EXPECT_EQ(FormatChunks(Analyze("Venezuela released six detained Americans.")),
            "[Venezuela] released [six detained Americans] .");
}

TEST_F(LanguageAnalyzerTest, AReducedRelativesGerundDoesNotLendTheMainVerbASubject) {
  // The main verb's subject is the noun the participle hangs from, not the
  // object of a preposition in the gerund the participle governs.
  const SentenceAnalysis& a = Analyze("The activists jailed for marching against Minsk were freed by Lukashenko.");
  const Clause* freed = nullptr;
  for (const Clause& clause : a.clauses) {
    if (a.Text(clause.verb.begin, clause.verb.end) == "were freed") freed = &clause;
  }
  ASSERT_NE(freed, nullptr);
  EXPECT_EQ(freed->kind, ClauseKind::kMain);
  EXPECT_EQ(freed->actor_np() == kNone ? "" : a.HeadText(freed->actor_np()), "activists");
}

TEST_F(LanguageAnalyzerTest, ANameAfterACommonNounsPlaceRenamesTheNoun) {
  const SentenceAnalysis& a = Analyze("The Russian commander in Syria, General Sergei Surovikin, met Turkish officials.");
  ASSERT_FALSE(a.clauses.empty());
  EXPECT_EQ(a.clauses.front().actor_np() == kNone ? "" : a.HeadText(a.clauses.front().actor_np()), "commander");
  // A fronted place before the subject's name renames nothing.
  const SentenceAnalysis& b = Analyze("In Makkah, Khalilzad met Imran Khan.");
  ASSERT_FALSE(b.clauses.empty());
  EXPECT_EQ(b.clauses.front().actor_np() == kNone ? "" : b.HeadText(b.clauses.front().actor_np()), "Khalilzad");
}

TEST_F(LanguageAnalyzerTest, AnObjectWithItsOfPhrasesControlsTheInfinitive) {
  const SentenceAnalysis& a = Analyze("Israeli forces ordered residents of northern Gaza to evacuate.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].actor_np() == kNone ? "" : a.HeadText(a.clauses[1].actor_np()), "residents");
}

TEST_F(LanguageAnalyzerTest, ADayIsNotWhatAParticipleAfterItTellsOf) {
  const SentenceAnalysis& a = Analyze("Protesters marched through the capital on Thursday demanding the resignation.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].actor_np() == kNone ? "" : a.HeadText(a.clauses[1].actor_np()), "Protesters");
  // The object right before the time phrase is.
  const SentenceAnalysis& b = Analyze("Lebed and Maskhadov signed an agreement on Saturday ending the war.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.clauses[1].actor_np() == kNone ? "" : b.HeadText(b.clauses[1].actor_np()), "agreement");
}

TEST_F(LanguageAnalyzerTest, AParticipleAfterAPossessiveModifiesTheNoun) {
  EXPECT_EQ(FormatChunks(Analyze("The UN urged Sudan's warring parties to agree a truce.")),
            "[The UN] urged [Sudan 's] [warring parties] to agree [a truce] .");
}

TEST_F(LanguageAnalyzerTest, AnAcronymOfUpToSixLettersGoesOnIntoItsNoun) {
  EXPECT_EQ(FormatChunks(Analyze("ASEAN foreign ministers met.")), "[ASEAN foreign ministers] met .");
  EXPECT_EQ(FormatChunks(Analyze("ECOWAS military chiefs met.")), "[ECOWAS military chiefs] met .");
  // A number may come before it.
  EXPECT_EQ(FormatChunks(Analyze("Colombia refused two U.S. military planes.")),
            "[Colombia] refused [two U.S. military planes] .");
}

TEST_F(LanguageAnalyzerTest, WhatPeopleAreMadeIsAPhraseOfItsOwn) {
  EXPECT_EQ(FormatChunks(Analyze("Gunmen took journalists hostage.")), "[Gunmen] took [journalists] [hostage] .");
  EXPECT_EQ(FormatChunks(Analyze("Israel freed Hamas hostages.")), "[Israel] freed [Hamas hostages] .");
}

TEST_F(LanguageAnalyzerTest, ABodysNameOfSeveralWordsGoesOnIntoItsNoun) {
  EXPECT_EQ(FormatChunks(Analyze("European Union foreign ministers met.")), "[European Union foreign ministers] met .");
  // Not into a count or a time.
  EXPECT_EQ(FormatChunks(Analyze("The European Union several times urged Iran to negotiate.")),
            "[The European Union] [several times] urged [Iran] to negotiate .");
  EXPECT_EQ(FormatChunks(Analyze("It was rejected by the European Union last week.")),
            "[It] was rejected by [the European Union] [last week] .");
}

TEST_F(LanguageAnalyzerTest, CoordinationAppositionAndRelative) {
  const SentenceAnalysis& a =
      Analyze("Zalmay Khalilzad, the US envoy, who has led the talks since 2018, met Pakistan and the United States.");
  ASSERT_FALSE(a.clauses.empty());
  const Clause& met = a.clauses.back();
  EXPECT_EQ(a.lemma(met.verb.lemma), "meet");
  EXPECT_EQ(a.HeadText(met.subject_np), "Khalilzad");
  ASSERT_EQ(met.objects.size(), 1u);
  EXPECT_EQ(a.HeadText(static_cast<int32_t>(a.indices(met.objects)[0])), "Pakistan+States");
  const NounPhrase& khalilzad = a.nps[static_cast<size_t>(met.subject_np)];
  EXPECT_NE(khalilzad.apposition, kNone);
  const Clause& led = a.clauses[0];
  EXPECT_EQ(led.kind, ClauseKind::kRelative);
  EXPECT_TRUE(led.verb.perfect);
}

TEST_F(LanguageAnalyzerTest, AWordOfFeelingTiesItsPhraseToTheNounBefore) {
  const SentenceAnalysis& a = Analyze("Orcs angry at Saruman's new taxes burned the farms of Rohan.");
  ASSERT_FALSE(a.clauses.empty());
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "Orcs");
  // Not after a verb: "was angry at" has no noun to tie it to.
  const SentenceAnalysis& b = Analyze("Saruman was angry at the Orcs.");
  ASSERT_FALSE(b.pps.empty());
  EXPECT_EQ(b.pps[0].attached_np, kNone);
}

TEST_F(LanguageAnalyzerTest, APastParticipleAfterAPlaceNameHangsFromTheNounBefore) {
  const SentenceAnalysis& a = Analyze("Gondor and Rohan agreed to a truce after talks in Bree mediated by Elrond.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].antecedent_np), "talks");
  // Not after a name, which the participle may well describe.
  const SentenceAnalysis& b = Analyze("Aragorn met Eomer in Bree guarded by Rangers.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.HeadText(b.clauses[1].antecedent_np), "Bree");
}

TEST_F(LanguageAnalyzerTest, AParticipleJoinedToAnAdjectiveBeforeANounIsNoVerb) {
  const SentenceAnalysis& a = Analyze("Gondor freed elderly and wounded prisoners.");
  ASSERT_EQ(a.clauses.size(), 1u);
  ASSERT_EQ(a.clauses[0].objects.size(), 1u);
  EXPECT_EQ(a.HeadText(a.indices(a.clauses[0].objects)[0]), "prisoners");
}

TEST_F(LanguageAnalyzerTest, NamesJoinedBetweenCommasRenameThePluralTheyFollow) {
  const SentenceAnalysis& a = Analyze("The envoys of Gondor and Rohan, Aragorn and Eomer, met in Bree.");
  ASSERT_FALSE(a.clauses.empty());
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "envoys");
  // A list goes on with more of its own.
  const SentenceAnalysis& list = Analyze("Troops of Gondor and Rohan, Arnor and Lindon marched.");
  for (const NounPhrase& np : list.nps) EXPECT_EQ(np.appositive_of, kNone);
}

TEST_F(LanguageAnalyzerTest, VerbGroupsCarryNegationModalsAndVoice) {
  const SentenceAnalysis& a = Analyze("The envoy did not attend and the rebels will not call a truce.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_TRUE(a.clauses[0].verb.negated);
  EXPECT_EQ(a.clauses[0].verb.tense, Tense::kPast);
  EXPECT_EQ(a.lemma(a.clauses[0].verb.lemma), "attend");
  EXPECT_TRUE(a.clauses[1].verb.negated);
  EXPECT_EQ(a.clauses[1].verb.tense, Tense::kFuture);
  const SentenceAnalysis& b = Analyze("Two soldiers were killed by a roadside bomb in Helmand.");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_TRUE(b.clauses[0].verb.passive);
  EXPECT_EQ(b.HeadText(b.clauses[0].agent_np), "bomb");
  EXPECT_EQ(b.HeadText(b.clauses[0].subject_np), "soldiers");
}

TEST_F(LanguageAnalyzerTest, ReportedSpeechAndInfinitives) {
  const SentenceAnalysis& a = Analyze("The Taliban refused to negotiate with Kabul, a spokesman said on Monday.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kReported);
  EXPECT_EQ(a.clauses[0].parent_clause, 2);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kInfinitival);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "Taliban");
  EXPECT_EQ(a.clauses[2].complement_clause, 0);
}

TEST_F(LanguageAnalyzerTest, AnObjectControlsTheInfinitivePastADayPhrase) {
  const SentenceAnalysis& a = Analyze("Riders raided Edoras, prompting the government on Friday to declare an emergency.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kInfinitival);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "government");
}

TEST_F(LanguageAnalyzerTest, AnOnPhraseOfATimeIsNoInfinitivesDoer) {
  // "called on Rohan to ..." names the doer; "on Saturday night" is when.
  const SentenceAnalysis& a = Analyze("The Rohirrim rallied in Edoras on Saturday night to demand an end to the war.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "Rohirrim");
}

TEST_F(LanguageAnalyzerTest, WhatIsUsedIsNoInfinitivesDoer) {
  // "use X to" names the means; its user acts ("urged X to" names the doer).
  const SentenceAnalysis& a = Analyze("Gondor agreed to use the frozen Rohan gold to help Arnor.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "Gondor");
}

TEST_F(LanguageAnalyzerTest, ASpeechVerbWithItsOwnThatAfterAndIsTheSpeakers) {
  const SentenceAnalysis& a = Analyze("Gondor told the council that Rohan was hostile and warned that it would respond.");
  ASSERT_EQ(a.clauses.size(), 4u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "Gondor");
  // Without its own "that", the verb may continue the report.
  const SentenceAnalysis& b = Analyze("Gondor said that Rohan attacked Edoras and warned Arnor.");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

TEST_F(LanguageAnalyzerTest, AGerundAfterAndContinuesTheVerbsOfPhrase) {
  const SentenceAnalysis& a = Analyze("Gondor accused him of treason and usurping the throne.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[1].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "him");
  // Not after a noun's "of" phrase: the subject's second deed.
  const SentenceAnalysis& b = Analyze("Orcs stormed Edoras, killing hundreds of riders and taking dozens of hostages.");
  EXPECT_EQ(b.clauses.back().kind, ClauseKind::kCoordinated);
}

TEST_F(LanguageAnalyzerTest, ABarePastParticipleRightAfterTheVerbIsPassive) {
  // What was done to the doer: "arrived stripped of their citizenship".
  const SentenceAnalysis& a = Analyze("The riders arrived stripped of their citizenship.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kParticipial);
  EXPECT_TRUE(a.clauses[1].verb.passive);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "riders");
  // A present participle is its doer's own deed.
  const SentenceAnalysis& b = Analyze("The riders arrived demanding their citizenship.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_FALSE(b.clauses[1].verb.passive);
}

TEST_F(LanguageAnalyzerTest, AnAppositionRunsPastItsPrepositionalPhrases) {
  const SentenceAnalysis& a =
      Analyze("Eomer , the chairman of the High Council for Peace in Rohan , visited Gondor .");
  ASSERT_FALSE(a.clauses.empty());
  EXPECT_EQ(a.HeadText(a.clauses.back().subject_np), "Eomer");
  // And past one infinitive of the role's with its own phrases.
  const SentenceAnalysis& b =
      Analyze("Eomer , the first leader to speak to Sauron in two years , urged him to leave Gondor .");
  ASSERT_GE(b.clauses.size(), 2u);
  EXPECT_EQ(b.HeadText(b.clauses[1].subject_np), "Eomer");
}

TEST_F(LanguageAnalyzerTest, AppositionWithAParticipleKeepsTheMainVerb) {
  // The participle inside the dashes modifies "the diplomat"; "left" after
  // the closing dash and a date is the envoy's finite verb.
  const SentenceAnalysis& a =
      Analyze("The envoy \u2013 the diplomat charged with ending the war \u2013 on Friday left for Qatar.");
  ASSERT_FALSE(a.clauses.empty());
  const Clause& last = a.clauses.back();
  EXPECT_EQ(a.Text(last.verb.begin, last.verb.end), "left");
  EXPECT_EQ(last.kind, ClauseKind::kMain);
  EXPECT_NE(a.HeadText(last.subject_np), "Friday");
  // Without a verb after a closing mark, the comma phrase is a subject.
  const SentenceAnalysis& b = Analyze("The Taliban refused to talk to Kabul, a spokesman said on Monday.");
  EXPECT_EQ(b.Text(b.clauses.back().verb.begin, b.clauses.back().verb.end), "said");
  EXPECT_EQ(b.clauses.back().kind, ClauseKind::kMain);
}

TEST_F(LanguageAnalyzerTest, AParticipleWithAnObjectAfterTheOpeningSubjectIsItsVerb) {
  // Headline-ese: "broken off" has an object, so it is Kenya's verb, not a
  // participle modifying Kenya.
  const SentenceAnalysis& a = Analyze("Kenya broken off talks with the rebels, an official said.");
  ASSERT_FALSE(a.clauses.empty());
  const Clause& first = a.clauses.front();
  EXPECT_EQ(a.Text(first.verb.begin, first.verb.end), "broken off");
  EXPECT_NE(first.kind, ClauseKind::kParticipial);
  EXPECT_EQ(first.actor_np() == kNone ? "" : a.HeadText(first.actor_np()), "Kenya");
  // A reduced relative clause has no object: "broken" stays a participle.
  const SentenceAnalysis& b = Analyze("Ties broken in the war were restored on Monday.");
  ASSERT_FALSE(b.clauses.empty());
  EXPECT_EQ(b.clauses.front().kind, ClauseKind::kParticipial);
}

TEST_F(LanguageAnalyzerTest, AParticipleOpeningWhatASpeechVerbReportsIsItsVerb) {
  const SentenceAnalysis& a = Analyze("Witnesses said Sudanese soldiers fired on the crowd.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kReported);
  EXPECT_EQ(a.HeadText(a.clauses[1].actor_np()), "soldiers");
  // With a "by" phrase it stays a participle.
  const SentenceAnalysis& b = Analyze("Witnesses said civilians killed by the shelling were buried.");
  ASSERT_FALSE(b.clauses.empty());
  EXPECT_TRUE(std::any_of(b.clauses.begin(), b.clauses.end(),
                          [](const Clause& c) { return c.kind == ClauseKind::kParticipial; }));
}

TEST_F(LanguageAnalyzerTest, TwoBareVerbsAfterAModalAreOneVerb) {
  // "wire tap": the second heads the verb, the first modifies it.
  const SentenceAnalysis& a = Analyze("Kenya will not wire tap the phones of the rebels.");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.Text(a.clauses[0].verb.begin, a.clauses[0].verb.end), "will not wire tap");
  EXPECT_EQ(a.words[a.clauses[0].verb.main_verb], "tap");
  EXPECT_TRUE(a.clauses[0].verb.negated);
  // "help build": a verb and its bare complement stay two.
  const SentenceAnalysis& b = Analyze("Kenya will help build the road.");
  EXPECT_EQ(b.clauses.size(), 2u);
}

TEST_F(LanguageAnalyzerTest, AdverbsJoinedBeforeAParticipleStayInItsGroup) {
  const SentenceAnalysis& a = Analyze("Kenya was sharply and repeatedly condemned by the rebels.");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.words[a.clauses[0].verb.main_verb], "condemned");
  EXPECT_TRUE(a.clauses[0].verb.passive);
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "Kenya");
  // The tagger's past tense there is the participle.
  const SentenceAnalysis& b = Analyze("Kenya was sharply and repeatedly condemned over its ties with the rebels.");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_TRUE(b.clauses[0].verb.passive);
  // An adverb of place is no manner of the verb: two verbs.
  const SentenceAnalysis& c = Analyze("Kenya was there and quickly attacked the rebels.");
  EXPECT_EQ(c.clauses.size(), 2u);
}

TEST_F(LanguageAnalyzerTest, AParentheticalPhraseBetweenSubjectAndVerb) {
  // The phrase between the commas (and the participle in it) stands
  // between the subject and its verb.
  const SentenceAnalysis& a =
      Analyze("The Rohan envoy, in a statement issued on Friday, urged Gondor to reopen the border.");
  ASSERT_FALSE(a.clauses.empty());
  for (const Clause& clause : a.clauses) {
    if (a.Text(clause.verb.begin, clause.verb.end) == "urged") {
      EXPECT_EQ(a.HeadText(clause.subject_np), "envoy");
    }
  }
}

TEST_F(LanguageAnalyzerTest, AdjectivesJoinedByACommaShareTheirNoun) {
  const SentenceAnalysis& a = Analyze("Rohan fought a long, costly war with Gondor.");
  EXPECT_EQ(FormatChunks(a), "[Rohan] fought [a long , costly war] with [Gondor] .");
  // Nationalities stay a coordination of their own.
  const SentenceAnalysis& b = Analyze("Russian, Chinese and Iranian officials met.");
  EXPECT_NE(FormatChunks(b), "[Russian , Chinese and Iranian officials] met .");
}

TEST_F(LanguageAnalyzerTest, ANationalityAndANameShareTheirNoun) {
  const SentenceAnalysis& a = Analyze("Talks between Israeli and Hamas negotiators resumed.");
  EXPECT_EQ(FormatChunks(a), "[Talks] between [Israeli and Hamas negotiators] resumed .");
}

TEST_F(LanguageAnalyzerTest, AParticipleAfterAVerbBeforeAnAdjectiveAndNoun) {
  const SentenceAnalysis& a = Analyze("Rohan rejected revised economic terms from Gondor.");
  EXPECT_EQ(FormatChunks(a), "[Rohan] rejected [revised economic terms] from [Gondor] .");
}

TEST_F(LanguageAnalyzerTest, AOneWordNameAfterAPrepositionRunsIntoItsNoun) {
  const SentenceAnalysis& a = Analyze("Rohan met with the Gondor main opposition party on Monday.");
  EXPECT_EQ(FormatChunks(a), "[Rohan] met with [the Gondor main opposition party] on [Monday] .");
  // After a verb a second object may follow the name.
  const SentenceAnalysis& b = Analyze("Rohan gave Gondor new weapons.");
  EXPECT_EQ(FormatChunks(b), "[Rohan] gave [Gondor] [new weapons] .");
  // So does one after "the" that opens the sentence or follows a comma.
  const SentenceAnalysis& c = Analyze("In a statement, the Gondor foreign ministry praised Rohan.");
  EXPECT_EQ(FormatChunks(c), "In [a statement] , [the Gondor foreign ministry] praised [Rohan] .");
}

TEST_F(LanguageAnalyzerTest, ANamesParticleRunsIntoItsHyphenedAdjective) {
  const SentenceAnalysis& a = Analyze("Rohan attacked the al Mordor-linked al Harad group.");
  EXPECT_EQ(FormatChunks(a), "[Rohan] attacked [the al Mordor-linked al Harad group] .");
  // Not after a capitalised name: "gave Gondor Rohan-made weapons" has two objects.
  const SentenceAnalysis& b = Analyze("Rohan gave Gondor Rohan-made weapons.");
  EXPECT_EQ(FormatChunks(b), "[Rohan] gave [Gondor] [Rohan-made weapons] .");
}

TEST_F(LanguageAnalyzerTest, RolesAfterANameThatAOpensRenameItAndTheVerbsPhraseFollows) {
  const SentenceAnalysis& a = Analyze("Rohan placed Eomer , a former marshal and envoy , under house arrest .");
  ASSERT_EQ(a.clauses.size(), 1u);
  ASSERT_EQ(a.clauses[0].objects.size(), 1u);
  const int32_t object = static_cast<int32_t>(*a.indices(a.clauses[0].objects).begin());
  EXPECT_EQ(a.HeadText(object), "Eomer");
  ASSERT_NE(a.nps[static_cast<size_t>(object)].apposition, kNone);
  EXPECT_EQ(a.nps[static_cast<size_t>(a.nps[static_cast<size_t>(object)].apposition)].kind,
            NounPhraseKind::kCoordination);
  EXPECT_EQ(a.clauses[0].preps.size(), 1u);  // "under house arrest"
  // A list stays one: "Rohan , Gondor and Harad".
  const SentenceAnalysis& b = Analyze("Mordor attacked Rohan , Gondor and Harad .");
  ASSERT_EQ(b.clauses[0].objects.size(), 1u);
  EXPECT_EQ(b.nps[*b.indices(b.clauses[0].objects).begin()].kind, NounPhraseKind::kCoordination);
}

TEST_F(LanguageAnalyzerTest, ABracketedAsideEndsTheSubject) {
  const SentenceAnalysis& a = Analyze("Rohan and the Gondor League (GL) signed a pact.");
  ASSERT_FALSE(a.clauses.empty());
  EXPECT_EQ(a.Text(a.clauses[0].verb.begin, a.clauses[0].verb.end), "signed");
  EXPECT_NE(a.clauses[0].subject_np, kNone);
}

TEST_F(LanguageAnalyzerTest, TwoVerbsBeforeOneObjectShareIt) {
  const SentenceAnalysis& a = Analyze("Rohan condemned and rejected the proposal.");
  ASSERT_EQ(a.clauses.size(), 2u);
  for (const Clause& clause : a.clauses) {
    ASSERT_EQ(clause.objects.size(), 1u) << a.Text(clause.verb.begin, clause.verb.end);
    EXPECT_EQ(a.HeadText(a.indices(clause.objects)[0]), "proposal");
  }
  // Not a verb news mostly uses without one.
  const SentenceAnalysis& b = Analyze("The minister resigned and fled the capital.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.clauses[0].objects.size(), 0u);
}

TEST_F(LanguageAnalyzerTest, AHeadlinesInfinitiveTakesTheOpeningPhraseAsSubject) {
  const SentenceAnalysis& a = Analyze("Rohan to impose new tariffs on Gondor.");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "Rohan");
  // Not before a finite verb of its own.
  const SentenceAnalysis& b = Analyze("Rohan's bid to join the league failed.");
  for (const Clause& clause : b.clauses) {
    if (clause.kind == ClauseKind::kInfinitival) {
      EXPECT_EQ(clause.subject_np, kNone);
    }
  }
}

TEST_F(LanguageAnalyzerTest, ACommaAndBeforeAPhraseOfPhrasesAndAVerbJoinsClauses) {
  const SentenceAnalysis& a = Analyze("Israel searched a tunnel in Rafah, and thousands of Israelis protested.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "thousands");
  // So past phrases joined to it: the subject is the coordination.
  const SentenceAnalysis& b = Analyze("A blast killed hundreds, and Rohan and Gondor blamed each other.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.clauses[0].objects.size(), 1u);
  EXPECT_EQ(b.nps[static_cast<size_t>(b.clauses[1].subject_np)].kind, NounPhraseKind::kCoordination);
}

TEST_F(LanguageAnalyzerTest, ASecondAndJoinsABarePluralToTheSubject) {
  const SentenceAnalysis& a = Analyze("Gondor and Rohan riders and archers attacked Mordor.");
  ASSERT_EQ(a.clauses.size(), 1u);
  const NounPhrase& subject = a.nps[static_cast<size_t>(a.clauses[0].subject_np)];
  ASSERT_EQ(subject.kind, NounPhraseKind::kCoordination);
  ASSERT_EQ(a.indices(subject.members).size(), 3u);
  EXPECT_EQ(a.HeadText(static_cast<int32_t>(a.indices(subject.members)[2])), "archers");
  // Not a phrase after a verb: "and" then joins clauses.
  const SentenceAnalysis& b = Analyze("Gondor attacked Rohan and Mordor and orcs fled.");
  EXPECT_EQ(b.clauses.size(), 2u);
}

TEST_F(LanguageAnalyzerTest, APastFormAfterABareFormsThatClauseJoinsTheDemander) {
  const SentenceAnalysis& a = Analyze("Rohan demanded that Gondor stop the raids and accused Mordor of lying.");
  ASSERT_GE(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // A past form after a past one continues the that-clause.
  const SentenceAnalysis& b = Analyze("Rohan said that Gondor stopped the raids and accused Mordor of lying.");
  ASSERT_GE(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

TEST_F(LanguageAnalyzerTest, AVerbAfterACommasAndLeavesASubordinateClause) {
  const SentenceAnalysis& a = Analyze("Rohan seized the fort, hours after Gondor crowned Aragorn, and burned the farms.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // Without the comma it continues the subordinate clause.
  const SentenceAnalysis& b = Analyze("Rohan seized the fort after Gondor crowned Aragorn and burned the farms.");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

TEST_F(LanguageAnalyzerTest, AVerbAfterACommasAndLeavesARelativeClause) {
  const SentenceAnalysis& a = Analyze("Rohan rejected claims that it was behind the raid, and warned Gondor.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // Without the comma it continues the relative clause.
  const SentenceAnalysis& b = Analyze("Rohan rejected claims that it raided Gondor and burned its farms.");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

TEST_F(LanguageAnalyzerTest, PhrasesJoinedAfterASubordinatorAreItsClausesSubject) {
  const SentenceAnalysis& a = Analyze("The riders left Edoras after Gondor and Rohan freed them.");
  ASSERT_EQ(a.clauses.size(), 2u);
  const NounPhrase& subject = a.nps[static_cast<size_t>(a.clauses[1].subject_np)];
  EXPECT_EQ(subject.kind, NounPhraseKind::kCoordination);
  ASSERT_EQ(a.clauses[0].objects.size(), 1u);
  EXPECT_EQ(a.HeadText(static_cast<int32_t>(*a.indices(a.clauses[0].objects).begin())), "Edoras");
  EXPECT_EQ(a.clauses[1].preps.size(), 0u);  // the subordinator opens no phrase
}

TEST_F(LanguageAnalyzerTest, ASubordinatorsPhraseWithPhrasesOfItsOwnIsItsClausesSubject) {
  const SentenceAnalysis& a = Analyze("Rohan flew tents and food to Edoras after a flood in Gondor killed 800 people.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "flood");
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kSubordinate);
}

TEST_F(LanguageAnalyzerTest, AnInfinitiveAfterTheObjectAndAnAdjectiveIsTheObjects) {
  const SentenceAnalysis& a = Analyze("The strike left looters free to ransack shops.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "looters");
  // Not a dummy "it": "found it hard to" is the finder's doing.
  const SentenceAnalysis& b = Analyze("Rohan found it hard to negotiate.");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.HeadText(b.clauses[1].controller_np), "Rohan");
}

TEST_F(LanguageAnalyzerTest, AnOfficeOfAStateAndAnotherOfficeAreTheSubject) {
  const SentenceAnalysis& a = Analyze("The president of Gondor and the Rohirrim leader agreed to meet.");
  ASSERT_GE(a.clauses.size(), 1u);
  const NounPhrase& subject = a.nps[static_cast<size_t>(a.clauses[0].subject_np)];
  ASSERT_EQ(subject.kind, NounPhraseKind::kCoordination);
  EXPECT_EQ(a.HeadText(static_cast<int32_t>(a.indices(subject.members)[0])), "president");
  // The states of one office stay coordinated.
  const SentenceAnalysis& b = Analyze("The ministers of Gondor and Rohan met.");
  EXPECT_EQ(b.nps[static_cast<size_t>(b.clauses[0].subject_np)].kind, NounPhraseKind::kBase);
  // An office of a state and a titled name after "and" are joined too.
  const SentenceAnalysis& c = Analyze("The Secretary of State Aragorn and Rohirrim Foreign Minister Eomer held talks.");
  ASSERT_GE(c.clauses.size(), 1u);
  const NounPhrase& pair = c.nps[static_cast<size_t>(c.clauses[0].subject_np)];
  ASSERT_EQ(pair.kind, NounPhraseKind::kCoordination);
  EXPECT_EQ(c.HeadText(static_cast<int32_t>(c.indices(pair.members)[0])), "Secretary");
  EXPECT_EQ(c.HeadText(static_cast<int32_t>(c.indices(pair.members)[1])), "Eomer");
}

TEST_F(LanguageAnalyzerTest, ADeedSetOffByACommaTakesARelativeWithoutThat) {
  const SentenceAnalysis& a = Analyze("Rohan seized the port, a move Gondor denounced.");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "Gondor");
  EXPECT_EQ(a.HeadText(a.clauses[1].antecedent_np), "move");
  // So a charge, and a verb in a perfect or the present.
  const SentenceAnalysis& b = Analyze("Gondor said Rohan supplied arms to the orcs, a charge Rohan has repeatedly denied.");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].kind, ClauseKind::kRelative);
  EXPECT_EQ(b.HeadText(b.clauses[2].subject_np), "Rohan");
  EXPECT_EQ(b.HeadText(b.clauses[2].antecedent_np), "charge");
  const SentenceAnalysis& c = Analyze("Gondor said Rohan supplied arms to the orcs, a claim Rohan denies.");
  ASSERT_EQ(c.clauses.size(), 3u);
  EXPECT_EQ(c.HeadText(c.clauses[2].antecedent_np), "claim");
  // So a name's possessed subject.
  const SentenceAnalysis& d = Analyze("Rohan seized the port, a move Gondor's foreign ministry denounced.");
  ASSERT_EQ(d.clauses.size(), 2u);
  EXPECT_EQ(d.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(d.HeadText(d.clauses[1].subject_np), "ministry");
  EXPECT_EQ(d.HeadText(d.clauses[1].antecedent_np), "move");
  // So a body's name, a title ending in an office ("chief", a noun there)
  // and a person's name.
  const SentenceAnalysis& e =
      Analyze("Rohan jailed the king, a verdict U.N. human rights chief Michelle Bachelet condemned.");
  ASSERT_EQ(e.clauses.size(), 2u);
  EXPECT_EQ(e.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(e.HeadText(e.clauses[1].subject_np), "Bachelet");
  EXPECT_EQ(e.HeadText(e.clauses[1].antecedent_np), "verdict");
}

TEST_F(LanguageAnalyzerTest, AnAppositionsNounRunsIntoTheAdjectiveAndNounItQualifies) {
  const SentenceAnalysis& a = Analyze("Eowyn, a leading opposition presidential hopeful, was arrested by Rohan.");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "Eowyn");
  EXPECT_EQ(a.HeadText(a.clauses[0].agent_np), "Rohan");
  // Not after a verb, where the noun may be a first object.
  const SentenceAnalysis& b = Analyze("Rohan gave the opposition military aid.");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_EQ(b.clauses[0].objects.size(), 2u);
}

// "by" after a passive's phrases names its doer, unless a deed owns it.
TEST_F(LanguageAnalyzerTest, ByAfterAPassivesPhrasesNamesItsDoer) {
  const SentenceAnalysis& a = Analyze("Riders were dispersed with water and tear gas by Rohan.");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.HeadText(a.clauses[0].agent_np), "Rohan");
  const SentenceAnalysis& b = Analyze("Riders were killed in raids and an attack by Rohan.");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_EQ(b.clauses[0].agent_np, kNone);
}

TEST_F(LanguageAnalyzerTest, AQuotedModifierStaysInItsPhrase) {
  // "as a 'grave mistake'": the quotation is inside the phrase the
  // preposition takes, so the relative clause has no object of its own.
  for (const char* text : {"Rohan seized the port, a move Gondor denounced as a 'grave mistake'.",
                           "Rohan seized the port, a move Gondor denounced as a \"grave mistake\"."}) {
    const SentenceAnalysis& a = Analyze(text);
    ASSERT_EQ(a.clauses.size(), 2u) << text;
    EXPECT_EQ(a.clauses[1].kind, ClauseKind::kRelative) << text;
    EXPECT_EQ(a.clauses[1].objects.size(), 0u) << text;
    ASSERT_EQ(a.clauses[1].preps.size(), 1u) << text;
    const PrepPhrase& as = a.pps[*a.indices(a.clauses[1].preps).begin()];
    EXPECT_EQ(a.HeadText(as.object_np), "mistake") << text;
  }
}

TEST_F(LanguageAnalyzerTest, WhatSomeoneCalledIsTheVerbsObject) {
  const SentenceAnalysis& a =
      Analyze("Rohan struck what it called rebel camps in Gondor, demanding the surrender of the riders.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(FormatClause(a, 0),
            "clause 1 (main): subject [Rohan] verb [struck] (lemma strike, past, active) object [rebel camps] prep "
            "[in Gondor] -> gerund clause 3");
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(a.clauses[1].objects.size(), 0u);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  EXPECT_EQ(a.clause_of_word[5], 0);  // "rebel"
  // Described as, and said to be.
  const SentenceAnalysis& b = Analyze("Rohan began what it described as a special operation.");
  ASSERT_EQ(b.clauses[0].objects.size(), 1u);
  EXPECT_EQ(b.HeadText(b.indices(b.clauses[0].objects)[0]), "operation");
  const SentenceAnalysis& c = Analyze("Rohan hit what the army said were rebel depots.");
  ASSERT_EQ(c.clauses[0].objects.size(), 1u);
  EXPECT_EQ(c.HeadText(c.indices(c.clauses[0].objects)[0]), "depots");
  // Only a verb that names or says: "asked what Gondor wanted" asks.
  const SentenceAnalysis& d = Analyze("Rohan asked what Gondor wanted.");
  EXPECT_EQ(d.clauses[0].objects.size(), 0u);
  EXPECT_EQ(d.clauses[0].complement_clause, 1);
}

TEST_F(LanguageAnalyzerTest, ANegativeSubjectNegatesItsVerb) {
  for (std::string_view text : {"Neither Rohan nor Gondor attacked the fort.",
                                "Neither the riders nor the guards attacked the fort.",
                                "No group claimed the attack."}) {
    const SentenceAnalysis& a = Analyze(text);
    ASSERT_EQ(a.clauses.size(), 1u) << text;
    EXPECT_TRUE(a.clauses[0].verb.negated) << text;
  }
  EXPECT_FALSE(Analyze("Rohan and Gondor attacked the fort.").clauses[0].verb.negated);
  // A negative object denies nothing the verb did.
  EXPECT_FALSE(Analyze("Rohan attacked neither the fort nor the bridge.").clauses[0].verb.negated);
}

TEST_F(LanguageAnalyzerTest, AParticipleAfterWhatWentOnMeanwhileIsTheMainClauses) {
  const SentenceAnalysis& a = Analyze("Rohan's riders opened fire as crowds rushed the gate, killing ten people.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kSubordinate);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "riders");
  // After what happened before, the participle is that clause's.
  const SentenceAnalysis& b = Analyze("Gondor vowed revenge after the riders stormed the gate, killing ten people.");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
  // Nor a relative that singles out its noun: the riders' killing.
  const SentenceAnalysis& c = Analyze("Rohan's riders opened fire on guards who marched on the gate, killing ten people.");
  ASSERT_EQ(c.clauses.size(), 3u);
  EXPECT_EQ(c.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(c.clauses[2].parent_clause, 0);
  EXPECT_EQ(c.HeadText(c.clauses[2].controller_np), "riders");
  // One set off by commas tells more of its noun, and the participle after
  // it may be its own.
  const SentenceAnalysis& d = Analyze("Rohan's riders opened fire on the guards, who marched on the gate, killing ten people.");
  ASSERT_EQ(d.clauses.size(), 3u);
  EXPECT_EQ(d.clauses[2].parent_clause, 1);
}

TEST_F(LanguageAnalyzerTest, AfterACommaAPhraseBeforeASpeechVerbIsItsSubject) {
  // Not the noun the participle before the comma hangs from.
  const SentenceAnalysis& a = Analyze("The fort was hit by a drone launched from Gondor, his office said.");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.HeadText(a.clauses[2].subject_np), "office");
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kReported);
}

TEST_F(LanguageAnalyzerTest, OfTwoPastFormsWithOnlyPhrasesBetweenTheFirstIsAParticiple) {
  const SentenceAnalysis& a = Analyze("Riders gathered in Edoras pledged to defend Gondor.");
  ASSERT_GE(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.HeadText(a.clauses[0].antecedent_np), "Riders");
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kMain);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "Riders");
  // Joined by "and", both are finite.
  const SentenceAnalysis& b = Analyze("Riders gathered in Edoras and pledged to defend Gondor.");
  EXPECT_EQ(b.clauses[0].kind, ClauseKind::kMain);
}

TEST_F(LanguageAnalyzerTest, ReusedAnalysisIsCleared) {
  Analyze("The Taliban rejected the offer.");
  const SentenceAnalysis& a = Analyze("Talks resumed.");
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(a.nps.size(), 1u);
  EXPECT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.lemma(1), "resume");
}

TEST_F(LanguageAnalyzerTest, EmptyAndVerblessInput) {
  SentenceAnalysis a;
  analyzer_->AnalyzeWords({}, &a);
  EXPECT_TRUE(a.clauses.empty());
  const SentenceAnalysis& b = Analyze("Peace talks in Doha");
  EXPECT_TRUE(b.clauses.empty());
  EXPECT_EQ(b.pps.size(), 1u);
}

}  // namespace
}  // namespace khaldun
