#include "lang/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lang/test_env.h"
#include "lang/unknown_words.h"

namespace khaldun {
namespace {

class TaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    tagger_ = khaldun::testing::SharedTagger(&error);
    if (tagger_ == nullptr) GTEST_SKIP() << "tagger data missing (run scripts/install-deps.sh): " << error;
  }
  std::string Tags(std::string_view sentence) { return khaldun::testing::TagString(*tagger_, sentence); }
  const Tagger* tagger_ = nullptr;
};

TEST_F(TaggerTest, PastTenseAfterSubject) {
  EXPECT_EQ(Tags("The Taliban rejected the offer ."), "DT NNP VBD DT NN .");
}

TEST_F(TaggerTest, ANationalityBeforeAndAndAnotherIsAnAdjective) {
  EXPECT_EQ(Tags("Talks between American and Filipino officials began ."),
            "NNS IN JJ CC JJ NNS VBD .");
}

TEST_F(TaggerTest, AfterAOrAnAndAParticipleABareFormHeadsThePhrase) {
  EXPECT_EQ(Tags("Netanyahu spoke in a televised address ."), "NNP VBD IN DT VBN NN .");
}

TEST_F(TaggerTest, ACapitalisedHyphenatedWordEndingInNoEnglishWordIsAName) {
  EXPECT_EQ(Tags("Rebels fled to Minas-tirith ."), "NNS VBD TO NNP .");
  // A form of an English word keeps the compound an adjective.
  EXPECT_EQ(Tags("Kremlin-led forces attacked ."), "JJ NNS VBD .");
}

TEST_F(TaggerTest, ANounThatIsAlsoAParticipleAfterBeIsThePassive) {
  EXPECT_EQ(Tags("The envoy was shot dead in Kabul ."), "DT NN VBD VBN JJ IN NNP .");
}

TEST_F(TaggerTest, APastFormBeforeAnObjectPronounIsTheVerb) {
  // (The lexicon lists "shot" as a noun first.)
  EXPECT_EQ(Tags("Gunmen stormed the house on Wednesday and shot him dead ."), "NNS VBD DT NN IN NNP CC VBD PRP JJ .");
}

TEST_F(TaggerTest, AnLyWordBetweenBeOrHaveAndAParticipleIsAnAdverb) {
  // (The lexicon lists "briefly" as a noun first.)
  EXPECT_EQ(Tags("The envoy was briefly detained ."), "DT NN VBD RB VBN .");
}

TEST_F(TaggerTest, PrisonOrJailAfterToWithNoObjectIsWhereOneIsHeld) {
  EXPECT_EQ(Tags("Two men were sentenced to prison by a court ."), "CD NNS VBD VBN TO NN IN DT NN .");
  EXPECT_EQ(Tags("He was returned to jail on Monday ."), "PRP VBD VBN TO NN IN NNP .");
  // With an object it is the verb.
  EXPECT_EQ(Tags("Parliament voted to jail him ."), "NNP VBD TO VB PRP .");
}

TEST_F(TaggerTest, AnAdjectiveAfterAVerbThatTakesNoBareInfinitiveModifiesTheNoun) {
  // (The lexicon lists "live" as a verb first.)
  EXPECT_EQ(Tags("Troops fired live rounds at protesters ."), "NNS VBD JJ NNS IN NNS .");
}

TEST_F(TaggerTest, AnAdjectiveFirstPastFormAfterTheSubjectBeforeADeterminerIsTheVerb) {
  // (The lexicon lists "brokered" as an adjective first.)
  EXPECT_EQ(Tags("Qatar brokered a deal ."), "NNP VBD DT NN .");
}

// Before a noun phrase too, when no other verb can follow: "Russia armed
// separatists", not "Houthi armed men attacked ships".
TEST_F(TaggerTest, AnAdjectiveFirstPastFormBeforeANounIsTheVerbOfAVerblessSentence) {
  EXPECT_EQ(Tags("Russia armed separatists in Donbas ."), "NNP VBD NNS IN NNP .");
  EXPECT_EQ(Tags("Houthi armed men attacked ships ."), "NNP JJ NNS VBD NNS .");
}

TEST_F(TaggerTest, APastFormAfterASubjectPronounIsTheVerb) {
  // (The lexicon lists "shot" as a noun first.)
  EXPECT_EQ(Tags("Pakistan said it shot down five jets ."), "NNP VBD PRP VBD RP CD NNS .");
  EXPECT_EQ(Tags("They shot two protesters ."), "PRP VBD CD NNS .");
  // A bare form after "he", "she" or "it" is past: the present takes "-s".
  EXPECT_EQ(Tags("He cut ties with Iran ."), "PRP VBD NNS IN NNP .");
  // Not after "did" or a modal.
  EXPECT_EQ(Tags("It will cut ties ."), "PRP MD VB NNS .");
}

TEST_F(TaggerTest, TheLexiconCorrectionsApply) {
  // en-lexicon lists "programme" and "shoal" as verbs only.
  EXPECT_EQ(Tags("Iran expanded its nuclear programme ."), "NNP VBD PRP$ JJ NN .");
  EXPECT_EQ(Tags("They sailed near a disputed shoal ."), "PRP VBD IN DT VBN NN .");
  // ... and "downing" as a gerund only.
  EXPECT_EQ(Tags("They met despite the downing of a plane ."), "PRP VBD IN DT NN IN DT NN .");
  // ... and lacks "attaches", which suffixes alone read as a verb.
  EXPECT_EQ(Tags("India expelled Pakistani military attaches on Wednesday ."), "NNP VBD JJ JJ NNS IN NNP .");
  EXPECT_EQ(Tags("China attaches great importance to its ties ."), "NNP VBZ JJ NN TO PRP$ NNS .");
  // ... and lacks "Kyrgyz" and "Tajik", which would be read as names.
  EXPECT_EQ(Tags("Kyrgyz and Tajik forces clashed ."), "JJ CC JJ NNS VBD .");
  // ... and "centres" as a verb only.
  EXPECT_EQ(Tags("Jets struck Hamas command centres in Gaza ."), "NNS VBD NNP NN NNS IN NNP .");
  // ... and "licences" as a verb only.
  EXPECT_EQ(Tags("Seoul suspended the medical licences of doctors ."), "NNP VBD DT JJ NNS IN NNS .");
  // ... and "abducted" as a noun first.
  EXPECT_EQ(Tags("Gunmen killed ten men and abducted dozens of women ."), "NNS VBD CD NNS CC VBD NNS IN NNS .");
  // ... and "travelled" as an adjective only.
  EXPECT_EQ(Tags("Viktor Orban , Hungary 's prime minister , travelled to Moscow ."),
            "NNP NNP , NNP POS JJ NN , VBD TO NNP .");
}

TEST_F(TaggerTest, ANameParticleBetweenNamesIsPartOfTheName) {
  // (The lexicon calls "del" a foreign word.)
  EXPECT_EQ(Tags("Talks with the Clan del Golfo ended ."), "NNS IN DT NNP NNP NNP VBD .");
}

TEST_F(TaggerTest, AttributionClosingTheSentenceIsAVerb) {
  EXPECT_EQ(Tags("Talks resumed , Reuters reports ."), "NNS VBD , NNP VBZ .");
  EXPECT_EQ(Tags("They welcomed the reports ."), "PRP VBD DT NNS .");
}

TEST_F(TaggerTest, HeadlinePresentAfterAPluralSubject) {
  EXPECT_EQ(Tags("Protesters clash with police in Nairobi ."), "NNS VBP IN NN IN NNP .");
  EXPECT_EQ(Tags("Syrian forces clash with rioters ."), "JJ NNS VBP IN NNS .");
  // Another verb follows: a compound noun ("weapons supply").
  EXPECT_EQ(Tags("Weapons supply to Ukraine was halted ."), "NNS NN TO NNP VBD VBN .");
}

TEST_F(TaggerTest, CollectiveAdjectiveBeforeAPastFormIsTheSubject) {
  EXPECT_EQ(Tags("The army left after the military seized power ."), "DT NN VBD IN DT NN VBD NN .");
  EXPECT_EQ(Tags("The military junta seized power ."), "DT JJ NN VBD NN .");
  // After a demonym too.
  EXPECT_EQ(Tags("The Pakistani military conducted airstrikes ."), "DT JJ NN VBD NNS .");
  // So is a deed's adjective-noun, after a possessor's name too.
  EXPECT_EQ(Tags("The Russian offensive killed hundreds of civilians ."), "DT JJ NN VBD NNS IN NNS .");
  EXPECT_EQ(Tags("Israel 's Gaza offensive killed hundreds ."), "NNP POS NNP NN VBD NNS .");
}

TEST_F(TaggerTest, ABareFormAfterASingularNounIsItsCompoundsHead) {
  EXPECT_EQ(Tags("The minister held a phone call with Iran ."), "DT NN VBD DT NN NN IN NNP .");
}

TEST_F(TaggerTest, ABareFormOpeningAWordNetCompoundNounIsItsFirstNoun) {
  EXPECT_EQ(Tags("Police fired water cannon and tear gas at protesters ."), "NNP VBD NN NN CC NN NN IN NNS .");
  // After "to", a verb is wanted.
  EXPECT_EQ(Tags("They tried to tear gas lines apart ."), "PRP VBD TO VB NN NNS RB .");
}

TEST_F(TaggerTest, AQuantifierFloatingFromTheSubjectLeavesItsVerbFinite) {
  EXPECT_EQ(Tags("France and Italy both condemned Israel ."), "NNP CC NNP RB VBD NNP .");
  EXPECT_EQ(Tags("They all condemned Israel ."), "PRP RB VBD NNP .");
  // After a finite verb it is an object's.
  EXPECT_EQ(Tags("Police freed the hostages all held in Gaza ."), "NNP VBD DT NNS DT VBN IN NNP .");
}

TEST_F(TaggerTest, ABareFormAfterAPossessiveAndASingularNounIsItsCompoundsHead) {
  EXPECT_EQ(Tags("Washington added the firms to its trade blacklist on Thursday ."),
            "NNP VBD DT NNS TO PRP$ NN NN IN NNP .");
}

TEST_F(TaggerTest, ARegionWordBeforeADemonymJoinsIt) {
  EXPECT_EQ(Tags("in the oil-producing Central African nation ."), "IN DT JJ JJ JJ NN .");
  // A name stays a name.
  EXPECT_EQ(Tags("in the Central African Republic ."), "IN DT NNP NNP NNP .");
}

TEST_F(TaggerTest, APastFormAfterANameAfterADeedInAPhraseIsTheNamesVerb) {
  EXPECT_EQ(Tags("He was convicted in a trial Washington denounced as a sham ."),
            "PRP VBD VBN IN DT NN NNP VBD IN DT NN .");
}

TEST_F(TaggerTest, AnIngAdjectiveAfterADeterminerBeforeAnAdjectiveAndANoun) {
  EXPECT_EQ(Tags("over the worsening humanitarian situation ."), "IN DT JJ JJ NN .");
}

TEST_F(TaggerTest, APastFormBeforeAQuantityIsTheVerb) {
  EXPECT_EQ(Tags("Gunmen abducted more than 200 pupils ."), "NNS VBD JJR IN CD NNS .");
}

TEST_F(TaggerTest, AGerundAfterADeterminerAndANameHeadsThePhrase) {
  EXPECT_EQ(Tags("Egypt opened the Rafah crossing to trucks ."), "NNP VBD DT NNP NN TO NNS .");
}

TEST_F(TaggerTest, APastFormBeforeItsParticleAfterAPluralSubject) {
  EXPECT_EQ(Tags("Russian forces shot down a drone ."), "JJ NNS VBD RP DT NN .");
}

TEST_F(TaggerTest, APastFormBeforeItsParticleOpeningAReport) {
  EXPECT_EQ(Tags("Officials said the country 's air defences shot down drones ."),
            "NNS VBD DT NN POS NN NNS VBD RP NNS .");
}

TEST_F(TaggerTest, ACapitalisedAdjectiveBetweenANamesWordAndACapitalisedNounIsInTheName) {
  const std::string tags = Tags("Suspected Allied Democratic Forces rebels killed 42 people .");
  EXPECT_EQ(tags.substr(0, tags.find(" NNS")), "JJ NNP NNP") << tags;
}

TEST_F(TaggerTest, InvolvedAtTheClausesEndAfterANounQualifiesIt) {
  EXPECT_EQ(Tags("Rohan ordered an investigation into the officers involved ."), "NNP VBD DT NN IN DT NNS VBN .");
}

TEST_F(TaggerTest, ANounThatIsAlsoAParticipleAfterHaveBeforeItsParticle) {
  EXPECT_EQ(Tags("The army had shot down two drones ."), "DT NN VBD VBN RP CD NNS .");
  // So before "dead": "had shot dead".
  const std::string tags = Tags("Soldiers had shot dead 12 protesters .");
  EXPECT_EQ(tags.substr(0, tags.find(' ', tags.find(' ', tags.find(' ') + 1) + 1)), "NNS VBD VBN") << tags;
}

TEST_F(TaggerTest, AParticipleSpelledLikeItsBaseFormAfterBeOrHave) {
  EXPECT_EQ(Tags("The talks were put off ."), "DT NNS VBD VBN RP .");
  EXPECT_EQ(Tags("The vote has been put off ."), "DT NN VBZ VBN VBN RP .");
}

TEST_F(TaggerTest, AReducedRelativeEndsAListOfObjects) {
  // The last noun of a list whose first is a preposition's object, in a clause with a finite verb.
  EXPECT_EQ(Tags("It would begin with a truce , the release of women and wounded hostages held in Gaza ."),
            "PRP MD VB IN DT NN , DT NN IN NNS CC VBN NNS VBN IN NNP .");
  // Not after a phrase that opens the sentence: "In Kabul , several hundred men marched".
  EXPECT_EQ(Tags("In Kabul , several hundred men marched to the embassy ."), "IN NNP , JJ CD NNS VBD TO DT NN .");
}

TEST_F(TaggerTest, AReducedRelativeBeforeItsNounsBe) {
  EXPECT_EQ(Tags("Talks planned for Sunday in Doha were called off ."), "NNS VBN IN NNP IN NNP VBD VBN RP .");
  // A noun phrase with no preposition before it opens a clause of its own.
  EXPECT_EQ(Tags("Rohan announced on Monday the talks were postponed ."), "NNP VBD IN NNP DT NNS VBD VBN .");
  // Nor does a name right after a common noun; a gerund may follow a
  // preposition.
  EXPECT_EQ(Tags("Rohan insisted in a statement Gondor was wrong ."), "NNP VBD IN DT NN NNP VBD JJ .");
  EXPECT_EQ(Tags("Activists jailed for marching against Gondor were freed ."), "NNS VBN IN VBG IN NNP VBD VBN .");
}

TEST_F(TaggerTest, AGerundOpeningAClauseBeforeItsVerbIsItsSubject) {
  EXPECT_EQ(Tags("Rohan fled as fighting escalated over Gondor ."), "NNP VBD IN NN VBD IN NNP .");
  EXPECT_EQ(Tags("Shelling continued on Monday ."), "NN VBD IN NNP .");
  // Its own phrase may come between.
  EXPECT_EQ(Tags("Rohan signed a truce though fighting with Gondor rebels continued ."),
            "NNP VBD DT NN IN NN IN NNP NNS VBD .");
  // A gerund with an object stays a verb.
  EXPECT_EQ(Tags("Rohan fled after killing wounded soldiers ."), "NNP VBD IN VBG VBN NNS .");
  // Before "between" it names what goes on between two parties, not after "be".
  EXPECT_EQ(Tags("Fighting between Rohan and Gondor killed 20 people ."), "NN IN NNP CC NNP VBD CD NNS .");
  EXPECT_EQ(Tags("The orcs were fighting between themselves ."), "DT NNS VBD VBG IN PRP .");
}

TEST_F(TaggerTest, CloseToAfterANounIsAnAdjective) {
  EXPECT_EQ(Tags("Sources close to the talks said Rohan agreed ."), "NNS JJ TO DT NNS VBD NNP VBD .");
  EXPECT_EQ(Tags("Gondor froze the assets of lords close to Rohan ."), "NNP VBD DT NNS IN NNS JJ TO NNP .");
  EXPECT_EQ(Tags("Soldiers were killed near Osgiliath , close to the border , Gondor said ."),
            "NNS VBD VBN IN NNP , JJ TO DT NN , NNP VBD .");
}

TEST_F(TaggerTest, ABareFormAfterAPrepositionIsANoun) {
  EXPECT_EQ(Tags("Rohan put its army on high alert ."), "NNP VBD PRP$ NN IN JJ NN .");
  EXPECT_EQ(Tags("Troops were put on alert ."), "NNS VBD VBN IN NN .");
}

TEST_F(TaggerTest, ACapitalisedWithoutBetweenCapitalisedWordsIsPartOfAName) {
  EXPECT_EQ(Tags("Doctors Without Borders left Rohan ."), "NNPS NNP NNPS VBD NNP .");
  EXPECT_EQ(Tags("Doctors without borders left Rohan ."), "NNS IN NNS VBD NNP .");
}

TEST_F(TaggerTest, ABareVerbInAThatClauseBeforeItsObject) {
  EXPECT_EQ(Tags("Poland demanded that Russia return the bodies ."), "NNP VBD IN NNP VB DT NNS .");
  const std::string tags = Tags("Rohan demanded that the military council hand power to civilians .");
  EXPECT_EQ(tags.substr(0, tags.find(" TO")), "NNP VBD IN DT JJ NN VB NN") << tags;
}

TEST_F(TaggerTest, AnSFormAfterANameOpeningTheClauseBeforeAnObjectIsTheVerb) {
  EXPECT_EQ(Tags("Russia attacks Ukraine ."), "NNP VBZ NNP .");
  EXPECT_EQ(Tags("South Korea hosts the summit ."), "NNP NNP VBZ DT NN .");
  EXPECT_EQ(Tags("The Gaza talks resume today ."), "DT NNP NNS VBP NN .");
}

TEST_F(TaggerTest, HyphenatedNamesAndCompassWordsJoinTheName) {
  EXPECT_EQ(Tags("South Korean President Lee Jae-myung visited Japan ."), "NNP NNP NNP NNP NNP VBD NNP .");
  // So is any capitalised adjective after a name, no noun after it, but a nationality.
  EXPECT_EQ(Tags("Students rallied in Novi Sad on Saturday ."), "NNS VBD IN NNP NNP IN NNP .");
  EXPECT_EQ(Tags("Gondor and Rohan Russian ."), "NNP CC NNP JJ .");
}

// A compass point between north and east, or any other two, after "in" and
// before a name, is that place's part, as "north" is.
TEST_F(TaggerTest, AnIntercardinalPointBeforeANameModifiesIt) {
  EXPECT_EQ(Tags("Fighting erupted in northwest Syria ."), "NNP VBD IN JJ NNP .");
  EXPECT_EQ(Tags("Fighting erupted in north Syria ."), "NNP VBD IN JJ NNP .");
}

TEST_F(TaggerTest, APluralAfterANumberedNameIsANoun) {
  EXPECT_EQ(Tags("Iraq handed 50 Islamic State suspects to Syria ."), "NNP VBD CD NNP NNP NNS TO NNP .");
}

TEST_F(TaggerTest, ChiefAfterANounHeadsThePhrase) {
  EXPECT_EQ(Tags("The army chief held talks ."), "DT NN NN VBD NNS .");
}

TEST_F(TaggerTest, AnIngNounHeadsAPrepositionsBarePhrase) {
  EXPECT_EQ(Tags("Two died in Israeli tank shelling near the border ."), "CD VBD IN JJ NN NN IN DT NN .");
  // With a determiner it may be a reduced relative: "a road leading into".
  EXPECT_EQ(Tags("They fled on a road leading into Kabul ."), "PRP VBD IN DT NN VBG IN NNP .");
}

TEST_F(TaggerTest, ANameAfterAVerbThatReportsNothingModifiesAPlural) {
  EXPECT_EQ(Tags("Erdogan rejected US calls for a ceasefire ."), "NNP VBD NNP NNS IN DT NN .");
  EXPECT_EQ(Tags("Erdogan said US calls for a ceasefire ."), "NNP VBD NNP VBZ IN DT NN .");
  // A noun as well, after a past participle too; after a verb that may report, only before "against".
  EXPECT_EQ(Tags("Britain has imposed asset freezes on Russian banks ."), "NNP VBZ VBN NN NNS IN JJ NNS .");
  EXPECT_EQ(Tags("Britain announced asset freezes against Russian banks ."), "NNP VBD NN NNS IN JJ NNS .");
  // Or before "and" and plural nouns that "against" follows.
  EXPECT_EQ(Tags("Britain announced asset freezes and travel bans against Russian banks ."),
            "NNP VBD NN NNS CC NN NNS IN JJ NNS .");
}

TEST_F(TaggerTest, ABareVerbAfterTheSubjectOfAThatClause) {
  EXPECT_EQ(Tags("They demanded that President Rajapaksa step down ."), "PRP VBD IN NNP NNP VB RP .");
}

TEST_F(TaggerTest, PastTenseAfterItsSubjectBeforeItsObject) {
  EXPECT_EQ(Tags("Kenyan police shot dead three protesters ."), "JJ NN VBD JJ CD NNS .");
  // Or before a past form it is coordinated with.
  // An adverb may come between the subject and the verb.
  EXPECT_EQ(Tags("Israeli troops mistakenly shot dead three hostages ."), "JJ NNS RB VBD JJ CD NNS .");
  // After a name that is an object, a participle before a common noun
  // qualifies it; after a reporting verb's name it is that name's verb.
  EXPECT_EQ(Tags("Germany agreed to send Marder armoured vehicles ."), "NNP VBD TO VB NNP VBN NNS .");
  EXPECT_EQ(Tags("Officials said Russia attacked towns ."), "NNS VBD NNP VBD NNS .");
  // So after a number that is an object, past "at least" too; after a
  // reporting verb the number is the subject.
  EXPECT_EQ(Tags("Gondor extradited 29 suspected smugglers ."), "NNP VBD CD JJ NNS .");
  // Past the verb's particle too.
  EXPECT_EQ(Tags("Gondor handed over 29 alleged smugglers to Rohan ."), "NNP VBD IN CD JJ NNS TO NNP .");
  EXPECT_EQ(Tags("Troops killed at least 20 armed men ."), "NNS VBD IN JJS CD JJ NNS .");
  EXPECT_EQ(Tags("Officials said 29 attended meetings ."), "NNS VBD CD VBD NNS .");
  // And before an adjective or a name and its noun.
  EXPECT_EQ(Tags("Iran released five detained Western citizens ."), "NNP VBD CD VBN JJ NNS .");
  EXPECT_EQ(Tags("Police arrested 14 suspected TTP members ."), "NNP VBD CD JJ NNP NNS .");
  // Joined to a preposition's object, before a noun, it qualifies that noun;
  // joined to a verb's object it is a second verb.
  EXPECT_EQ(Tags("Gondor pledged aid for refugees and displaced people ."), "NNP VBD NN IN NNS CC JJ NNS .");
  EXPECT_EQ(Tags("The strikes killed civilians and displaced families ."), "DT NNS VBD NNS CC VBD NNS .");
  // Before a count it is a second verb, a preposition's object before it or not.
  EXPECT_EQ(Tags("Soldiers killed dozens of men and abducted hundreds of women ."), "NNS VBD NNS IN NNS CC VBD NNS IN NNS .");
  // A bare form joined by "and" to a bare verb of its clause, before an
  // object, is a bare verb too.
  EXPECT_EQ(Tags("Gondor urged Rohan to halt raids and free all prisoners ."), "NNP VBD NNP TO VB NNS CC VB DT NNS .");
  // So is one after the subject of a that-clause, a common noun's too,
  // before its particle.
  EXPECT_EQ(Tags("Rohan demanded that the king step down ."), "NNP VBD IN DT NN VB RP .");
  // And one read as a comparative, before its object.
  EXPECT_EQ(Tags("Rohan demanded that the government lower the taxes ."), "NNP VBD IN DT NN VB DT NNS .");
  // Opening the sentence before a noun's words, a past form qualifies the noun.
  EXPECT_EQ(Tags("Suspected Gondor rebels attacked the town ."), "JJ NNP NNS VBD DT NN .");
  // A verb that takes "to" only after its object is a participle before
  // "to", though "and" opens what looks like a clause before it.
  EXPECT_EQ(Tags("Police fired gas and water at hundreds of men opposed to the bill ."),
            "NNP VBD NN CC NN IN NNS IN NNS VBN TO DT NN .");
  // After a number above one and a noun, a plural noun, not a verb.
  EXPECT_EQ(Tags("Gondor sent 56 rescuers and four sniffer dogs to Rohan ."),
            "NNP VBD CD NNS CC CD NN NNS TO NNP .");
  // A bare verb read as an adjective after a that-clause's subject, before a name.
  EXPECT_EQ(Tags("Gondor demanded that Rohan free Eomer ."), "NNP VBD IN NNP VB NNP .");
  // So is one read as a noun, before a count.
  EXPECT_EQ(Tags("Gondor demanded that the government release hundreds of riders ."),
            "NNP VBD IN DT NN VB NNS IN NNS .");
  // A participle of alliance after "and", before a plural noun, qualifies it;
  // the verb after the noun is then the clause's.
  EXPECT_EQ(Tags("Rohan said the riders and allied orcs had burned Edoras ."),
            "NNP VBD DT NNS CC JJ NNS VBD VBN NNP .");
  EXPECT_EQ(Tags("Gondor troops and allied militias clashed with Rohan ."), "NNP NNS CC JJ NNS VBD IN NNP .");
  // A form of holding people with no object after a verb's objects joined by
  // "and", or after a that-clause's bare verb and its object, is a participle.
  EXPECT_EQ(Tags("Gondor freed women and children held in Rohan ."), "NNP VBD NNS CC NNS VBN IN NNP .");
  EXPECT_EQ(Tags("Gondor demanded that Rohan release all riders held in Edoras ."),
            "NNP VBD IN NNP VB DT NNS VBN IN NNP .");
  // (Not a verb that goes without an object: a second clause.)
  EXPECT_EQ(Tags("Gondor arrested riders and soldiers fired in the air ."), "NNP VBD NNS CC NNS VBD IN DT NN .");
  // A compass word before "of" after a plural noun or a distance says where; after "the" it is a noun.
  EXPECT_EQ(Tags("Gondor captured riders and their horses east of Edoras ."), "NNP VBD NNS CC PRP$ NNS RB IN NNP .");
  EXPECT_EQ(Tags("Gondor fought in the east of Rohan ."), "NNP VBD IN DT NN IN NNP .");
  // A first word read as an adjective that may be a name is one before a verb or "and", a name and its verb.
  EXPECT_EQ(Tags("Manila accused Beijing of harassment ."), "NNP VBD NNP IN NN .");
  EXPECT_EQ(Tags("Manila and Beijing reached a deal ."), "NNP CC NNP VBD DT NN .");
  EXPECT_EQ(Tags("Russian and American officials met ."), "JJ CC JJ NNS VBD .");
  // An "-ing" form read as a noun after a comma, before "that", is a participle.
  EXPECT_EQ(Tags("Gondor closed the road , warning that it would fight ."), "NNP VBD DT NN , VBG IN PRP MD VB .");
  // So is one after "be", before a determiner: the progressive.
  EXPECT_EQ(Tags("Gondor said it was opening an investigation ."), "NNP VBD PRP VBD VBG DT NN .");
  // "de facto" qualifies the noun after it.
  EXPECT_EQ(Tags("Gondor met Rohan 's de facto leader ."), "NNP VBD NNP POS JJ JJ NN .");
  // And with adverbs between the subject and the verb.
  EXPECT_EQ(Tags("Gondor demanded that Rohan immediately release the riders ."), "NNP VBD IN NNP RB VB DT NNS .");
  // Joined by "and" to a plural noun, after a noun, a plural noun.
  EXPECT_EQ(Tags("Gondor sent rescue teams and emergency supplies to Rohan ."), "NNP VBD NN NNS CC NN NNS TO NNP .");
  // A past form after "more than" and a number, before a noun, qualifies it.
  EXPECT_EQ(Tags("Gondor deported more than 200 alleged gang members ."), "NNP VBD JJR IN CD JJ NN NNS .");
  // After "such" a bare form is a noun.
  EXPECT_EQ(Tags("Gondor sent aid , the first such transfer ."), "NNP VBD NN , DT JJ JJ NN .");
  // Joined to a noun, before "by" or "of", a bare form is a noun.
  EXPECT_EQ(Tags("Gondor investigated killings and torture by the orcs ."), "NNP VBD NNS CC NN IN DT NNS .");
  // So before "and" and an adjective with its noun.
  EXPECT_EQ(Tags("Gondor cited repeated and baseless attacks ."), "NNP VBD JJ CC JJ NNS .");
  // (The clause builder reads the second form as coordinated either way.)
  EXPECT_TRUE(Tags("A gunman shot and wounded the candidate .").starts_with("DT NN VBD CC "));
  // An adverb may come before the second: "shot and seriously wounded".
  EXPECT_TRUE(Tags("A man shot and seriously wounded the candidate .").starts_with("DT NN VBD CC RB "));
}

TEST_F(TaggerTest, AnAdjectiveNounAfterAPossessiveHeadsThePhrase) {
  EXPECT_EQ(Tags("Sudan 's military ousted the president ."), "NNP POS NN VBD DT NN .");
  EXPECT_EQ(Tags("Iran 's military leaders met ."), "NNP POS JJ NNS VBD .");
}

TEST_F(TaggerTest, AnAdjectiveFirstParticipleWithItsAgentAfterANoun) {
  EXPECT_EQ(Tags("They signed a deal brokered by Qatar ."), "PRP VBD DT NN VBN IN NNP .");
}

TEST_F(TaggerTest, APastFormWithAParticleBeforeItsAgentIsAParticiple) {
  EXPECT_EQ(Tags("Two men died in an airstrike carried out by Israel ."), "CD NNS VBD IN DT NN VBN RP IN NNP .");
  // "by far" is no agent.
  EXPECT_EQ(Tags("Russia carried out by far its largest attack ."), "NNP VBD RP IN RB PRP$ JJS NN .");
}

TEST_F(TaggerTest, APastFormBeforeByAndAGerundWithItsObjectIsFinite) {
  // "by" and a gerund with its object tell the means, not an agent.
  EXPECT_EQ(Tags("Gondor expelled an envoy , and Rohan retaliated by expelling a diplomat ."),
            "NNP VBD DT NN , CC NNP VBD IN VBG DT NN .");
  EXPECT_EQ(Tags("Gondor said Rohan retaliated by expelling a diplomat ."), "NNP VBD NNP VBD IN VBG DT NN .");
  EXPECT_EQ(Tags("A man killed by shelling was buried ."), "DT NN VBN IN VBG VBD VBN .");
  // Its object may open with an adjective.
  EXPECT_EQ(Tags("Rohan responded by firing ballistic missiles ."), "NNP VBD IN VBG JJ NNS .");
}

TEST_F(TaggerTest, APastFormBeforeToAndAVerbAfterAReportsSubjectIsFinite) {
  EXPECT_EQ(Tags("Gondor said Rohan agreed to resume talks ."), "NNP VBD NNP VBD TO VB NNS .");
  EXPECT_EQ(Tags("Gondor hosted Rohan , saying the two sides agreed to resume talks ."),
            "NNP VBD NNP , VBG DT CD NNS VBD TO VB NNS .");
  // With a finite verb after, a reduced relative.
  EXPECT_EQ(Tags("Gondor said the soldiers sent to help were safe ."), "NNP VBD DT NNS VBN TO VB VBD JJ .");
}

TEST_F(TaggerTest, AnAdjectiveBeforeANounOpensASubject) {
  // So the past form after its reduced relative is the clause's verb.
  EXPECT_EQ(Tags("Insurgent fighters led by Gondor stormed into Rohan ."), "JJ NNS VBN IN NNP VBD IN NNP .");
}

TEST_F(TaggerTest, APastFormAfterAParticipleSetOffByCommasIsTheVerb) {
  EXPECT_EQ(Tags("Soldiers , led by Gondor , attacked Rohan ."), "NNS , VBN IN NNP , VBD NNP .");
  // A form read first as an adjective, too.
  EXPECT_EQ(Tags("Fighters , armed by Gondor , attacked Rohan ."), "NNS , VBN IN NNP , VBD NNP .");
  // The participle after an adverb opening the aside.
  EXPECT_EQ(Tags("Eomer , widely seen as a rival , was detained ."), "NNP , RB VBN IN DT NN , VBD VBN .");
  // Not after an apposition with a verb of its own.
  EXPECT_EQ(Tags("Rohan , which Gondor attacked , protested ."), "NNP , WDT NNP VBD , VBD .");
}

TEST_F(TaggerTest, APastFormBeforeAndAndASecondPastIsFinite) {
  EXPECT_EQ(Tags("Rohan armed and trained Gondor rebels ."), "NNP VBD CC VBD NNP NNS .");
  // Joined to an adjective before a noun, a participle.
  EXPECT_EQ(Tags("Armed and masked men stormed the hotel ."), "JJ CC VBN NNS VBD DT NN .");
}

TEST_F(TaggerTest, ABareFormEndingASingularCompoundIsItsHead) {
  EXPECT_EQ(Tags("Trump held a lengthy phone call with Putin ."), "NNP VBD DT JJ NN NN IN NNP .");
  EXPECT_EQ(Tags("The phone call lasted an hour ."), "DT NN NN VBD DT NN .");
}

TEST_F(TaggerTest, APastFormAfterAnIncludedNameWithNoVerbBeforeIsTheVerb) {
  EXPECT_EQ(Tags("Western nations including Britain imposed sanctions ."), "JJ NNS VBG NNP VBD NNS .");
}

TEST_F(TaggerTest, APastFormReadAsANounAfterANameBeforeItsObjectIsTheVerb) {
  EXPECT_EQ(Tags("The United States cast a veto ."), "DT NNP NNPS VBD DT NN .");
}

TEST_F(TaggerTest, AnIngFormAfterASubordinatorBeforeANameIsAGerund) {
  EXPECT_EQ(Tags("He spoke after meeting Putin ."), "PRP VBD IN VBG NNP .");
  EXPECT_EQ(Tags("He left while warning against war ."), "PRP VBD IN VBG IN NN .");
  // So before a nationality and its noun.
  EXPECT_EQ(Tags("He spoke after meeting Afghan officials ."), "PRP VBD IN VBG JJ NNS .");
  EXPECT_EQ(Tags("He spoke after meeting Chinese President Xi ."), "PRP VBD IN VBG JJ NNP NNP .");
}

TEST_F(TaggerTest, VerbsTheLexiconAlsoListsAsAdverbsAreNone) {
  // (The lexicon lists RB for them; lexicon-corrections.tsv drops it.)
  EXPECT_EQ(Tags("Gondor would not hold direct talks ."), "NNP MD RB VB JJ NNS .");
  EXPECT_EQ(Tags("Gondor will not reverse course ."), "NNP MD RB VB NN .");
  EXPECT_EQ(Tags("The bank would shore up the currency ."), "DT NN MD VB RP DT NN .");
}

TEST_F(TaggerTest, ACapitalisedVerbFormInsideLowerCaseTextOpensAName) {
  EXPECT_EQ(Tags("The court dissolved the opposition Move Forward Party ."), "DT NN VBD DT NN NNP NNP NNP .");
}

TEST_F(TaggerTest, AnIngFormBeforeAPastFormAndItsNounTakesThemAsObject) {
  EXPECT_EQ(Tags("Planes carrying wounded soldiers landed ."), "NNS VBG VBN NNS VBD .");
}

TEST_F(TaggerTest, ABareFormAfterASingularNameIsPast) {
  EXPECT_EQ(Tags("Russia cut off gas supplies to Poland ."), "NNP VBD RP NN NNS TO NNP .");
  // So is an adjective reading before a particle, after its subject.
  EXPECT_EQ(Tags("Pakistani police rounded up hundreds of refugees ."), "JJ NN VBD RP NNS IN NNS .");
}

TEST_F(TaggerTest, PastTenseBeforeAQuantity) {
  EXPECT_EQ(Tags("Israeli strikes on Rafah killed at least 28 people ."), "JJ NNS IN NNP VBD IN JJS CD NNS .");
}

TEST_F(TaggerTest, AnAdverbAfterADeterminerIsANoun) {
  EXPECT_EQ(Tags("They fought in the south of Lebanon ."), "PRP VBD IN DT NN IN NNP .");
}

TEST_F(TaggerTest, PastTenseBeforeItsParticleAfterAName) {
  EXPECT_EQ(Tags("Ukraine shot down 20 drones ."), "NNP VBD RP CD NNS .");
}

TEST_F(TaggerTest, NoBareVerbAfterHave) {
  EXPECT_EQ(Tags("Chile has close ties to Peru"), "NNP VBZ JJ NNS TO NNP");
}

TEST_F(TaggerTest, ParticipleAfterAuxiliary) {
  EXPECT_EQ(Tags("The offer was rejected by the Taliban ."), "DT NN VBD VBN IN DT NNP .");
  EXPECT_EQ(Tags("They have rejected it"), "PRP VBP VBN PRP");
}

TEST_F(TaggerTest, TalksAsNounOrVerb) {
  EXPECT_EQ(Tags("The peace talks resumed in Doha ."), "DT NN NNS VBD IN NNP .");
  EXPECT_EQ(Tags("He talks to the press ."), "PRP VBZ TO DT NN .");
}

TEST_F(TaggerTest, ObjectAfterVerbIsNoun) {
  EXPECT_EQ(Tags("The Taliban rejected calls for a ceasefire"), "DT NNP VBD NNS IN DT NN");
}

TEST_F(TaggerTest, CapitalisedNounBeforeNameIsName) {
  EXPECT_EQ(Tags("the Defence Ministry said"), "DT NNP NNP VBD");
}

TEST_F(TaggerTest, HyphenatedCompoundIsAdjective) {
  EXPECT_EQ(Tags("the US-backed government"), "DT JJ NN");
}

TEST_F(TaggerTest, AnAdverbBetweenAModalAndItsVerb) {
  EXPECT_EQ(Tags("Rohan did not even ever consider the offer ."), "NNP VBD RB RB RB VB DT NN .");
  EXPECT_EQ(Tags("They want to even the score ."), "PRP VBP TO VB DT NN .");
  // A determiner after "to" opens a noun phrase: "respond to any move".
  EXPECT_EQ(Tags("Rohan will respond to any move against it ."), "NNP MD VB TO DT NN IN PRP .");
}

TEST_F(TaggerTest, AParticipleAfterHave) {
  EXPECT_EQ(Tags("Rohan has celebrated Midsummer in Edoras ."), "NNP VBZ VBN NNP IN NNP .");
}

TEST_F(TaggerTest, NoAdjectiveBeforeADeterminer) {
  EXPECT_EQ(Tags("Rohan and Gondor welcome the new treaty ."), "NNP CC NNP VBP DT JJ NN .");
}

TEST_F(TaggerTest, NoVerbAfterVery) {
  EXPECT_EQ(Tags("The army has moved very close to the capital ."), "DT NN VBZ VBN RB JJ TO DT NN .");
}

TEST_F(TaggerTest, ACapitalisedVerbFormAfterANameIsPartOfIt) {
  EXPECT_EQ(Tags("They met in Long Reaching ."), "PRP VBD IN NNP NNP .");
}

TEST_F(TaggerTest, ModalNegationBareVerb) {
  EXPECT_EQ(Tags("The Taliban will not call a ceasefire ."), "DT NNP MD RB VB DT NN .");
}

TEST_F(TaggerTest, TreebankConventions) {
  EXPECT_EQ(Tags("`` Talks -LRB- in Doha -RRB- '' , the US said"),
            "`` NNS -LRB- IN NNP -RRB- '' , DT NNP VBD");
  EXPECT_EQ(Tags("5 %"), "CD NN");
}

TEST_F(TaggerTest, PossessiveAndContraction) {
  EXPECT_EQ(Tags("the group 's leader"), "DT NN POS NN");
  EXPECT_EQ(Tags("it 's a deal"), "PRP VBZ DT NN");
}

TEST_F(TaggerTest, APastFormAfterAPossessiveIsThePossessedNoun) {
  // Read as "is" in the forward pass, the "'s" made a passive of "bid".
  EXPECT_EQ(Tags("Turkey blocked Gondor 's bid to join the alliance ."), "NNP VBD NNP POS NN TO VB DT NN .");
}

TEST_F(TaggerTest, ACompassWordBeforeADemonymIsPartOfIt) {
  EXPECT_EQ(Tags("US and South Korean forces began drills ."), "NNP CC JJ JJ NNS VBD NNS .");
}

TEST_F(TaggerTest, ABareFormAfterAnAdjectiveEndsTheNounPhrase) {
  EXPECT_EQ(Tags("It drew a sharp rebuke from Rohan ."), "PRP VBD DT JJ NN IN NNP .");
  // So after a possessive pronoun and several adjectives.
  EXPECT_EQ(Tags("It was their first face-to-face encounter since 2020 ."), "PRP VBD PRP$ JJ JJ NN IN CD .");
}

TEST_F(TaggerTest, AnEdFormAfterToBeforeANounQualifiesIt) {
  EXPECT_EQ(Tags("Rohan pulled its riders back to agreed lines ."), "NNP VBD PRP$ NNS RB TO JJ NNS .");
  // An infinitive stays one.
  EXPECT_EQ(Tags("Rohan agreed to end talks ."), "NNP VBD TO VB NNS .");
}

TEST_F(TaggerTest, ABareFormAfterHelpBeforeAnObjectIsTheInfinitive) {
  EXPECT_EQ(Tags("Rohan helped halt last month 's fighting ."), "NNP VBD VB JJ NN POS NN .");
  EXPECT_EQ(Tags("Rohan will help fund the war ."), "NNP MD VB VB DT NN .");
  // Before a noun it may be the noun's modifier.
  EXPECT_EQ(Tags("Rohan helped aid agencies ."), "NNP VBD NN NNS .");
}

TEST_F(TaggerTest, APastFormInAnAppositionToAnObjectIsAParticiple) {
  EXPECT_EQ(Tags("Rohan freed the mayor of Edoras , a member of the council jailed in May , officials said ."),
            "NNP VBD DT NN IN NNP , DT NN IN DT NN VBN IN NNP , NNS VBD .");
  // Not the speaker's verb ending the sentence.
  EXPECT_EQ(Tags("Rohan took Edoras , a member of the council said on Monday ."),
            "NNP VBD NNP , DT NN IN DT NN VBD IN NNP .");
}

TEST_F(TaggerTest, APastFormInAnAppositionToANamedObjectIsAParticiple) {
  EXPECT_EQ(Tags("Rohan refused to extradite Grima Wormtongue , the former adviser charged with spying in Edoras ."),
            "NNP VBD TO VB NNP NNP , DT JJ NN VBN IN VBG IN NNP .");
  // Not the speaker's verb after a deed, nor a name's own verb.
  EXPECT_EQ(Tags("Rohan struck Edoras , the army said in a statement ."), "NNP VBD NNP , DT NN VBD IN DT NN .");
  EXPECT_EQ(Tags("Rohan jailed Grima on Monday , a verdict the envoy Gandalf condemned as a sham ."),
            "NNP VBD NNP IN NNP , DT NN DT NN NNP VBD IN DT NN .");
}

TEST_F(TaggerTest, ABareFormAfterASingularNounEndsItsPhrase) {
  EXPECT_EQ(Tags("Rohan condemned Mordor 's rocket launch on Monday ."), "NNP VBD NNP POS NN NN IN NNP .");
  EXPECT_EQ(Tags("Rohan condemned the rocket launch ."), "NNP VBD DT NN NN .");
  // Not before an object, nor after a verb that takes a bare infinitive.
  EXPECT_EQ(Tags("Rohan will help the army launch an attack ."), "NNP MD VB DT NN VB DT NN .");
  EXPECT_EQ(Tags("Rohan let the army launch at dawn ."), "NNP VBD DT NN VB IN NN .");
}

TEST_F(TaggerTest, APastFormAfterAPrepositionalAsideIsTheSubjectsVerb) {
  EXPECT_EQ(Tags("Theoden , on a visit to Gondor , condemned Mordor 's attack ."),
            "NNP , IN DT NN TO NNP , VBD NNP POS NN .");
  EXPECT_EQ(Tags("Theoden , in Gondor , condemned Saruman ."), "NNP , IN NNP , VBD NNP .");
}

TEST_F(TaggerTest, ASingleQuoteAfterAnOpenOneClosesItUnlessItPossessesAWord) {
  EXPECT_EQ(Tags("Gondor called it a ` grave mistake ' ."), "NNP VBD PRP DT `` JJ NN '' .");
  EXPECT_EQ(Tags("` The workers ' union is strong ' , he said ."), "`` DT NNS POS NN VBZ JJ '' , PRP VBD .");
  // Without an open quotation it is a plural's possessive.
  EXPECT_EQ(Tags("the workers ' union"), "DT NNS POS NN");
}

TEST_F(TaggerTest, UnknownWordsByShape) {
  // An unknown capitalised -ian word before a common noun is a nationality adjective.
  EXPECT_EQ(Tags("the Zorbanian insurgents"), "DT JJ NNS");
  EXPECT_EQ(Tags("Zorbania rejected the offer"), "NNP VBD DT NN");
  EXPECT_EQ(Tags("a 12-year war"), "DT JJ NN");
}

TEST_F(TaggerTest, TokensAndViewsAgree) {
  std::vector<Token> tokens;
  for (std::string_view word : khaldun::testing::Words("The Taliban rejected the offer")) {
    Token token;
    token.text = word;
    tokens.push_back(token);
  }
  std::vector<PosTag> from_tokens;
  tagger_->Tag(std::span<const Token>(tokens), &from_tokens);
  EXPECT_EQ(from_tokens, tagger_->Tag(khaldun::testing::Words("The Taliban rejected the offer")));
}

TEST(TaggerLoad, MissingLexiconNamesFile) {
  TaggerOptions options;
  options.lexicon_path = "/nonexistent/lexicon.js";
  options.skip_wordnet = true;
  Result<Tagger> tagger = Tagger::Load(options);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find("/nonexistent/lexicon.js"), std::string::npos);
}

TEST(TaggerLoad, WorksFromSmallLexiconWithoutWordNet) {
  Result<Lexicon> lexicon = Lexicon::FromPairs({{"the", "DT"}, {"offer", "NN|VB"}, {"rejected", "VBD|VBN"}});
  ASSERT_TRUE(lexicon.ok());
  Tagger tagger(std::move(lexicon).value(), nullptr);
  EXPECT_EQ(khaldun::testing::TagString(tagger, "Gondor rejected the offer"), "NNP VBD DT NN");
}

TEST(LexiconCorrections, ReplaceTheListedWordsEntries) {
  Result<Lexicon> lexicon = Lexicon::FromPairs({{"programme", "VB"}, {"offer", "NN|VB"}});
  ASSERT_TRUE(lexicon.ok());
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "khaldun-lexicon-corrections.tsv";
  std::ofstream(path) << "# a comment\n\nprogramme\tNN|VB\ta noun first\nshoal\tNN\tnew word\n";
  ASSERT_TRUE(lexicon.value().ApplyCorrections(path.string()).ok());
  ASSERT_NE(lexicon.value().Find("programme"), nullptr);
  EXPECT_EQ(lexicon.value().Find("programme")->first(), PosTag::kNN);
  EXPECT_TRUE(lexicon.value().Find("programme")->Has(PosTag::kVB));
  ASSERT_NE(lexicon.value().Find("shoal"), nullptr);
  EXPECT_EQ(lexicon.value().Find("offer")->first(), PosTag::kNN);  // untouched
  // A line without a usable tag is an error naming its file and line.
  std::ofstream(path) << "programme\tXYZ\tno such tag\n";
  const Status bad = lexicon.value().ApplyCorrections(path.string());
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find(path.string() + ":1"), std::string::npos);
  std::filesystem::remove(path);
}

// The tagger finds the tokeniser's opening single quote by its tag before
// its word (CloseSingleQuotes): its shape must give it kOpenQuote.
TEST(TaggerShapeTest, TheOpeningSingleQuoteHasTheOpenQuoteTag) {
  EXPECT_EQ(lang_internal::ClosedShapeTag("`"), PosTag::kOpenQuote);
}

}  // namespace
}  // namespace khaldun
