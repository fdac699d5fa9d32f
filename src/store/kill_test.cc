// Kills `khaldun code --db` with SIGKILL in the middle of a run and checks
// that the database holds only whole documents: every document present has
// exactly the rows a complete run gives it, and no row is orphaned. Then a
// second run over the same input completes the database without duplicates.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "store/store_test_util.h"

namespace khaldun::store {
namespace {

using namespace khaldun::store::testing;  // NOLINT: test helpers

constexpr int kDocuments = 3000;
constexpr size_t kBatch = 64;  // documents `khaldun code` codes and stores together (one thread)

void WriteCorpus(const std::string& path) {
  static const char* const kSentences[] = {
      "Pakistani officials met Indian envoys in Islamabad on Monday.",
      "Taliban fighters attacked Afghan soldiers near Kandahar.",
      "The United States called for a ceasefire in Afghanistan.",
      "Chinese President Xi Jinping visited Pakistan.",
      "India accused Pakistan of violating the truce.",
      "Afghan police arrested two suspected insurgents in Kabul.",
      "Russia and China signed an energy agreement.",
      "Iran rejected the demands of the European Union.",
  };
  std::ofstream out(path);
  for (int i = 0; i < kDocuments; ++i) {
    std::string text;
    for (int s = 0; s < 3; ++s) text += std::string(kSentences[(i * 3 + s * (1 + i % 5)) % 8]) + " ";
    out << "{\"id\":\"k" << i << "\",\"date\":\"2019-0" << 1 + i % 9 << "-1" << i % 10
        << "\",\"source\":\"S" << i % 7 << "\",\"text\":\"" << text << "\"}\n";
  }
}

// Starts `khaldun code --quiet --db DB CORPUS`, output to files in `dir`.
pid_t StartCoding(const std::string& dir, const std::string& db, const std::string& corpus) {
  pid_t pid = fork();
  if (pid == 0) {
    int out = open((dir + "/stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open((dir + "/stderr").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    dup2(out, 1);
    dup2(err, 2);
    execl(KHALDUN_BINARY, KHALDUN_BINARY, "code", "--quiet", "--db", db.c_str(), corpus.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every row of one query as "a|b|c" strings.
std::vector<std::string> Rows(sqlite3* db, const std::string& sql) {
  std::vector<std::string> rows;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    return rows;
  }
  while (sqlite3_step(statement) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(statement); ++c) {
      const unsigned char* text = sqlite3_column_text(statement, c);
      row += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "NULL");
    }
    rows.push_back(row);
  }
  sqlite3_finalize(statement);
  return rows;
}

// Each document's rows: its own, its sentences, events and mentions.
std::map<std::string, std::vector<std::string>> Snapshot(const std::string& path) {
  sqlite3* db = nullptr;
  std::map<std::string, std::vector<std::string>> by_document;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << path << ": " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return by_document;
  }
  for (const std::string& row : Rows(db, "SELECT id, 'doc', content_hash, sentence_count, event_count FROM documents"))
    by_document[row.substr(0, row.find('|'))].push_back(row);
  for (const char* sql : {"SELECT document_id, number, text FROM sentences ORDER BY 1, 2",
                          "SELECT document_id, number, sentence, code, source_code, target_code, goldstein "
                          "FROM events ORDER BY 1, 2",
                          "SELECT document_id, event_number, role, code, how, entries FROM actor_mentions "
                          "ORDER BY 1, 2, 3"}) {
    for (const std::string& row : Rows(db, sql)) by_document[row.substr(0, row.find('|'))].push_back(row);
  }
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  // No orphans: every row belongs to a stored document (and mention to an event).
  EXPECT_EQ(Rows(db, "SELECT COUNT(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)")[0], "0");
  EXPECT_EQ(Rows(db, "SELECT COUNT(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)")[0], "0");
  EXPECT_EQ(Rows(db, "SELECT COUNT(*) FROM actor_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE "
                     "e.document_id = m.document_id AND e.number = m.event_number)")[0],
            "0");
  EXPECT_EQ(Rows(db, "SELECT COUNT(*) FROM documents d WHERE event_count <> (SELECT COUNT(*) FROM events e "
                     "WHERE e.document_id = d.id)")[0],
            "0");
  sqlite3_close(db);
  return by_document;
}

int64_t CountDocuments(const std::string& path) {
  sqlite3* db = nullptr;
  int64_t count = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM documents", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      count = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return count;
}

int WaitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST(KillTest, KilledRunLeavesOnlyWholeDocuments) {
  std::string dir = MakeTempDir();
  ASSERT_FALSE(dir.empty());
  const std::string corpus = dir + "/corpus.jsonl";
  WriteCorpus(corpus);

  // The reference: a complete run.
  int status = WaitFor(StartCoding(dir, dir + "/full.db", corpus));
  if (!WIFEXITED(status) || WEXITSTATUS(status) == 2) {
    std::string err = ReadFile(dir + "/stderr");
    RemoveTree(dir);
    if (err.find("language data") != std::string::npos || err.find("not found") != std::string::npos) {
      GTEST_SKIP() << "khaldun code cannot run here (data missing?): " << err;
    }
    FAIL() << "khaldun code failed: " << err;
  }
  std::map<std::string, std::vector<std::string>> full = Snapshot(dir + "/full.db");
  ASSERT_EQ(full.size(), static_cast<size_t>(kDocuments));

  // The killed run: wait until a few batches are stored, then SIGKILL at
  // whatever point the run has reached (coding, or inside a batch's
  // transaction). Polls a bounded number of times, never a clock.
  const std::string killed_db = dir + "/killed.db";
  pid_t pid = StartCoding(dir, killed_db, corpus);
  int64_t seen = 0;
  bool exited = false;
  for (int poll = 0; poll < 200000 && !exited; ++poll) {
    seen = CountDocuments(killed_db);
    if (seen >= static_cast<int64_t>(3 * kBatch)) break;
    exited = waitpid(pid, &status, WNOHANG) == pid;
    usleep(500);
  }
  ASSERT_FALSE(exited) << "khaldun code finished before it could be killed";
  kill(pid, SIGKILL);
  status = WaitFor(pid);
  ASSERT_TRUE(WIFSIGNALED(status));
  std::printf("killed after %lld documents were seen\n", static_cast<long long>(seen));

  std::map<std::string, std::vector<std::string>> partial = Snapshot(killed_db);
  EXPECT_GT(partial.size(), 0u);
  EXPECT_LT(partial.size(), static_cast<size_t>(kDocuments));
  // A batch is one transaction: whole batches only.
  EXPECT_EQ(partial.size() % kBatch, 0u) << partial.size() << " documents";
  for (const auto& [id, rows] : partial) {
    ASSERT_TRUE(full.count(id)) << id;
    // Same rows as the complete run, but for the coded_at-free columns compared.
    EXPECT_EQ(rows, full.at(id)) << "document " << id << " is not whole";
  }

  // Running again over the same input completes it, with nothing twice.
  status = WaitFor(StartCoding(dir, killed_db, corpus));
  ASSERT_TRUE(WIFEXITED(status)) << ReadFile(dir + "/stderr");
  EXPECT_EQ(Snapshot(killed_db), full);
  RemoveTree(dir);
}

}  // namespace
}  // namespace khaldun::store
