#include "out/cameo_actor_code.h"

namespace khaldun::out {
namespace {

// Space-separated three-letter blocks; a block is in a list when " XXX " is.
bool InList(std::string_view list, std::string_view block) {
  for (size_t at = list.find(block); at != std::string_view::npos; at = list.find(block, at + 1)) {
    if (at % 4 == 0) return true;  // lists are "XXX XXX XXX ...": blocks start every 4 bytes
  }
  return false;
}

// CAMEO types and roles (codebook, actor chapter), with the international
// classes: IGO intergovernmental, NGO non-governmental, IMG international
// militarised group, MNC multinational company, NGM non-governmental movement.
constexpr std::string_view kTypes =
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PTY RAD REB REF SEP SPY "
    "UAF UIS IGO NGO IMG MNC NGM ";

// CAMEO religions.
constexpr std::string_view kReligions =
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN JAN JEW LDS MOS MUS ORT PRO SFI SHI SIK SUN TAO ZRO ";

// ISO 3166-1 alpha-3 (Debian iso-codes), as CAMEO uses them for countries.
constexpr std::string_view kIsoCountries =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN "
    "BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN "
    "CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU "
    "DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR "
    "GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV "
    "HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM "
    "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA "
    "MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM "
    "NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL "
    "PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE "
    "SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK "
    "TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB "
    "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE ";

// CAMEO regions, and countries CAMEO codes that ISO no longer lists (USSR,
// Yugoslavia, Czechoslovakia, East Germany, Kosovo in two spellings).
constexpr std::string_view kCameoCountries =
    "AFR ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WST "
    "USR YUG CSK DDR KSV XKX ";

bool IsBlock(std::string_view block) {
  if (block.size() != 3) return false;
  for (char c : block) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

bool IsCameoCountry(std::string_view block) {
  return IsBlock(block) && (InList(kIsoCountries, block) || InList(kCameoCountries, block));
}

CameoActorCode SplitCameoActorCode(std::string_view code) {
  CameoActorCode parts;
  int types = 0, religions = 0;
  for (size_t at = 0; at + 3 <= code.size(); at += 3) {
    const std::string_view block = code.substr(at, 3);
    if (!IsBlock(block)) return {};
    std::string text(block);
    if (InList(kTypes, block)) {
      if (types == 0) parts.type1 = text;
      else if (types == 1) parts.type2 = text;
      else if (types == 2) parts.type3 = text;
      ++types;
    } else if (InList(kReligions, block)) {
      if (religions == 0) parts.religion1 = text;
      else if (religions == 1) parts.religion2 = text;
      ++religions;
    } else if (parts.country.empty() && parts.known_group.empty() && IsCameoCountry(block)) {
      parts.country = text;
    } else if (parts.known_group.empty()) {
      parts.known_group = text;
    }
  }
  return parts;
}

}  // namespace khaldun::out
