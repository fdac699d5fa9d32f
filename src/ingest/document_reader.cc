#include "ingest/document_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "ingest/html_extractor.h"
#include "ingest/jsonl_parser.h"
#include "ingest/utf8.h"

namespace khaldun {
namespace {

namespace fs = std::filesystem;

constexpr size_t kHeadBytes = 64 * 1024;
constexpr size_t kPadding = 64;  // simdjson reads up to this far past a line
constexpr size_t kChunkBytes = 1 << 20;

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string LowerExtension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return extension;
}

std::string Megabytes(uint64_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buffer;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

// The document id of a file: its name without directory and extension.
std::string IdFromPath(const std::string& name) {
  if (name == "-" || name == "<stdin>") return "stdin";
  return fs::path(name).stem().string();
}

}  // namespace

uint64_t DocumentReader::InputBytes(const std::string& path) {
  if (path == "-") return 0;
  std::error_code error;
  if (fs::is_regular_file(path, error)) return fs::file_size(path, error);
  uint64_t total = 0;
  if (fs::is_directory(path, error)) {
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error)) total += it->file_size(error);
    }
  }
  return total;
}

DocumentFormat DocumentReader::Detect(const std::string& name, std::string_view head) const {
  if (options_.format) return *options_.format;
  std::string extension = LowerExtension(name);
  if (extension == ".jsonl" || extension == ".ndjson") return DocumentFormat::kJsonl;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return DocumentFormat::kHtml;
  size_t k = 0;
  while (k < head.size() && (head[k] == ' ' || head[k] == '\n' || head[k] == '\r' || head[k] == '\t')) ++k;
  std::string_view start = head.substr(k, 512);
  if (!start.empty() && start[0] == '{') return DocumentFormat::kJsonl;
  std::string lowered(start);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (lowered.rfind("<!doctype html", 0) == 0 || lowered.rfind("<html", 0) == 0 ||
      lowered.find("<html") != std::string::npos || lowered.find("<body") != std::string::npos) {
    return DocumentFormat::kHtml;
  }
  return DocumentFormat::kPlain;
}

void DocumentReader::Read(const std::string& path, const Sink& sink) {
  if (path == "-") {
    ReadFile(path, sink);
    return;
  }
  std::error_code error;
  if (fs::is_directory(path, error)) {
    std::vector<std::string> files;
    auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(error) && !EndsWith(name, ".md")) files.push_back(it->path().string());
    }
    if (error) diagnostics_->Error(path, 0, "cannot list directory: " + error.message());
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) ReadFile(file, sink);
    return;
  }
  ReadFile(path, sink);
}

void DocumentReader::ReadFile(const std::string& path, const Sink& sink) {
  bool is_stdin = path == "-";
  std::string name = is_stdin ? "<stdin>" : path;
  File file(is_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (!file) {
    diagnostics_->Error(name, 0, std::string("cannot open: ") + std::strerror(errno));
    ++stats_.skipped;
    return;
  }
  std::string head(kHeadBytes, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), file.get()));
  DocumentFormat format = Detect(name, head);
  if (format == DocumentFormat::kJsonl) {
    if (LooksBinary(head.substr(0, 4096)) && head.find('{') == std::string::npos) {
      diagnostics_->Error(name, 0, "binary file, skipped");
      ++stats_.skipped;
      return;
    }
    // Stream: a JSONL file may be far larger than memory.
    std::vector<char> buffer(std::max(kChunkBytes, head.size()) + kPadding);
    std::memcpy(buffer.data(), head.data(), head.size());
    size_t filled = head.size();
    uint64_t line_number = 1;
    bool skipping = false;  // inside an over-long line
    bool eof = head.size() < kHeadBytes;
    while (true) {
      size_t start = 0;
      while (true) {
        const void* found = std::memchr(buffer.data() + start, '\n', filled - start);
        if (found == nullptr) break;
        size_t newline = static_cast<const char*>(found) - buffer.data();
        if (!skipping) {
          JsonlLine(name, line_number, {buffer.data() + start, newline - start},
                    buffer.size() - newline, sink);
        }
        skipping = false;
        stats_.bytes += newline + 1 - start;
        ++line_number;
        start = newline + 1;
      }
      std::memmove(buffer.data(), buffer.data() + start, filled - start);
      filled -= start;
      if (eof) break;
      if (!skipping && filled > options_.max_document_bytes) {
        diagnostics_->Error(name, line_number,
                            "line longer than the " + Megabytes(options_.max_document_bytes) +
                                " document limit, skipped");
        ++stats_.skipped;
        skipping = true;
      }
      if (skipping) {
        stats_.bytes += filled;
        filled = 0;
      }
      if (filled + kPadding >= buffer.size()) buffer.resize(buffer.size() * 2);
      size_t n = std::fread(buffer.data() + filled, 1, buffer.size() - kPadding - filled, file.get());
      if (n == 0) eof = true;
      filled += n;
    }
    if (filled > 0 && !skipping) {
      JsonlLine(name, line_number, {buffer.data(), filled}, buffer.size() - filled, sink);
      stats_.bytes += filled;
    }
    if (std::ferror(file.get())) {
      diagnostics_->Error(name, line_number, std::string("read error: ") + std::strerror(errno));
    }
    return;
  }
  // Plain text and HTML: one document per file, read whole (with a limit).
  std::string bytes = std::move(head);
  char chunk[1 << 16];
  while (bytes.size() <= options_.max_document_bytes) {
    size_t n = std::fread(chunk, 1, sizeof chunk, file.get());
    if (n == 0) break;
    bytes.append(chunk, n);
  }
  if (bytes.size() > options_.max_document_bytes) {
    diagnostics_->Error(name, 0, "file larger than the " + Megabytes(options_.max_document_bytes) +
                                     " document limit, skipped");
    ++stats_.skipped;
    return;
  }
  ReadWhole(name, std::move(bytes), format, sink);
}

void DocumentReader::ReadBuffer(const std::string& name, std::string_view bytes, const Sink& sink) {
  DocumentFormat format = Detect(name, bytes.substr(0, kHeadBytes));
  if (format == DocumentFormat::kJsonl) {
    ReadJsonlBuffer(name, bytes, sink);
    return;
  }
  if (bytes.size() > options_.max_document_bytes) {
    diagnostics_->Error(name, 0, "input larger than the " + Megabytes(options_.max_document_bytes) +
                                     " document limit, skipped");
    ++stats_.skipped;
    return;
  }
  ReadWhole(name, std::string(bytes), format, sink);
}

void DocumentReader::ReadJsonlBuffer(const std::string& name, std::string_view bytes, const Sink& sink) {
  uint64_t line_number = 1;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t newline = bytes.find('\n', start);
    size_t end = newline == std::string_view::npos ? bytes.size() : newline;
    std::string_view line = bytes.substr(start, end - start);
    if (line.size() > options_.max_document_bytes) {
      diagnostics_->Error(name, line_number, "line longer than the document limit, skipped");
      ++stats_.skipped;
    } else {
      JsonlLine(name, line_number, line, 0, sink);
    }
    stats_.bytes += end - start + 1;
    ++line_number;
    start = end + 1;
  }
}

void DocumentReader::ReadWhole(const std::string& name, std::string bytes, DocumentFormat format,
                               const Sink& sink) {
  stats_.bytes += bytes.size();
  if (IsBlank(bytes)) {
    diagnostics_->Error(name, 0, "empty file, skipped");
    ++stats_.skipped;
    return;
  }
  if (LooksBinary(std::string_view(bytes).substr(0, 4096))) {
    diagnostics_->Error(name, 0, "binary file, skipped");
    ++stats_.skipped;
    return;
  }
  Utf8Repair repair;
  std::string text = RepairUtf8(bytes, &repair);
  if (repair.decoded_as_windows1252) {
    diagnostics_->Warn(name, repair.first_bad_line, "not UTF-8; decoded as Windows-1252");
  } else if (repair.invalid_sequences > 0) {
    diagnostics_->Warn(name, repair.first_bad_line,
                       std::to_string(repair.invalid_sequences) + " invalid UTF-8 sequence(s) replaced by U+FFFD");
  }
  if (repair.nul_bytes > 0) {
    diagnostics_->Warn(name, repair.first_bad_line, std::to_string(repair.nul_bytes) + " NUL byte(s) removed");
  }
  Document document;
  document.id = IdFromPath(name);
  document.origin_file = name;
  document.origin_line = 1;
  if (format == DocumentFormat::kHtml) {
    Status status = ExtractHtmlArticle(text, &document);
    if (!status.ok()) {
      diagnostics_->Error(name, 0, status.message() + ", skipped");
      ++stats_.skipped;
      return;
    }
  } else {
    document.format = DocumentFormat::kPlain;
    document.text = std::move(text);
  }
  ++stats_.documents;
  sink(document);
}

void DocumentReader::JsonlLine(const std::string& name, uint64_t line_number, std::string_view line,
                               size_t padding, const Sink& sink) {
  if (IsBlank(line)) return;
  std::string repaired;
  if (line.find('\0') != std::string_view::npos || !IsValidUtf8(line)) {
    Utf8Repair repair;
    repaired = RepairUtf8(line, &repair, line_number);
    std::string what = repair.decoded_as_windows1252 ? "not UTF-8; decoded as Windows-1252"
                       : repair.invalid_sequences > 0
                           ? std::to_string(repair.invalid_sequences) + " invalid UTF-8 sequence(s) replaced by U+FFFD"
                           : std::string();
    if (repair.nul_bytes > 0) {
      if (!what.empty()) what += "; ";
      what += std::to_string(repair.nul_bytes) + " NUL byte(s) removed";
    }
    diagnostics_->Warn(name, line_number, what);
    line = repaired;
    padding = 0;
  }
  // One parser per reader; documents are parsed one at a time.
  static_assert(kPadding >= 64);
  if (!jsonl_) jsonl_ = std::make_unique<JsonlParser>();
  Document document;
  std::string warning;
  Status status = jsonl_->Parse(line, padding, &document, &warning);
  if (!status.ok()) {
    diagnostics_->Error(name, line_number, status.message() + ", skipped");
    ++stats_.skipped;
    return;
  }
  if (!warning.empty()) diagnostics_->Warn(name, line_number, warning);
  if (document.id.empty()) document.id = IdFromPath(name) + ":" + std::to_string(line_number);
  document.origin_file = name;
  document.origin_line = line_number;
  ++stats_.documents;
  sink(document);
}

}  // namespace khaldun
