// Where clauses begin and end, and what they hang from, in hard wire leads:
// appositions holding participles or infinitives, relative clauses of the
// opening phrase, verbs after a relative clause's closing comma, opening
// phrases with participles, names of capitalised common words.
#include <gtest/gtest.h>

#include "lang/analysis_format.h"
#include "lang/analyzer_test_env.h"
#include "lang/language_analyzer.h"

namespace khaldun {
namespace {

class ClauseLinksTest : public testing::AnalyzerTest {};

TEST_F(ClauseLinksTest, PhrasesPastAnAppositionWithAParticipleBelongToTheObjectsVerb) {
  const SentenceAnalysis& a =
      Analyze("Rohan extradited Grima , the leader of the Dunland gang known as Wormtongue , to Gondor on Sunday .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kParticipial);
  ASSERT_GE(a.clauses[0].preps.size(), 1u);
  const PrepPhrase& to = a.pps[*a.indices(a.clauses[0].preps).begin()];
  EXPECT_EQ(a.HeadText(to.object_np), "Gondor");
  EXPECT_EQ(to.clause, 0);
  EXPECT_GE(a.clauses[0].end, to.preposition + 2);
  // With a comma inside the apposition before the participle, the phrase is not given.
  const SentenceAnalysis& b =
      Analyze("Rohan extradited Grima , a smuggler , the leader of a gang known as Wormtongue , to Gondor .");
  for (uint32_t pp : b.indices(b.clauses[0].preps)) EXPECT_NE(b.HeadText(b.pps[pp].object_np), "Gondor");
}

TEST_F(ClauseLinksTest, APronounsClauseRightAfterAnObjectIsItsRelativeClause) {
  const SentenceAnalysis& a =
      Analyze("Rohan suspended the treaty it had signed with Gondor , accusing Mordor of laying mines .");
  ASSERT_GE(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kRelative);
  ASSERT_NE(a.clauses[1].antecedent_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[1].antecedent_np), "treaty");
  EXPECT_EQ(a.clauses[1].parent_clause, 0);
  // The participle after the comma is the main clause's.
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // A clause with an object of its own is none.
  const SentenceAnalysis& b = Analyze("Rohan signed the treaty it praised Gondor .");
  EXPECT_NE(b.clauses.back().kind, ClauseKind::kRelative);
}

TEST_F(ClauseLinksTest, AnAppositionClosedByAnAdverbOfPlaceLeavesTheSubjectToItsVerb) {
  const SentenceAnalysis& a = Analyze("Lord Elrond, one of Rohan's most vocal admirers abroad, praised Gondor.");
  ASSERT_EQ(a.clauses.size(), 1u);
  ASSERT_NE(a.clauses[0].subject_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[0].subject_np), "Elrond");
}

TEST_F(ClauseLinksTest, AWhoseClauseAsideLeavesTheSubjectToItsVerb) {
  const SentenceAnalysis& a = Analyze(
      "Elvish Lord Elrond , whose country chairs the Council of Elves this year , urged Rohan on Thursday to agree to "
      "a truce .");
  bool found = false;
  for (const Clause& clause : a.clauses) {
    if (a.words[clause.verb.begin] != "urged") continue;
    found = true;
    ASSERT_NE(clause.subject_np, kNone);
    EXPECT_EQ(a.HeadText(clause.subject_np), "Elrond");
  }
  EXPECT_TRUE(found);
}

TEST_F(ClauseLinksTest, PhrasesPastAnAppositionsOfPhraseBelongToTheObjectsVerb) {
  const SentenceAnalysis& a = Analyze(
      "Rohan recaptured Osgiliath , the capital of Gondor , from the orcs on Saturday , a year after the orcs "
      "seized the city .");
  bool given = false;
  for (uint32_t pp : a.indices(a.clauses[0].preps)) given |= a.HeadText(a.pps[pp].object_np) == "orcs";
  EXPECT_TRUE(given);
  for (size_t k = 1; k < a.clauses.size(); ++k) {
    for (uint32_t pp : a.indices(a.clauses[k].preps)) EXPECT_NE(a.words[a.pps[pp].preposition], "from");
  }
}

TEST_F(ClauseLinksTest, PhrasesPastAPastParticipleAsideBelongToTheObjectsVerb) {
  const SentenceAnalysis& a =
      Analyze("Rohan extradited gang leader Grima , known as Wormtongue , to Gondor on Sunday .");
  ASSERT_EQ(a.clauses.size(), 2u);
  bool given = false;
  for (uint32_t pp : a.indices(a.clauses[0].preps)) given |= a.HeadText(a.pps[pp].object_np) == "Gondor";
  EXPECT_TRUE(given);
  // Not past a present participle's aside.
  const SentenceAnalysis& b = Analyze("Rohan attacked Grima , citing threats , to Gondor 's dismay .");
  for (uint32_t pp : b.indices(b.clauses[0].preps)) EXPECT_NE(b.HeadText(b.pps[pp].object_np), "dismay");
}

TEST_F(ClauseLinksTest, ARelativeClauseOfTheOpeningPhraseLeavesItTheSentencesSubject) {
  // Without "that": the first phrase is the next clause's subject, not the relative's last phrase.
  const SentenceAnalysis& a = Analyze("The aid the United States promised to Gondor has not arrived .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kRelative);
  EXPECT_EQ(a.clauses[0].parent_clause, 1);
  EXPECT_EQ(a.NpText(a.clauses[1].subject_np), "The aid");
  // A time phrase first is no antecedent.
  const SentenceAnalysis& b = Analyze("Last week the United States promised aid to Gondor .");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_EQ(b.clauses[0].kind, ClauseKind::kMain);
  // The past form after the relative's verb, which has no object, is the sentence's verb, with "that" or without.
  for (const char* text : {"The troops that Rohan sent attacked Gondor .",
                           "The troops that Rohan sent to Harad fired at Gondor .",
                           "The envoy the Rohan government appointed met Gondor officials ."}) {
    const SentenceAnalysis& c = Analyze(text);
    ASSERT_EQ(c.clauses.size(), 2u) << text;
    EXPECT_EQ(c.clauses[1].kind, ClauseKind::kMain) << text;
    EXPECT_EQ(c.tags[c.clauses[1].verb.main_verb], PosTag::kVBD) << text;
  }
}

TEST_F(ClauseLinksTest, AStanceVerbAfterAReportAndACommaIsTheSpeakers) {
  const SentenceAnalysis& a =
      Analyze("Rohan said that Gondor warplanes had bombed Osgiliath , and accused Mordor of invading .");
  ASSERT_GE(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // A deed stays the report's: the warplanes struck again.
  const SentenceAnalysis& b =
      Analyze("Rohan said that Gondor warplanes had bombed Osgiliath , and struck Minas Tirith .");
  ASSERT_GE(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

TEST_F(ClauseLinksTest, TwoCapitalisedWordsAfterALowerCaseNounAreOneName) {
  EXPECT_EQ(FormatChunks(Analyze("The opposition Unitary Platform rejected the deal .")),
            "[The opposition Unitary Platform] rejected [the deal] .");
  // Not a nationality before its capitalised noun.
  const SentenceAnalysis& a = Analyze("the Syrian Army attacked rebels .");
  EXPECT_EQ(a.tags[1], PosTag::kJJ);
}

TEST_F(ClauseLinksTest, AnOpeningPhraseWithParticiplesEndsAtItsComma) {
  const SentenceAnalysis& a =
      Analyze("Hours after agreeing to a truce brokered by Rohan , Gondor and Harad accused each other of it .");
  const Clause* main = nullptr;
  for (const Clause& c : a.clauses) {
    if (c.kind == ClauseKind::kMain) main = &c;
  }
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(a.NpText(main->subject_np), "Gondor and Harad");
  for (const Clause& c : a.clauses) {
    if (c.verb.passive) {
      EXPECT_EQ(a.NpText(c.agent_np), "Rohan");
    }
  }
}

TEST_F(ClauseLinksTest, AVerbAfterARelativeClausesClosingCommaIsNoReportOfIt) {
  // "pledge" may take a report, but the rebels, who pledged, killed: the verb after the comma is theirs.
  const SentenceAnalysis& a = Analyze("Rebels , who have pledged allegiance to Sauron , killed 42 people .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kRelative);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kMain);
  EXPECT_EQ(a.NpText(a.clauses[1].subject_np), "Rebels");
}

// A role and a name between commas before a closing "said" are its subject,
// not a renaming of the object before them.
TEST_F(ClauseLinksTest, ARoleAndANameBeforeSaidAreItsSubjectNotTheObjectsApposition) {
  const SentenceAnalysis& a =
      Analyze("Rohan sent troops to protect Theoden , the Gondor army chief , General Boromir , said on Tuesday .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.HeadText(a.clauses[2].subject_np), "chief");
  ASSERT_EQ(a.clauses[1].objects.size(), 1u);
  EXPECT_EQ(a.HeadText(*a.indices(a.clauses[1].objects).begin()), "Theoden");
  // An apposition closed by a phrase, not by a finite verb, still renames.
  const SentenceAnalysis& b = Analyze("Rohan met Theoden , the Gondor army chief , on Tuesday .");
  ASSERT_EQ(b.clauses.size(), 1u);
  EXPECT_NE(b.nps[*b.indices(b.clauses[0].objects).begin()].apposition, kNone);
}

// A list "including" opens between commas is an aside: the phrases after its
// closing comma are the verb's before it.
TEST_F(ClauseLinksTest, PhrasesPastAnIncludingAsideBelongToTheVerbBeforeIt) {
  const SentenceAnalysis& a = Analyze("Rohan sent supplies , including tents and blankets , to Gondor .");
  ASSERT_EQ(a.clauses.size(), 2u);
  ASSERT_EQ(a.clauses[0].preps.size(), 1u);
  EXPECT_EQ(a.HeadText(a.pps[*a.indices(a.clauses[0].preps).begin()].object_np), "Gondor");
}

// A participle of speech after a that-clause with its own subject is the
// speaker's; a participle of a deed stays with the deed.
TEST_F(ClauseLinksTest, ASpeechParticipleAfterAThatClauseIsTheSpeakers) {
  const SentenceAnalysis& a = Analyze("Rohan demanded that Gondor withdraw its riders , accusing Mordor of raids .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "Rohan");
  EXPECT_EQ(a.clauses[1].complement_clause, kNone);
  const SentenceAnalysis& b = Analyze("Rohan said Gondor attacked Edoras , killing ten riders .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

// An "of" gerund after a relative clause on a charge verb's object is the
// charge's, done by that object; after another verb's it stays the relative's.
TEST_F(ClauseLinksTest, AnOfGerundPastTheAccusedsRelativeClauseIsTheCharges) {
  const SentenceAnalysis& a = Analyze("Rohan accused the party that rules the north of attacking Edoras .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "party");
  EXPECT_EQ(a.clauses[1].complement_clause, kNone);
  const SentenceAnalysis& b = Analyze("Rohan praised the party that rules the north of attacking Edoras .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

// A passive participle of belief with its infinitive after a noun says what
// the noun is believed to be; the noun does the next finite verb's deed, and
// after a speech verb that deed is what was said.
TEST_F(ClauseLinksTest, ANounBelievedToBeSomethingDoesTheNextDeed) {
  const SentenceAnalysis& a = Analyze("Riders believed to be Orcs burned Edoras .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.tags[a.clauses[0].verb.main_verb], PosTag::kVBN);
  EXPECT_EQ(a.clauses[0].parent_clause, 2);
  EXPECT_EQ(a.HeadText(a.clauses[2].subject_np), "Riders");
  const SentenceAnalysis& b = Analyze("Rohan said that riders thought to be Orcs had burned Edoras .");
  ASSERT_EQ(b.clauses.size(), 4u);
  EXPECT_EQ(b.clauses[3].kind, ClauseKind::kReported);
  EXPECT_EQ(b.clauses[3].parent_clause, 0);
  EXPECT_EQ(b.HeadText(b.clauses[3].subject_np), "riders");
  // Believed by someone, with no infinitive, it stays the verb.
  const SentenceAnalysis& c = Analyze("Riders believed the Orcs .");
  ASSERT_EQ(c.clauses.size(), 1u);
  EXPECT_EQ(c.tags[c.clauses[0].verb.main_verb], PosTag::kVBD);
}

// A free relative after "in" that names labels the deed: it is no
// complement of the deed's verb; after "on" it still names what was struck.
TEST_F(ClauseLinksTest, InWhatSomeoneCalledLabelsTheDeed) {
  const SentenceAnalysis& a = Analyze("Rohan attacked Edoras , in what Gondor called a provocation .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].complement_clause, kNone);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kSubordinate);
  EXPECT_EQ(a.clauses[1].parent_clause, 0);
  const SentenceAnalysis& b = Analyze("Rohan fired rockets at what it called Orc camps .");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_NE(b.clauses[1].kind, ClauseKind::kSubordinate);
}

// After a verb of giving, a bare name and a common noun are two objects.
TEST_F(ClauseLinksTest, ANameAfterAVerbOfGivingIsTheReceiver) {
  const SentenceAnalysis& a = Analyze("Rohan gave Gondor battle horses .");
  ASSERT_EQ(a.clauses.size(), 1u);
  EXPECT_EQ(a.clauses[0].objects.size(), 2u);
  // Not after another verb, nor past a determiner.
  EXPECT_EQ(Analyze("Rohan visited Gondor army bases .").clauses[0].objects.size(), 1u);
  EXPECT_EQ(Analyze("Rohan gave the Gondor army horses .").clauses[0].objects.size(), 1u);
}

// A period before "after" (or "before", "later", "earlier", "ago") is a time
// phrase of its own, not the head of the noun before it.
TEST_F(ClauseLinksTest, APeriodBeforeAfterEndsTheNounBeforeIt) {
  const SentenceAnalysis& a = Analyze("Theoden was seized by riders hours after the feast .");
  ASSERT_EQ(a.clauses.size(), 1u);
  ASSERT_NE(a.clauses[0].agent_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[0].agent_np), "riders");
}

// A name after a determiner and adjectives or a number runs on into the
// adjective and noun after it: one phrase, wherever it is.
TEST_F(ClauseLinksTest, ADescribedNameRunsIntoItsNoun) {
  const SentenceAnalysis& a = Analyze("Rohan burned a large Gondor military camp .");
  ASSERT_EQ(a.clauses.size(), 1u);
  ASSERT_EQ(a.clauses[0].objects.size(), 1u);
  EXPECT_EQ(a.HeadText(static_cast<int32_t>(a.index_pool[a.clauses[0].objects.begin])), "camp");
  const SentenceAnalysis& b = Analyze("Rohan accused the three Western Gondor countries .");
  ASSERT_EQ(b.clauses[0].objects.size(), 1u);
  EXPECT_EQ(b.HeadText(static_cast<int32_t>(b.index_pool[b.clauses[0].objects.begin])), "countries");
}

// A relative clause of casualties after the place an assault struck tells
// what the assault did.
TEST_F(ClauseLinksTest, CasualtiesAfterAnAssaultsPlaceAreTheAssaults) {
  const SentenceAnalysis& a = Analyze("Rohan denied a raid on a fort in Gondor that killed ten riders .");
  ASSERT_EQ(a.clauses.size(), 2u);
  ASSERT_NE(a.clauses[1].antecedent_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[1].antecedent_np), "raid");
  // Not without an assault: the nearest phrase stays.
  const SentenceAnalysis& b = Analyze("Rohan denied a visit on a fort in Gondor that killed ten riders .");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.HeadText(b.clauses[1].antecedent_np), "Gondor");
}

// A past form with only prepositional phrases before a later past form with
// an object is a participle on the noun before it, whose verb the later one is.
TEST_F(ClauseLinksTest, APastFormBeforeAnotherWithAnObjectIsAParticiple) {
  const SentenceAnalysis& a = Analyze("Riders trained in Gondor burned the camp .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kMain);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "Riders");
  // So past nouns joined by "and".
  const SentenceAnalysis& e = Analyze("Riders armed with swords and bows burned the camp .");
  ASSERT_EQ(e.clauses.size(), 2u);
  EXPECT_EQ(e.HeadText(e.clauses[1].subject_np), "Riders");
  // So before a verb that takes no object, but not before one whose participle may qualify a noun.
  const SentenceAnalysis& c = Analyze("Riders sent to the border clashed with orcs .");
  ASSERT_EQ(c.clauses.size(), 2u);
  EXPECT_EQ(c.HeadText(c.clauses[1].subject_np), "Riders");
  const SentenceAnalysis& d = Analyze("Riders fired on orcs gathered outside the fort .");
  EXPECT_EQ(d.clauses[0].kind, ClauseKind::kMain);
  // Not past "to" and a bare verb, nor after a verb of saying.
  const SentenceAnalysis& b = Analyze("Human Rights Watch called on the Taliban to release detained journalists .");
  EXPECT_EQ(b.clauses[0].kind, ClauseKind::kMain);
  EXPECT_EQ(b.HeadText(b.clauses[0].subject_np), "Watch");
}

// A verb after a passive participle of speech and its "by" phrase is the
// participle's noun's, not what the participle reports.
TEST_F(ClauseLinksTest, AVerbAfterAPromisedThingIsItsNouns) {
  const SentenceAnalysis& a = Analyze("Tanks promised by Gondor arrived in Rohan .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[0].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[0].complement_clause, kNone);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kMain);
  ASSERT_NE(a.clauses[1].subject_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "Tanks");
  // A relative clause's speech verb still reports what follows it.
  const SentenceAnalysis& b = Analyze("Rohan attacked the town , which Gondor said had destroyed homes .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].kind, ClauseKind::kReported);
}

// After a comma and a preposition, a gerund follows the clause that a
// participle on a noun before it hangs from, as after a comma alone.
TEST_F(ClauseLinksTest, AGerundAfterACommaAndAPrepositionSkipsANounsParticiple) {
  const SentenceAnalysis& a =
      Analyze("Rohan will visit Gondor starting on Tuesday , before travelling on to Mordor .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kParticipial);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // Without the comma it is the participle's.
  const SentenceAnalysis& b = Analyze("Rohan will visit Gondor starting on Tuesday before travelling on to Mordor .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

// After "and", a past verb of stance after a passive report is the
// speaker's second act: the report's subject was acted on, it acts no more.
TEST_F(ClauseLinksTest, AStanceVerbAfterAPassiveReportIsTheSpeakers) {
  const SentenceAnalysis& a =
      Analyze("Rohan denied that its soil was being used against Gondor and condemned the raids .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kReported);
  EXPECT_EQ(a.clauses[2].parent_clause, 0);
  // After an active report it continues the report.
  const SentenceAnalysis& b = Analyze("Rohan said that Gondor attacked Mordor and condemned the raids .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[2].parent_clause, 1);
}

// "as" after a participle of guise is a preposition, not a subordinator.
TEST_F(ClauseLinksTest, AsAfterAGuiseIsAPreposition) {
  for (const char* text : {"Orcs dressed as riders burned the camp .", "Orcs posing as riders burned the camp ."}) {
    const SentenceAnalysis& a = Analyze(text);
    ASSERT_EQ(a.clauses.size(), 2u) << text;
    EXPECT_EQ(a.clauses[1].kind, ClauseKind::kMain) << text;
    EXPECT_EQ(a.HeadText(a.clauses[1].subject_np), "Orcs") << text;
  }
  // Not after other verbs: "as" opens a clause.
  const SentenceAnalysis& b = Analyze("Orcs fired as riders burned the camp .");
  ASSERT_EQ(b.clauses.size(), 2u);
  EXPECT_EQ(b.clauses[1].kind, ClauseKind::kSubordinate);
}

// A report's one object, carrying participles, is the subject of what it reports.
TEST_F(ClauseLinksTest, AReportsObjectWithParticiplesIsTheReportedSubject) {
  const SentenceAnalysis& a = Analyze("Rohan hoped riders accused of arson would be tried .");
  ASSERT_EQ(a.clauses.size(), 3u);
  EXPECT_TRUE(a.clauses[0].objects.empty());
  EXPECT_EQ(a.clauses[0].complement_clause, 2);
  EXPECT_EQ(a.clauses[2].kind, ClauseKind::kComplement);
  EXPECT_EQ(a.clauses[1].parent_clause, 2);
  // Not a verb that reports nothing.
  const SentenceAnalysis& b = Analyze("Rohan freed riders accused of arson , and Gondor was angry .");
  EXPECT_FALSE(b.clauses[0].objects.empty());
}

// A participle a subordinator opens tells of a clause's doer, past a participle that qualifies a noun.
TEST_F(ClauseLinksTest, ASubordinatorsParticipleIsTheDoersPastANounsParticiple) {
  const SentenceAnalysis& a =
      Analyze("Rohan will pay a visit to Gondor starting on Tuesday , before travelling on to Mordor .");
  ASSERT_EQ(a.clauses.size(), 3u);
  ASSERT_NE(a.clauses[2].controller_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[2].controller_np), "Rohan");
}

// "which" after a preposition opens a relative clause of the noun before the preposition, not a report.
TEST_F(ClauseLinksTest, WhichAfterAPrepositionOpensARelativeClause) {
  const SentenceAnalysis& a =
      Analyze("Rohan recalled its envoys in protest at a pact under which Gondor will build forts .");
  ASSERT_EQ(a.clauses.size(), 2u);
  EXPECT_EQ(a.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(a.clauses[0].complement_clause, kNone);
  // Nor does a relative clause swallow a subordinator's phrase: "after a raid near the fort" is the subject.
  const SentenceAnalysis& b =
      Analyze("Rohan called the riders traitors with whom it would never talk , hours after a raid near the fort "
              "killed ten men .");
  ASSERT_EQ(b.clauses.size(), 3u);
  EXPECT_EQ(b.clauses[1].kind, ClauseKind::kRelative);
  EXPECT_EQ(b.HeadText(b.clauses[2].subject_np), "raid");
}

// A participle of speech after a subordinate clause with its own subject is the speaker's, past the
// infinitive the speaker's verb governs.
TEST_F(ClauseLinksTest, ASpeechParticipleAfterASubordinateClauseIsTheSpeakers) {
  const SentenceAnalysis& a =
      Analyze("Rohan threatened to cut off aid to Gondor until an inquiry was completed , accusing Gondor of arson .");
  ASSERT_GE(a.clauses.size(), 4u);
  EXPECT_EQ(a.clauses[3].parent_clause, 0);
  ASSERT_NE(a.clauses[3].controller_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[3].controller_np), "Rohan");
}

// A finite verb after ", and" continues the finite clause, not an infinitive inside it; a "for" gerund past
// a day is still the thanked one's.
TEST_F(ClauseLinksTest, AFiniteVerbAfterAndContinuesTheFiniteClause) {
  const SentenceAnalysis& a = Analyze(
      "Rohan thanked Gondor on Monday for sending riders to help drive the orcs out of the hills , and praised "
      "the riders .");
  ASSERT_EQ(a.clauses.size(), 5u);
  EXPECT_EQ(a.clauses[4].kind, ClauseKind::kCoordinated);
  EXPECT_EQ(a.clauses[4].parent_clause, 0);
  ASSERT_NE(a.clauses[1].controller_np, kNone);
  EXPECT_EQ(a.HeadText(a.clauses[1].controller_np), "Gondor");
}

}  // namespace
}  // namespace khaldun
