#include "store/schema.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/sqlite_store.h"
#include "store/store_test_util.h"

namespace khaldun::store {
namespace {

using namespace khaldun::store::testing;  // NOLINT: test helpers

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    path_ = dir_ + "/schema.db";
  }
  void TearDown() override { RemoveTree(dir_); }

  std::unique_ptr<SqlConnection> Connect() {
    Result<std::unique_ptr<SqlConnection>> connection = OpenSqliteConnection(path_);
    EXPECT_TRUE(connection.ok()) << connection.status().message();
    return connection.ok() ? std::move(connection).value() : nullptr;
  }
  int64_t Count(SqlConnection& db, const std::string& sql) {
    std::vector<SqlRow> rows;
    Status status = db.Run(sql, {}, &rows);
    EXPECT_TRUE(status.ok()) << status.message();
    return rows.empty() || !rows[0][0] ? -1 : std::stoll(*rows[0][0]);
  }

  std::string dir_;
  std::string path_;
};

TEST_F(SchemaTest, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& migration : Migrations()) EXPECT_EQ(migration.version, expected++);
  EXPECT_EQ(LatestSchemaVersion(), static_cast<int>(Migrations().size()));
}

TEST_F(SchemaTest, NewDatabaseGetsTheLatestSchema) {
  std::unique_ptr<SqlConnection> db = Connect();
  ASSERT_NE(db, nullptr);
  Result<int> before = CurrentSchemaVersion(*db);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before.value(), 0);
  ASSERT_TRUE(Migrate(*db).ok());
  EXPECT_EQ(CurrentSchemaVersion(*db).value(), LatestSchemaVersion());
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM schema_version"), LatestSchemaVersion());
  for (const char* table : {"documents", "sentences", "events", "actor_mentions", "aggregated_events"}) {
    EXPECT_TRUE(db->HasTable(table).value()) << table;
  }
  // Opening again applies nothing twice.
  ASSERT_TRUE(Migrate(*db).ok());
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM schema_version"), LatestSchemaVersion());
}

TEST_F(SchemaTest, OldDatabaseIsMigratedAtOpen) {
  {
    std::unique_ptr<SqlConnection> db = Connect();
    ASSERT_NE(db, nullptr);
    ASSERT_TRUE(Migrate(*db, 1).ok());
    EXPECT_EQ(CurrentSchemaVersion(*db).value(), 1);
    EXPECT_FALSE(db->HasTable("aggregated_events").value());
  }
  Result<std::unique_ptr<EventStore>> store = OpenSqliteStore(path_, nullptr);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(store.value()->SchemaVersion().value(), LatestSchemaVersion());
  EXPECT_TRUE(store.value()->QueryAggregated({}).ok());
}

TEST_F(SchemaTest, Version2DatabaseKeepsItsEventsAndGainsTheGeographyColumns) {
  {
    std::unique_ptr<SqlConnection> db = Connect();
    ASSERT_NE(db, nullptr);
    ASSERT_TRUE(Migrate(*db, 2).ok());
    WriteVersion2Rows(*db);
  }
  Result<std::unique_ptr<EventStore>> store = OpenSqliteStore(path_, &Codes());
  ASSERT_TRUE(store.ok()) << store.status().message();
  CheckMigratedFromVersion2(*store.value());
}

TEST_F(SchemaTest, NewerDatabaseIsRefused) {
  {
    std::unique_ptr<SqlConnection> db = Connect();
    ASSERT_TRUE(Migrate(*db).ok());
    ASSERT_TRUE(db->Run("INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, $3)",
                        {int64_t{99}, std::string("from the future"), std::string("2030-01-01T00:00:00Z")}, nullptr)
                    .ok());
  }
  Result<std::unique_ptr<EventStore>> store = OpenSqliteStore(path_, nullptr);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 99, newer"), std::string::npos) << store.status().message();
}

TEST_F(SchemaTest, PlaceholdersOutOfOrderAreRefused) {
  std::unique_ptr<SqlConnection> db = Connect();
  Status status = db->Run("SELECT $2, $1", {std::string("a"), std::string("b")}, nullptr);
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(db->Run("SELECT $1, $2, $1", {std::string("a"), std::string("b")}, nullptr).ok());
}

}  // namespace
}  // namespace khaldun::store
