// TABARI's validation suite: a .project naming the dictionaries and a text
// file of records, each a "YYMMDD id" line, text lines and a blank line,
// with the expected events in a comment after the text:
//
//   950101  EXAMPLE-01
//   <the sentence, on one or more lines>
//   /*\n------------------------------------------------------------------
//   \n[Simple coding]
//   \n{ SRC / TGT / CODE } */
//
// Expectation lines start with "\n": "{ SRC / TGT / CODE }" (a date may
// follow), "{---}" no events, "{+++}" too complex to code, "{###}"
// discarded, "{ OPTION: ... }" an option switch for the records that
// follow; "-{ ... }" is a switched-off expectation and is ignored.
#ifndef KHALDUN_VALIDATE_TABARI_SUITE_H_
#define KHALDUN_VALIDATE_TABARI_SUITE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "validate/suite.h"

namespace khaldun::validate {

// The files a TABARI .project names, resolved against its directory ("" or
// empty when absent).
struct TabariProjectFiles {
  std::string text;                       // <textfile>
  std::vector<std::string> dictionaries;  // <actorsfile> <verbsfile> <agentsfile> <optionsfile>, in file order
};

// Reads `<key> value` lines of a .project. Fails when the file cannot be
// read or names no <textfile>.
Result<TabariProjectFiles> ReadTabariProjectFiles(const std::string& project_path);

// Parses the records of a TABARI text file held in `text` (named `path` in
// diagnostics and Record::line). Reading stops before the record whose id
// is `stop_id` (none when empty). Records with neither expected events nor
// an expectation marker are kUnstated; option switches accumulate into the
// Record::options of later records.
std::vector<Record> ParseTabariRecords(std::string_view text, std::string_view path, std::string_view stop_id,
                                       Diagnostics* diagnostics);

// Reads the whole suite: the project, then its text file up to record
// "FINAL-01". Suite::dictionaries holds the project path itself (the
// dictionary loader reads a .project). Fails when a file cannot be read.
Result<Suite> ReadTabariSuite(const std::string& project_path, Diagnostics* diagnostics);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_TABARI_SUITE_H_
