#include "code/event_locator.h"

#include <cstdio>
#include <utility>

#include "base/same_text.h"
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

// Sets every field of `*out` (an event's, or the locator's last one): in
// place, since an EventLocation built apart and moved in costs its dozen
// strings' moves and destruction on top; from views of the gazetteer's
// record, since a Place would be seven strings built only to be copied.
void FillEventLocation(const Gazetteer& gazetteer, const PlaceView& place, std::string_view source,
                       std::string evidence, EventLocation* out) {
  out->source = source;
  out->evidence = std::move(evidence);
  out->name = place.name;
  out->feature_type = FeatureTypeName(place.type);
  out->country_iso3 = place.country_iso3;
  out->country_iso2 = place.country_iso2;
  if (place.type == FeatureType::kCountry) {
    out->country_name = place.name;
  } else {
    out->country_name = gazetteer.CountryName(place.country_iso3);
  }
  out->province = place.province;
  out->lat = place.lat;
  out->lon = place.lon;
  out->place_id = place.id;
  out->country_fips = place.country_fips;
  if (!place.country_fips.empty() && !place.admin1_code.empty()) {
    out->adm1_code.assign(place.country_fips).append(place.admin1_code);
  } else {
    out->adm1_code.clear();
  }
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// Prepositions that tie a place to the words before them: "protesters in
// Kabul", "troops at Bagram", "fighters from Kandahar", "the governor of
// Helmand". ("to" is left out: an "envoy to Afghanistan" is not there.)
constexpr std::string_view kActorPrepositions[] = {"in", "at", "from", "of"};

// The preposition when `mention` follows the actor's words as "<actor>
// <preposition> [up to two lower-case words] <mention>" ("protesters in
// northern Kabul"), else "".
std::string_view PrepositionAfterActor(const EventActor& actor, const PlaceMention& mention,
                                       std::span<const Token> tokens, const OffsetMap& offsets) {
  size_t k = mention.begin;
  for (int words_between = 0; k > 1 && words_between <= 2; ++words_between) {
    --k;
    for (std::string_view preposition : kActorPrepositions) {
      if (EqualsLower(tokens[k].text, preposition)) {
        return offsets.ToOriginal(tokens[k - 1].span).end == actor.span.end ? preposition : std::string_view();
      }
    }
    if (tokens[k].capitalized || tokens[k].shape != kWord) break;
  }
  return {};
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
  return gazetteer_->HasCountry(prefix) ? std::string(prefix) : std::string();
}

void EventLocator::LocateActor(const EventActor& actor, const ArticleText& text, std::span<const Token> tokens,
                               std::span<const ResolvedMention> resolved, EventLocation* location) const {
  if (actor.code.empty() || SameText(actor.code, "---")) {
    *location = EventLocation{};
    return;
  }
  // A place named in the actor's words, or right after them.
  const ResolvedMention* best = nullptr;
  std::string_view best_preposition;
  if (!actor.span.empty()) {
    for (const ResolvedMention& candidate : resolved) {
      const PlaceMention& mention = *candidate.mention;
      if (mention.begin >= mention.end || mention.end > tokens.size()) continue;
      const Span words =
          text.offsets.ToOriginal(Span{tokens[mention.begin].span.begin, tokens[mention.end - 1].span.end});
      std::string_view preposition;
      const bool inside = words.begin >= actor.span.begin && words.end <= actor.span.end;
      if (!inside) {
        preposition = PrepositionAfterActor(actor, mention, tokens, text.offsets);
        if (preposition.empty()) continue;
      }
      if (best == nullptr || Specificity(candidate.type) < Specificity(best->type)) {
        best = &candidate;
        best_preposition = preposition;
      }
    }
  }
  if (best != nullptr) {
    std::string evidence = best_preposition.empty() ? best->mention->text
                                                    : std::string(best_preposition) + " " + best->mention->text;
    FillEventLocation(*gazetteer_, gazetteer_->ViewOf(best->place), "mention", std::move(evidence), location);
    return;
  }
  // The country of the actor code.
  if (actor.code.size() >= 3) {
    const std::string_view iso3 = std::string_view(actor.code).substr(0, 3);
    if (std::optional<PlaceView> country = gazetteer_->CountryView(iso3)) {  // (no Place built to be copied)
      FillEventLocation(*gazetteer_, *country, "actor", "actor country " + std::string(iso3), location);
      return;
    }
  }
  *location = EventLocation{};
}

void EventLocator::Locate(const ArticleText& text, const Sentence& sentence,
                          std::span<Event> events_of_sentence) const {
  if (geolocator_ == nullptr) {
    for (Event& event : events_of_sentence) {
      event.location = EventLocation{};
      event.source.location = EventLocation{};
      event.target.location = EventLocation{};
    }
    return;
  }
  std::span<const Token> tokens;
  if (sentence.token_begin <= sentence.token_end && sentence.token_end <= text.tokens.size()) {
    tokens = std::span<const Token>(text.tokens)
                 .subspan(sentence.token_begin, sentence.token_end - sentence.token_begin);
  }
  const std::string_view dateline = text.dateline.present ? std::string_view(text.dateline.place) : std::string_view();
  // The sentence's places are found once; events of one sentence mostly
  // share their hint, so they are resolved once per hint, for the event
  // and its actors.
  const std::vector<PlaceMention> mentions = geolocator_->FindMentions(tokens);
  std::string last_hint = "\x01";
  std::vector<ResolvedMention> resolved;
  // An event with the last one's hint gets a copy of its location; the
  // first of each hint is filled in place (no location built to be copied).
  const EventLocation* last = nullptr;
  for (Event& event : events_of_sentence) {
    std::string hint = CountryOfActor(event.source.code);
    if (hint.empty()) hint = CountryOfActor(event.target.code);
    if (hint != last_hint) {
      geolocator_->ResolveMentions(mentions, dateline, hint, &resolved);
      LocationChoice found = geolocator_->LocateAmong(resolved, dateline, hint);
      if (found.found()) {
        FillEventLocation(*gazetteer_, gazetteer_->ViewOf(found.place), SourceName(found.source),
                          std::move(found.evidence), &event.location);
      } else {
        event.location = EventLocation{};
      }
      last_hint = std::move(hint);
    } else {
      event.location = *last;
    }
    last = &event.location;
    LocateActor(event.source, text, tokens, resolved, &event.source.location);
    LocateActor(event.target, text, tokens, resolved, &event.target.location);
  }
}

}  // namespace khaldun
