#include "code/event_locator.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/coder.h"
#include "dict/native_format.h"
#include "dict/source_file.h"
#include "geo/geo_data_paths.h"
#include "text/text_analyzer.h"

namespace khaldun {
namespace {

// One locator and text analyser for the suite (loading is the slow part).
class EventLocatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<EventLocator> locator = EventLocator::Load(GazetteerPath());
    if (locator.ok()) locator_ = new EventLocator(std::move(locator).value());
    else skip_reason_ = new std::string(locator.status().message());
    Result<TextAnalyzer> analyzer = TextAnalyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = new TextAnalyzer(std::move(analyzer).value());
  }
  static void TearDownTestSuite() {
    delete locator_;
    delete analyzer_;
    delete skip_reason_;
    locator_ = nullptr, analyzer_ = nullptr, skip_reason_ = nullptr;
  }
  void SetUp() override {
    if (locator_ == nullptr) GTEST_SKIP() << "compiled gazetteer not available: " << *skip_reason_;
  }

  // Locates one hand-made event (source -> target) coded from the first
  // body sentence of `text`.
  static EventLocation LocateIn(const std::string& text, const std::string& source, const std::string& target,
                                const EventLocator& locator) {
    return LocateEventIn(text, source, "", target, "", locator).location;
  }

  // The same with the actors' words: their spans are where the words first
  // occur in `text` (none when empty), as the coder sets them.
  static Event LocateEventIn(const std::string& text, const std::string& source, const std::string& source_words,
                             const std::string& target, const std::string& target_words,
                             const EventLocator& locator) {
    Document document;
    document.id = "test";
    document.text = text;
    ArticleText article;
    analyzer_->Analyze(document, &article);
    EXPECT_FALSE(article.sentences.empty());
    if (article.sentences.empty()) return {};
    auto span_of = [&](const std::string& words) {
      const size_t at = words.empty() ? std::string::npos : text.find(words);
      EXPECT_TRUE(words.empty() || at != std::string::npos) << words;
      if (at == std::string::npos) return Span{};
      return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
    };
    const Sentence* body = &article.sentences.front();
    for (const Sentence& sentence : article.sentences) {
      if (article.blocks[sentence.block].kind == BlockKind::kBody) {
        body = &sentence;
        break;
      }
    }
    std::vector<Event> events(1);
    events[0].source.code = source;
    events[0].source.text = source_words;
    events[0].source.span = span_of(source_words);
    events[0].target.code = target;
    events[0].target.text = target_words;
    events[0].target.span = span_of(target_words);
    locator.Locate(article, *body, events);
    return events[0];
  }

  static EventLocator* locator_;
  static TextAnalyzer* analyzer_;
  static std::string* skip_reason_;
};

EventLocator* EventLocatorTest::locator_ = nullptr;
TextAnalyzer* EventLocatorTest::analyzer_ = nullptr;
std::string* EventLocatorTest::skip_reason_ = nullptr;

TEST_F(EventLocatorTest, PlaceAfterLocativePrepositionWins) {
  EventLocation at = LocateIn("ISLAMABAD (AFP) - Khalilzad met Taliban negotiators in Kabul on Sunday.\n", "USAGOV",
                              "AFGINS", *locator_);
  EXPECT_EQ(at.source, "sentence");
  EXPECT_EQ(at.evidence, "in Kabul");
  EXPECT_EQ(at.name, "Kabul");
  EXPECT_EQ(at.feature_type, "capital");
  EXPECT_EQ(at.country_iso3, "AFG");
  EXPECT_EQ(at.country_iso2, "AF");
  EXPECT_EQ(at.country_fips, "AF");
  EXPECT_EQ(at.country_name, "Afghanistan");
  EXPECT_EQ(at.adm1_code, "AF13");  // FIPS: Kabul province
  EXPECT_NEAR(at.lat, 34.53, 0.2);
  EXPECT_NEAR(at.lon, 69.17, 0.2);
  EXPECT_NE(at.place_id, 0u);
  EXPECT_TRUE(at.found());
}

TEST_F(EventLocatorTest, DatelineWhenTheSentenceNamesNoPlace) {
  EventLocation at = LocateIn("ISLAMABAD (AFP) - The envoy said the talks would go on.\n",
                              "USAGOV", "---", *locator_);
  EXPECT_EQ(at.source, "dateline");
  EXPECT_EQ(at.name, "Islamabad");
  EXPECT_EQ(at.country_iso3, "PAK");
  EXPECT_EQ(at.country_name, "Pakistan");
  EXPECT_NEAR(at.lat, 33.7, 0.2);
  EXPECT_NEAR(at.lon, 73.1, 0.2);
}

TEST_F(EventLocatorTest, SourceActorCountryLast) {
  EventLocation at = LocateIn("The spokesman denied the report.\n", "AFGGOV", "---", *locator_);
  EXPECT_EQ(at.source, "actor");
  EXPECT_EQ(at.evidence, "actor country AFG");
  EXPECT_EQ(at.feature_type, "country");
  EXPECT_EQ(at.country_iso3, "AFG");
  EXPECT_EQ(at.country_name, "Afghanistan");
  EXPECT_NEAR(at.lat, 33.0, 2.0);
}

TEST_F(EventLocatorTest, TargetCountryWhenTheSourceHasNone) {
  EventLocation at = LocateIn("The spokesman denied the report.\n", "IGOUNO", "PAKGOV", *locator_);
  EXPECT_EQ(at.source, "actor");
  EXPECT_EQ(at.country_iso3, "PAK");
}

TEST_F(EventLocatorTest, NoneWithNothingToGoOn) {
  EventLocation at = LocateIn("The spokesman denied the report.\n", "IGOUNO", "---", *locator_);
  EXPECT_EQ(at.source, "none");
  EXPECT_FALSE(at.found());
  EXPECT_EQ(at.name, "");
  EXPECT_EQ(at.lat, 0.0);
}

// GDELT's codes are FIPS: Germany GM (ISO DE), Berlin's division GM16.
TEST_F(EventLocatorTest, LocationsCarryFipsCodes) {
  Event event = LocateEventIn("The chancellor met the French president in Berlin on Monday.\n", "DEUGOV",
                              "The chancellor", "FRAGOV", "the French president", *locator_);
  EXPECT_EQ(event.location.name, "Berlin");
  EXPECT_EQ(event.location.country_iso2, "DE");
  EXPECT_EQ(event.location.country_fips, "GM");
  EXPECT_EQ(event.location.adm1_code, "GM16");
  EXPECT_EQ(event.source.location.source, "actor");
  EXPECT_EQ(event.source.location.country_fips, "GM");
  EXPECT_EQ(event.target.location.source, "mention") << "in Berlin, right after the president's words";
  EXPECT_EQ(event.target.location.name, "Berlin");
}

// Actor geography (GDELT's Actor1Geo/Actor2Geo): a place named in the
// actor's words wins.
TEST_F(EventLocatorTest, PlaceInTheActorsWords) {
  Event event = LocateEventIn("Kabul residents accused the police of extortion.\n", "AFGCVL", "Kabul residents",
                              "AFGCOP", "the police", *locator_);
  const EventLocation& residents = event.source.location;
  EXPECT_EQ(residents.source, "mention");
  EXPECT_EQ(residents.evidence, "Kabul");
  EXPECT_EQ(residents.name, "Kabul");
  EXPECT_EQ(residents.feature_type, "capital");
  EXPECT_EQ(residents.country_iso3, "AFG");
  EXPECT_EQ(residents.country_fips, "AF");
  EXPECT_EQ(residents.country_name, "Afghanistan");
  EXPECT_EQ(residents.adm1_code, "AF13");
  EXPECT_NEAR(residents.lat, 34.53, 0.2);
  EXPECT_NE(residents.place_id, 0u);
  // "the police" names no place: their code's country, at its centroid.
  const EventLocation& police = event.target.location;
  EXPECT_EQ(police.source, "actor");
  EXPECT_EQ(police.evidence, "actor country AFG");
  EXPECT_EQ(police.name, "Afghanistan");
  EXPECT_EQ(police.feature_type, "country");
  EXPECT_EQ(police.country_fips, "AF");
  EXPECT_EQ(police.adm1_code, "");
  EXPECT_NEAR(police.lat, 33.0, 2.0);
}

// The coder's actor spans are noun phrases: a place in a phrase right after
// them with in/at/from/of belongs to the actor, "to" does not.
TEST_F(EventLocatorTest, PlaceRightAfterTheActorsWords) {
  Event protest = LocateEventIn("Protesters in southern Kandahar attacked the police.\n", "AFGOPP", "Protesters",
                                "AFGCOP", "the police", *locator_);
  EXPECT_EQ(protest.source.location.source, "mention");
  EXPECT_EQ(protest.source.location.evidence, "in Kandahar");
  EXPECT_EQ(protest.source.location.name, "Kandahār");
  EXPECT_EQ(protest.source.location.adm1_code, "AF23");
  EXPECT_EQ(protest.target.location.source, "actor");

  Event governor = LocateEventIn("The governor of Helmand accused the Taliban.\n", "AFGGOV", "The governor", "AFGINS",
                                 "the Taliban", *locator_);
  EXPECT_EQ(governor.source.location.evidence, "of Helmand");
  EXPECT_EQ(governor.source.location.feature_type, "admin1");
  EXPECT_EQ(governor.source.location.adm1_code, "AF10");

  Event envoy = LocateEventIn("The envoy to Kabul praised Pakistan.\n", "USAGOV", "The envoy", "PAKGOV", "Pakistan",
                              *locator_);
  EXPECT_EQ(envoy.source.location.source, "actor") << "an envoy to Kabul is not in Kabul";
  EXPECT_EQ(envoy.source.location.name, "United States");
  EXPECT_EQ(envoy.source.location.country_fips, "US");
  EXPECT_EQ(envoy.target.location.source, "mention");
  EXPECT_EQ(envoy.target.location.name, "Pakistan");
  EXPECT_EQ(envoy.target.location.feature_type, "country");
}

TEST_F(EventLocatorTest, ActorsWithoutACountryOrPlaceAreNotLocated) {
  Event event = LocateEventIn("The agency denied the report.\n", "IGOUNO", "The agency", "---", "", *locator_);
  EXPECT_EQ(event.source.location.source, "none");
  EXPECT_FALSE(event.source.location.found());
  EXPECT_EQ(event.source.location.name, "");
  EXPECT_EQ(event.target.location.source, "none");
  // Without words (a hand-made event) only the code's country is there to go on.
  event = LocateEventIn("Kabul residents protested.\n", "PAKGOV", "", "---", "", *locator_);
  EXPECT_EQ(event.source.location.source, "actor");
  EXPECT_EQ(event.source.location.country_iso3, "PAK");
}

TEST_F(EventLocatorTest, CountryOfActorNeedsAnIsoCountry) {
  EXPECT_EQ(locator_->CountryOfActor("USAGOV"), "USA");
  EXPECT_EQ(locator_->CountryOfActor("AFG"), "AFG");
  EXPECT_EQ(locator_->CountryOfActor("IGOUNO"), "");
  EXPECT_EQ(locator_->CountryOfActor("---"), "");
  EXPECT_EQ(locator_->CountryOfActor("US"), "");
}

TEST_F(EventLocatorTest, DisabledLocatorMarksEveryEventNone) {
  EventLocator disabled = EventLocator::Disabled("no gazetteer");
  EXPECT_FALSE(disabled.enabled());
  EXPECT_EQ(disabled.disabled_reason(), "no gazetteer");
  Event event = LocateEventIn("Khalilzad met Taliban negotiators in Kabul on Sunday.\n", "USAGOV", "Khalilzad",
                              "AFGINS", "Taliban negotiators", disabled);
  EXPECT_EQ(event.location.source, "none");
  EXPECT_EQ(event.location.name, "");
  EXPECT_EQ(event.source.location.source, "none");
  EXPECT_EQ(event.target.location.source, "none");
}

TEST(EventLocatorLoadTest, MissingGazetteerIsAnErrorOrADisabledLocator) {
  Result<EventLocator> strict = EventLocator::Load("/nonexistent/gazetteer.bin");
  ASSERT_FALSE(strict.ok());
  EXPECT_NE(strict.status().message().find("/nonexistent/gazetteer.bin"), std::string::npos);

  // LoadOptional never fails; with a gazetteer it is enabled, else it says why.
  std::string warning;
  EventLocator optional = EventLocator::LoadOptional(&warning);
  EXPECT_EQ(optional.enabled(), warning.empty());
  EXPECT_EQ(optional.disabled_reason(), warning);
}

// The hook as Coder::CodeDocument runs it: code a document, then locate the
// events of each sentence of the same ArticleText.
TEST_F(EventLocatorTest, LocatesEventsOfTheRealCoder) {
  constexpr char kDictionary[] = R"(khaldun-dictionary 1
actor PAKISTAN
  code PAK
actor AFGHANISTAN
  code AFG
actor ZALMAY_KHALILZAD
  alias KHALILZAD
  code USAGOV
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
verbs VISIT [042] petrarch2
  verb VISIT {VISITS VISITED VISITING}
)";
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("test.txt", kDictionary), &dictionary, &diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 0u);
  Result<Coder> coder = Coder::Create(std::move(dictionary));
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  Document document;
  document.id = "doc";
  document.date = "2019-06-02";
  document.text =
      "KABUL (AFP) - Khalilzad visited Pakistan on Sunday.\n\nKhalilzad met Afghanistan in Doha on Monday.\n";
  CoderWorkspace workspace;
  std::vector<Event> events;
  coder.value().CodeDocument(document, &workspace, &events);
  ASSERT_EQ(events.size(), 2u);
  ArticleText article;
  analyzer_->Analyze(document, &article);
  for (Event& event : events) {
    ASSERT_LE(event.sentence, article.sentences.size());
    locator_->Locate(article, article.sentences[event.sentence - 1], std::span<Event>(&event, 1));
  }
  EXPECT_EQ(events[0].code, "042");
  EXPECT_EQ(events[0].location.source, "dateline");
  EXPECT_EQ(events[0].location.name, "Kabul");
  EXPECT_EQ(events[1].code, "040");
  EXPECT_EQ(events[1].location.source, "sentence");
  EXPECT_EQ(events[1].location.name, "Doha");
  EXPECT_EQ(events[1].location.country_iso3, "QAT");
  EXPECT_EQ(events[1].location.country_fips, "QA");
  // The actors, with the spans the coder gave them.
  EXPECT_EQ(events[0].source.location.source, "actor");
  EXPECT_EQ(events[0].source.location.country_iso3, "USA");
  EXPECT_EQ(events[0].target.location.source, "mention");
  EXPECT_EQ(events[0].target.location.evidence, "Pakistan");
  EXPECT_EQ(events[1].target.location.source, "mention");
  EXPECT_EQ(events[1].target.location.evidence, "in Doha") << "Afghanistan's delegation in Doha";
}

}  // namespace
}  // namespace khaldun
