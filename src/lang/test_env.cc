#include "lang/test_env.h"

#include <filesystem>
#include <memory>

namespace khaldun::testing {
namespace {

struct Loaded {
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::string error;
};

const Loaded& Load() {
  // Test-only cache: loaded once, never mutated afterwards.
  static const Loaded loaded = [] {
    Loaded result;
    Result<Lemmatizer> lemmatizer = Lemmatizer::Load(WordNetDir());
    if (!lemmatizer.ok()) {
      result.error = lemmatizer.status().message();
      return result;
    }
    result.lemmatizer = std::make_unique<Lemmatizer>(std::move(lemmatizer).value());
    TaggerOptions options;
    options.wordnet = result.lemmatizer->shared_wordnet();
    Result<Tagger> tagger = Tagger::Load(options);
    if (!tagger.ok()) {
      result.error = tagger.status().message();
      return result;
    }
    result.tagger = std::make_unique<Tagger>(std::move(tagger).value());
    return result;
  }();
  return loaded;
}

}  // namespace

const Tagger* SharedTagger(std::string* error) {
  *error = Load().error;
  return Load().tagger.get();
}

const Lemmatizer* SharedLemmatizer(std::string* error) {
  *error = Load().error;
  return Load().lemmatizer.get();
}

std::string SharedDataDir() {
  std::string dir;
  if (const char* env = std::getenv("KHALDUN_SHARED"); env != nullptr && *env != '\0') dir = env;
#ifdef KHALDUN_SHARED_DIR
  if (dir.empty()) dir = KHALDUN_SHARED_DIR;
#endif
  std::error_code error;
  if (dir.empty() || !std::filesystem::is_directory(dir, error)) return "";
  return dir;
}

std::vector<std::string_view> Words(std::string_view sentence) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t end = sentence.find(' ', start);
    if (end == std::string_view::npos) end = sentence.size();
    if (end > start) words.push_back(sentence.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string TagString(const Tagger& tagger, std::string_view sentence) {
  std::string out;
  for (PosTag tag : tagger.Tag(Words(sentence))) {
    if (!out.empty()) out += ' ';
    out += PosTagName(tag);
  }
  return out;
}

}  // namespace khaldun::testing
