// The place-mention test set (testdata/places/mentions.tsv): at least 90%
// must resolve to the right place.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "geo/geolocator.h"
#include "geo/name_folding.h"
#include "geo/test_gazetteer.h"

namespace khaldun {
namespace {

struct Mention {
  std::string sentence, expected, iso3, hint, dateline;
  double lat = 0, lon = 0;
  int line = 0;
};

std::vector<Mention> ReadMentions(const std::string& path) {
  std::vector<Mention> mentions;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    if (fields.size() < 5) {
      ADD_FAILURE() << path << ":" << number << ": expected at least 5 fields";
      continue;
    }
    Mention m;
    m.sentence = fields[0];
    m.expected = fields[1];
    m.iso3 = fields[2];
    m.lat = std::stod(fields[3]);
    m.lon = std::stod(fields[4]);
    if (fields.size() > 5) m.hint = fields[5];
    if (fields.size() > 6) m.dateline = fields[6];
    m.line = number;
    mentions.push_back(std::move(m));
  }
  return mentions;
}

TEST(MentionsTest, AtLeastNinetyPercentResolveToTheRightPlace) {
  const Gazetteer* gazetteer = geo_test::CompiledGazetteer();
  if (gazetteer == nullptr) GTEST_SKIP() << "compiled gazetteer not built: " KHALDUN_TEST_GAZETTEER;
  const std::string path = std::string(KHALDUN_SOURCE_DIR) + "/testdata/places/mentions.tsv";
  const std::vector<Mention> mentions = ReadMentions(path);
  ASSERT_GE(mentions.size(), 150u) << path;
  const Geolocator geolocator(*gazetteer);
  size_t right = 0;
  for (const Mention& m : mentions) {
    const std::vector<Token> tokens = geo_test::TokensOf(m.sentence);
    const Location location = geolocator.Locate(tokens, m.dateline, m.hint);
    const bool near = location.found() && DistanceKm(location.place.lat, location.place.lon, m.lat, m.lon) <= 25;
    const bool same_name = location.found() && location.place.country_iso3 == m.iso3 &&
                           FoldName(location.place.name) == FoldName(m.expected);
    if (near || same_name) {
      ++right;
    } else {
      std::printf("miss %s:%d: \"%s\" -> %s (%s, %s, %.2f %.2f) via %s; expected %s (%s)\n", path.c_str(), m.line,
                  m.sentence.c_str(), location.place.name.c_str(), std::string(FeatureTypeName(location.place.type)).c_str(),
                  location.place.country_iso3.c_str(), location.place.lat, location.place.lon,
                  location.evidence.c_str(), m.expected.c_str(), m.iso3.c_str());
    }
  }
  const double accuracy = static_cast<double>(right) / static_cast<double>(mentions.size());
  std::printf("place mentions: %zu of %zu right (%.1f%%)\n", right, mentions.size(), 100 * accuracy);
  EXPECT_GE(accuracy, 0.90);
}

}  // namespace
}  // namespace khaldun
