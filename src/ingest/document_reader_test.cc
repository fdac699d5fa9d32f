#include "ingest/document_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace khaldun {
namespace {

namespace fs = std::filesystem;

class DocumentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("khaldun_reader_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::vector<Document> ReadAll(const std::string& path, ReaderOptions options = {}) {
    DocumentReader reader(options, &diagnostics_);
    std::vector<Document> documents;
    reader.Read(path, [&](Document& d) { documents.push_back(std::move(d)); });
    stats_ = reader.stats();
    return documents;
  }

  fs::path dir_;
  Diagnostics diagnostics_;
  ReaderStats stats_;
};

TEST_F(DocumentReaderTest, PlainFile) {
  auto docs = ReadAll(Write("kabul-talks.txt", "Headline\n\nKABUL (AFP) - Text.\n"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "kabul-talks");
  EXPECT_EQ(docs[0].format, DocumentFormat::kPlain);
  EXPECT_EQ(docs[0].text, "Headline\n\nKABUL (AFP) - Text.\n");
  EXPECT_TRUE(diagnostics_.all().empty());
}

TEST_F(DocumentReaderTest, JsonlWithBadLinesGoesOn) {
  std::string path = Write("news.jsonl",
                           "{\"id\":\"a\",\"date\":\"2019-06-02\",\"text\":\"First.\"}\n"
                           "{\"id\":\"b\",\"text\":\"broken\n"
                           "\n"
                           "{\"text\":\"No id. Caf\xC3\xA9 \xFF.\"}\n"
                           "{\"id\":\"d\",\"title\":\"x\"}\n"
                           "{\"id\":\"e\",\"text\":\"Last, no newline.\"}");
  auto docs = ReadAll(path);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].date, "2019-06-02");
  EXPECT_EQ(docs[0].origin_line, 1u);
  EXPECT_EQ(docs[1].id, "news:4");  // no id: file stem and line
  EXPECT_EQ(docs[1].text, "No id. Caf\xC3\xA9 \xEF\xBF\xBD.");
  EXPECT_EQ(docs[2].id, "e");
  EXPECT_EQ(docs[2].origin_line, 6u);
  EXPECT_EQ(stats_.skipped, 2u);
  ASSERT_EQ(diagnostics_.error_count(), 2u);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics_.all()) messages.push_back(d.ToString());
  EXPECT_NE(messages[0].find("news.jsonl:2: error"), std::string::npos) << messages[0];
  EXPECT_NE(messages[1].find("news.jsonl:4: warning"), std::string::npos) << messages[1];
  EXPECT_NE(messages[2].find("news.jsonl:5: error: no 'text' field"), std::string::npos) << messages[2];
}

TEST_F(DocumentReaderTest, HugeJsonlLineIsSkippedAndTheRestRead) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(3 << 20, 'x') + "\"}\n";
  std::string path = Write("big.jsonl", big + "{\"id\":\"small\",\"text\":\"ok\"}\n");
  ReaderOptions options;
  options.max_document_bytes = 1 << 20;
  auto docs = ReadAll(path, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "small");
  EXPECT_EQ(docs[0].origin_line, 2u);
  ASSERT_EQ(diagnostics_.error_count(), 1u);
  EXPECT_EQ(diagnostics_.all()[0].line, 1u);
}

TEST_F(DocumentReaderTest, DirectoryWithBadFiles) {
  Write("a.txt", "Pakistan and India talked.");
  Write("b/empty.txt", "");
  Write("b/binary.txt", std::string("\x7F" "ELF\0\0\0\x01", 8));
  Write("c.html", "<html><body><article><h1>Title</h1><p>Body text.</p></article></body></html>");
  Write(".hidden.txt", "never read");
  Write("d.txt", std::string(200, 'a') + std::string("NUL\0inside", 10));
  auto docs = ReadAll(dir_.string());
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[1].id, "c");
  EXPECT_EQ(docs[1].title, "Title");
  EXPECT_EQ(docs[2].text, std::string(200, 'a') + "NULinside");
  EXPECT_EQ(stats_.skipped, 2u);
  EXPECT_EQ(diagnostics_.error_count(), 2u);
  EXPECT_EQ(diagnostics_.warning_count(), 1u);
}

TEST_F(DocumentReaderTest, OversizedPlainFileIsSkipped) {
  ReaderOptions options;
  options.max_document_bytes = 1000;
  auto docs = ReadAll(Write("long.txt", std::string(5000, 'a')), options);
  EXPECT_TRUE(docs.empty());
  EXPECT_EQ(stats_.skipped, 1u);
}

TEST_F(DocumentReaderTest, MissingFileIsReported) {
  auto docs = ReadAll((dir_ / "nope.txt").string());
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(diagnostics_.error_count(), 1u);
  EXPECT_NE(diagnostics_.all()[0].message.find("cannot open"), std::string::npos);
}

TEST_F(DocumentReaderTest, SniffsJsonlWithoutExtension) {
  auto docs = ReadAll(Write("feed", "{\"id\":\"x\",\"text\":\"Hello.\"}\n"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, DocumentFormat::kJsonl);
}

TEST_F(DocumentReaderTest, ReadsBuffers) {
  DocumentReader reader({}, &diagnostics_);
  std::vector<Document> docs;
  reader.ReadBuffer("<stdin>", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", [&](Document& d) { docs.push_back(d); });
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].id, "stdin:2");
}

}  // namespace
}  // namespace khaldun
