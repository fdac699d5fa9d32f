#include "validate/tabari_options.h"

#include <charconv>
#include <utility>

namespace khaldun::validate {

TabariOptions ReadTabariOptions(const std::vector<std::string>& in_force) {
  TabariOptions options;
  constexpr std::string_view kMinimumWords = "SET: MINIMUM WORDS =";
  for (const std::string& option : in_force) {
    if (!option.starts_with(kMinimumWords)) continue;
    std::string_view value = std::string_view(option).substr(kMinimumWords.size());
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    size_t words = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), words);
    if (error == std::errc() && end != value.data()) options.minimum_words = words;
  }
  return options;
}

CodeFunction WithTabariOptions(CodeFunction code) {
  return [code = std::move(code)](const Record& record) -> std::vector<EventTriple> {
    const TabariOptions options = ReadTabariOptions(record.options);
    if (TabariWordCount(record.text) < options.minimum_words) return {};
    return code(record);
  };
}

}  // namespace khaldun::validate
