#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/store_test_util.h"

namespace khaldun::store {
namespace {

using namespace khaldun::store::testing;  // NOLINT: test helpers

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    ASSERT_FALSE(dir_.empty());
    path_ = dir_ + "/events.db";
    Result<std::unique_ptr<EventStore>> opened = OpenEventStore(path_, &Codes());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
  }
  void TearDown() override {
    store_.reset();
    RemoveTree(dir_);
  }

  std::string dir_;
  std::string path_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(SqliteStoreTest, RoundTripKeepsEveryField) { CheckRoundTrip(*store_); }
TEST_F(SqliteStoreTest, RewritingADocumentReplacesItsEvents) { CheckIdempotentRewrite(*store_); }
TEST_F(SqliteStoreTest, AggregatesTheSameEventAcrossDocuments) { CheckAggregation(*store_); }
TEST_F(SqliteStoreTest, QueryFilters) { CheckQueryFilters(*store_); }
TEST_F(SqliteStoreTest, DocumentWithoutIdIsKeyedByContentHash) { CheckDocumentWithoutId(*store_); }
TEST_F(SqliteStoreTest, AFailedDocumentDoesNotStopTheBatch) { CheckFailedDocumentDoesNotStopTheBatch(*store_); }
TEST_F(SqliteStoreTest, ABatchEndsWithTheLastVersionOfADocument) { CheckBatchWithADocumentTwice(*store_); }

TEST_F(SqliteStoreTest, KeepsDocumentMetadataAndSentences) {
  Document document = SampleDocument("d1", "AFP");
  std::vector<Event> events = SampleEvents("d1");
  ASSERT_TRUE(store_->WriteDocument(document, DocumentSummary::FromEvents(3, events), events).ok());
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT content_hash, date, source, url, title, extra, format, origin_file, "
                               "origin_line, sentence_count, event_count, coded_at FROM documents",
                               -1, &statement, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  auto text = [&](int c) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, c))); };
  EXPECT_EQ(text(0).size(), 64u);
  EXPECT_EQ(text(1), "2019-06-02");
  EXPECT_EQ(text(2), "AFP");
  EXPECT_EQ(text(3), "https://example.org/d1");
  EXPECT_EQ(text(4), "Talks in Kabul");
  EXPECT_EQ(text(5), R"({"lang":"en","score":0.5})");
  EXPECT_EQ(text(6), "jsonl");
  EXPECT_EQ(text(7), "news.jsonl");
  EXPECT_EQ(sqlite3_column_int64(statement, 8), 7);
  EXPECT_EQ(sqlite3_column_int64(statement, 9), 3);
  EXPECT_EQ(sqlite3_column_int64(statement, 10), 2);
  EXPECT_EQ(text(11).size(), 20u);  // 2019-06-02T10:00:00Z
  sqlite3_finalize(statement);
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT number, text FROM sentences ORDER BY number", -1, &statement, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(statement, 0), 1);
  EXPECT_EQ(text(1), "Pakistani officials visited India.");
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(statement, 0), 2);
  EXPECT_EQ(sqlite3_step(statement), SQLITE_DONE);
  sqlite3_finalize(statement);
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  EXPECT_EQ(text(0), "wal");
  sqlite3_finalize(statement);
  sqlite3_close(db);
}

// SQLite does not enforce the schema's ON DELETE CASCADE here (foreign keys
// are off, sqlite_store.cc): rewriting a document with fewer rows, and
// rewriting it in a later batch, must still leave none of its old rows.
TEST_F(SqliteStoreTest, RewritingADocumentLeavesNoOldRows) {
  Document document = SampleDocument("d1", "AFP");
  std::vector<Event> events = SampleEvents("d1");
  ASSERT_TRUE(store_->WriteDocument(document, DocumentSummary::FromEvents(3, events), events).ok());
  std::vector<Event> fewer = {events.back()};
  ASSERT_TRUE(store_->WriteDocument(document, DocumentSummary::FromEvents(3, fewer), fewer).ok());
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  auto count = [&](const char* sql) {
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK) << sql;
    EXPECT_EQ(sqlite3_step(statement), SQLITE_ROW) << sql;
    const int64_t n = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return n;
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM events"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM actor_mentions"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sentences"), 1);
  // A new database has 2 KiB pages: a commit writes each page it changes whole.
  EXPECT_EQ(count("PRAGMA page_size"), 2048);
  sqlite3_close(db);
}

TEST(SqliteStore, NotADatabaseIsAClearError) {
  std::string dir = MakeTempDir();
  std::string path = dir + "/not.db";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("this is not a database, just some text that is long enough to have a header......\n", f);
  std::fclose(f);
  Result<std::unique_ptr<EventStore>> opened = OpenEventStore(path, nullptr);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("sqlite: " + path), std::string::npos) << opened.status().message();
  opened = OpenEventStore(dir + "/no/such/dir/x.db", nullptr);
  EXPECT_FALSE(opened.ok());
  RemoveTree(dir);
}

}  // namespace
}  // namespace khaldun::store
