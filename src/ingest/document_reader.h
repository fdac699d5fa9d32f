// DocumentReader: files, directories and stdin into Documents.
//
// One plain-text or HTML file is one document; a JSONL file holds one
// document a line. The format comes from the extension (.jsonl/.ndjson,
// .html/.htm, else sniffed from the first bytes). Bad input is reported
// through Diagnostics with file and line and skipped; the batch goes on.
#ifndef KHALDUN_INGEST_DOCUMENT_READER_H_
#define KHALDUN_INGEST_DOCUMENT_READER_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "ingest/document.h"
#include "ingest/jsonl_parser.h"

namespace khaldun {

struct ReaderOptions {
  // Documents (a file, or a JSONL line) larger than this are skipped.
  size_t max_document_bytes = 16u << 20;
  // Forces a format instead of detecting it.
  std::optional<DocumentFormat> format;
};

struct ReaderStats {
  uint64_t documents = 0;  // handed to the sink
  uint64_t skipped = 0;    // files or lines skipped with an error
  uint64_t bytes = 0;      // input bytes consumed
};

class DocumentReader {
 public:
  // Receives each accepted document; it may move from it.
  using Sink = std::function<void(Document&)>;

  DocumentReader(ReaderOptions options, Diagnostics* diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  // Reads `path`: a file, a directory (recursively, in sorted order, hidden
  // files skipped) or "-" for stdin. Each accepted document goes to `sink`
  // before the next is read, so memory stays bounded.
  void Read(const std::string& path, const Sink& sink);

  // Reads an in-memory input as if it were a file called `name`.
  void ReadBuffer(const std::string& name, std::string_view bytes, const Sink& sink);

  const ReaderStats& stats() const { return stats_; }

  // The total size of the regular files under `path` (0 for stdin), so a
  // progress display can estimate time left.
  static uint64_t InputBytes(const std::string& path);

 private:
  void ReadFile(const std::string& path, const Sink& sink);
  void ReadWhole(const std::string& name, std::string bytes, DocumentFormat format, const Sink& sink);
  void ReadJsonlBuffer(const std::string& name, std::string_view bytes, const Sink& sink);
  void JsonlLine(const std::string& name, uint64_t line_number, std::string_view line,
                 size_t padding, const Sink& sink);
  DocumentFormat Detect(const std::string& name, std::string_view head) const;

  ReaderOptions options_;
  Diagnostics* diagnostics_;
  ReaderStats stats_;
  std::unique_ptr<JsonlParser> jsonl_;  // created on the first JSONL line
};

}  // namespace khaldun

#endif  // KHALDUN_INGEST_DOCUMENT_READER_H_
