// PETRARCH validation files: PETRARCH-1's PETR.UnitTest.records.xml,
// PETRARCH-2's PETR_Validate_records_2_02.xml and the gold-standard
// PETR2_GSR_validation.xml share one layout:
//
//   <Environment> <Verbfile>..</Verbfile> <Actorfile>a,b</Actorfile>
//     <Agentfile/> <Discardfile/> <PICOfile/> <Include>DEMO ACTOR ...</Include> </Environment>
//   <Config option="require_dyad" value="false"></Config>      (between records)
//   <Sentence date="YYYYMMDD" id="ID" category="CATEGORY" valid="true">
//     <EventCoding sourcecode="SRC" targetcode="TGT" eventcode="CODE"/>
//     <EventCoding noevents="True"/>  or  <EventCoding error="dateline"/>
//     <Text> ... </Text> <Parse> ... </Parse>
//   </Sentence>
//
// The files are read with the forgiving XmlScanner: the PETRARCH-2 file
// nests a comment, the gold file self-closes <Sentence .../> and lets the
// children follow (a record then runs to the next <Sentence>).
#ifndef KHALDUN_VALIDATE_PETRARCH_SUITE_H_
#define KHALDUN_VALIDATE_PETRARCH_SUITE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "validate/suite.h"

namespace khaldun::validate {

// What the <Environment> block says; file names as written.
struct PetrarchEnvironment {
  std::string verbs;
  std::vector<std::string> actors;  // <Actorfile> may list several, comma-separated
  std::string agents;
  std::string discards;
  std::string ontology;  // <PICOfile>: PETRARCH's internal coding ontology
  std::vector<std::string> include;  // <Include> words; "valid" is a switch, not a category
};

// The records of a PETRARCH validation file and its environment.
struct PetrarchRecords {
  PetrarchEnvironment environment;
  std::vector<Record> records;
};

// Parses a PETRARCH validation file held in `text` (named `path` in
// diagnostics). A record is skipped, as PETRARCH skips it, when it says
// valid="false" or evaluate="false", or, with `honour_include`, when
// <Include> lists categories and the record's is not among them; the
// reason goes to Record::skip_reason. A record without <EventCoding>
// expects no events (with a warning). <Skip> inside a record is kept in
// Record::note and the record is still scored (PETRARCH-1 codes those
// records too). <Config> switches accumulate into Record::options of the
// records that follow.
PetrarchRecords ParsePetrarchRecords(std::string_view text, std::string_view path, bool honour_include,
                                     Diagnostics* diagnostics);

// Reads a PETRARCH-1 ("petrarch1") or PETRARCH-2 ("petrarch2", also used
// for "gold") suite: its records (<Include> honoured except for
// PETRARCH-1, whose coder ignores it) and, as Suite::dictionaries, the <Environment> files resolved
// against the records file's directory. Fails when the file cannot be read
// or holds no <Sentence>.
Result<Suite> ReadPetrarchSuite(const std::string& path, std::string_view name, Diagnostics* diagnostics);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_PETRARCH_SUITE_H_
