#include "code/event_locator.h"

#include <cstdio>
#include <utility>

#include "geo/gazetteer.h"
#include "geo/geo_data_paths.h"
#include "geo/geolocator.h"

namespace khaldun {
namespace {

// The event's source names: the Geolocator's, except "actor" for the actor
// country (the word the output formats document).
const char* SourceName(LocationSource source) {
  switch (source) {
    case LocationSource::kSentence: return "sentence";
    case LocationSource::kDateline: return "dateline";
    case LocationSource::kActorCountry: return "actor";
    case LocationSource::kNone: break;
  }
  return "none";
}

}  // namespace

EventLocator::EventLocator() = default;
EventLocator::EventLocator(EventLocator&&) noexcept = default;
EventLocator& EventLocator::operator=(EventLocator&&) noexcept = default;
EventLocator::~EventLocator() = default;

Result<EventLocator> EventLocator::Load(const std::string& path) {
  Result<Gazetteer> gazetteer = Gazetteer::Load(path);
  if (!gazetteer.ok()) return gazetteer.status();
  EventLocator locator;
  locator.gazetteer_ = std::make_unique<const Gazetteer>(std::move(gazetteer).value());
  locator.geolocator_ = std::make_unique<const Geolocator>(*locator.gazetteer_);
  return locator;
}

EventLocator EventLocator::LoadOptional(std::string* warning) {
  Result<EventLocator> locator = Load(GazetteerPath());
  if (locator.ok()) return std::move(locator).value();
  std::string reason = "no gazetteer (" + locator.status().message() + "): events will have no location";
  if (warning != nullptr) {
    *warning = reason;
  } else {
    std::fprintf(stderr, "khaldun: warning: %s\n", reason.c_str());
  }
  return Disabled(std::move(reason));
}

EventLocator EventLocator::Disabled(std::string reason) {
  EventLocator locator;
  locator.disabled_reason_ = std::move(reason);
  return locator;
}

std::string EventLocator::CountryOfActor(std::string_view actor_code) const {
  if (gazetteer_ == nullptr || actor_code.size() < 3) return "";
  std::string_view prefix = actor_code.substr(0, 3);
  return gazetteer_->Country(prefix) ? std::string(prefix) : std::string();
}

void EventLocator::Locate(const ArticleText& text, const Sentence& sentence,
                          std::span<Event> events_of_sentence) const {
  if (geolocator_ == nullptr) {
    for (Event& event : events_of_sentence) event.location = EventLocation{};
    return;
  }
  std::span<const Token> tokens;
  if (sentence.token_begin <= sentence.token_end && sentence.token_end <= text.tokens.size()) {
    tokens = std::span<const Token>(text.tokens)
                 .subspan(sentence.token_begin, sentence.token_end - sentence.token_begin);
  }
  const std::string_view dateline = text.dateline.present ? std::string_view(text.dateline.place) : std::string_view();
  // Events of one sentence mostly share their hint: locate once per hint.
  std::string last_hint = "\x01";
  EventLocation last;
  for (Event& event : events_of_sentence) {
    std::string hint = CountryOfActor(event.source.code);
    if (hint.empty()) hint = CountryOfActor(event.target.code);
    if (hint != last_hint) {
      const Location found = geolocator_->Locate(tokens, dateline, hint);
      last = EventLocation{};
      if (found.found()) {
        last.source = SourceName(found.source);
        last.evidence = found.evidence;
        last.name = found.place.name;
        last.feature_type = std::string(FeatureTypeName(found.place.type));
        last.country_iso3 = found.place.country_iso3;
        last.country_iso2 = found.place.country_iso2;
        if (found.place.type == FeatureType::kCountry) {
          last.country_name = found.place.name;
        } else if (std::optional<Place> country = gazetteer_->Country(found.place.country_iso3)) {
          last.country_name = country->name;
        }
        last.province = found.place.province;
        last.lat = found.place.lat;
        last.lon = found.place.lon;
        last.place_id = found.place.id;
      }
      last_hint = std::move(hint);
    }
    event.location = last;
  }
}

}  // namespace khaldun
