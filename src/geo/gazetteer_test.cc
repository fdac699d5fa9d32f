#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "geo/gazetteer_writer.h"
#include "geo/place_resolver.h"
#include "geo/test_gazetteer.h"

namespace khaldun {
namespace {

#define REQUIRE_GAZETTEER(g)                                                        \
  const Gazetteer* g = geo_test::CompiledGazetteer();                              \
  if (g == nullptr) GTEST_SKIP() << "compiled gazetteer not built: " KHALDUN_TEST_GAZETTEER \
                                    " (run scripts/install-deps.sh, then build khaldun_gazetteer)"

std::string TempPath(const char* name) { return (std::filesystem::temp_directory_path() / name).string(); }

TEST(GazetteerWriterTest, RoundTripsPlacesAndNames) {
  GazetteerWriter writer;
  GazetteerEntry kabul;
  kabul.place = {"Kabul", FeatureType::kCapital, "AFG", "AF", "Kabul", 34.52813, 69.17233, 3043532, 1138958,
                 "AF", "13"};
  writer.Add(kabul);
  GazetteerEntry afghanistan;
  afghanistan.place = {"Afghanistan", FeatureType::kCountry, "AFG", "AF", "", 33, 65, 0, 7, "AF", ""};
  afghanistan.aliases = {"Islamic Republic of Afghanistan"};
  afghanistan.demonyms = {"Afghan"};
  writer.Add(afghanistan);
  GazetteerEntry lashkar;
  lashkar.place = {"Lashkar Gāh", FeatureType::kCity, "AFG", "AF", "Helmand", 31.59382, 64.37161, 43934, 1134720,
                   "AF", "10"};
  lashkar.aliases = {"Lashkar Gah", "Lashkargah"};
  writer.Add(lashkar);
  writer.SetCommonWords({"kabul"});
  const std::string path = TempPath("khaldun_geo_roundtrip.bin");
  ASSERT_TRUE(writer.Write(path).ok());

  Result<Gazetteer> loaded = Gazetteer::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = loaded.value();
  EXPECT_EQ(g.place_count(), 3u);
  EXPECT_EQ(g.max_name_words(), 4u);  // "islamic republic of afghanistan"

  std::vector<Candidate> found = g.Lookup("LASHKAR GAH");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].place.name, "Lashkar Gāh");
  EXPECT_EQ(found[0].place.province, "Helmand");
  EXPECT_EQ(found[0].place.id, 1134720u);
  EXPECT_EQ(found[0].match, NameMatch::kPrimary);  // "lashkar gah" is also the folded primary name
  EXPECT_EQ(g.Lookup("Lashkargah")[0].match, NameMatch::kAlias);
  EXPECT_NEAR(found[0].place.lat, 31.59382, 1e-5);
  EXPECT_EQ(g.Lookup("Lashkar Gāh")[0].match, NameMatch::kPrimary);
  EXPECT_EQ(found[0].place.country_fips, "AF");
  EXPECT_EQ(found[0].place.admin1_code, "10");

  ASSERT_EQ(g.Lookup("kabul").size(), 1u);
  EXPECT_TRUE(g.Lookup("kabul")[0].common_word);
  EXPECT_TRUE(g.Lookup("Afghan").empty());
  ASSERT_EQ(g.Lookup("Afghan", /*include_demonyms=*/true).size(), 1u);
  EXPECT_TRUE(g.HasWordPrefix("lashkar"));
  EXPECT_FALSE(g.HasWordPrefix("lash"));
  EXPECT_TRUE(g.HasKey("lashkargah"));

  ASSERT_TRUE(g.Country("AFG").has_value());
  EXPECT_EQ(g.Country("AFG")->name, "Afghanistan");
  ASSERT_TRUE(g.Capital("AFG").has_value());
  EXPECT_EQ(g.Capital("AFG")->name, "Kabul");
  EXPECT_FALSE(g.Country("XXX").has_value());
  EXPECT_TRUE(g.HasCountry("AFG"));
  EXPECT_FALSE(g.HasCountry("XXX"));
  EXPECT_FALSE(g.HasCountry("KAB"));  // Kabul is a capital, not a country
  EXPECT_EQ(g.Country("AFG")->country_fips, "AF");
  EXPECT_EQ(g.Country("AFG")->admin1_code, "");
  EXPECT_EQ(g.CountryName("AFG"), "Afghanistan");
  EXPECT_EQ(g.CountryName("XXX"), "");

  // The lazy path lists what Lookup lists, and builds the same places.
  const std::optional<uint32_t> key = g.FindKey("lashkar gah");
  ASSERT_TRUE(key.has_value());
  std::vector<CandidateRef> refs;
  g.CandidatesOf(*key, /*include_demonyms=*/false, &refs);
  ASSERT_EQ(refs.size(), found.size());
  EXPECT_EQ(g.PlaceAt(refs[0].place).id, found[0].place.id);
  EXPECT_EQ(g.FactsOf(refs[0].place).country_iso3, "AFG");
  EXPECT_EQ(g.FactsOf(refs[0].place).population, 43934u);
  EXPECT_FALSE(g.FindKey("lashkar").has_value());  // a word prefix, not a key
  EXPECT_FALSE(g.FindKey("").has_value());
  refs.clear();
  g.CandidatesOf(*g.FindKey("afghan"), /*include_demonyms=*/true, &refs);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].match, NameMatch::kDemonym);
  std::remove(path.c_str());
}

TEST(GazetteerWriterTest, ProbeAgreesWithAPlainListOfNames) {
  // Random names of one to three words over a small alphabet, so that
  // places share names and names share word prefixes: Probe's one table
  // must answer FindKey and HasWordPrefix as a plain map and set would.
  std::mt19937 random(15);
  auto word = [&] {
    std::string w(1 + random() % 3, 'a');
    for (char& c : w) c = static_cast<char>('a' + random() % 3);
    return w;
  };
  auto name = [&] {
    std::string n = word();
    for (uint32_t extra = random() % 3; extra > 0; --extra) n.append(" ").append(word());
    return n;
  };
  GazetteerWriter writer;
  std::map<std::string, std::set<uint32_t>> places_by_key;  // key -> place ids
  std::set<std::string> word_prefixes;
  for (uint32_t id = 1; id <= 400; ++id) {
    GazetteerEntry entry;
    entry.place = {name(), FeatureType::kCity, "AFG", "AF", "", 0, 0, 0, id, "AF", ""};
    if (random() % 4 == 0) entry.aliases = {name()};
    for (const std::string& n : {entry.place.name, entry.aliases.empty() ? entry.place.name : entry.aliases[0]}) {
      places_by_key[n].insert(id);
      for (size_t space = 0; space != std::string::npos; space = n.find(' ', space + 1)) {
        word_prefixes.insert(space == 0 ? n : n.substr(0, space));
      }
    }
    writer.Add(std::move(entry));
  }
  const std::string path = TempPath("khaldun_geo_probe.bin");
  ASSERT_TRUE(writer.Write(path).ok());
  Result<Gazetteer> loaded = Gazetteer::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = loaded.value();
  for (int i = 0; i < 5000; ++i) {
    const std::string query = i % 2 == 0 ? name() : word();
    const Gazetteer::KeyProbe probe = g.Probe(query);
    const auto listed = places_by_key.find(query);
    ASSERT_EQ(probe.key.has_value(), listed != places_by_key.end()) << query;
    EXPECT_EQ(probe.word_prefix, word_prefixes.contains(query)) << query;
    EXPECT_EQ(g.FindKey(query), probe.key) << query;
    EXPECT_EQ(g.HasWordPrefix(query), probe.word_prefix) << query;
    if (!probe.key) continue;
    std::vector<CandidateRef> refs;
    g.CandidatesOf(*probe.key, /*include_demonyms=*/false, &refs);
    std::set<uint32_t> ids;
    for (const CandidateRef& ref : refs) ids.insert(g.PlaceAt(ref.place).id);
    EXPECT_EQ(ids, listed->second) << query;
    EXPECT_EQ(refs.size(), listed->second.size()) << query;  // each place once
  }
  std::remove(path.c_str());
}

TEST(GazetteerWriterTest, CodesLongerThanFipsAreAnError) {
  GazetteerWriter writer;
  GazetteerEntry bad;
  bad.place.name = "Somewhere";
  bad.place.country_fips = "AFG";
  writer.Add(bad);
  const std::string path = TempPath("khaldun_geo_bad_fips.bin");
  Status status = writer.Write(path);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("FIPS"), std::string::npos);
  std::remove(path.c_str());
}

TEST(GazetteerTest, BadFilesAreErrorsNamingThePath) {
  EXPECT_FALSE(Gazetteer::Load("/nonexistent/gazetteer.bin").ok());
  const std::string path = TempPath("khaldun_geo_bad.bin");
  {
    std::ofstream out(path, std::ios::binary);
    out << "not a gazetteer at all, but long enough for a header";
  }
  Result<Gazetteer> loaded = Gazetteer::Load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(CompiledGazetteerTest, HasCitiesCountriesAndProvinces) {
  REQUIRE_GAZETTEER(g);
  EXPECT_GT(g->place_count(), 100000u);
  ASSERT_TRUE(g->Country("PAK").has_value());
  EXPECT_EQ(g->Capital("PAK")->name, "Islamabad");
  EXPECT_EQ(g->Capital("QAT")->name, "Doha");
  EXPECT_EQ(g->Capital("AFG")->name, "Kabul");
}

// The views a locator copies from agree with the Places built, field by
// field, for every place; and CountryView with Country for every code.
TEST(CompiledGazetteerTest, ViewsAgreeWithPlaces) {
  REQUIRE_GAZETTEER(g);
  auto same = [](const PlaceView& view, const Place& place) {
    return view.name == place.name && view.type == place.type && view.country_iso3 == place.country_iso3 &&
           view.country_iso2 == place.country_iso2 && view.province == place.province && view.lat == place.lat &&
           view.lon == place.lon && view.population == place.population && view.id == place.id &&
           view.country_fips == place.country_fips && view.admin1_code == place.admin1_code;
  };
  size_t countries = 0;
  for (uint32_t p = 0; p < g->place_count(); ++p) {
    const Place place = g->PlaceAt(p);
    ASSERT_TRUE(same(g->ViewOf(p), place)) << p << " " << place.name;
    if (place.type != FeatureType::kCountry) continue;
    ++countries;
    const std::optional<Place> country = g->Country(place.country_iso3);
    const std::optional<PlaceView> view = g->CountryView(place.country_iso3);
    ASSERT_EQ(view.has_value(), country.has_value()) << place.country_iso3;
    if (country) {
      EXPECT_TRUE(same(*view, *country)) << place.country_iso3;
    }
  }
  EXPECT_GT(countries, 100u);
  for (std::string_view unknown : {"", "ZZZ", "PAKI", "pak"}) {
    EXPECT_EQ(g->CountryView(unknown).has_value(), g->Country(unknown).has_value()) << unknown;
  }
}

// The seed article's places, each resolved with no context at all.
TEST(CompiledGazetteerTest, SeedPlacesResolve) {
  REQUIRE_GAZETTEER(g);
  struct Expected {
    const char* name;
    const char* iso3;
    FeatureType type;
    double lat, lon;
  };
  const Expected seed[] = {
      {"Islamabad", "PAK", FeatureType::kCapital, 33.7215, 73.0433},
      {"Doha", "QAT", FeatureType::kCapital, 25.2855, 51.5310},
      {"Kabul", "AFG", FeatureType::kCapital, 34.5281, 69.1723},
      {"Makkah", "SAU", FeatureType::kCity, 21.4266, 39.8256},
      {"Lashkar Gah", "AFG", FeatureType::kCity, 31.5938, 64.3716},
      {"Musa Qala", "AFG", FeatureType::kCity, 32.4457, 64.7449},
      {"Helmand", "AFG", FeatureType::kAdmin1, 31.0, 64.0},
      {"ISLAMABAD", "PAK", FeatureType::kCapital, 33.7215, 73.0433},
  };
  for (const Expected& e : seed) {
    std::optional<Place> place = ResolvePlace(*g, e.name, ResolveContext{});
    ASSERT_TRUE(place.has_value()) << e.name;
    EXPECT_EQ(place->country_iso3, e.iso3) << e.name;
    EXPECT_EQ(place->type, e.type) << e.name;
    EXPECT_LT(DistanceKm(place->lat, place->lon, e.lat, e.lon), 25) << e.name;
  }
  EXPECT_EQ(ResolvePlace(*g, "Helmand province", ResolveContext{})->type, FeatureType::kAdmin1);
  EXPECT_EQ(ResolvePlace(*g, "Kandahar province", ResolveContext{})->type, FeatureType::kAdmin1);
  EXPECT_EQ(ResolvePlace(*g, "Kandahar", ResolveContext{})->type, FeatureType::kCity);
  ResolveContext province;
  province.type_hint = FeatureType::kAdmin1;
  EXPECT_EQ(ResolvePlace(*g, "Helmand", province)->type, FeatureType::kAdmin1);
  EXPECT_EQ(ResolvePlace(*g, "Lashkar Gah", ResolveContext{})->province, "Helmand");
}

// FIPS codes as GDELT writes them: the country's (not ISO's), and the
// first-level division's where GeoNames has it as a FIPS code.
TEST(CompiledGazetteerTest, PlacesCarryFipsCountryAndDivisionCodes) {
  REQUIRE_GAZETTEER(g);
  struct Expected {
    const char* iso3;
    const char* fips;
  };
  for (const Expected& e : std::initializer_list<Expected>{{"DEU", "GM"}, {"GBR", "UK"}, {"CHN", "CH"}, {"IRQ", "IZ"},
                                                           {"ISR", "IS"}, {"SDN", "SU"}, {"CHE", "SZ"}, {"AUT", "AU"},
                                                           {"AUS", "AS"}, {"ESP", "SP"}, {"KOR", "KS"}, {"PRK", "KN"},
                                                           {"RUS", "RS"}, {"VNM", "VM"}, {"XKX", "KV"}, {"PSE", "WE"},
                                                           {"AFG", "AF"}, {"PAK", "PK"}, {"USA", "US"}}) {
    std::optional<Place> country = g->Country(e.iso3);
    ASSERT_TRUE(country.has_value()) << e.iso3;
    EXPECT_EQ(country->country_fips, e.fips) << e.iso3;
    EXPECT_EQ(country->admin1_code, "") << e.iso3;
  }
  EXPECT_EQ(g->Country("ALA").value_or(Place{}).country_fips, "") << "Aland: deliberately unmapped";

  struct City {
    const char* name;
    const char* iso3;
    const char* fips;
    const char* admin1;
  };
  for (const City& c : std::initializer_list<City>{{"Islamabad", "PAK", "PK", "08"},
                                                   {"Kabul", "AFG", "AF", "13"},
                                                   {"Lashkar Gah", "AFG", "AF", "10"},  // alias-table spelling
                                                   {"Helmand", "AFG", "AF", "10"},      // the ISO province
                                                   {"Berlin", "DEU", "GM", "16"},
                                                   {"Baghdad", "IRQ", "IZ", "07"},
                                                   {"Gaza", "PSE", "GZ", ""},
                                                   {"Ramallah", "PSE", "WE", ""},
                                                   {"Paris", "FRA", "FR", ""},      // GeoNames: INSEE regions
                                                   {"Zurich", "CHE", "SZ", ""},     // GeoNames: ISO cantons
                                                   {"London", "GBR", "UK", ""},     // GeoNames: ENG
                                                   {"Sacramento", "USA", "US", "CA"}}) {
    std::optional<Place> place;
    for (const Candidate& candidate : g->Lookup(c.name)) {
      if (candidate.place.country_iso3 == c.iso3 && (!place || candidate.place.population > place->population)) {
        place = candidate.place;
      }
    }
    ASSERT_TRUE(place.has_value()) << c.name;
    EXPECT_EQ(place->country_fips, c.fips) << c.name;
    EXPECT_EQ(place->admin1_code, c.admin1) << c.name;
  }
}

TEST(CompiledGazetteerTest, LookupIgnoresCaseDiacriticsAndPunctuation) {
  REQUIRE_GAZETTEER(g);
  const std::vector<Candidate> plain = g->Lookup("Lashkar Gah");
  const std::vector<Candidate> accented = g->Lookup("lashkar gāh");
  ASSERT_FALSE(plain.empty());
  ASSERT_FALSE(accented.empty());
  EXPECT_EQ(plain[0].place.id, accented[0].place.id);
  EXPECT_EQ(plain[0].place.id, 1134720u);  // the GeoNames entry, not a copy
  EXPECT_FALSE(g->Lookup("Sana'a").empty());
  EXPECT_FALSE(g->Lookup("Mazar-i-Sharif").empty());
}

TEST(CompiledGazetteerTest, ContextPicksNamesakes) {
  REQUIRE_GAZETTEER(g);
  EXPECT_EQ(ResolvePlace(*g, "Tripoli", ResolveContext{})->country_iso3, "LBY");
  ResolveContext lebanon;
  const std::string_view lebanon_code[] = {"LBN"};
  lebanon.hint_countries = lebanon_code;
  EXPECT_EQ(ResolvePlace(*g, "Tripoli", lebanon)->country_iso3, "LBN");
  EXPECT_EQ(ResolvePlace(*g, "Hyderabad", ResolveContext{})->country_iso3, "IND");
  ResolveContext pakistan;
  const std::string_view pakistan_code[] = {"PAK"};
  pakistan.hint_countries = pakistan_code;
  EXPECT_EQ(ResolvePlace(*g, "Hyderabad", pakistan)->country_iso3, "PAK");
  EXPECT_EQ(ResolvePlace(*g, "Georgia", ResolveContext{})->type, FeatureType::kCountry);
  ResolveContext usa;
  const std::string_view usa_code[] = {"USA"};
  usa.hint_countries = usa_code;
  EXPECT_EQ(ResolvePlace(*g, "Paris", usa)->country_iso3, "FRA");
  // "Congo" alone is the DRC, as the actor dictionaries read it, unless the
  // context is the Republic of Congo's; "Republic of Congo" is never a town
  // called Republic.
  EXPECT_EQ(ResolvePlace(*g, "Congo", ResolveContext{})->country_iso3, "COD");
  ResolveContext brazzaville;
  const std::string_view brazzaville_code[] = {"COG"};
  brazzaville.hint_countries = brazzaville_code;
  EXPECT_EQ(ResolvePlace(*g, "Congo", brazzaville)->country_iso3, "COG");
  EXPECT_EQ(ResolvePlace(*g, "Republic of Congo", ResolveContext{})->country_iso3, "COG");
}

// News spellings the alias table links to the gazetteer's own places.
TEST(CompiledGazetteerTest, NewsSpellingsOfConflictTownsResolve) {
  REQUIRE_GAZETTEER(g);
  EXPECT_EQ(ResolvePlace(*g, "Grodno", ResolveContext{})->country_iso3, "BLR");
  EXPECT_EQ(ResolvePlace(*g, "Artemovsk", ResolveContext{})->name, "Bakhmut");
  EXPECT_EQ(ResolvePlace(*g, "Khankendi", ResolveContext{})->country_iso3, "AZE");
  EXPECT_EQ(ResolvePlace(*g, "Nikolaev", ResolveContext{})->country_iso3, "UKR");
}

}  // namespace
}  // namespace khaldun
