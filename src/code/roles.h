// Roles: what the part of an actor code after its country says about who
// acts ("MIL" of "RUSMIL"). Closed sets from CAMEO's role codes.
#ifndef KHALDUN_CODE_ROLES_H_
#define KHALDUN_CODE_ROLES_H_

#include <string_view>

#include "base/same_text.h"

namespace khaldun {

// Roles of armed forces: where they are is not whose they are, and they
// deploy rather than visit.
inline bool IsForceRole(std::string_view role) {
  // (Each three bytes compared in line: string_view's find is a call per
  // role and a memchr per byte.)
  for (size_t at = 0; at + 3 <= role.size(); ++at) {
    if (SameTextAsAny(role.substr(at, 3), "MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP", "CRM")) return true;
  }
  return false;
}

// The role right after a code's country or body: "REB" of "CODREB", "GOV"
// of "AFGGOV"; empty for a bare country.
inline std::string_view RoleOf(std::string_view code) { return code.size() > 3 ? code.substr(3, 3) : std::string_view(); }

// Roles of armed groups outside the state.
inline bool IsNonStateArmedRole(std::string_view role) {
  return SameTextAsAny(role, "INS", "REB", "UAF", "SEP");
}

// Roles that act for a state (government, forces, courts, parliament).
inline bool IsStateRole(std::string_view role) {
  return SameTextAsAny(role.substr(0, 3), "GOV", "MIL", "COP", "JUD", "LEG", "SPY");
}

// Roles of people who witness or report what others did rather than take a
// side in it: civilians, police, teachers, doctors, journalists. ("Police
// said militants opened fire" reports; it does not accuse.)
inline bool IsWitnessRole(std::string_view role) {
  return SameTextAsAny(role.substr(0, 3), "CVL", "COP", "EDU", "HLH", "MED");
}

// Whether an actor code is one of CAMEO's regions or groupings of states
// ("EUR", "SAM", "PGS"), not a state.
inline bool IsRegionCode(std::string_view code) {
  for (std::string_view region : {"AFR", "ARB", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR",
                                  "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
                                  "WST"}) {
    if (code == region) return true;
  }
  return false;
}

// Whether an actor code begins with a country rather than an
// intergovernmental, non-governmental or international militant root
// (IGO, NGO, IMG): "PAKGOV" names Pakistan, "IGOUNO" no country.
inline bool BeginsWithACountry(std::string_view code) {
  return code.size() >= 3 && !StartsWithText(code, "IGO") && !StartsWithText(code, "NGO") &&
         !StartsWithText(code, "IMG");
}

// Whether an actor code is an intergovernmental or non-governmental body
// ("IGOUNO", "NGOHRIAMN"): an organisation, neither a state nor a place.
inline bool IsBodyCode(std::string_view code) { return StartsWithText(code, "IGO") || StartsWithText(code, "NGO"); }

// The country an actor code begins with ("JOR" of "JORGOV"), or empty for
// IGO, NGO and IMG roots and the null code.
inline std::string_view CountryPart(std::string_view code) {
  return BeginsWithACountry(code) && !StartsWithText(code, "---") ? code.substr(0, 3) : std::string_view();
}

// Whether an actor code is a country ("ERI") or a state organ of one
// ("ERIMIL", "EGYGOV"), not a group, a people or an IGO.
inline bool IsStateActor(std::string_view code) {
  return !CountryPart(code).empty() && (code.size() == 3 || IsStateRole(code.substr(3)));
}

// Whether a body coded `code`, its state's government ("AFGGOV" for the
// Taliban since 2021), lends that state to a role of the state's other
// organs before which it is named ("Taliban police" -> AFGCOP; "Taliban
// officials" stay AFGGOV).
inline bool LendsItsState(std::string_view code, std::string_view role) {
  return code.size() == 6 && EndsWithText(code, "GOV") && !CountryPart(code).empty() && IsStateRole(role) &&
         !StartsWithText(role, "GOV");
}

// Whether two actor codes are one state or its organs ("FRA", "FRAGOV",
// "FRAMIL"): what one says or does, the state says or does.
inline bool OfOneState(std::string_view a, std::string_view b) {
  return IsStateActor(a) && IsStateActor(b) && SameBytes(CountryPart(a), CountryPart(b));
}

// Whether `b` is the state of `a` (a state or an organ of one), or `a`
// itself, not another organ of that state: "lawmakers" (TUNLEG) and
// "President Kais Saied" (TUNGOV) are two parties, Tunisia and TUNLEG not.
inline bool ItselfOrItsState(std::string_view a, std::string_view b) {
  return OfOneState(a, b) && !(a.size() > 3 && b.size() > 3 && !SameBytes(a, b));
}

// Whether actors coded `a` and `b` are at home with each other: one state
// or its organs (OfOneState), or one the bare country the other belongs to
// ("Saakashvili", GEOOPP, "returning to the country" pays Georgia no visit).
inline bool AtHome(std::string_view a, std::string_view b) {
  return OfOneState(a, b) || (b.size() == 3 && !CountryPart(a).empty() && SameBytes(CountryPart(a), b)) ||
         (a.size() == 3 && !CountryPart(b).empty() && SameBytes(CountryPart(b), a));
}

}  // namespace khaldun

#endif  // KHALDUN_CODE_ROLES_H_
