// TsvWriter: one event a tab-separated line, for reading by eye and by cut/awk.
//
// Columns: document, sentence, date ("-" when unknown), source, target,
// code, name (CAMEO code name), location (place name), country (ISO-3),
// lat, lon (4 decimals; empty without a location). Tabs and line breaks
// inside a field become spaces.
#ifndef KHALDUN_OUT_TSV_WRITER_H_
#define KHALDUN_OUT_TSV_WRITER_H_

#include <cstdio>
#include <string>

#include "out/event_writer.h"

namespace khaldun::out {

class TsvWriter : public EventWriter {
 public:
  TsvWriter(WriterOptions options, std::FILE* out) : options_(std::move(options)), out_(out) {}

  // The header line, unless options.header is false.
  void Begin() override;
  void Write(const Event& event) override;

 private:
  WriterOptions options_;
  std::FILE* out_;
  std::string line_;  // reused for every line
};

}  // namespace khaldun::out

#endif  // KHALDUN_OUT_TSV_WRITER_H_
