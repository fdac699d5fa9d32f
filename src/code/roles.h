// Roles: what the part of an actor code after its country says about who
// acts ("MIL" of "RUSMIL"). Closed sets from CAMEO's role codes.
#ifndef KHALDUN_CODE_ROLES_H_
#define KHALDUN_CODE_ROLES_H_

#include <string_view>

namespace khaldun {

// Roles of armed forces: where they are is not whose they are, and they
// deploy rather than visit.
inline bool IsForceRole(std::string_view role) {
  for (std::string_view force : {"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP", "CRM"}) {
    if (role.find(force) != std::string_view::npos) return true;
  }
  return false;
}

// The role right after a code's country or body: "REB" of "CODREB", "GOV"
// of "AFGGOV"; empty for a bare country.
inline std::string_view RoleOf(std::string_view code) { return code.size() > 3 ? code.substr(3, 3) : std::string_view(); }

// Roles of armed groups outside the state.
inline bool IsNonStateArmedRole(std::string_view role) {
  return role == "INS" || role == "REB" || role == "UAF" || role == "SEP";
}

// Roles that act for a state (government, forces, courts, parliament).
inline bool IsStateRole(std::string_view role) {
  const std::string_view first = role.substr(0, 3);
  return first == "GOV" || first == "MIL" || first == "COP" || first == "JUD" || first == "LEG" || first == "SPY";
}

// Roles of people who witness or report what others did rather than take a
// side in it: civilians, police, teachers, doctors, journalists. ("Police
// said militants opened fire" reports; it does not accuse.)
inline bool IsWitnessRole(std::string_view role) {
  const std::string_view first = role.substr(0, 3);
  return first == "CVL" || first == "COP" || first == "EDU" || first == "HLH" || first == "MED";
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
  return code.size() >= 3 && !code.starts_with("IGO") && !code.starts_with("NGO") && !code.starts_with("IMG");
}

// Whether an actor code is an intergovernmental or non-governmental body
// ("IGOUNO", "NGOHRIAMN"): an organisation, neither a state nor a place.
inline bool IsBodyCode(std::string_view code) { return code.starts_with("IGO") || code.starts_with("NGO"); }

// The country an actor code begins with ("JOR" of "JORGOV"), or empty for
// IGO, NGO and IMG roots and the null code.
inline std::string_view CountryPart(std::string_view code) {
  return BeginsWithACountry(code) && !code.starts_with("---") ? code.substr(0, 3) : std::string_view();
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
  return code.size() == 6 && code.ends_with("GOV") && !CountryPart(code).empty() && IsStateRole(role) &&
         !role.starts_with("GOV");
}

// Whether two actor codes are one state or its organs ("FRA", "FRAGOV",
// "FRAMIL"): what one says or does, the state says or does.
inline bool OfOneState(std::string_view a, std::string_view b) {
  return IsStateActor(a) && IsStateActor(b) && CountryPart(a) == CountryPart(b);
}

// Whether actors coded `a` and `b` are at home with each other: one state
// or its organs (OfOneState), or one the bare country the other belongs to
// ("Saakashvili", GEOOPP, "returning to the country" pays Georgia no visit).
inline bool AtHome(std::string_view a, std::string_view b) {
  return OfOneState(a, b) || (b.size() == 3 && !CountryPart(a).empty() && CountryPart(a) == b) ||
         (a.size() == 3 && !CountryPart(b).empty() && CountryPart(b) == a);
}

}  // namespace khaldun

#endif  // KHALDUN_CODE_ROLES_H_
