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
#include <vector>

#include "base/same_text.h"

namespace khaldun {

// The CAMEO root of `code`: its first two digits ("19" for "195").
inline std::string_view CodeRoot(std::string_view code) { return code.substr(0, 2); }

// How specific a CAMEO code is: longer is more, and a root's bare "0" less ("1412" > "141" > "140").
inline size_t CodeSpecificity(std::string_view code) {
  return code.size() * 2 + (!code.empty() && code.back() != '0' ? 1 : 0);
}

// Roots of force: assault, fight, mass violence (18-20).
inline bool IsForceRoot(std::string_view root) { return SameTextAsAny(root, "18", "19", "20"); }

// A negation a coding ontology defines beyond CAMEO's reject codes:
// PETRARCH-2 negates a code by arithmetic on its internal value, so an
// ontology that defines `code` as the negation of `negated` makes the
// negated `code` come back as `negated` (not-not-050 is 050).
struct CodeNegation {
  std::string code;     // as the dictionaries write it ("110")
  std::string negated;  // what a negated verb group of that code is coded
};

// The reject/refuse code for a negated `code`, or "" when the negated event
// is no event. `ontology` (may be empty) is consulted first, by exact code.
std::string NegatedCode(std::string_view code, const std::vector<CodeNegation>& ontology = {});

// What not excluding a rejection of `code` keeps open: the intention it
// would reject ("did not rule out talks", 125 -> 036; "did not rule out a
// ceasefire", 1246 -> 0356), or "" when `code` rejects no intention.
std::string KeptOpenCode(std::string_view code);

// The code of ceasing to do `code` ("stopped supplying weapons", 072 ->
// 1622 reduce or stop military assistance; "halted negotiating", 046 -> 164;
// "stopped shelling", 19x -> 087 de-escalate), or "" when CAMEO has no
// event for ceasing it.
std::string CeasedCode(std::string_view code);

// The code of an intention to do `code` ("wants to attack" -> 138 threaten
// with military force, "wants to help" -> 033 intent to provide aid, "plans
// to meet" -> 036); other intentions keep the intended event's code
// ("pledged to expel" -> 174).
std::string IntendedCode(std::string_view code);

// What a clause coded `parent_code` (by one of its patterns, not its verb's
// default, unless `parent_by_default`) makes of the deed coded `code` it
// names: for an intention (03), IntendedCode, unless the parent's own code
// says more of the same kind ("approved a $1.5 billion loan to help
// Pakistan" is 0331, the loan, not the help's 033); else `code` itself (an
// agreement, 05, codes what is agreed).
std::string IntendedUnder(std::string_view parent_code, bool parent_by_default, std::string_view code);

// The code of asking for an event of `code`, by the root of the asking:
// "02" appeal ("urged X to lift sanctions" -> 0254), "03" intent, "10"
// demand ("demanded talks" -> 106), "13" threat ("threatened to cut ties"
// -> 1313). "" when CAMEO has no such request.
std::string RequestedCode(std::string_view root, std::string_view code);

// What a failed attempt at `code` still was ("failed to capture the town"
// -> 190 fighting, "failed to assassinate" -> 185 attempted
// assassination), or "" when failing at it is no event ("failed to reach an
// agreement").
std::string FailedAttemptCode(std::string_view code);

}  // namespace khaldun

#endif  // KHALDUN_CODE_NEGATION_H_
