// A dictionary written for the tests of TABARI's rules: every verb reads
// TABARI's syntax, as a TABARI project's do. Shared by the tabari_*_test.cc
// files.
#ifndef KHALDUN_CODE_TABARI_TEST_DICTIONARY_H_
#define KHALDUN_CODE_TABARI_TEST_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/coder.h"
#include "dict/native_format.h"
#include "dict/source_file.h"

namespace khaldun::tabari_test {

inline constexpr char kTabariOnly[] = R"(khaldun-dictionary 1
actor GONDOR
  code GON
actor ROHAN
  code ROH
actor ARNOR
  code ARN
actor BREE
  code BRE
agent ~GOV MINISTER
verbs PRAIS [051] tabari
  verb PRAIS
verbs CHID [122] tabari
  verb CHID
verbs BESEECH [090] tabari
  verb BESEECH
verbs WARN [160] tabari
  verb WARN
)";

// "SOURCE CODE TARGET" for each event of `sentence`, coded with kTabariOnly
// followed by `more` (more dictionary lines) and TABARI switches `switches`.
inline std::vector<std::string> Code(std::string_view sentence, const TabariSwitches& switches = {},
                                     std::string_view more = "") {
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  const std::string text = std::string(kTabariOnly) + std::string(more);
  dict::ReadNative(dict::SourceFile::FromText("test.txt", text), &dictionary, &diagnostics);
  Result<Coder> coder = Coder::Create(std::move(dictionary));
  std::vector<std::string> out;
  if (!coder.ok()) return out;
  CoderWorkspace workspace;
  for (const Event& e : coder.value().CodeSentence(sentence, ParseDate("1999-03-04"), switches, &workspace)) {
    out.push_back(e.source.code + " " + e.code + " " + e.target.code);
  }
  return out;
}

}  // namespace khaldun::tabari_test

#endif  // KHALDUN_CODE_TABARI_TEST_DICTIONARY_H_
