#include "validate/gold_set.h"

#include "validate/petrarch_suite.h"

namespace khaldun::validate {

std::string GoldSetPath(const std::string& shared_dir) {
  return shared_dir + "/anchors/text/PETR2_GSR_validation.xml";
}

std::string PhoenixDictionaryDir(const std::string& shared_dir) {
  return shared_dir + "/anchors/petrarch2/dictionaries";
}

Result<Suite> ReadGoldSet(const std::string& path, const std::vector<std::string>& dictionaries,
                          Diagnostics* diagnostics) {
  Result<Suite> suite = ReadPetrarchSuite(path, "gold", diagnostics);
  if (!suite.ok()) return suite;
  suite.value().dictionaries = dictionaries;
  suite.value().verbs_syntax = dict::PatternSyntax::kPetrarch2;
  return suite;
}

}  // namespace khaldun::validate
