#include "lang/lexical_tag_cache.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "lang/tagger.h"
#include "lang/test_env.h"

namespace khaldun {
namespace {

// The cache gives back what was kept for a word and flag, or nothing:
// random words and flags against a map of what was kept last for each,
// with many more words than slots (entries are replaced).
TEST(LexicalTagCache, GivesWhatWasKeptOrNothing) {
  LexicalTagCache cache;
  const auto tagger = std::make_shared<const char>(0);
  cache.Use(tagger);
  std::map<std::pair<std::string, bool>, LexicalTagCache::Lexical> kept;
  std::mt19937 random(3);
  for (int n = 0; n < 100000; ++n) {
    std::string word(random() % 26, 'x');
    for (char& c : word) c = static_cast<char>('a' + random() % 4);
    const bool initial = random() % 2 == 0;
    if (const LexicalTagCache::Lexical* found = cache.Find(word, initial)) {
      ASSERT_LE(word.size(), ShortWordKey::kMaxBytes);
      const auto it = kept.find({word, initial});
      ASSERT_NE(it, kept.end()) << word;
      EXPECT_EQ(found->candidates, it->second.candidates);
      EXPECT_EQ(found->tag, it->second.tag);
      EXPECT_EQ(found->opens_clause, it->second.opens_clause);
    } else {
      LexicalTagCache::Lexical lexical;
      lexical.candidates = random();
      lexical.tag = static_cast<PosTag>(random() % 30);
      lexical.opens_clause = random() % 2 == 0;
      cache.Keep(word, initial, lexical);
      kept[{word, initial}] = lexical;
    }
  }
}

TEST(LexicalTagCache, AnotherTaggerStartsAfresh) {
  LexicalTagCache cache;
  const auto first = std::make_shared<const char>(0), second = std::make_shared<const char>(0);
  cache.Use(first);
  cache.Keep("Gondor", false, LexicalTagCache::Lexical{.tag = PosTag::kNNP});
  ASSERT_NE(cache.Find("Gondor", false), nullptr);
  EXPECT_EQ(cache.Find("Gondor", true), nullptr);  // the flag is part of the key
  cache.Use(first);
  EXPECT_NE(cache.Find("Gondor", false), nullptr);
  cache.Use(second);
  EXPECT_EQ(cache.Find("Gondor", false), nullptr);
}

// Tags with a warm cache (this thread's, filled by the sentences before)
// are the tags a cold one gives (a new thread's): random sentences from
// words written here, capitals and clause openers included.
TEST(LexicalTagCache, TaggerTagsTheSameWarmOrCold) {
  std::string error;
  const Tagger* tagger = khaldun::testing::SharedTagger(&error);
  if (tagger == nullptr) GTEST_SKIP() << "tagger data missing: " << error;
  const std::vector<std::string> vocabulary = {
      "The", "the", "Police", "police", "US", "us", "Gondor", "Rohan", "army", "attacked", "attack", "talks",
      "said", "will", "meet", "in", "Minas", "Tirith", "(", ")", "``", "''", ":", ",", ".", "and", "Interior",
      "Ministry", "troops", "fired", "on", "protesters", "Saruman", "rejected", "the", "offer", "xylophonics",
      "blorfed", "Unheard", "OF", "Said", "A", "a", "over", "extraordinarilyunusualwords", "2024", "$", "%"};
  std::mt19937 random(5);
  for (int s = 0; s < 400; ++s) {
    std::vector<std::string_view> words;
    const size_t size = 1 + random() % 25;
    for (size_t w = 0; w < size; ++w) words.push_back(vocabulary[random() % vocabulary.size()]);
    std::vector<PosTag> warm, cold;
    tagger->Tag(words, &warm);
    std::thread([&] { tagger->Tag(words, &cold); }).join();
    ASSERT_EQ(warm, cold) << "sentence " << s;
  }
}

}  // namespace
}  // namespace khaldun
