#include "code/negation.h"

namespace khaldun {
namespace {

struct Rule {
  std::string_view prefix;  // a positive code or code prefix
  std::string_view negated; // its CAMEO reject/refuse counterpart
};

// Most specific prefixes first. Roots 03 (intend), 04 (consult), 05
// (agreements), 06-07 (material cooperation, aid) and 08 (yield) have
// counterparts in root 12; negated statements, appeals and conflict events
// have none.
constexpr Rule kRules[] = {
    {"0311", "1211"}, {"0312", "1212"}, {"031", "121"}, {"032", "120"}, {"033", "121"},
    {"034", "123"},   {"0351", "1241"}, {"0352", "1242"}, {"0353", "1243"}, {"0354", "1244"},
    {"0355", "1245"}, {"0356", "1246"}, {"035", "124"}, {"036", "125"},  {"037", "127"},
    {"038", "126"},   {"039", "126"},   {"04", "125"},  {"057", "127"},  {"06", "121"},
    {"07", "121"},    {"081", "1241"},  {"082", "1242"}, {"083", "123"}, {"084", "1243"},
    {"085", "1244"},  {"086", "1245"},  {"087", "1246"}, {"08", "124"},
};

// Intentions with a CAMEO code of their own.
constexpr Rule kIntentions[] = {
    {"18", "138"}, {"19", "138"}, {"20", "138"}, {"06", "031"}, {"07", "033"},
};

}  // namespace

std::string IntendedCode(std::string_view code) {
  for (const Rule& rule : kIntentions) {
    if (code.substr(0, rule.prefix.size()) == rule.prefix) return std::string(rule.negated);
  }
  return std::string(code);
}

std::string NegatedCode(std::string_view code) {
  for (const Rule& rule : kRules) {
    if (code.substr(0, rule.prefix.size()) == rule.prefix) return std::string(rule.negated);
  }
  return "";
}

}  // namespace khaldun
