#include "geo/test_gazetteer.h"

#include <memory>
#include <optional>

#include "text/tokenizer.h"

namespace khaldun::geo_test {

const Gazetteer* CompiledGazetteer() {
  static const std::optional<Gazetteer> gazetteer = []() -> std::optional<Gazetteer> {
    Result<Gazetteer> loaded = Gazetteer::Load(KHALDUN_TEST_GAZETTEER);
    if (!loaded.ok()) return std::nullopt;
    return std::move(loaded).value();
  }();
  return gazetteer ? &*gazetteer : nullptr;
}

std::vector<Token> TokensOf(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  return tokens;
}

}  // namespace khaldun::geo_test
