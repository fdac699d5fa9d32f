#include "code/tabari_hyphens.h"

#include <algorithm>

namespace khaldun {
namespace {

bool Joins(std::string_view key) {
  const size_t at = key.find('-');
  return at != std::string_view::npos && at > 0 && key.back() != '-';
}

}  // namespace

bool HasHyphenJoin(const std::vector<std::string_view>& keys) { return std::any_of(keys.begin(), keys.end(), Joins); }

std::vector<std::string> HyphensAsJoins(const std::vector<std::string_view>& keys) {
  std::vector<std::string> out(keys.begin(), keys.end());
  for (std::string& key : out) {
    if (!Joins(key)) continue;
    for (size_t i = 1; i + 1 < key.size(); ++i) {
      if (key[i] == '-') key[i] = '_';
    }
  }
  return out;
}

}  // namespace khaldun
