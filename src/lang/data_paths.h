// Where the language stage finds its data files.
//
// Data comes from packages, never from the repository: en-lexicon (npm, under
// <data dir>/node_modules) and WordNet 3.0 (Debian wordnet-base).
#ifndef KHALDUN_LANG_DATA_PATHS_H_
#define KHALDUN_LANG_DATA_PATHS_H_

#include <string>

namespace khaldun {

// $KHALDUN_DATA_DIR if set, else the source tree the library was built from
// (where scripts/install-deps.sh runs `npm install`).
std::string LangDataDir();

// <LangDataDir()>/node_modules/en-lexicon/dist/lexicon.js
std::string EnLexiconPath();

// The fixes to en-lexicon's plain errors the tagger applies to it:
// <LangDataDir>/data/lang/lexicon-corrections.tsv.
std::string LexiconCorrectionsPath();

// $KHALDUN_WORDNET_DIR if set, else /usr/share/wordnet (Debian wordnet-base).
std::string WordNetDir();

}  // namespace khaldun

#endif  // KHALDUN_LANG_DATA_PATHS_H_
