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

TEST(ActorPlaces, OfAfterAPlaceNounNamesAPlace) {
  SentenceAnalysis analysis;
  analysis.words = {"the", "outskirts", "of", "Edoras"};
  NounPhrase outskirts, edoras;
  outskirts.begin = 0;
  outskirts.head = 1;
  outskirts.end = 2;
  edoras.begin = edoras.head = 3;
  edoras.end = 4;
  analysis.nps = {outskirts, edoras};
  analysis.np_of_word = {0, 0, kNone, 1};
  PrepPhrase of;
  of.preposition = 2;
  of.object_np = 1;
  analysis.pps = {of};
  std::vector<bool> as_place(2, false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>{false, true}));
  analysis.words[1] = "leader";  // "the leader of Edoras" is no place's
  as_place.assign(2, false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>{false, false}));
}

TEST(ActorPlaces, OnAfterAWeaponNamesAPlace) {
  // "dropped bombs on Edoras"
  SentenceAnalysis analysis;
  analysis.words = {"dropped", "bombs", "on", "Edoras"};
  for (std::string_view lemma : {"drop", "bomb", "on", "Edoras"}) {
    analysis.lemma_text += lemma;
    analysis.lemma_end.push_back(static_cast<uint32_t>(analysis.lemma_text.size()));
  }
  NounPhrase bombs, edoras;
  bombs.begin = bombs.head = 1;
  bombs.end = 2;
  edoras.begin = edoras.head = 3;
  edoras.end = 4;
  analysis.nps = {bombs, edoras};
  analysis.np_of_word = {kNone, 0, kNone, 1};
  PrepPhrase on;
  on.preposition = 2;
  on.object_np = 1;
  analysis.pps = {on};
  std::vector<bool> as_place(2, false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>{false, true}));
  analysis.words[1] = "leaflets";  // "dropped leaflets on Edoras" names no place hit
  analysis.lemma_text = "dropleafletonEdoras";
  analysis.lemma_end = {4, 11, 13, 19};
  as_place.assign(2, false);
  MarkPlaceNps(analysis, &as_place);
  EXPECT_EQ(as_place, (std::vector<bool>{false, false}));
}

TEST(ActorPlaces, AVerbsObjectCoordinationMarksItsMembers) {
  EXPECT_EQ(VerbObjects(MarchedToTwoPlaces()), (std::vector<bool>{false, true, true, true}));
}

}  // namespace
}  // namespace khaldun
