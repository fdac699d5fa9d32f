// Loads every dictionary of the anchors in ../shared and checks counts and
// sample entries against what the files say. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "dict/dictionary_set.h"
#include "dict/native_format.h"

namespace khaldun::dict {
namespace {

std::string SharedDir() {
  if (const char* env = std::getenv("KHALDUN_SHARED")) return env;
  return KHALDUN_SHARED_DIR;
}

std::string Anchor(const std::string& relative) { return SharedDir() + "/anchors/" + relative; }

#define REQUIRE_SHARED(path)                                                          \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared not found: " << path

struct Loaded {
  Dictionary dict;
  Diagnostics diagnostics;
};

Loaded Load(const std::string& path, LoadOptions options = {}) {
  Loaded out;
  Result<Dictionary> dict = LoadDictionaries({path}, options, &out.diagnostics);
  EXPECT_TRUE(dict.ok()) << dict.status().message();
  if (dict.ok()) out.dict = std::move(dict).value();
  return out;
}

size_t ErrorsAt(const Diagnostics& diagnostics, const std::string& file_line) {
  size_t count = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::kError && d.ToString().rfind(file_line + ":", 0) == 0) ++count;
  }
  return count;
}

const Actor* FindActor(const Dictionary& dict, const std::string& words) {
  for (const Actor& actor : dict.actors) {
    for (const Phrase* phrase : actor.Phrases()) {
      if (phrase->Words() == words) return &actor;
    }
  }
  return nullptr;
}

const VerbFamily* FindFamily(const Dictionary& dict, const std::string& name) {
  for (const VerbFamily& family : dict.verb_families) {
    if (family.name == name) return &family;
  }
  return nullptr;
}

// Write native, read it back, write again: identical text and equal model.
void ExpectNativeRoundTrip(const Dictionary& dict) {
  std::string first = WriteNative(dict);
  Dictionary reread;
  Diagnostics diagnostics;
  ReadNative(SourceFile::FromText("roundtrip.khd", first), &reread, &diagnostics);
  EXPECT_EQ(diagnostics.all().size(), 0u) << diagnostics.all()[0].ToString();
  EXPECT_TRUE(reread == dict);
  EXPECT_EQ(WriteNative(reread), first);
}

TEST(SharedData, PhoenixSet) {
  const std::string dir = Anchor("petrarch2/dictionaries");
  REQUIRE_SHARED(dir);
  Loaded loaded = Load(dir);
  const Dictionary& dict = loaded.dict;
  // CAMEO.2.0.txt: 397 blocks, 4,668 pattern lines of which two are malformed
  // ("VISIT)[042:043]", "^)[111]": a stray ')' before the code) and reported;
  // 286 more repeat an earlier pattern of their block and replace it, as in
  // PETRARCH-2.
  EXPECT_EQ(dict.verb_families.size(), 397u);
  EXPECT_EQ(dict.PatternCount(), 4380u);
  EXPECT_EQ(ErrorsAt(loaded.diagnostics, dir + "/CAMEO.2.0.txt:2374"), 1u);
  EXPECT_EQ(ErrorsAt(loaded.diagnostics, dir + "/CAMEO.2.0.txt:7606"), 1u);
  EXPECT_EQ(dict.synsets.size(), 40u);
  EXPECT_EQ(dict.transformations.size(), 8u);
  for (const VerbFamily& family : dict.verb_families) EXPECT_EQ(family.syntax, PatternSyntax::kPetrarch2);
  // Synset expansion: &CEASEFIRE has 5 members (CEASE_FIRE is two words: no plural).
  const Synset* ceasefire = dict.FindSynset("CEASEFIRE");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_EQ(ceasefire->members.size(), 5u);
  EXPECT_EQ(ceasefire->Expansion().size(), 9u);
  EXPECT_TRUE(dict.FindSynset("AUXVERB1")->no_plural);
  // Irregular forms and paired codes.
  const VerbFamily* accelerate = FindFamily(dict, "ACCELERATE");
  ASSERT_NE(accelerate, nullptr);
  EXPECT_EQ(accelerate->verbs.size(), 8u);
  EXPECT_EQ(accelerate->verbs[3].text, "HURRY");
  EXPECT_EQ(accelerate->verbs[3].forms, (std::vector<std::string>{"HURRIES", "HURRYING", "HURRIED"}));
  EXPECT_EQ(accelerate->patterns[0].code.ToString(), "042:043");
  EXPECT_EQ(accelerate->patterns[0].after[0].prep_group, 1);
  EXPECT_EQ(FindFamily(dict, "DELAY")->code, "120");  // "[120]---"
  // Actors: 18,390 + 7,841 + 1,021 entries; dated codes resolve in file order.
  EXPECT_EQ(dict.actors.size(), 27252u);
  const Actor* shah = FindActor(dict, "MOHAMMAD ZAHIR SHAH");
  ASSERT_NE(shah, nullptr);
  ASSERT_EQ(shah->codes.size(), 3u);
  EXPECT_EQ(ResolveCode(shah->codes, 19500101)->code, "AFGGOV");
  EXPECT_EQ(ResolveCode(shah->codes, 19800101)->code, "AFGELI");
  EXPECT_EQ(ResolveCode(shah->codes, 20100101), nullptr);  // 070723 is 2007
  const Actor* afghanistan = FindActor(dict, "KANDAHAR");
  ASSERT_NE(afghanistan, nullptr);
  EXPECT_EQ(afghanistan->codes[0].code, "AFG");
  EXPECT_EQ(afghanistan->synonyms.size(), 51u);
  const Actor* cuellar = FindActor(dict, "JAVIER DE CUELLAR");
  ASSERT_NE(cuellar, nullptr);
  ASSERT_EQ(cuellar->codes.size(), 2u);  // "[IGOUNO 820101-911231] [ELI]"
  EXPECT_EQ(cuellar->codes[1].code, "ELI");
  EXPECT_NE(FindActor(dict, "AT&T"), nullptr);
  // Dates leaking into codes are reported with file:line.
  EXPECT_EQ(ErrorsAt(loaded.diagnostics, dir + "/Phoenix.Countries.actors.txt:2039"), 1u);
  // Agents: 2,261 lines with a code, !PERSON! (5) and !MINIST! (4) expanded.
  EXPECT_EQ(dict.agents.size(), 3301u);
  EXPECT_EQ(dict.agents.front().phrase.Words(), "AGRICULTURALIST");
  EXPECT_EQ(dict.agents.front().plurals[0].Words(), "AGRICULTURALISTS");
  EXPECT_EQ(dict.discards.size(), 506u);
  EXPECT_EQ(dict.discards[0].phrase.Words(), "1914");
  EXPECT_EQ(dict.issues.size(), 3157u);
  EXPECT_EQ(dict.issues[0].category, "EDUCATION");
  EXPECT_EQ(dict.issues[0].forms[1].Words(), "PRESCHOOLS");
  ExpectNativeRoundTrip(dict);
}

TEST(SharedData, CameoVerbPatternsPetrarch1) {
  const std::string dir = Anchor("petrarch2/dictionaries");
  REQUIRE_SHARED(dir);
  LoadOptions options;
  options.verbs_format = PatternSyntax::kPetrarch1;
  Loaded loaded = Load(dir, options);
  // 396 blocks, 11,011 pattern lines: 6 malformed ones reported.
  EXPECT_EQ(loaded.dict.verb_families.size(), 396u);
  EXPECT_EQ(loaded.dict.PatternCount(), 11005u);
  EXPECT_EQ(loaded.dict.synsets.size(), 38u);
  const VerbFamily* explain = FindFamily(loaded.dict, "EXPLAIN_VERBAL");
  ASSERT_NE(explain, nullptr);
  EXPECT_EQ(explain->verbs[3].forms, (std::vector<std::string>{"SAYS", "SAID", "SAYING"}));
  EXPECT_EQ(explain->verbs[5].text, "+CLEAR_UP");
  EXPECT_EQ(explain->verbs[5].forms[1], "+CLEARED_UP");
  ExpectNativeRoundTrip(loaded.dict);
}

TEST(SharedData, TabariCameoDictionaries) {
  const std::string dir = Anchor("tabari/dictionaries");
  REQUIRE_SHARED(dir);
  Loaded loaded = Load(dir);
  const Dictionary& dict = loaded.dict;
  // CAMEO.091003.master.verbs: 1,216 verbs, 15,582 pattern lines, 16 malformed.
  EXPECT_EQ(dict.verb_families.size(), 1216u);
  EXPECT_EQ(dict.PatternCount(), 15566u);
  const VerbFamily* abduct = FindFamily(dict, "ABDUCT");
  ASSERT_NE(abduct, nullptr);
  EXPECT_EQ(abduct->code, "181");
  EXPECT_EQ(abduct->patterns.size(), 8u);
  EXPECT_EQ(abduct->patterns[7].before[3].kind, PatternToken::Kind::kAlternatives);
  EXPECT_EQ(dict.actors.size(), 22830u + 7487u);
  EXPECT_EQ(dict.agents.size(), 2131u);
  // None names its plural: each has its regular one.
  for (const Agent& agent : dict.agents) EXPECT_EQ(agent.plural_rule, PluralRule::kRegular);
  EXPECT_EQ(dict.options.size(), 297u);
  ExpectNativeRoundTrip(dict);
}

TEST(SharedData, ValidationSuites) {
  const std::string p1 = Anchor("petrarch1-validation");
  const std::string p2 = Anchor("petrarch2-validation");
  const std::string tabari = Anchor("tabari/validation");
  REQUIRE_SHARED(p1);
  Loaded one = Load(p1);
  EXPECT_EQ(one.dict.actors.size(), 127u);
  EXPECT_EQ(one.dict.agents.size(), 95u);
  EXPECT_EQ(one.dict.discards.size(), 9u);
  EXPECT_EQ(one.dict.verb_families.size(), 261u);
  EXPECT_EQ(one.dict.PatternCount(), 474u);
  const Actor* gollum = FindActor(one.dict, "SMEAGOL");
  ASSERT_NE(gollum, nullptr);
  ASSERT_EQ(gollum->codes.size(), 3u);  // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]", "[HOBREB > 990816]"
  EXPECT_EQ(ResolveCode(gollum->codes, 19900101)->code, "HOB");
  EXPECT_EQ(ResolveCode(gollum->codes, 19970101)->code, "HOBGOV");
  EXPECT_EQ(ResolveCode(gollum->codes, 20000101)->code, "HOBREB");
  ExpectNativeRoundTrip(one.dict);

  REQUIRE_SHARED(p2);
  Loaded two = Load(p2);
  EXPECT_EQ(two.dict.actors.size(), 133u);
  EXPECT_EQ(two.dict.agents.size(), 95u);
  EXPECT_EQ(two.dict.verb_families.size(), 69u);
  EXPECT_EQ(two.dict.PatternCount(), 347u);  // 358 lines, 11 repeats replaced
  EXPECT_EQ(two.dict.synsets.size(), 31u);
  EXPECT_NE(FindActor(two.dict, "INTERPOL"), nullptr);
  ExpectNativeRoundTrip(two.dict);

  REQUIRE_SHARED(tabari);
  Loaded three = Load(tabari);
  EXPECT_EQ(three.dict.actors.size(), 120u);
  EXPECT_EQ(three.dict.agents.size(), 86u);
  EXPECT_EQ(three.dict.verb_families.size(), 292u);
  EXPECT_EQ(three.dict.PatternCount(), 409u);
  EXPECT_EQ(three.dict.word_lists.size(), 2u);
  const Actor* albright = FindActor(three.dict, "ALBRIGHT");
  ASSERT_NE(albright, nullptr);
  ASSERT_EQ(albright->codes.size(), 2u);  // "[USAGOV 991201-010114] [---]"
  EXPECT_EQ(ResolveCode(albright->codes, 20000101)->code, "USAGOV");
  EXPECT_EQ(ResolveCode(albright->codes, 20020101)->code, "---");
  ExpectNativeRoundTrip(three.dict);
}

}  // namespace
}  // namespace khaldun::dict
