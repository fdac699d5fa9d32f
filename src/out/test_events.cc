#include "out/test_events.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace khaldun::out_test {

const dict::EventCodeTable& CameoCodes() {
  static const dict::EventCodeTable* table = [] {
    Result<dict::EventCodeTable> loaded =
        dict::EventCodeTable::Load(std::string(KHALDUN_SOURCE_DIR) + "/dictionaries/cameo/event-codes.tsv", nullptr);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return new dict::EventCodeTable();
    }
    return new dict::EventCodeTable(std::move(loaded).value());
  }();
  return *table;
}

namespace {

// A country-level actor location, as EventLocator makes it.
EventLocation CountryLocation(std::string source, std::string evidence, std::string name, std::string iso3,
                              std::string iso2, std::string fips, double lat, double lon, uint32_t iso_numeric) {
  EventLocation at;
  at.source = std::move(source);
  at.evidence = std::move(evidence);
  at.name = name;
  at.feature_type = "country";
  at.country_iso3 = std::move(iso3);
  at.country_iso2 = std::move(iso2);
  at.country_fips = std::move(fips);
  at.country_name = std::move(name);
  at.lat = lat;
  at.lon = lon;
  at.place_id = 0xE0000000u + iso_numeric;
  return at;
}

}  // namespace

Event KhalilzadVisit() {
  Event event;
  event.document_id = "kabul-talks";
  event.sentence = 3;
  event.date = "2019-06-02";
  event.date_origin = DateOrigin::kDocument;
  event.source = {"USAGOV", "U.S. envoy Zalmay Khalilzad", {120, 147}, "actor+agent", {"people/b-americas.txt:12"}};
  event.target = {"PAKGOV", "Pakistan", {170, 178}, "actor", {"actors/countries.txt:301"}};
  event.source.location =
      CountryLocation("actor", "actor country USA", "United States", "USA", "US", "US", 38, -97, 840);
  event.target.location = CountryLocation("mention", "Pakistan", "Pakistan", "PAK", "PK", "PK", 30, 70, 586);
  event.code = "042";
  event.verb_text = "arrived";
  event.verb_span = {148, 155};
  event.pattern = "- * IN [042]";
  event.pattern_entry = "verbs/01-05-cooperation.txt:88";
  event.notes = {"reported by USAGOV"};
  event.issues = {"PEACE"};
  event.sentence_text = "U.S. envoy Zalmay Khalilzad arrived in Islamabad to meet Pakistan's leaders.";
  event.location.source = "sentence";
  event.location.evidence = "in Islamabad";
  event.location.name = "Islamabad";
  event.location.feature_type = "capital";
  event.location.country_iso3 = "PAK";
  event.location.country_iso2 = "PK";
  event.location.country_fips = "PK";
  event.location.country_name = "Pakistan";
  event.location.province = "Islamabad";
  event.location.adm1_code = "PK08";
  event.location.lat = 33.72148;
  event.location.lon = 73.04329;
  event.location.place_id = 1176615;
  return event;
}

Event UnAccusation() {
  Event event;
  event.document_id = "kabul-talks";
  event.sentence = 5;
  event.date = "2019-06-02";
  event.date_origin = DateOrigin::kDateline;
  event.source = {"IGOUNO", "UN, investigators", {300, 317}, "actor", {}};
  event.target = {"IMGMUSISI", "the \"Islamic State\"", {330, 349}, "actor", {}};
  event.code = "1121";
  event.verb_text = "accused";
  event.sentence_text = "UN, investigators accused the \"Islamic State\" of extortion\nin Helmand province.";
  event.location.source = "sentence";
  event.location.evidence = "Helmand province";
  event.location.name = "Helmand";
  event.location.feature_type = "admin1";
  event.location.country_iso3 = "AFG";
  event.location.country_iso2 = "AF";
  event.location.country_fips = "AF";
  event.location.country_name = "Afghanistan";
  event.location.province = "Helmand";
  event.location.adm1_code = "AF10";
  event.location.lat = 31.0;
  event.location.lon = 64.0;
  event.location.place_id = 0xE1000010u;
  return event;
}

Event TalibanAttack() {
  Event event;
  event.document_id = "doc-2";
  event.sentence = 1;
  event.source = {"AFGINS", "Taliban fighters", {0, 16}, "actor", {}};
  event.source.location = CountryLocation("actor", "actor country AFG", "Afghanistan", "AFG", "AF", "AF", 33, 65, 4);
  event.target.code = "---";
  event.target.how = "none";
  event.code = "190";
  event.verb_text = "attacked";
  return event;
}

std::string WriteAll(out::EventFormat format, const std::vector<Event>& events, out::WriterOptions options) {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  if (out == nullptr) {
    ADD_FAILURE() << "open_memstream failed";
    return "";
  }
  {
    std::unique_ptr<out::EventWriter> writer = out::MakeEventWriter(format, std::move(options), out);
    writer->Begin();
    for (const Event& event : events) writer->Write(event);
    writer->End();
  }
  std::fclose(out);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts(1);
  for (char c : text) {
    if (c == separator) parts.emplace_back();
    else parts.back() += c;
  }
  return parts;
}

}  // namespace khaldun::out_test
