#include "lang/data_paths.h"

#include <cstdlib>

#ifndef KHALDUN_SOURCE_DATA_DIR
#define KHALDUN_SOURCE_DATA_DIR "."
#endif

namespace khaldun {

std::string LangDataDir() {
  const char* env = std::getenv("KHALDUN_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  return KHALDUN_SOURCE_DATA_DIR;
}

std::string EnLexiconPath() { return LangDataDir() + "/node_modules/en-lexicon/dist/lexicon.js"; }

std::string LexiconCorrectionsPath() { return LangDataDir() + "/data/lang/lexicon-corrections.tsv"; }

std::string WordNetDir() {
  const char* env = std::getenv("KHALDUN_WORDNET_DIR");
  if (env != nullptr && *env != '\0') return env;
  return "/usr/share/wordnet";
}

}  // namespace khaldun
