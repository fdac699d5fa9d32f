#include "code/negation.h"

#include "base/same_text.h"

namespace khaldun {
namespace {

struct Rule {
  std::string_view prefix;      // a positive code or code prefix
  std::string_view counterpart; // its CAMEO reject/refuse (or cessation) counterpart
};

// Most specific prefixes first. Roots 03 (intend), 04 (consult), 05
// (recognition and agreements: "would never recognise Kosovo" rejects),
// 06-07 (material cooperation, aid) and 08 (yield) have counterparts in
// root 12; negated statements, appeals and conflict events have none.
constexpr Rule kRules[] = {
    {"0311", "1211"}, {"0312", "1212"}, {"031", "121"}, {"032", "120"}, {"033", "121"},
    {"0341", "1231"}, {"0342", "1232"}, {"0343", "1233"}, {"0344", "1234"},
    {"034", "123"},   {"0351", "1241"}, {"0352", "1242"}, {"0353", "1243"}, {"0354", "1244"},
    {"0355", "1245"}, {"0356", "1246"}, {"035", "124"}, {"036", "125"},  {"037", "127"},
    {"038", "126"},   {"039", "126"},   {"04", "125"},  {"054", "120"},  {"057", "127"},
    {"061", "1211"},  {"062", "1212"},  {"06", "121"},
    {"07", "121"},    {"081", "1241"},  {"082", "1242"}, {"0831", "1231"}, {"0832", "1232"},
    {"0833", "1233"}, {"0834", "1234"}, {"083", "123"}, {"084", "1243"},
    {"085", "1244"},  {"086", "1245"},  {"087", "1246"}, {"08", "124"},
};

// What an appeal (02), an intent (03) or a demand (10) asks for, by the code
// of the event asked for: CAMEO gives the three roots the same subcodes.
struct Request {
  std::string_view prefix;  // the code asked for, or a prefix of it
  std::string_view appeal, intent, demand, threat;
};

// Most specific prefixes first; "" where CAMEO has no such request.
constexpr Request kRequests[] = {
    {"061", "0211", "0311", "1011", ""},   {"062", "0212", "0312", "1012", ""},
    {"063", "0213", "0313", "1013", ""},   {"064", "0214", "0314", "1014", ""},
    {"06", "021", "031", "101", ""},       {"071", "0231", "0331", "1031", ""},
    {"072", "0232", "0332", "1032", ""},   {"073", "0233", "0333", "1033", ""},
    {"074", "0234", "0334", "1034", ""},   {"07", "023", "033", "103", ""},
    {"05", "022", "032", "102", ""},       {"045", "028", "039", "108", ""},
    {"04", "026", "036", "106", ""},
    {"081", "0251", "0351", "1051", ""},   {"082", "0252", "0352", "1052", ""},
    {"0831", "0241", "0341", "1041", ""}, {"0832", "0242", "0342", "1042", ""},
    {"0833", "0243", "0343", "1043", ""}, {"0834", "0244", "0344", "1044", ""},
    {"083", "024", "034", "104", ""},      {"084", "0253", "0353", "1053", ""},
    {"085", "0254", "0354", "1054", ""},   {"086", "0255", "0355", "1055", ""},
    {"087", "0256", "0356", "1056", ""},   {"08", "025", "035", "105", ""},
    {"164", "", "", "", "134"},            {"165", "", "", "", "135"},
    {"166", "", "", "", "136"},
    {"161", "", "", "", "1313"},           {"162", "", "", "", "1311"},
    {"163", "", "", "", "1312"},           {"16", "", "", "", "131"},
    {"1721", "", "", "", "1321"},          {"1722", "", "", "", "1322"},
    {"1723", "", "", "", "1323"},          {"1724", "", "", "", "1324"},
    {"172", "", "", "", "132"},            {"175", "", "", "", "137"},
    {"191", "", "138", "", "1381"},        {"192", "", "138", "", "1382"},
    {"2041", "", "138", "", "1385"},       {"2042", "", "138", "", "1385"},
    {"18", "", "138", "", "138"},          {"19", "", "138", "", "138"},
    {"20", "", "138", "", "138"},
    // CAMEO's settling of a dispute (037) and accepting mediation (038) intend nothing the rows above ask for.
    {"037", "027", "037", "107", ""},      {"038", "028", "038", "108", ""},
};

// Most specific prefixes first: what stopping an event of the prefix is.
constexpr Rule kCessations[] = {
    {"071", "1621"}, {"072", "1622"}, {"073", "1623"}, {"07", "162"}, {"046", "164"}, {"045", "165"},
    {"06", "160"},   {"163", "085"},  {"18", "087"},   {"19", "087"}, {"20", "087"},
};

const Request* FindRequest(std::string_view code) {
  for (const Request& request : kRequests) {
    // (In line: string_view's == is a call and a memcmp call with GCC 12.)
    if (code.size() >= request.prefix.size() && SameBytes(code.substr(0, request.prefix.size()), request.prefix)) {
      return &request;
    }
  }
  // An intent asked for is asked for what it intends, the row whose intent it is (or its three-digit code's):
  // "urged Israel to agree to a truce" (0356, of 087) is an appeal to de-escalate, 0256.
  if (!code.starts_with("03")) return nullptr;
  for (const std::string_view intent : {code, code.substr(0, 3)}) {
    for (const Request& request : kRequests) {
      if (request.intent == intent) return &request;
    }
  }
  return nullptr;
}

}  // namespace

std::string RequestedCode(std::string_view root, std::string_view code) {
  const Request* request = FindRequest(code);
  if (request == nullptr) return {};
  if (SameText(root, "02")) return std::string(request->appeal);
  if (SameText(root, "03")) return std::string(request->intent);
  if (SameText(root, "10")) return std::string(request->demand);
  if (SameText(root, "13")) return std::string(request->threat);
  return {};
}

std::string CeasedCode(std::string_view code) {
  for (const Rule& rule : kCessations) {
    if (code.substr(0, rule.prefix.size()) == rule.prefix) return std::string(rule.counterpart);
  }
  return "";
}

std::string IntendedCode(std::string_view code) {
  std::string intended = RequestedCode("03", code);
  return intended.empty() ? std::string(code) : intended;
}

std::string IntendedUnder(std::string_view parent_code, bool parent_by_default, std::string_view code) {
  if (parent_code.substr(0, 2) != "03") return std::string(code);
  std::string intended = IntendedCode(code);
  if (!parent_by_default && parent_code.size() > intended.size() && parent_code.starts_with(intended)) {
    return std::string(parent_code);
  }
  return intended;
}

std::string NegatedCode(std::string_view code, const std::vector<CodeNegation>& ontology) {
  for (const CodeNegation& own : ontology) {
    if (own.code == code) return own.negated;
  }
  for (const Rule& rule : kRules) {
    if (code.substr(0, rule.prefix.size()) == rule.prefix) return std::string(rule.counterpart);
  }
  return "";
}

std::string KeptOpenCode(std::string_view code) {
  for (const Rule& rule : kRules) {
    if (rule.counterpart == code && rule.prefix.starts_with("03")) return std::string(rule.prefix);
  }
  return "";
}

std::string FailedAttemptCode(std::string_view code) {
  if (code.starts_with("186")) return "185";
  if (code.starts_with("185")) return std::string(code);
  if (CodeRoot(code) == "19") return "190";
  return "";
}

}  // namespace khaldun
