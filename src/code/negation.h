// Negation as CAMEO codes it.
//
// A negated intent or concession is not the intent: "will not call a
// ceasefire" is a refusal to de-escalate (1246), "refused to negotiate" is a
// rejected proposal to negotiate (125). Other negated events ("did not
// attack") are no events at all.
#ifndef KHALDUN_CODE_NEGATION_H_
#define KHALDUN_CODE_NEGATION_H_

#include <string>
#include <string_view>

namespace khaldun {

// The reject/refuse code for a negated `code`, or "" when the negated event
// is no event.
std::string NegatedCode(std::string_view code);

// The code of an intention to do `code` ("wants to attack" -> 138 threaten
// with military force, "wants to help" -> 033 intent to provide aid); other
// intentions keep the intended event's code ("pledged to expel" -> 174).
std::string IntendedCode(std::string_view code);

}  // namespace khaldun

#endif  // KHALDUN_CODE_NEGATION_H_
