#include "code/actor_places.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

// "Orcs marched to Rohan and Gondor": NPs Orcs, Rohan, Gondor and the
// coordination of the last two, which "to" governs and the verb takes.
SentenceAnalysis MarchedToTwoPlaces() {
  SentenceAnalysis analysis;
  analysis.words = {"Orcs", "marched", "to", "Rohan", "and", "Gondor"};
  analysis.tags = {PosTag::kNNS, PosTag::kVBD, PosTag::kIN, PosTag::kNNP, PosTag::kCC, PosTag::kNNP};
  NounPhrase orcs, rohan, gondor, both;
  orcs.begin = orcs.head = 0;
  orcs.end = 1;
  rohan.begin = rohan.head = 3;
  rohan.end = 4;
  gondor.begin = gondor.head = 5;
  gondor.end = 6;
  both.kind = NounPhraseKind::kCoordination;
  both.begin = both.head = 3;
  both.end = 6;
  analysis.index_pool = {1, 2, 3};
  both.members = {0, 2};
  analysis.nps = {orcs, rohan, gondor, both};
  analysis.np_of_word = {0, kNone, kNone, 1, kNone, 2};
  PrepPhrase to;
  to.preposition = 2;
  to.preposition_end = 3;
  to.object_np = 3;
  analysis.pps = {to};
  Clause clause;
  clause.subject_np = 0;
  clause.objects = {2, 3};  // the coordination
  analysis.clauses = {clause};
  return analysis;
}

TEST(ActorPlaces, APlacePrepositionMarksTheCoordinationAndItsMembers) {
  const SentenceAnalysis analysis = MarchedToTwoPlaces();
  std::vector<bool> as_place(analysis.nps.size(), false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>{false, true, true, true}));
}

TEST(ActorPlaces, AParticipantPrepositionMarksNothing) {
  SentenceAnalysis analysis = MarchedToTwoPlaces();
  analysis.words[2] = "with";
  std::vector<bool> as_place(analysis.nps.size(), false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>(4, false)));
}

// Four words "w0 w1 PREP Place": NPs over w1 (headed by it, from w0 when
// `noun_from_first`) and Place, the preposition governing Place.
SentenceAnalysis NounPrepPlace(std::vector<std::string_view> words, std::vector<std::string_view> lemmas,
                               bool noun_from_first) {
  SentenceAnalysis analysis;
  analysis.words = std::move(words);
  for (std::string_view lemma : lemmas) {
    analysis.lemma_text += lemma;
    analysis.lemma_end.push_back(static_cast<uint32_t>(analysis.lemma_text.size()));
  }
  NounPhrase noun, place;
  noun.begin = noun_from_first ? 0 : 1;
  noun.head = 1;
  noun.end = 2;
  place.begin = place.head = 3;
  place.end = 4;
  analysis.nps = {noun, place};
  analysis.np_of_word = {noun_from_first ? 0 : kNone, 0, kNone, 1};
  PrepPhrase prep;
  prep.preposition = 2;
  prep.object_np = 1;
  analysis.pps = {prep};
  return analysis;
}

std::vector<bool> PlaceMarks(const SentenceAnalysis& analysis) {
  std::vector<bool> as_place(analysis.nps.size(), false);
  MarkPlaceNps(analysis, &as_place);
  return as_place;
}

TEST(ActorPlaces, OfAfterAPlaceNounNamesAPlace) {
  const std::vector<std::string_view> outskirts = {"the", "outskirts", "of", "Edoras"};
  EXPECT_EQ(PlaceMarks(NounPrepPlace(outskirts, outskirts, true)), (std::vector<bool>{false, true}));
  // "the leader of Edoras" is no place's
  const std::vector<std::string_view> leader = {"the", "leader", "of", "Edoras"};
  EXPECT_EQ(PlaceMarks(NounPrepPlace(leader, leader, true)), (std::vector<bool>{false, false}));
  // but "the mayor of Edoras" governs the place.
  const std::vector<std::string_view> mayor = {"the", "mayor", "of", "Edoras"};
  EXPECT_EQ(PlaceMarks(NounPrepPlace(mayor, mayor, true)), (std::vector<bool>{false, true}));
}

TEST(ActorPlaces, OnAfterAWeaponNamesAPlace) {
  EXPECT_EQ(PlaceMarks(NounPrepPlace({"dropped", "bombs", "on", "Edoras"}, {"drop", "bomb", "on", "Edoras"}, false)),
            (std::vector<bool>{false, true}));
  // "dropped leaflets on Edoras" names no place hit
  EXPECT_EQ(
      PlaceMarks(NounPrepPlace({"dropped", "leaflets", "on", "Edoras"}, {"drop", "leaflet", "on", "Edoras"}, false)),
      (std::vector<bool>{false, false}));
}

TEST(ActorPlaces, AVerbsObjectCoordinationMarksItsMembers) {
  EXPECT_EQ(VerbObjects(MarchedToTwoPlaces()), (std::vector<bool>{false, true, true, true}));
}

// The matcher's reused buffer: whatever an earlier sentence left in it, the
// same flags as a new one.
TEST(ActorPlaces, MarkVerbObjectsOverwritesAReusedBuffer) {
  for (std::vector<bool> reused : {std::vector<bool>{}, std::vector<bool>(2, true), std::vector<bool>(9, true)}) {
    MarkVerbObjects(MarchedToTwoPlaces(), &reused);
    EXPECT_EQ(reused, VerbObjects(MarchedToTwoPlaces()));
  }
}

}  // namespace
}  // namespace khaldun
