// TabariOptions: the option switches of a TABARI validation record that
// Khaldun honours, read from the Record::options in force.
//
// TABARI's program reads these from its .options file and from "OPTION:"
// lines between records; the suite's expectations were made with them.
// SET: MINIMUM WORDS = N is the program's own (TABARI does not code a
// sentence of fewer than N words; 8 unless switched). The switches that
// change how a sentence is coded (code/tabari_switches.h) go to the coder
// from SuiteCoder.
#ifndef KHALDUN_VALIDATE_TABARI_OPTIONS_H_
#define KHALDUN_VALIDATE_TABARI_OPTIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "code/tabari_switches.h"
#include "validate/runner.h"

namespace khaldun::validate {

struct TabariOptions {
  // A sentence of fewer words (blank-separated, as TABARI counts) is not
  // coded.
  size_t minimum_words = 8;
};

// The options `in_force` sets (as Record::options lists them: "SET:
// MINIMUM WORDS = 20"); switches it does not know, or values it cannot
// read, leave the defaults.
TabariOptions ReadTabariOptions(const std::vector<std::string>& in_force);

// `code` for a TABARI suite: a record whose options say TABARI does not
// code it (too few words) gives no events; the others are coded by `code`.
CodeFunction WithTabariOptions(CodeFunction code);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_TABARI_OPTIONS_H_
