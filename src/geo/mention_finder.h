// MentionFinder: finds place names in a sentence's tokens.
//
// Rules (docs/geo.md, "Finding names"):
//  - longest match over tokens against the gazetteer's folded names, so
//    "Lashkar Gah", "Gaza City" and "United Arab Emirates" are one mention;
//  - a name starts and ends with a capitalised word; inside it only
//    connectors (of, the, de, al, el, ...) may be lower-case;
//  - a name glued to another capitalised word ("Kabul University", "Paris
//    Hilton", "Imran Khan") is part of a longer proper name and is skipped;
//  - a name that is also a common English word (data/geo/common_words.txt:
//    Of, Mobile, Reading, Nice, Split, Male, Most, Police, March ...) counts
//    only after a locative preposition, never first in the sentence, and
//    only for a country, capital, province or a city of >= 100,000 people;
//  - a word of two to four capitals ("UN", "NATO") is an acronym: no town
//    by its own name (Un, India), only a place it is an alias of ("UK");
//  - a bare city name (no preposition, no designator) needs >= 10,000 people
//    or an alias-table entry;
//  - demonyms count only in "the Afghan border/frontier/side/territory".
#ifndef KHALDUN_GEO_MENTION_FINDER_H_
#define KHALDUN_GEO_MENTION_FINDER_H_

#include <span>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/place_mention.h"
#include "text/token.h"

namespace khaldun {

class MentionFinder {
 public:
  // Keeps a reference: `gazetteer` must outlive the finder.
  explicit MentionFinder(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {}

  // The place mentions of one sentence, in text order, with every candidate
  // (unresolved: the caller chooses with ChooseCandidate).
  std::vector<PlaceMention> Find(std::span<const Token> tokens) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_MENTION_FINDER_H_
