// Test helper: the gazetteer compiled by this build, loaded once.
#ifndef KHALDUN_GEO_TEST_GAZETTEER_H_
#define KHALDUN_GEO_TEST_GAZETTEER_H_

#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "text/token.h"

namespace khaldun::geo_test {

// The build tree's gazetteer (KHALDUN_TEST_GAZETTEER), or nullptr when it was
// not built (npm data missing): callers GTEST_SKIP with a message then.
const Gazetteer* CompiledGazetteer();

// Tokens of an ASCII sentence; they view `text`, which must outlive them.
std::vector<Token> TokensOf(std::string_view text);

}  // namespace khaldun::geo_test

#endif  // KHALDUN_GEO_TEST_GAZETTEER_H_
