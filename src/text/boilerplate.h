// Boilerplate: the site furniture that scraped articles carry.
//
// Comment forms, share and subscribe lines, agency credits glued to the last
// paragraph ("...Agencies"). None of it is news; it must never be coded.
#ifndef KHALDUN_TEXT_BOILERPLATE_H_
#define KHALDUN_TEXT_BOILERPLATE_H_

#include <cstddef>
#include <string_view>

namespace khaldun {

enum class BoilerplateKind {
  kNone,
  kLine,         // a share/subscribe/copyright line
  kCommentForm,  // the start of a comment form: everything after it is furniture
};

// Classifies one paragraph (trimmed, normalised text).
BoilerplateKind ClassifyBoilerplate(std::string_view paragraph);

// The length of an agency credit or reporting line at the end of a
// paragraph ("...Agencies", "-- AFP", "(Reporting by X; Editing by Y)"),
// including the separator before it; 0 when there is none.
size_t TrailingCreditLength(std::string_view paragraph);

namespace boilerplate_internal {
// The same answers found by walking the tables, without the quick
// rejections of the two above (first bytes, last byte): kept for the test
// that checks those rejections never change an answer.
BoilerplateKind ClassifyByTables(std::string_view paragraph);
size_t TrailingCreditByTables(std::string_view paragraph);
}  // namespace boilerplate_internal

}  // namespace khaldun

#endif  // KHALDUN_TEXT_BOILERPLATE_H_
