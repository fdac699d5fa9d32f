// Where a dictionary entry came from: a file (by index into the owning
// Dictionary's file table) and a 1-based line.
#ifndef KHALDUN_DICT_SOURCE_REF_H_
#define KHALDUN_DICT_SOURCE_REF_H_

#include <cstdint>

namespace khaldun::dict {

struct SourceRef {
  uint32_t file = 0;  // index into Dictionary::files()
  uint32_t line = 0;  // 1-based; 0 when unknown

  // Provenance never takes part in equality: two dictionaries are equal when
  // they say the same things, wherever they were read from. Compare the
  // fields directly to test provenance itself.
  friend bool operator==(const SourceRef&, const SourceRef&) { return true; }
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_SOURCE_REF_H_
