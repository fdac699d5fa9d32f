// CameoActorCode: a CAMEO actor code taken apart into GDELT's actor columns.
//
// A CAMEO actor code is a string of three-letter blocks ("USAGOV",
// "AFGINS", "IGOUNO", "IMGMUSISI", "NGOISRHRI"). Each block is, in this
// order of checks: a type or role (GOV, MIL, REB, INS, OPP, ..., and the
// international classes IGO, NGO, IMG, MNC, NGM); a religion (MUS, CHR, CTH,
// SHI, SUN, JEW, ...); a country (an ISO 3166-1 alpha-3 code, a CAMEO region
// such as AFR, WST or MEA, or a historical CAMEO country such as USR) when no
// known group came before it; otherwise a known group (UNO, EEC, NAT, ISI,
// ALQ, ...). "MUS" is always the religion, never Mauritius. Ethnic codes are
// not recognised (the ethnic column stays empty); see docs/output-formats.md.
#ifndef KHALDUN_OUT_CAMEO_ACTOR_CODE_H_
#define KHALDUN_OUT_CAMEO_ACTOR_CODE_H_

#include <string>
#include <string_view>

namespace khaldun::out {

struct CameoActorCode {
  std::string country;      // GDELT Actor1CountryCode: "USA", "AFR"; "" when none
  std::string known_group;  // Actor1KnownGroupCode: "UNO", "ISI"
  std::string ethnic;       // Actor1EthnicCode: always "" (not recognised)
  std::string religion1;    // Actor1Religion1Code: "MUS", "CHR"
  std::string religion2;    // Actor1Religion2Code: "SUN", "CTH"
  std::string type1;        // Actor1Type1Code..Type3Code: "GOV", "IGO", ...
  std::string type2;
  std::string type3;
};

// The parts of `code`; all empty for "", "---" and codes that are not
// upper-case letters. A trailing partial block (fewer than 3 letters) is
// ignored; types beyond the third and religions beyond the second too.
CameoActorCode SplitCameoActorCode(std::string_view code);

// True when `block` is a country for the columns above: ISO-3, CAMEO region,
// or historical CAMEO country.
bool IsCameoCountry(std::string_view block);

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_CAMEO_ACTOR_CODE_H_
