// Name edges: whether a dictionary name found in the text is cut from a
// longer name there.
//
// The actor matcher takes the longest dictionary phrase at each word. A
// phrase can still be the wrong reading when the text's own name runs on
// past it or began before it: "Mocimboa da Praia" is no Praia, "the West
// Bank" is no "the West". These tests look only at the words, tags and
// capitals around the phrase.
#ifndef KHALDUN_CODE_NAME_EDGES_H_
#define KHALDUN_CODE_NAME_EDGES_H_

#include <cstdint>

#include "lang/sentence_analysis.h"

namespace khaldun {

// Whether the sentence is written with capitals: some word after the first
// begins with one. Only then do capitals tell a name from a common word.
bool WrittenWithCapitals(const SentenceAnalysis& analysis);

// Whether word `k` ends a longer name after a particle: "Mocimboa da Praia"
// is not Praia, "Mohammed bin Salman" is not King Salman.
bool TailOfLongerName(const SentenceAnalysis& analysis, uint32_t k);

// Whether word `k`, matched alone as the surname alias of a person the
// dictionaries name in full, follows another capitalised given name in its
// phrase (`begin`: where the phrase's words may start), no title, honorific
// nor actor: "Betssy Chavez" is not Hugo Chavez. `after_actor`: an actor
// phrase ends right before `k`.
bool AfterAnotherGivenName(const SentenceAnalysis& analysis, uint32_t begin, uint32_t k, bool after_actor);

// Whether the dictionary phrase of words [begin, end) is cut from a longer
// name by a compass word, in a sentence written with capitals (`cased`):
// - a phrase of two words or more that opens or ends with a compass word in
//   lower case is no name ("the west bank of the Dnipro" is neither the
//   West Bank nor the West);
// - a phrase that ends with a capitalised compass word is no name when a
//   capitalised word follows before `limit` ("the West Bank", "the West
//   Midlands" are not "the West").
bool CompassNameCut(const SentenceAnalysis& analysis, bool cased, uint32_t begin, uint32_t end, uint32_t limit);

// Whether a dictionary name at word `begin` follows "ethnic": then it names a
// people, not a state ("ethnic Albanian rebels" in Macedonia are not
// Albania's).
bool AfterEthnic(const SentenceAnalysis& analysis, uint32_t begin);

// Whether a dictionary name ending before word `end` opens the name of a
// sea or ocean, a capitalised water-body noun right after it ("the Indian
// Ocean", "the Arabian Sea", "the South China Sea"): open water, no one's.
bool OpensASeasName(const SentenceAnalysis& analysis, uint32_t end);

// Whether a dictionary name ending before word `end` names an
// administrative division: a lower-case division word (state, province,
// region, governorate) right after it that ends its noun phrase ("in
// Nigeria's Niger state": a place, not the country; not "Niger state
// media", the country's).
bool NamesADivision(const SentenceAnalysis& analysis, uint32_t end);

// Whether the one-word name heading NP `np` is a people's plural, not a
// state's: a plural proper noun without "the" ("Five Americans", "Israelis")
// or ending like a people's word ("the Palestinians", "the Iraqis"). Plural
// state names take "the" and end otherwise ("the Philippines", "the United
// States", "the Bahamas").
bool NamesAPeople(const SentenceAnalysis& analysis, const NounPhrase& np);

}  // namespace khaldun

#endif  // KHALDUN_CODE_NAME_EDGES_H_
