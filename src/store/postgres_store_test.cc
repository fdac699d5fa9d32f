// Runs the backend behaviour against a real PostgreSQL server named by
// $KHALDUN_TEST_POSTGRES (CI starts one with scripts/start-postgres.sh);
// skips when it is unset. Each test works in its own schema, dropped after.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>

#include "store/event_store.h"
#include "store/schema.h"
#include "store/sql_connection.h"
#include "store/store_test_util.h"
#ifdef KHALDUN_HAVE_POSTGRES
#include "store/postgres_store.h"
#endif

namespace khaldun::store {
namespace {

using namespace khaldun::store::testing;  // NOLINT: test helpers

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
#ifndef KHALDUN_HAVE_POSTGRES
    GTEST_SKIP() << "built without libpq: PostgreSQL store not tested";
#else
    const char* url = std::getenv("KHALDUN_TEST_POSTGRES");
    if (url == nullptr || *url == '\0') {
      GTEST_SKIP() << "KHALDUN_TEST_POSTGRES is unset: PostgreSQL store not tested "
                      "(run scripts/start-postgres.sh, or set it to a postgresql:// URL)";
    }
    base_url_ = url;
    Result<std::unique_ptr<SqlConnection>> admin = OpenPostgresConnection(base_url_);
    ASSERT_TRUE(admin.ok()) << admin.status().message();
    admin_ = std::move(admin).value();
    static std::atomic<int> counter{0};
    schema_ = "khaldun_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    ASSERT_TRUE(admin_->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_).ok());
    Result<std::unique_ptr<EventStore>> opened = OpenEventStore(SchemaUrl(), &Codes());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
#endif
  }
  void TearDown() override {
    store_.reset();
    if (admin_ != nullptr) (void)admin_->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }

  // The test URL with search_path set to this test's schema.
  std::string SchemaUrl() const {
    if (!IsPostgresTarget(base_url_) || base_url_.find("://") == std::string::npos) {
      return base_url_ + " options='-csearch_path=" + schema_ + "'";
    }
    return base_url_ + (base_url_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }

  std::string base_url_;
  std::string schema_;
  std::unique_ptr<SqlConnection> admin_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(PostgresStoreTest, SchemaIsAtTheLatestVersion) {
  Result<int> version = store_->SchemaVersion();
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_EQ(version.value(), LatestSchemaVersion());
  // Opening again migrates nothing.
  Result<std::unique_ptr<EventStore>> again = OpenEventStore(SchemaUrl(), &Codes());
  ASSERT_TRUE(again.ok()) << again.status().message();
  std::vector<SqlRow> rows;
  ASSERT_TRUE(admin_->Run("SELECT COUNT(*) FROM " + schema_ + ".schema_version", {}, &rows).ok());
  EXPECT_EQ(rows[0][0].value_or(""), std::to_string(LatestSchemaVersion()));
}
TEST_F(PostgresStoreTest, Version2DatabaseKeepsItsEventsAndGainsTheGeographyColumns) {
#ifdef KHALDUN_HAVE_POSTGRES
  // This test's schema holds a fresh store; the version 2 database gets one of its own.
  const std::string fresh = schema_;
  schema_ += "_v2";
  ASSERT_TRUE(admin_->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_).ok());
  {
    Result<std::unique_ptr<SqlConnection>> db = OpenPostgresConnection(SchemaUrl());
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE(Migrate(*db.value(), 2).ok());
    WriteVersion2Rows(*db.value());
  }
  Result<std::unique_ptr<EventStore>> store = OpenEventStore(SchemaUrl(), &Codes());
  ASSERT_TRUE(store.ok()) << store.status().message();
  CheckMigratedFromVersion2(*store.value());
  store.value().reset();
  (void)admin_->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  schema_ = fresh;
#endif
}
TEST_F(PostgresStoreTest, RoundTripKeepsEveryField) { CheckRoundTrip(*store_); }
TEST_F(PostgresStoreTest, RewritingADocumentReplacesItsEvents) { CheckIdempotentRewrite(*store_); }
TEST_F(PostgresStoreTest, AggregatesTheSameEventAcrossDocuments) { CheckAggregation(*store_); }
TEST_F(PostgresStoreTest, QueryFilters) { CheckQueryFilters(*store_); }
TEST_F(PostgresStoreTest, DocumentWithoutIdIsKeyedByContentHash) { CheckDocumentWithoutId(*store_); }
TEST_F(PostgresStoreTest, AFailedDocumentDoesNotStopTheBatch) { CheckFailedDocumentDoesNotStopTheBatch(*store_); }
TEST_F(PostgresStoreTest, ABatchEndsWithTheLastVersionOfADocument) { CheckBatchWithADocumentTwice(*store_); }

TEST(PostgresStore, UnreachableServerIsAClearError) {
#ifndef KHALDUN_HAVE_POSTGRES
  GTEST_SKIP() << "built without libpq";
#else
  Result<std::unique_ptr<EventStore>> opened =
      OpenEventStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", nullptr);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().message().rfind("postgresql: cannot connect", 0), 0u) << opened.status().message();
#endif
}

}  // namespace
}  // namespace khaldun::store
