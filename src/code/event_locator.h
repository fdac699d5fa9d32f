// EventLocator: fills in where each coded event happened, and where its
// actors are.
//
// A post-step of the coder: after a sentence's events are coded, Locate sets
// each one's Event::location with the Geolocator (docs/geo.md): a place the
// sentence names after a locative preposition, else the article's dateline
// place, else the centroid of the source actor's country (the first three
// letters of its code when they are a country's ISO-3 code; the target's when
// the source has none). It also sets each actor's EventActor::location
// (GDELT's Actor1Geo/Actor2Geo): a place named in the actor's words ("Kabul
// residents") or in a phrase right after them with in/at/from/of ("protesters
// in Kabul", "the governor of Helmand"), the most specific if several; else
// the country of the actor code (its ISO-3 prefix; a hash lookup), at the
// country's centroid; else none. The sentence's place mentions are found
// once for the event and its actors. The gazetteer is optional: without it
// the locator is disabled and every event and actor gets source "none".
//
// Immutable after loading; Locate is safe to call from several threads.
#ifndef KHALDUN_CODE_EVENT_LOCATOR_H_
#define KHALDUN_CODE_EVENT_LOCATOR_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "code/event.h"
#include "text/article_text.h"

namespace khaldun {

class Gazetteer;
class Geolocator;
struct ResolvedMention;

class EventLocator {
 public:
  // A locator over the compiled gazetteer at `path`. Fails with
  // "path: reason" when the gazetteer cannot be loaded.
  static Result<EventLocator> Load(const std::string& path);
  // The same for GazetteerPath() (geo/geo_data_paths.h), but optional: when
  // the gazetteer cannot be loaded the locator is disabled. The reason goes
  // to `*warning` when given, else once to stderr as "khaldun: warning: ...".
  static EventLocator LoadOptional(std::string* warning = nullptr);
  // A locator that marks every event "none"; `reason` is kept for messages.
  static EventLocator Disabled(std::string reason);

  EventLocator(EventLocator&&) noexcept;
  EventLocator& operator=(EventLocator&&) noexcept;
  ~EventLocator();

  // True when a gazetteer is loaded.
  bool enabled() const { return geolocator_ != nullptr; }
  // The loaded gazetteer (null when disabled), for the actor matcher's places.
  const Gazetteer* gazetteer() const { return gazetteer_.get(); }
  // Why the locator is disabled ("" when enabled).
  const std::string& disabled_reason() const { return disabled_reason_; }

  // Sets `location` of every event in `events_of_sentence`, and of its
  // source and target, which were all coded from `sentence` of `text` (the
  // ArticleText the coder analysed; actor spans are bytes of the original
  // text, as the coder sets them). Never fails: an event or actor with
  // nothing to go on gets source "none".
  void Locate(const ArticleText& text, const Sentence& sentence, std::span<Event> events_of_sentence) const;

  // The country hint of an actor code: its first three letters when they
  // are the ISO-3 code of a country in the gazetteer, else "".
  std::string CountryOfActor(std::string_view actor_code) const;

 private:
  EventLocator();
  // The place of one actor among the sentence's resolved place mentions,
  // else its code's country; "none" for a missing actor ("---"). Into
  // `*location`, in place.
  void LocateActor(const EventActor& actor, const ArticleText& text, std::span<const Token> tokens,
                   std::span<const ResolvedMention> resolved, EventLocation* location) const;
  std::unique_ptr<const Gazetteer> gazetteer_;  // on the heap: geolocator_ points into it
  std::unique_ptr<const Geolocator> geolocator_;
  std::string disabled_reason_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_EVENT_LOCATOR_H_
