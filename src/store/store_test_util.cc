#include "store/store_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace khaldun::store::testing {

std::string MakeTempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/khaldun-store-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) return "";
  return pattern;
}

void RemoveTree(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

const dict::EventCodeTable& Codes() {
  static const dict::EventCodeTable* table = [] {
    Result<dict::EventCodeTable> loaded =
        dict::EventCodeTable::Load(std::string(KHALDUN_SOURCE_DIR) + "/dictionaries/cameo/event-codes.tsv", nullptr);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return new dict::EventCodeTable(loaded.ok() ? std::move(loaded).value() : dict::EventCodeTable());
  }();
  return *table;
}

Document SampleDocument(const std::string& id, const std::string& source) {
  Document d;
  d.id = id;
  d.date = "2019-06-02";
  d.source = source;
  d.url = "https://example.org/" + id;
  d.title = "Talks in Kabul";
  d.text = "Pakistani officials visited India. The U.S. called for a ceasefire. Nothing else happened.";
  d.format = DocumentFormat::kJsonl;
  d.origin_file = "news.jsonl";
  d.origin_line = 7;
  d.extra_fields = {{"lang", "\"en\""}, {"score", "0.5"}};
  return d;
}

std::vector<Event> SampleEvents(const std::string& document_id) {
  Event visit;
  visit.document_id = document_id;
  visit.sentence = 1;
  visit.date = "2019-06-02";
  visit.date_origin = DateOrigin::kDocument;
  visit.source = {"PAKGOV", "Pakistani officials", {0, 19}, "actor+agent", {"countries.txt:12", "agents.txt:3"}};
  visit.target = {"IND", "India", {28, 33}, "actor", {"countries.txt:40"}};
  visit.source.location = {"actor", "actor country PAK", "Pakistan", "country", "PAK", "PK", "Pakistan", "",
                           30, 70, 0xE0000001u, "PK", ""};
  visit.target.location = {"actor", "actor country IND", "India", "country", "IND", "IN", "India", "",
                           22, 79, 0xE0000002u, "IN", ""};
  visit.code = "042";
  visit.verb_text = "visited";
  visit.verb_span = {20, 27};
  visit.pattern = "";
  visit.pattern_entry = "verbs.txt:88";
  visit.notes = {"past tense"};
  visit.reported_by = "";
  visit.issues = {};
  visit.sentence_text = "Pakistani officials visited India.";

  Event truce;
  truce.document_id = document_id;
  truce.sentence = 2;
  truce.date = "2019-06-02";
  truce.date_origin = DateOrigin::kDateline;
  truce.source = {"USA", "The U.S.", {35, 43}, "actor", {"countries.txt:99"}};
  truce.target = {"AFGINS", "a ceasefire", {55, 66}, "reference", {}};
  truce.code = "0871";
  truce.verb_text = "called for";
  truce.verb_span = {44, 54};
  truce.pattern = "* &CEASEFIRE";
  truce.pattern_entry = "verbs.txt:120";
  truce.notes = {"target from context", "reported by USAGOV"};
  truce.reported_by = "USAGOV";
  truce.issues = {"PEACE", "TALKS"};
  truce.sentence_text = "The U.S. called for a ceasefire.";
  truce.location = {"dateline", "dateline KABUL", "Kabul", "capital", "AFG", "AF", "Afghanistan", "Kabul",
                    34.52813, 69.17233, 1138958, "AF", "AF13"};
  // The source has no place; the target's is a province without a FIPS division code.
  truce.target.location = {"mention", "in Helmand", "Helmand", "admin1", "AFG", "AF", "Afghanistan", "Helmand",
                           31.0, 64.0, 0, "AF", ""};
  return {visit, truce};
}

void ExpectSameLocation(const EventLocation& a, const EventLocation& b) {
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.evidence, b.evidence);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.feature_type, b.feature_type);
  EXPECT_EQ(a.country_iso3, b.country_iso3);
  EXPECT_EQ(a.country_iso2, b.country_iso2);
  EXPECT_EQ(a.country_name, b.country_name);
  EXPECT_EQ(a.province, b.province);
  EXPECT_DOUBLE_EQ(a.lat, b.lat);
  EXPECT_DOUBLE_EQ(a.lon, b.lon);
  EXPECT_EQ(a.place_id, b.place_id);
  EXPECT_EQ(a.country_fips, b.country_fips);
  EXPECT_EQ(a.adm1_code, b.adm1_code);
}

void ExpectActor(const EventActor& a, const EventActor& b, const char* role) {
  SCOPED_TRACE(role);
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.span, b.span);
  EXPECT_EQ(a.how, b.how);
  EXPECT_EQ(a.entries, b.entries);
  ExpectSameLocation(a.location, b.location);
}

void ExpectSameEvent(const Event& event, const StoredEvent& stored) {
  const Event& s = stored.event;
  EXPECT_EQ(event.document_id, s.document_id);
  EXPECT_EQ(event.sentence, s.sentence);
  EXPECT_EQ(event.date, s.date);
  EXPECT_EQ(event.date_origin, s.date_origin);
  ExpectActor(event.source, s.source, "source");
  ExpectActor(event.target, s.target, "target");
  EXPECT_EQ(event.code, s.code);
  EXPECT_EQ(event.verb_text, s.verb_text);
  EXPECT_EQ(event.verb_span, s.verb_span);
  EXPECT_EQ(event.pattern, s.pattern);
  EXPECT_EQ(event.pattern_entry, s.pattern_entry);
  EXPECT_EQ(event.notes, s.notes);
  EXPECT_EQ(event.reported_by, s.reported_by);
  EXPECT_EQ(event.issues, s.issues);
  EXPECT_EQ(event.sentence_text, s.sentence_text);
  SCOPED_TRACE("event location");
  ExpectSameLocation(event.location, s.location);
}

namespace {

Status Write(EventStore& store, const Document& document, const std::vector<Event>& events) {
  return store.WriteDocument(document, DocumentSummary::FromEvents(3, events), events);
}

std::vector<StoredEvent> All(EventStore& store, EventQuery query = {}) {
  Result<std::vector<StoredEvent>> events = store.Query(query);
  EXPECT_TRUE(events.ok()) << events.status().message();
  return events.ok() ? events.value() : std::vector<StoredEvent>{};
}

}  // namespace

void CheckRoundTrip(EventStore& store) {
  std::vector<Event> events = SampleEvents("d1");
  ASSERT_TRUE(Write(store, SampleDocument("d1", "AFP"), events).ok());
  std::vector<StoredEvent> stored = All(store);
  ASSERT_EQ(stored.size(), 2u);
  for (size_t i = 0; i < events.size(); ++i) {
    SCOPED_TRACE(i);
    ExpectSameEvent(events[i], stored[i]);
    EXPECT_EQ(stored[i].number, i);
    EXPECT_EQ(stored[i].document_source, "AFP");
    EXPECT_EQ(stored[i].document_url, "https://example.org/d1");
  }
  EXPECT_EQ(stored[0].root_code, "04");
  EXPECT_EQ(stored[0].base_code, "042");
  EXPECT_EQ(stored[0].quad_class, 1);
  ASSERT_TRUE(stored[0].goldstein.has_value());
  EXPECT_DOUBLE_EQ(*stored[0].goldstein, 1.9);
  EXPECT_EQ(stored[1].root_code, "08");
  EXPECT_EQ(stored[1].base_code, "087");
  EXPECT_EQ(stored[1].quad_class, 2);
  ASSERT_TRUE(stored[1].goldstein.has_value());
  EXPECT_DOUBLE_EQ(*stored[1].goldstein, 9.0);
  Result<uint64_t> documents = store.CountDocuments();
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents.value(), 1u);
}

void CheckIdempotentRewrite(EventStore& store) {
  Document document = SampleDocument("d1", "AFP");
  std::vector<Event> events = SampleEvents("d1");
  for (int run = 0; run < 3; ++run) ASSERT_TRUE(Write(store, document, events).ok());
  EXPECT_EQ(All(store).size(), 2u);
  // Coded again with a better coder: one event now. The old ones are gone.
  events.pop_back();
  events[0].code = "043";
  ASSERT_TRUE(Write(store, document, events).ok());
  std::vector<StoredEvent> stored = All(store);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].event.code, "043");
  // And with no events at all, the document stays, eventless.
  ASSERT_TRUE(Write(store, document, {}).ok());
  EXPECT_TRUE(All(store).empty());
  Result<uint64_t> documents = store.CountDocuments();
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents.value(), 1u);
}

void CheckAggregation(EventStore& store) {
  ASSERT_TRUE(Write(store, SampleDocument("d1", "AFP"), SampleEvents("d1")).ok());
  // A second article, another agency, reporting the visit (twice) but not the truce.
  std::vector<Event> second = SampleEvents("d2");
  second.pop_back();
  second.push_back(second[0]);
  second[1].sentence = 3;
  ASSERT_TRUE(Write(store, SampleDocument("d2", "Reuters"), second).ok());
  // A third from AFP again.
  std::vector<Event> third = SampleEvents("d3");
  third.pop_back();
  ASSERT_TRUE(Write(store, SampleDocument("d3", "AFP"), third).ok());

  Result<std::vector<AggregatedEvent>> aggregated = store.QueryAggregated({});
  ASSERT_TRUE(aggregated.ok()) << aggregated.status().message();
  ASSERT_EQ(aggregated.value().size(), 2u);
  const AggregatedEvent* visit = nullptr;
  const AggregatedEvent* truce = nullptr;
  for (const AggregatedEvent& a : aggregated.value()) (a.code == "042" ? visit : truce) = &a;
  ASSERT_NE(visit, nullptr);
  ASSERT_NE(truce, nullptr);
  EXPECT_EQ(visit->date, "2019-06-02");
  EXPECT_EQ(visit->source_code, "PAKGOV");
  EXPECT_EQ(visit->target_code, "IND");
  EXPECT_EQ(visit->root_code, "04");
  EXPECT_EQ(visit->quad_class, 1);
  EXPECT_EQ(visit->mentions, 4u);
  EXPECT_EQ(visit->articles, 3u);
  EXPECT_EQ(visit->sources, 2u);
  EXPECT_EQ(visit->first_document, "d1");
  EXPECT_EQ(truce->mentions, 1u);
  EXPECT_EQ(truce->articles, 1u);
  EXPECT_EQ(truce->sources, 1u);
  EXPECT_EQ(truce->location_name, "Kabul");
  EXPECT_EQ(truce->location_country, "AFG");
  EXPECT_EQ(visit->location_name, "");

  // The same truce placed elsewhere is another event.
  std::vector<Event> elsewhere = SampleEvents("d4");
  elsewhere.erase(elsewhere.begin());
  elsewhere[0].location.place_id = 1168197;
  elsewhere[0].location.name = "Quetta";
  ASSERT_TRUE(Write(store, SampleDocument("d4", "AFP"), elsewhere).ok());
  EventQuery truces;
  truces.code = "0871";
  aggregated = store.QueryAggregated(truces);
  ASSERT_TRUE(aggregated.ok());
  ASSERT_EQ(aggregated.value().size(), 2u);
  EXPECT_EQ(aggregated.value()[0].articles, 1u);
  EXPECT_EQ(aggregated.value()[1].articles, 1u);

  // Re-coding d2 without the visit takes it out of the counts.
  ASSERT_TRUE(Write(store, SampleDocument("d2", "Reuters"), {}).ok());
  EventQuery visits;
  visits.code = "042";
  aggregated = store.QueryAggregated(visits);
  ASSERT_TRUE(aggregated.ok());
  ASSERT_EQ(aggregated.value().size(), 1u);
  EXPECT_EQ(aggregated.value()[0].articles, 2u);
  EXPECT_EQ(aggregated.value()[0].sources, 1u);
}

void CheckQueryFilters(EventStore& store) {
  std::vector<Event> early = SampleEvents("early");
  for (Event& e : early) e.date = "2018-12-31";
  ASSERT_TRUE(Write(store, SampleDocument("early", "AFP"), early).ok());
  ASSERT_TRUE(Write(store, SampleDocument("late", "AFP"), SampleEvents("late")).ok());

  auto count = [&](EventQuery q) { return All(store, q).size(); };
  EXPECT_EQ(count({}), 4u);
  EventQuery q;
  q.actor = "PAK";  // PAKGOV as source
  EXPECT_EQ(count(q), 2u);
  q.actor = "IND";  // as target
  EXPECT_EQ(count(q), 2u);
  q.actor = "AFG";  // AFGINS as target
  EXPECT_EQ(count(q), 2u);
  q.actor = "PAKGOVX";
  EXPECT_EQ(count(q), 0u);
  q = {};
  q.code = "04";
  EXPECT_EQ(count(q), 2u);
  q.code = "087";
  EXPECT_EQ(count(q), 2u);
  q.code = "1";
  EXPECT_EQ(count(q), 0u);
  q = {};
  q.since = "2019-01-01";
  EXPECT_EQ(count(q), 2u);
  q.since = "";
  q.until = "2019-01-01";
  EXPECT_EQ(count(q), 2u);
  q.since = "2018-12-31";
  q.until = "2019-06-02";
  EXPECT_EQ(count(q), 4u);
  q.actor = "USA";
  q.code = "08";
  q.since = "2019-01-01";
  std::vector<StoredEvent> one = All(store, q);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].event.document_id, "late");
  q = {};
  q.document = "early";
  EXPECT_EQ(count(q), 2u);
  q = {};
  q.limit = 3;
  EXPECT_EQ(count(q), 3u);
  // Oldest first.
  EXPECT_EQ(All(store)[0].event.date, "2018-12-31");
  // A quote in a filter is data, not SQL.
  q = {};
  q.actor = "X' OR '1'='1";
  EXPECT_EQ(count(q), 0u);

  EventQuery aggregated_filter;
  aggregated_filter.actor = "USA";
  aggregated_filter.until = "2018-12-31";
  Result<std::vector<AggregatedEvent>> aggregated = store.QueryAggregated(aggregated_filter);
  ASSERT_TRUE(aggregated.ok());
  ASSERT_EQ(aggregated.value().size(), 1u);
  EXPECT_EQ(aggregated.value()[0].code, "0871");
}

void CheckDocumentWithoutId(EventStore& store) {
  Document document = SampleDocument("", "AFP");
  std::vector<Event> events = SampleEvents("");
  ASSERT_TRUE(Write(store, document, events).ok());
  ASSERT_TRUE(Write(store, document, events).ok());
  std::vector<StoredEvent> stored = All(store);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].event.document_id, DocumentKey(document));
  EXPECT_EQ(DocumentKey(document).rfind("sha256:", 0), 0u);
  EXPECT_EQ(DocumentKey(document).size(), 7u + 64u);
  Document other = document;
  other.text += " More.";
  EXPECT_NE(DocumentKey(other), DocumentKey(document));
}

void CheckFailedDocumentDoesNotStopTheBatch(EventStore& store) {
  // d2 is stored; then a batch brings a new version of it that cannot be
  // written (the same sentence twice breaks the sentences' primary key),
  // between two documents that can.
  ASSERT_TRUE(Write(store, SampleDocument("d2", "AFP"), SampleEvents("d2")).ok());
  Document d1 = SampleDocument("d1", "AFP");
  Document d2 = SampleDocument("d2", "Reuters");
  Document d3 = SampleDocument("d3", "AFP");
  std::vector<Event> e1 = SampleEvents("d1");
  std::vector<Event> e2 = SampleEvents("d2");
  e2.pop_back();
  std::vector<Event> e3 = SampleEvents("d3");
  DocumentSummary broken = DocumentSummary::FromEvents(3, e2);
  broken.sentences.push_back(broken.sentences.front());
  WriteReport report = store.WriteDocuments({{&d1, DocumentSummary::FromEvents(3, e1), &e1},
                                             {&d2, broken, &e2},
                                             {&d3, DocumentSummary::FromEvents(3, e3), &e3}});
  EXPECT_EQ(report.written, 2u);
  EXPECT_FALSE(report.ok());
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].message().rfind("document d2: ", 0), 0u) << report.failures[0].message();
  // The documents around it are stored whole; d2 is as it was before.
  Result<uint64_t> documents = store.CountDocuments();
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents.value(), 3u);
  for (const char* id : {"d1", "d2", "d3"}) {
    SCOPED_TRACE(id);
    EventQuery query;
    query.document = id;
    std::vector<StoredEvent> stored = All(store, query);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].document_source, "AFP");
  }
  // And the store goes on working.
  ASSERT_TRUE(Write(store, d2, e2).ok());
  EventQuery query;
  query.document = "d2";
  std::vector<StoredEvent> stored = All(store, query);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].document_source, "Reuters");
}

void CheckBatchWithADocumentTwice(EventStore& store) {
  Document d1 = SampleDocument("d1", "AFP");
  Document d1_again = SampleDocument("d1", "Reuters");
  Document d2 = SampleDocument("d2", "AFP");
  std::vector<Event> e1 = SampleEvents("d1");
  std::vector<Event> e1_again = {e1.back()};
  std::vector<Event> e2 = SampleEvents("d2");
  WriteReport report = store.WriteDocuments({{&d1, DocumentSummary::FromEvents(3, e1), &e1},
                                             {&d2, DocumentSummary::FromEvents(3, e2), &e2},
                                             {&d1_again, DocumentSummary::FromEvents(3, e1_again), &e1_again}});
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.written, 3u);
  Result<uint64_t> documents = store.CountDocuments();
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents.value(), 2u);
  EventQuery query;
  query.document = "d1";
  std::vector<StoredEvent> stored = All(store, query);
  ASSERT_EQ(stored.size(), 1u);
  ExpectSameEvent(e1_again[0], stored[0]);
  EXPECT_EQ(stored[0].document_source, "Reuters");
  EXPECT_EQ(All(store).size(), 3u);
}

void WriteVersion2Rows(SqlConnection& db) {
  auto run = [&](std::string_view sql, const std::vector<SqlValue>& params) {
    Status status = db.Run(sql, params, nullptr);
    EXPECT_TRUE(status.ok()) << status.message();
  };
  const std::string id = "old";
  run("INSERT INTO documents (id, content_hash, date, source, format, sentence_count, event_count, coded_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {id, std::string(64, 'a'), std::string("2019-06-02"), std::string("AFP"), std::string("jsonl"), int64_t{1},
       int64_t{1}, std::string("2020-01-01T00:00:00Z")});
  run("INSERT INTO sentences (document_id, number, text) VALUES ($1, $2, $3)",
      {id, int64_t{1}, std::string("The U.S. called for a ceasefire.")});
  run("INSERT INTO events (document_id, number, sentence, date, date_origin, source_code, source_text, "
      "source_begin, source_end, target_code, target_text, target_begin, target_end, code, root_code, base_code, "
      "quad_class, goldstein, verb_text, verb_begin, verb_end, pattern, pattern_entry, notes, reported_by, issues, "
      "location_source, location_name, location_type, location_country, location_country_iso2, "
      "location_country_name, location_province, location_lat, location_lon, location_place_id, "
      "location_evidence, location_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
      "$16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, "
      "$37, $38)",
      {id, int64_t{0}, int64_t{1}, std::string("2019-06-02"), std::string("document"), std::string("USA"),
       std::string("The U.S."), int64_t{0}, int64_t{8}, std::string("AFGINS"), std::string("a ceasefire"),
       int64_t{20}, int64_t{31}, std::string("0871"), std::string("08"), std::string("087"), int64_t{2}, 9.0,
       std::string("called for"), int64_t{9}, int64_t{19}, std::string(""), std::string("verbs.txt:120"),
       std::string("[]"), std::string(""), std::string("[]"), std::string("dateline"), std::string("Kabul"),
       std::string("capital"), std::string("AFG"), std::string("AF"), std::string("Afghanistan"),
       std::string("Kabul"), 34.5, 69.2, int64_t{1138958}, std::string("dateline KABUL"),
       std::string("place:1138958")});
  for (const char* role : {"source", "target"}) {
    run("INSERT INTO actor_mentions (document_id, event_number, role, code, text, begin_offset, end_offset, how, "
        "entries) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {id, int64_t{0}, std::string(role), std::string(role[0] == 's' ? "USA" : "AFGINS"), std::string("x"),
         int64_t{0}, int64_t{1}, std::string("actor"), std::string("[]")});
  }
}

void CheckMigratedFromVersion2(EventStore& store) {
  Result<int> version = store.SchemaVersion();
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_GE(version.value(), 3);
  std::vector<StoredEvent> old = All(store);
  ASSERT_EQ(old.size(), 1u);
  const Event& e = old[0].event;
  EXPECT_EQ(e.code, "0871");
  EXPECT_EQ(e.sentence_text, "The U.S. called for a ceasefire.");
  EXPECT_EQ(e.location.name, "Kabul");
  EXPECT_EQ(e.location.place_id, 1138958u);
  EXPECT_EQ(e.location.country_fips, "");
  EXPECT_EQ(e.location.adm1_code, "");
  EXPECT_FALSE(e.source.location.found());
  EXPECT_FALSE(e.target.location.found());
  EXPECT_EQ(e.source.how, "actor");
  // A document written now keeps every field, the old one stays.
  std::vector<Event> events = SampleEvents("d1");
  ASSERT_TRUE(Write(store, SampleDocument("d1", "AFP"), events).ok());
  EventQuery query;
  query.document = "d1";
  std::vector<StoredEvent> stored = All(store, query);
  ASSERT_EQ(stored.size(), events.size());
  for (size_t i = 0; i < events.size(); ++i) ExpectSameEvent(events[i], stored[i]);
  EXPECT_EQ(All(store).size(), 3u);
}

}  // namespace khaldun::store::testing
