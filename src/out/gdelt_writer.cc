#include "out/gdelt_writer.h"

#include "out/cameo_actor_code.h"
#include "out/field_text.h"

namespace khaldun::out {
namespace {

// "2019-06-02" -> {2019, 6, 2}; false unless the date has that shape.
bool SplitDate(std::string_view date, int* year, int* month, int* day) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  *year = number(0, 4), *month = number(5, 2), *day = number(8, 2);
  return *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31;
}

// The ten actor columns (code, name, country, known group, ethnic,
// religion 1-2, type 1-3); empty for a missing actor.
void AddActor(const EventActor& actor, std::vector<std::string>* columns) {
  if (actor.code.empty() || actor.code == "---") {
    columns->insert(columns->end(), 10, "");
    return;
  }
  CameoActorCode parts = SplitCameoActorCode(actor.code);
  columns->push_back(OneLine(actor.code));
  columns->push_back(OneLine(actor.text));
  columns->push_back(parts.country);
  columns->push_back(parts.known_group);
  columns->push_back(parts.ethnic);
  columns->push_back(parts.religion1);
  columns->push_back(parts.religion2);
  columns->push_back(parts.type1);
  columns->push_back(parts.type2);
  columns->push_back(parts.type3);
}

// "City, Province, Country" / "Province, Country" / "Country", as GDELT's FullName.
std::string FullName(const EventLocation& at) {
  std::string name = at.name;
  const bool is_country = at.feature_type == "country";
  if (!is_country && at.feature_type != "admin1" && !at.province.empty() && at.province != at.name) {
    name += ", " + at.province;
  }
  if (!is_country && !at.country_name.empty() && at.country_name != at.name) name += ", " + at.country_name;
  return OneLine(name);
}

// The eight geography columns of one location (Type, FullName, CountryCode,
// ADM1Code, ADM2Code, Lat, Long, FeatureID).
void AddGeo(const EventLocation& at, std::vector<std::string>* columns) {
  const int type = GdeltGeoType(at);
  columns->push_back(std::to_string(type));
  if (type == 0) {
    columns->insert(columns->end(), 7, "");
    return;
  }
  columns->push_back(FullName(at));
  // FIPS 10-4 codes, as GDELT: empty when the country has none, never ISO.
  columns->push_back(at.country_fips);
  // The division's FIPS code when known ("AF10"), else the country's (GDELT
  // writes the country code for country-level places).
  columns->push_back(type != 1 && !at.adm1_code.empty() ? at.adm1_code : at.country_fips);
  columns->push_back("");
  columns->push_back(FormatDecimal(at.lat, 4));
  columns->push_back(FormatDecimal(at.lon, 4));
  // Ids from 0xE0000000 up are the gazetteer's own (countries, provinces, aliases).
  if (type == 1) columns->push_back(at.country_fips);
  else if ((type == 3 || type == 4) && at.place_id != 0 && at.place_id < 0xE0000000u)
    columns->push_back(std::to_string(at.place_id));
  else
    columns->push_back("");
}

}  // namespace

const std::array<std::string_view, kGdeltColumnCount>& GdeltColumnNames() {
  static constexpr std::array<std::string_view, kGdeltColumnCount> kNames = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  return kNames;
}

int GdeltGeoType(const EventLocation& location) {
  if (!location.found()) return 0;
  const std::string& type = location.feature_type;
  const bool usa = location.country_iso3 == "USA";
  if (type == "country") return 1;
  if (type == "city" || type == "capital") return usa ? 3 : 4;
  return usa ? 2 : 5;  // admin1, region, district
}

std::vector<std::string> GdeltWriter::Columns(const Event& event, uint64_t event_id, bool is_root) const {
  std::vector<std::string> columns;
  columns.reserve(kGdeltColumnCount);
  columns.push_back(std::to_string(event_id));
  int year = 0, month = 0, day = 0;
  if (SplitDate(event.date, &year, &month, &day)) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02d%02d", year, month, day);
    columns.push_back(text);
    columns.push_back(std::string(text, 6));
    columns.push_back(std::string(text, 4));
    // GDELT's own approximation: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
    columns.push_back(FormatDecimal(year + (month * 30 + day) / 365.0, 4));
  } else {
    columns.insert(columns.end(), 4, "");
  }
  AddActor(event.source, &columns);
  AddActor(event.target, &columns);
  columns.push_back(is_root ? "1" : "0");
  const dict::EventCodeInfo* info = FindCode(options_.codes, event.code);
  columns.push_back(OneLine(event.code));
  columns.push_back(dict::BaseCode(event.code));
  const std::string root = dict::RootCode(event.code);
  columns.push_back(root);
  if (info != nullptr) {
    columns.push_back(std::to_string(info->quad_class));
  } else if (!root.empty()) {
    columns.push_back(std::to_string(dict::QuadClassOfRoot((root[0] - '0') * 10 + (root[1] - '0'))));
  } else {
    columns.push_back("");
  }
  columns.push_back(info != nullptr ? FormatDecimal(info->goldstein, 1) : "");
  columns.insert(columns.end(), {"1", "1", "1", ""});  // NumMentions, NumSources, NumArticles, AvgTone
  AddGeo(event.source.location, &columns);  // Actor1Geo
  AddGeo(event.target.location, &columns);  // Actor2Geo ("none" without a target)
  AddGeo(event.location, &columns);         // ActionGeo
  columns.push_back(options_.date_added);
  columns.push_back(OneLine(event.document_id));
  return columns;
}

void GdeltWriter::Write(const Event& event) {
  if (!have_root_ || event.document_id != root_document_) {
    root_document_ = event.document_id;
    root_sentence_ = event.sentence;
    have_root_ = true;
  }
  std::vector<std::string> columns = Columns(event, next_id_++, event.sentence == root_sentence_);
  std::string line;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) line += '\t';
    line += columns[i];
  }
  line += '\n';
  WriteText(out_, line);
}

}  // namespace khaldun::out
