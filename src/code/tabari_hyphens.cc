#include "code/tabari_hyphens.h"

#include <algorithm>

namespace khaldun {
namespace {

bool Joins(const std::string& key) {
  const size_t at = key.find('-');
  return at != std::string::npos && at > 0 && key.back() != '-';
}

}  // namespace

bool HasHyphenJoin(const std::vector<std::string>& keys) { return std::any_of(keys.begin(), keys.end(), Joins); }

std::vector<std::string> HyphensAsJoins(const std::vector<std::string>& keys) {
  std::vector<std::string> out = keys;
  for (std::string& key : out) {
    if (!Joins(key)) continue;
    for (size_t i = 1; i + 1 < key.size(); ++i) {
      if (key[i] == '-') key[i] = '_';
    }
  }
  return out;
}

}  // namespace khaldun
