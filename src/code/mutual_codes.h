// What a CAMEO code says about its parties, as SentenceCoder reads it:
// whether several sources did it to each other, and whether a place can be
// what it is aimed at (internal to src/code).
#ifndef KHALDUN_CODE_MUTUAL_CODES_H_
#define KHALDUN_CODE_MUTUAL_CODES_H_

#include <string>
#include <string_view>

namespace khaldun::sentence_coding {

// Codes that "X and Y ..." with no other party gives both ways: they
// consulted, signed, cooperated, agreed a ceasefire, fought with each other,
// or agreed to do one of these ("agreed to a ceasefire", "agreed to meet").
bool IsMutual(const std::string& code);

// Whether the verb `lemma` makes its deed for others, so that "X and Y"
// doing it did not do it to each other: "Egypt and Qatar proposed a
// ceasefire plan", "offered to host talks", "brokered a truce".
bool MadeForOthers(std::string_view lemma);

// Whether a place can be the target of an event coded `code`: force,
// protest, visits, condolences and claims or denials of responsibility are
// aimed at one ("shelled Kherson", "drills in Texas", "claimed responsibility
// for an attack on Tel Aviv"); talk and meetings only happen there ("met in
// Geneva").
bool PlaceCanBeTarget(const std::string& code);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_MUTUAL_CODES_H_
