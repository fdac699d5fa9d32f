#include "code/tabari_noun_endings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/tabari_test_dictionary.h"

namespace khaldun {
namespace {

using tabari_test::Code;
using Events = std::vector<std::string>;

dict::Actor TabariActor(const char* phrase) {
  dict::Actor actor;
  actor.name.phrase = dict::ParsePhrase(phrase);
  actor.stems = true;
  return actor;
}

TEST(TabariNounEndings, APhraseClosedByUnderscoreTakesAnS) {
  const dict::Actor actor = TabariActor("ERIADOR_STATE_RADIO_");
  EXPECT_EQ(TabariNounEndingKeys(actor, actor.name.phrase), (std::vector<std::string>{"ERIADOR", "STATE", "RADIOS"}));
}

TEST(TabariNounEndings, OnlyAClosingUnderscoreOfATabariActor) {
  const dict::Actor stem = TabariActor("ERIADOR");
  EXPECT_FALSE(TabariNounEndingKeys(stem, stem.name.phrase));
  const dict::Actor form = TabariActor("HOBBIT=");
  EXPECT_FALSE(TabariNounEndingKeys(form, form.name.phrase));
  dict::Actor other = TabariActor("ERIADOR_");
  other.stems = false;  // not from a TABARI project
  EXPECT_FALSE(TabariNounEndingKeys(other, other.name.phrase));
}

constexpr char kEndings[] = R"(actor FORNOST_
  code FOR
  stems
actor ERIADOR_STATE_RADIO_
  code ERIRAD
  stems
actor HOBBIT=
  code HOB
  stems
)";

TEST(TabariNounEndings, TheActorsMeetTheirPlurals) {
  EXPECT_EQ(tabari_test::Code("Fornosts praised Eriador state radios.", {}, kEndings), (Events{"FOR 051 ERIRAD"}));
  EXPECT_EQ(tabari_test::Code("Hobbits praised Fornost.", {}, kEndings), (Events{}));
}

}  // namespace
}  // namespace khaldun
