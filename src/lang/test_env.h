// Shared by the lang tests: one loaded Tagger and Lemmatizer per test binary
// (loading takes tens of milliseconds; the objects are immutable).
#ifndef KHALDUN_LANG_TEST_ENV_H_
#define KHALDUN_LANG_TEST_ENV_H_

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "lang/data_paths.h"
#include "lang/lemmatizer.h"
#include "lang/tagger.h"

namespace khaldun::testing {

// The loaded tagger, or null with `*error` set (missing npm data, WordNet).
const Tagger* SharedTagger(std::string* error);
const Lemmatizer* SharedLemmatizer(std::string* error);

// "../shared" as the build saw it, or $KHALDUN_SHARED; empty if absent.
std::string SharedDataDir();

// Splits on single spaces: "The Taliban rejected" -> {"The","Taliban","rejected"}.
std::vector<std::string_view> Words(std::string_view sentence);
// Tags of `sentence` joined by spaces ("DT NNP VBD").
std::string TagString(const Tagger& tagger, std::string_view sentence);

}  // namespace khaldun::testing

#endif  // KHALDUN_LANG_TEST_ENV_H_
