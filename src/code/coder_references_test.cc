// Coder rules about whom a phrase stands for: pronouns ("they", "we", "his",
// "their"), the pair phrases ("both sides", "the two leaders"), definite
// roles that refer back ("the group", "the insurgents"), "the country" and
// "the capital", institutions, and phrases standing for those they include,
// on the coder tests' fixture.
#include <string>

#include <gtest/gtest.h>

#include "code/coder_test_fixture.h"

namespace khaldun {
namespace {

using coder_test::CoderTest;
using coder_test::Events;

TEST_F(CoderTest, WeOpeningWhatSomeoneSaysIsTheSpeaker) {
  EXPECT_EQ(Code("\"We praised India,\" Imran Khan said.", "2019-06-02"), (Events{"PAKGOV 051 IND"}));
}

TEST_F(CoderTest, CiviliansOfAnEarlierSentenceAreAnotherGroupUnlessNamed) {
  // Civilians known only by where they were are not "the civilians" later.
  EXPECT_EQ(CodeDocumentEvents("Pakistan praised civilians in Lahore.\n\nIndia and Afghanistan attacked the civilians."),
            (Events{"PAK 051 PAKCVL"}));
  // Named ones are.
  EXPECT_EQ(CodeDocumentEvents("Pakistan praised Afghan civilians.\n\nIndia and Asia attacked the civilians."),
            (Events{"PAK 051 AFGCVL", "IND 190 AFGCVL", "ASA 190 AFGCVL"}));
}

TEST_F(CoderTest, BarePluralCiviliansOnlyClassifyWhatTheyPossess) {
  // "a children's hospital": the embassy is Afghanistan's, not the civilians'.
  EXPECT_EQ(Code("India attacked Afghan civilians' embassy."), (Events{"IND 190 AFGGOV"}));
  // Soldiers own what is theirs.
  EXPECT_EQ(Code("India attacked Afghanistan's soldiers' embassy."), (Events{"IND 190 AFGMIL"}));
}

TEST_F(CoderTest, TheKingdomIsTheStateNamedLastButNotTheActorsOwn) {
  EXPECT_EQ(CodeDocumentEvents("India praised Pakistan.\n\nAfghanistan attacked the kingdom."),
            (Events{"IND 051 PAK", "AFG 190 PAK"}));
  // Afghanistan, named last, is the attacker's own state: the kingdom is India.
  EXPECT_EQ(CodeDocumentEvents("India praised Afghanistan.\n\nAfghanistan attacked the kingdom."),
            (Events{"IND 051 AFG", "AFG 190 IND"}));
}

TEST_F(CoderTest, TheCountryIsTheStateNamedLast) {
  EXPECT_EQ(Code("Pakistani officials said the country's soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
}

TEST_F(CoderTest, AnInstitutionIsAnItNotAHe) {
  EXPECT_EQ(Code("The Pakistani army said its soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
}

TEST_F(CoderTest, AnOrganisationsOfficerIsAHeOrAShe) {
  // Her roles are dated, so she is a person, whom "she" stands for.
  EXPECT_EQ(Code("Amina Mohammed said on Sunday that she praised Pakistan.", "2024-03-03"),
            (Events{"IGOUNO 051 PAK"}));
  // An organisation's undated name is a body, not a "she".
  EXPECT_EQ(Code("The Truce Supervision Organization said on Sunday that she praised Pakistan.", "2024-03-03"),
            (Events{}));
}

TEST_F(CoderTest, TheyAfterACoordinationIsEachMember) {
  // What the speakers say they will do is each one's intention; what they
  // claim to have done, each one's claim.
  EXPECT_EQ(Code("Pakistan and India said they would attack Afghanistan."), (Events{"PAK 138 AFG", "IND 138 AFG"}));
  EXPECT_EQ(Code("Imran Khan and Zalmay Khalilzad said they would attack Afghanistan."),
            (Events{"PAKGOV 138 AFG", "USAGOV 138 AFG"}));
  EXPECT_EQ(Code("Pakistan and India claimed they had attacked Afghanistan."),
            (Events{"PAK 015 AFG", "IND 015 AFG", "PAK 190 AFG", "IND 190 AFG"}));
  // A group named after the coordination is the nearer "they".
  EXPECT_EQ(Code("Pakistan and India met, and the Taliban said they would attack Afghanistan."),
            (Events{"PAK 040 IND", "IND 040 PAK", "AFGINS 138 AFG"}));
}

TEST_F(CoderTest, AnObjectAPossessivePronounOwnsIsItsOwners) {
  EXPECT_EQ(Code("India said Pakistani jets violated its airspace."), (Events{"PAK 150 IND"}));
  // Not the doer's own: "its" is not Pakistan's here.
  EXPECT_EQ(Code("Pakistani jets violated its airspace."), (Events{"PAK 150 ---"}));
  // What the deed was aimed at, after the object the pattern read.
  EXPECT_EQ(Code("India said Pakistani jets fired rockets at its cities."), (Events{"IND 112 PAK", "PAK 194 IND"}));
  EXPECT_EQ(Code("India said Pakistani jets fired the rockets at its cities."), (Events{"IND 112 PAK", "PAK 194 IND"}));
}

TEST_F(CoderTest, TheGroupIsTheArmedGroupNamedLast) {
  EXPECT_EQ(Code("The Taliban attacked India, and the group praised Pakistan."),
            (Events{"AFGINS 190 IND", "AFGINS 051 PAK"}));
  // Not a state.
  EXPECT_EQ(Code("India attacked Pakistan, and the group praised Afghanistan."), (Events{"IND 190 PAK"}));
  // Adjectives may come between.
  EXPECT_EQ(Code("The Taliban attacked India, and the Iran-backed group praised Pakistan."),
            (Events{"AFGINS 190 IND", "AFGINS 051 PAK"}));
}

TEST(CoderReferences, APersonsFollowersAreManyForThey) {
  const coder_test::ThreeStatesCoder code(R"(
actor IMRAN_KHAN
  code PAKGOV
agent ~MIL SOLDIER
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  // "Imran Khan's allies" are many, no one person: "they" is them, not the soldiers named before.
  EXPECT_EQ(code("Pakistani soldiers met Imran Khan's allies as they attacked India."),
            (Events{"PAKMIL 040 PAKGOV", "PAKGOV 190 IND"}));
}

TEST_F(CoderTest, SeveralSourcesTheirIsThemselvesInAMutualDeed) {
  EXPECT_EQ(Code("Pakistan and India reopened their embassies."), (Events{"PAK 054 IND", "IND 054 PAK"}));
}

TEST_F(CoderTest, TheyOpeningWhatPluralSpeakersSayIsThem) {
  EXPECT_EQ(Code("Pakistani soldiers praised India and said they attacked Afghanistan."),
            (Events{"PAKMIL 051 IND", "PAKMIL 190 AFG"}));
}

TEST_F(CoderTest, APersonsForcesAndGovernmentAreTheirs) {
  // As "Imran Khan's soldiers" are: his state's forces.
  EXPECT_EQ(Code("Imran Khan said his soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
  EXPECT_EQ(Code("Imran Khan's soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
  // So are a government's: its state's organs.
  EXPECT_EQ(Code("Pakistan's government said its soldiers attacked India."), (Events{"PAKMIL 190 IND"}));
  // So is a person's government.
  EXPECT_EQ(Code("Imran Khan said India attacked his government.", "2020-01-01"),
            (Events{"PAKGOV 112 IND", "IND 190 PAKGOV"}));
}

TEST_F(CoderTest, ATitleAReflexiveTakesOnIsNoReference) {
  EXPECT_EQ(Code("Imran Khan met Khalilzad and declared himself envoy."), (Events{"PAKGOV 040 USAGOV"}));
}

TEST_F(CoderTest, AFormerOfficeHolderIsAnElite) {
  EXPECT_EQ(Code("India praised former Pakistani officials."), (Events{"IND 051 PAKELI"}));
  EXPECT_EQ(Code("India praised Pakistani officials."), (Events{"IND 051 PAKGOV"}));
  // A former soldier held no office.
  EXPECT_EQ(Code("India praised former Pakistani soldiers."), (Events{"IND 051 PAKMIL"}));
}

TEST_F(CoderTest, AVisitToTheVisitorsOwnStateIsNone) {
  EXPECT_EQ(Code("Pakistani officials spoke during a visit to Pakistan."), (Events{}));
  // Nor does one of its people, of any role, visit it.
  EXPECT_EQ(Code("Pakistani protesters visited Pakistan."), (Events{}));
  EXPECT_EQ(Code("Pakistani protesters visited India."), (Events{"PAKOPP 042 IND", "IND 043 PAKOPP"}));
  EXPECT_EQ(Code("Pakistani officials spoke during a visit to India."),
            (Events{"PAKGOV 042 IND", "IND 043 PAKGOV"}));
}

TEST_F(CoderTest, ThoseAStateHoldsOrFreesAreItsOwn) {
  // A government, court or police acts on its own people, even in a
  // sentence that names other countries.
  EXPECT_EQ(Code("Ten protesters were jailed by the Pakistani government."), (Events{"PAKGOV 173 PAKOPP"}));
  EXPECT_EQ(Code("The Pakistani government jailed ten protesters after India praised Afghanistan."),
            (Events{"PAKGOV 173 PAKOPP"}));
  // So does a state, named alone, on those it frees from its custody.
  EXPECT_EQ(Code("Pakistan freed ten prisoners and praised Afghanistan."),
            (Events{"PAK 0841 PAKCVL", "PAK 051 AFG"}));
  // So do those it says it holds ("it" resolved before pronouns are).
  EXPECT_EQ(Code("The Pakistani government said it had jailed ten protesters after India praised Afghanistan."),
            (Events{"PAKGOV 173 PAKOPP"}));
  // Each of those it frees.
  EXPECT_EQ(Code("Pakistan freed ten prisoners and five soldiers and praised Afghanistan."),
            (Events{"PAK 0841 PAKCVL", "PAK 0841 PAKMIL", "PAK 051 AFG"}));
}

// Forces of no named country that jail a state's leader or opposition are
// that state's own, though other countries are named ("Mutinous soldiers
// detained Malian President Keita"); not those who attack one.
TEST_F(CoderTest, ForcesThatHoldAStatesOwnAreItsForces) {
  EXPECT_EQ(Code("Soldiers jailed Imran Khan after India praised Afghanistan."), (Events{"PAKMIL 173 PAKGOV"}));
  EXPECT_EQ(Code("Soldiers attacked Imran Khan."), (Events{"---MIL 190 PAKGOV"}));
}

TEST_F(CoderTest, APersonsSupportersAreTheirs) {
  // As "Imran Khan's supporters" are: while he holds office, its civilians,
  // a crowd rather than the office (and a crowd of supporters attacking riots).
  EXPECT_EQ(Code("Pakistan's court jailed Imran Khan, and his supporters attacked Afghanistan.", "2020-01-01"),
            (Events{"PAK 173 PAKGOV", "PAKCVL 145 AFG"}));
  EXPECT_EQ(Code("Imran Khan supporters attacked Afghanistan.", "2020-01-01"), (Events{"PAKCVL 145 AFG"}));
  // His rivals are the opposition.
  EXPECT_EQ(Code("Imran Khan's rivals praised India.", "2020-01-01"), (Events{"PAKOPP 051 IND"}));
  EXPECT_EQ(Code("Critics of Imran Khan praised India.", "2020-01-01"), (Events{"PAKOPP 051 IND"}));
  // They are not him, so "him" after them is.
  EXPECT_EQ(Code("Critics of Imran Khan praised him.", "2020-01-01"), (Events{"PAKOPP 051 PAKGOV"}));
  // So are "supporters of" a named person: a crowd, not the person (and a
  // crowd of the opposition attacking riots).
  EXPECT_EQ(Code("Supporters of Imran Khan attacked Afghanistan.", "2023-06-02"), (Events{"PAKOPP 145 AFG"}));
  // So are a body's members: "banned 118 of its members" are the party's.
  EXPECT_EQ(Code("The Taliban met, and its members praised India."), (Events{"AFGINS 051 IND"}));
}

// A deed a sentence opens by reacting to ("deplored the attack") is the
// last event's, told before: its doer is the target; never the reactor's own.
TEST_F(CoderTest, TheDeedASentenceReactsToIsTheLastEventsDoers) {
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Afghanistan deplored the attack."),
            (Events{"PAK 190 IND", "AFG 122 PAK"}));
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Pakistan deplored the attack."), (Events{"PAK 190 IND"}));
  // Its own doer named: not the last event's.
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Afghanistan deplored the attack by the Taliban."),
            (Events{"PAK 190 IND", "AFG 122 AFGINS"}));
  // A deed aimed at no one named has a doer all the same, the last one's.
  EXPECT_EQ(CodeDocumentEvents("India attacked Pakistan. Afghan protesters rallied. Pakistan deplored the move."),
            (Events{"IND 190 PAK", "AFGOPP 141 ---", "PAK 122 AFGOPP"}));
  // Not words: a statement aimed at no one does not stand for the deed before it.
  EXPECT_EQ(CodeDocumentEvents("India attacked Pakistan. The US urged all sides to negotiate. "
                               "Afghanistan deplored the move."),
            (Events{"IND 190 PAK", "USA 026 ---", "AFG 122 IND"}));
}

TEST_F(CoderTest, BothSidesAreTheTwoPartiesNamedLast) {
  // The two parties of the last event between two.
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Both sides agreed to negotiate."),
            (Events{"PAK 190 IND", "PAK 036 IND", "IND 036 PAK"}));
  // Not whoever urges them, nor a speaker before them.
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. The US urged both sides to negotiate."),
            (Events{"PAK 190 IND", "USA 026 PAK", "USA 026 IND"}));
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Afghanistan said both countries had agreed to negotiate."),
            (Events{"PAK 190 IND", "PAK 036 IND", "IND 036 PAK"}));
  // Persons for "men", named in this sentence; a speaker named again is one.
  EXPECT_EQ(Code("Imran Khan said he met Khalilzad and that the two men agreed to negotiate."),
            (Events{"PAKGOV 040 USAGOV", "USAGOV 036 PAKGOV", "PAKGOV 036 USAGOV"}));
  // An institution speaking of "men" or "leaders" does not rule out its own.
  EXPECT_EQ(Code("Pakistani officials said Imran Khan met Khalilzad and that the two men agreed to negotiate."),
            (Events{"PAKGOV 040 USAGOV", "USAGOV 036 PAKGOV", "PAKGOV 036 USAGOV"}));
  // With no pair named, no one.
  EXPECT_EQ(Code("Afghanistan said both sides had agreed to negotiate."), (Events{}));
}

TEST_F(CoderTest, ASpeakerWhoDealtWithAPartnerIsOneOfTheTwo) {
  // "the two" alone is a pair phrase, and the speaker who met the other is in it.
  EXPECT_EQ(Code("Imran Khan met Khalilzad and said the two had agreed to negotiate.", "2020-01-01"),
            (Events{"PAKGOV 040 USAGOV", "USAGOV 036 PAKGOV", "PAKGOV 036 USAGOV"}));
  // A speaker who only speaks is not.
  EXPECT_EQ(CodeDocumentEvents("Pakistan attacked India. Afghanistan said the two had agreed to negotiate."),
            (Events{"PAK 190 IND", "PAK 036 IND", "IND 036 PAK"}));
}

TEST_F(CoderTest, RolesTakeTheCountryOfThoseTheyInclude) {
  EXPECT_EQ(Code("Pakistani soldiers attacked civilians, including Afghan students."), (Events{"PAKMIL 190 AFGCVL"}));
  // Of several countries, none.
  EXPECT_EQ(Code("Pakistani soldiers attacked civilians, including Afghan students and US citizens."), (Events{}));
}

TEST_F(CoderTest, TheCapitalIsTheOnlyStatesCapital) {
  EXPECT_EQ(Code("The Taliban seized the capital."), (Events{"AFGINS 192 AFG"}));
  // With two states named, no telling whose.
  EXPECT_EQ(Code("India said the Taliban seized the capital."), (Events{"IND 112 AFGINS"}));
}

TEST_F(CoderTest, APhraseOfNoOneIsThoseItIncludes) {
  EXPECT_EQ(Code("Several countries including Pakistan and India praised Afghanistan."),
            (Events{"PAK 051 AFG", "IND 051 AFG"}));
  EXPECT_EQ(Code("Several countries praised Afghanistan."), (Events{}));
}

// A band whose "of" phrase names its members by role is those members,
// through any numbers between (code/band_members.h).
TEST_F(CoderTest, ABandIsTheMembersItsOfPhraseNames) {
  // (Protesters attacking riot: 145.)
  EXPECT_EQ(Code("Crowds of protesters attacked Pakistani soldiers in Kabul."), (Events{"AFGOPP 145 PAKMIL"}));
  EXPECT_EQ(Code("A crowd of hundreds of protesters attacked Pakistani soldiers in Kabul."),
            (Events{"AFGOPP 145 PAKMIL"}));
  // A band named alone is itself.
  EXPECT_EQ(Code("A crowd attacked Pakistani soldiers in Kabul."), (Events{"AFGCVL 190 PAKMIL"}));
}

TEST_F(CoderTest, AGenericInstitutionNameIsTheSentencesCountrys) {
  EXPECT_EQ(Code("Pakistani protesters praised the Federal Government."), (Events{"PAKOPP 051 PAKGOV"}));
  // A name the dictionaries lack says whose it is: not Pakistan's.
  EXPECT_EQ(Code("Pakistani protesters praised the Gondor Government."), (Events{}));
}

TEST_F(CoderTest, OneArmedGroupGoesByAnyArmedGroupsRole) {
  EXPECT_EQ(CodeDocumentEvents("Houthi rebels attacked Kabul. The insurgents praised Pakistan."),
            (Events{"YEMREB 190 AFGGOV", "YEMREB 051 PAK"}));
  // The same role first: the Taliban are insurgents.
  EXPECT_EQ(CodeDocumentEvents("Houthi rebels attacked the Taliban. The insurgents praised Pakistan."),
            (Events{"YEMREB 190 AFGINS", "AFGINS 051 PAK"}));
  // Only a definite phrase refers back: bare ones are the sentence's own.
  EXPECT_EQ(CodeDocumentEvents("Houthi rebels attacked Kabul. Insurgents praised Pakistan."),
            (Events{"YEMREB 190 AFGGOV", "PAKINS 051 PAK"}));
}

TEST_F(CoderTest, AGroupOfNoKnownCountryNamedNearerIsThey) {
  // Not Kabul, named in the sentence before.
  EXPECT_EQ(CodeDocumentEvents("India attacked Kabul. Police arrested two insurgents after they protested."),
            (Events{"IND 190 AFGGOV"}));
}

TEST_F(CoderTest, NoOneVisitsTheirOwnCountry) {
  // "his" is the nearest person not of the country visited.
  EXPECT_EQ(Code("Khalilzad met Imran Khan, his first visit to Pakistan.", "2020-01-01"),
            (Events{"USAGOV 040 PAKGOV", "USAGOV 042 PAK", "PAK 043 USAGOV"}));
  // A state's own people going there is no visit between states.
  EXPECT_TRUE(Code("Imran Khan visited Pakistan.", "2020-01-01").empty());
  EXPECT_EQ(Code("Imran Khan visited India.", "2020-01-01"), (Events{"PAKGOV 042 IND", "IND 043 PAKGOV"}));
}

TEST_F(CoderTest, APassivesReasonIsItsSubjectsDeed) {
  // "its" is India's, not the nearer agent's.
  EXPECT_EQ(Code("India was praised by Pakistan for its attack on Afghanistan."),
            (Events{"PAK 051 IND", "IND 190 AFG"}));
}

TEST_F(CoderTest, TheirLeaderIsTheGroupsNamedBefore) {
  EXPECT_EQ(Code("The Taliban attacked India, and Pakistan praised their leader."),
            (Events{"AFGINS 190 IND", "PAK 051 AFGINS"}));
  // "Their" is not the singular subject of its own clause.
  EXPECT_EQ(Code("The Taliban attacked India, and the Pakistani army attacked their leaders."),
            (Events{"AFGINS 190 IND", "PAKMIL 190 AFGINS"}));
  // A group a dictionary names comes before a role named nearer.
  EXPECT_EQ(Code("The Taliban attacked military posts, and Pakistan praised their leaders."),
            (Events{"PAK 051 AFGINS"}));
  // Nor a nationality before another noun.
  EXPECT_EQ(Code("The Taliban welcomed Afghan mediation, and its spokesman attacked India."),
            (Events{"AFGINS 190 IND"}));
}

TEST_F(CoderTest, ANameOfABodyIsAnItNotAPerson) {
  EXPECT_EQ(Code("The People's Peace Movement said it would attack India."), (Events{"AFGCVL 138 IND"}));
  // So is a movement's name in its own language: "Kataib" are brigades.
  const coder_test::ThreeStatesCoder code(R"(
actor KATAIB_HEZBOLLAH
  code IRQUAF
verbs SAY [010] petrarch2
  verb SAY {SAYS SAID SAYING}
verbs ATTACK [190] petrarch2
  verb ATTACK
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Kataib Hezbollah said it would attack India."),
            (Events{"IRQUAF 138 IND"}));
}

TEST_F(CoderTest, ANameAfterABodyAndATitleIsAPerson) {
  EXPECT_EQ(Code("Taliban spokesman Zabihullah Mujahid said he would attack India."), (Events{"AFGINS 138 IND"}));
}

TEST_F(CoderTest, AGovernmentActsOnItsOwnInstitutions) {
  // With two countries named, "the opposition" a government acts on is its own.
  EXPECT_EQ(Code("Imran Khan attacked India and praised the opposition.", "2019-06-02"),
            (Events{"PAKGOV 190 IND", "PAKGOV 051 PAKOPP"}));
  // Not its forces, whom its orders send against others.
  EXPECT_EQ(Code("Imran Khan attacked India and praised the army.", "2019-06-02"), (Events{"PAKGOV 190 IND"}));
  // Not the doer a passive's "by" names.
  EXPECT_EQ(Code("Imran Khan, praised by the opposition, attacked India.", "2019-06-02"),
            (Events{"---OPP 051 PAKGOV", "PAKGOV 190 IND"}));
  // So are rebels it acts on as the subject written in the clause, whatever
  // their modifiers; not through a clause that borrows its subject.
  EXPECT_EQ(Code("India attacked Kabul, and the Pakistani government praised armed insurgents.", "2019-06-02"),
            (Events{"IND 190 AFGGOV", "PAKGOV 051 PAKINS"}));
  EXPECT_EQ(Code("The Pakistani government attacked India and praised armed insurgents.", "2019-06-02"),
            (Events{"PAKGOV 190 IND"}));
  // Rebels acting on a government are its own; its forces may be abroad.
  EXPECT_EQ(Code("India said insurgents attacked the Pakistani government.", "2019-06-02"),
            (Events{"IND 112 PAKINS", "PAKINS 190 PAKGOV"}));
  EXPECT_EQ(Code("Insurgents attacked Pakistani soldiers, India said.", "2019-06-02"),
            (Events{"---INS 190 PAKMIL"}));
}

TEST_F(CoderTest, AnObjectPronounIsNotItsClausesSubject) {
  // "him" would be "himself" if it were Khalilzad.
  EXPECT_EQ(Code("Imran Khan left Lahore, and Zalmay Khalilzad praised him.", "2019-06-02"),
            (Events{"USAGOV 051 PAKGOV"}));
}

TEST_F(CoderTest, AnObjectPronounIsNotTheSubjectAnInfinitiveServes) {
  // "tear gas" is no actor: the infinitive acts for the soldiers, who would
  // be "themselves".
  EXPECT_EQ(Code("Afghan protesters marched, and Pakistani soldiers used tear gas to disperse them."),
            (Events{"PAKMIL 175 AFGOPP"}));
  // Nor is a part of the object: "ten of them".
  EXPECT_EQ(Code("Afghan protesters marched, and Pakistani soldiers attacked ten of them."),
            (Events{"PAKMIL 190 AFGOPP"}));
}

// A title before a name says the office the event found its holder in, in a
// report dated within a week of leaving it; not "former", not later.
TEST_F(CoderTest, ATitleKeepsAnOfficeJustLeft) {
  EXPECT_EQ(Code("Envoy Zalmay Khalilzad praised Pakistan.", "2021-10-20"), (Events{"USAGOV 051 PAK"}));
  EXPECT_EQ(Code("Zalmay Khalilzad praised Pakistan.", "2021-10-20"), (Events{"USAELI 051 PAK"}));
  EXPECT_EQ(Code("Former envoy Zalmay Khalilzad praised Pakistan.", "2021-10-20"), (Events{"USAELI 051 PAK"}));
  EXPECT_EQ(Code("Envoy Zalmay Khalilzad praised Pakistan.", "2021-11-30"), (Events{"USAELI 051 PAK"}));
}

TEST_F(CoderTest, TheThreeCountriesAreTheListOfThreeNamedLast) {
  EXPECT_EQ(Code("India, Afghanistan and Jordan praised Asia, and Pakistan attacked the three countries."),
            (Events{"IND 051 ASA", "AFG 051 ASA", "JOR 051 ASA", "PAK 190 IND", "PAK 190 AFG", "PAK 190 JOR"}));
  // No list of three: no one.
  EXPECT_EQ(Code("India praised Asia, and Pakistan attacked the three countries."), (Events{"IND 051 ASA"}));
  // A list of three outweighs the region a qualifier names.
  EXPECT_EQ(Code("India, Afghanistan and Jordan praised Asia, and Pakistan attacked the three Asian countries."),
            (Events{"IND 051 ASA", "AFG 051 ASA", "JOR 051 ASA", "PAK 190 IND", "PAK 190 AFG", "PAK 190 JOR"}));
  EXPECT_EQ(Code("India praised Asia, and Pakistan attacked the three Asian countries."),
            (Events{"IND 051 ASA", "PAK 190 ASA"}));
  // So are two qualifiers.
  EXPECT_EQ(Code("India, Afghanistan and Jordan praised Asia, and Pakistan attacked the three poor Asian countries."),
            (Events{"IND 051 ASA", "AFG 051 ASA", "JOR 051 ASA", "PAK 190 IND", "PAK 190 AFG", "PAK 190 JOR"}));
}

// "the <qualifier> country" is the state named last but the one acting on it,
// though the qualifier names a region.
TEST_F(CoderTest, AQualifiedCountryIsTheStateNamedLastNotTheActors) {
  EXPECT_EQ(Code("India praised Pakistan, and Afghanistan attacked the Asian country."),
            (Events{"IND 051 PAK", "AFG 190 PAK"}));
  // So is "the <qualifier> state"; "the state" alone refers to no one.
  EXPECT_EQ(Code("India praised Pakistan, and Afghanistan attacked the Asian state."),
            (Events{"IND 051 PAK", "AFG 190 PAK"}));
  EXPECT_EQ(Code("India praised Pakistan, and Afghanistan attacked the state."), (Events{"IND 051 PAK"}));
}

// "it" opening a main clause after "and" is the state or body that did the
// main clause before; not a person.
// "it" as the object of a verb whose object is held to account, asked or
// thanked is the nearest state or body named before it other than its
// clause's doer.
TEST_F(CoderTest, ItUrgedOrAccusedIsTheBodyNamedBefore) {
  EXPECT_EQ(Code("Pakistan praised the People's Peace Movement on Monday, and India urged it to negotiate."),
            (Events{"PAK 051 AFGCVL", "IND 026 AFGCVL"}));
  // Other objects are too often a thing: "it" stays no one.
  EXPECT_EQ(Code("Pakistan praised the People's Peace Movement on Monday, and India attacked it."),
            (Events{"PAK 051 AFGCVL"}));
}

// "The bloc", qualified or not, is the organisation of states named last,
// not the region a qualifier names.
TEST_F(CoderTest, TheBlocIsTheOrganisationNamedLast) {
  EXPECT_EQ(Code("ECOWAS met on Monday, and India praised the bloc."), (Events{"IND 051 IGOWAFWAS"}));
  EXPECT_EQ(Code("ECOWAS met on Monday, and India praised the Asian bloc."), (Events{"IND 051 IGOWAFWAS"}));
}

// An object pronoun is neither its clause's subject nor another mention of
// it: "the bloc praised them" is not ECOWAS.
TEST_F(CoderTest, AnObjectPronounIsNoOtherMentionOfItsClausesSubject) {
  EXPECT_EQ(Code("The Taliban met ECOWAS on Monday, and the bloc praised them."),
            (Events{"AFGINS 040 IGOWAFWAS", "IGOWAFWAS 051 AFGINS"}));
}

TEST_F(CoderTest, ItAfterAndIsTheDoerOfTheClauseBefore) {
  EXPECT_EQ(Code("Pakistan praised India, and it attacked Afghanistan."), (Events{"PAK 051 IND", "PAK 190 AFG"}));
  EXPECT_EQ(Code("Imran Khan praised India, and it attacked Afghanistan."), (Events{"PAKGOV 051 IND"}));
}

// A place lends its country to a role after "in" or "at"; a body is no
// place and lends itself: "judges at the International Criminal Court".
TEST_F(CoderTest, ARoleAtABodyIsTheBodys) {
  EXPECT_EQ(Code("Officials in Kabul praised India."), (Events{"AFGGOV 051 IND"}));
  EXPECT_EQ(Code("Officials at ECOWAS praised India."), (Events{"IGOWAFWAS 051 IND"}));
  EXPECT_EQ(Code("Officials at Amnesty International praised India."), (Events{"NGOHRIAMN 051 IND"}));
}

// A "he" that does a clause is the person who does the clause above it,
// not the person named nearest: the one the sentence is about.
TEST_F(CoderTest, HeIsThePersonOfTheClauseAbove) {
  EXPECT_EQ(Code("Imran Khan praised Zalmay Khalilzad, saying he would attack India.", "2023-01-01"),
            (Events{"PAKOPP 051 USAELI", "PAKOPP 138 IND"}));
  // So is the speaker of what it does.
  EXPECT_EQ(Code("Imran Khan praised Zalmay Khalilzad, who said he would attack India.", "2023-01-01"),
            (Events{"PAKOPP 051 USAELI", "USAELI 138 IND"}));
}

// "His country" is the state of the person named last, or else of anyone
// of a state named before it.
TEST_F(CoderTest, HisCountryIsTheStateOfThePersonNamed) {
  EXPECT_EQ(Code("Imran Khan said his country would never restore ties with India."), (Events{"PAK 120 IND"}));
  EXPECT_EQ(Code("Pakistan's president said his country restored ties with India."), (Events{"PAK 054 IND"}));
}

// What a noun is believed to be names it, when that is a named actor.
TEST(CoderReferences, ANounIsWhatItIsBelievedToBe) {
  const coder_test::ThreeStatesCoder code(R"(
actor GONDOR_FRONT
  code INDINS
agent ~UAF GUNMAN {GUNMEN}
agent ~CVL VILLAGER
verbs KILL [190] petrarch2
  verb KILL
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("Gunmen believed to be members of the Gondor Front killed Pakistani villagers."),
            (std::vector<std::string>{"INDINS 190 PAKCVL"}));
  EXPECT_EQ(code("Gunmen thought to be Gondor Front fighters killed Pakistani villagers."),
            (std::vector<std::string>{"INDINS 190 PAKCVL"}));
  // A role says no more than the noun's own.
  EXPECT_EQ(code("Pakistani gunmen believed to be villagers killed Indian villagers."),
            code("Pakistani gunmen killed Indian villagers."));
}

// A role that refers back is no one the subject of its own clause names:
// what Pakistani officials call "the junta" is not Pakistan's government.
TEST(CoderReferences, ARoleReferredToIsNotItsClausesSubject) {
  const coder_test::ThreeStatesCoder code(R"(
agent ~GOV JUNTA
agent ~GOV OFFICIALS
verbs CALL [---] petrarch2
  verb CALL
  pattern [111] * + ILLEGITIMATE
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
)");
  ASSERT_TRUE(code.ok()) << code.error();
  EXPECT_EQ(code("The Afghan junta met on Monday, and Pakistani officials called the junta illegitimate."),
            (Events{"PAKGOV 111 AFGGOV"}));
}

}  // namespace
}  // namespace khaldun
