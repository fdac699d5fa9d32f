// khaldun-build-gazetteer: compiles the gazetteer file at build time.
//
//   khaldun-build-gazetteer --cities cities.pbf --iso3166-1 iso_3166-1.json
//       --iso3166-2 iso_3166-2.json --countries countries.json
//       --aliases aliases.tsv --common-words common_words.txt
//       --fips fips-countries.tsv --out gazetteer.bin
//
// Prints what it built; exits 1 on a missing input or an error in the alias
// or FIPS table.
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <unordered_set>

#include "base/diagnostics.h"
#include "geo/alias_table.h"
#include "geo/cities_pbf.h"
#include "geo/fips_table.h"
#include "geo/gazetteer_builder.h"
#include "geo/name_folding.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "khaldun-build-gazetteer: %s\n", message.c_str());
  return 1;
}

khaldun::Result<std::unordered_set<std::string>> ReadCommonWords(const std::string& path) {
  std::ifstream in(path);
  if (!in) return khaldun::Status::Error(path + ": cannot open");
  std::unordered_set<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    words.insert(khaldun::FoldName(line));
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  for (const char* required : {"--cities", "--iso3166-1", "--iso3166-2", "--countries", "--aliases",
                               "--common-words", "--fips", "--out"}) {
    if (!args.contains(required)) return Fail(std::string("missing ") + required + " (see the comment in build_gazetteer_main.cc)");
  }
  khaldun::GazetteerBuilder builder;
  if (khaldun::Status status = builder.AddCountries(args["--iso3166-1"], args["--countries"]); !status.ok()) {
    return Fail(status.message());
  }
  khaldun::Result<std::vector<khaldun::GeoNamesCity>> cities = khaldun::ReadCitiesPbf(args["--cities"]);
  if (!cities.ok()) return Fail(cities.status().message());
  builder.AddCities(cities.value());
  if (khaldun::Status status = builder.AddProvinces(args["--iso3166-2"]); !status.ok()) return Fail(status.message());

  khaldun::Diagnostics diagnostics([](const khaldun::Diagnostic& d) {
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  });
  auto rows = khaldun::ReadAliasTable(args["--aliases"], &diagnostics);
  if (!rows.ok()) return Fail(rows.status().message());
  builder.AddAliases(rows.value(), args["--aliases"], &diagnostics);
  if (diagnostics.error_count() > 0) return Fail("alias table has errors");
  auto fips = khaldun::FipsTable::Read(args["--fips"], &diagnostics);
  if (!fips.ok()) return Fail(fips.status().message());
  if (diagnostics.error_count() > 0) return Fail("FIPS country table has errors");
  builder.AssignFipsCodes(fips.value());

  auto common_words = ReadCommonWords(args["--common-words"]);
  if (!common_words.ok()) return Fail(common_words.status().message());
  builder.writer().SetCommonWords(std::move(common_words.value()));
  if (khaldun::Status status = builder.writer().Write(args["--out"]); !status.ok()) return Fail(status.message());

  const khaldun::BuildStats& stats = builder.stats();
  std::printf("khaldun-build-gazetteer: %zu places (%zu countries, %zu cities, %zu provinces; "
              "%zu provinces without coordinates skipped; aliases: %zu linked, %zu added; "
              "FIPS: %zu places without a country code, %zu with a division code) -> %s\n",
              builder.writer().size(), stats.countries, stats.cities, stats.provinces,
              stats.provinces_without_coordinates, stats.aliases_linked, stats.aliases_added,
              stats.without_fips_country, stats.with_fips_admin1, args["--out"].c_str());
  return 0;
}
