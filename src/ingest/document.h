// Document: one news article as it arrives, before any analysis.
#ifndef KHALDUN_INGEST_DOCUMENT_H_
#define KHALDUN_INGEST_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace khaldun {

enum class DocumentFormat { kPlain, kJsonl, kHtml };

struct Document {
  std::string id;      // from JSONL `id`, else derived from the file name (+ line)
  std::string date;    // YYYY-MM-DD when known (JSONL `date`, HTML metadata); may be empty
  std::string source;  // publisher or agency, when known
  std::string url;
  std::string title;   // headline given by the container (JSONL `title`, HTML <h1>/<title>)
  std::string text;    // the article text: valid UTF-8, no NUL bytes. All offsets point here.

  DocumentFormat format = DocumentFormat::kPlain;
  std::string origin_file;   // where it came from, for messages
  uint64_t origin_line = 0;  // 1-based line for JSONL, else 1

  // JSONL fields Khaldun does not interpret, kept verbatim so they can be
  // passed on: (name, raw JSON value).
  std::vector<std::pair<std::string, std::string>> extra_fields;
};

}  // namespace khaldun

#endif  // KHALDUN_INGEST_DOCUMENT_H_
