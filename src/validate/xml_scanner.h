// XmlScanner: a forgiving reader for the PETRARCH validation files, which
// are XML in spirit but not always in fact (a comment nested in a comment,
// self-closed <Sentence .../> elements whose children follow them, stray
// '<' in prose, attributes written `id ="X"` or with single quotes).
//
// It yields tags one by one and lets the caller take an element's raw
// content; it never fails, it only skips what it cannot read.
#ifndef KHALDUN_VALIDATE_XML_SCANNER_H_
#define KHALDUN_VALIDATE_XML_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khaldun::validate {

struct XmlTag {
  std::string name;          // as written ("Sentence"), without '/'
  bool closing = false;      // </name>
  bool self_closing = false; // <name ... />
  std::vector<std::pair<std::string, std::string>> attributes;  // values entity-decoded
  uint64_t line = 0;         // 1-based line of the '<'

  // The value of attribute `name` (case-sensitive), or nullptr.
  const std::string* Find(std::string_view attribute) const;
};

class XmlScanner {
 public:
  // `text` must outlive the scanner.
  explicit XmlScanner(std::string_view text) : text_(text) {}

  // Moves to the next tag and fills *tag; false at the end of the text.
  // Text between tags, comments (nested ones included: each "<!--" inside a
  // comment needs its own "-->"; an unbalanced comment ends at its first
  // "-->"), "<?...?>" and "<!...>" declarations are skipped.
  bool Next(XmlTag* tag);

  // Returns the raw text from the current position up to the first
  // `end_tag` (e.g. "</Text>") and moves past it. When `end_tag` is missing,
  // or `give_up_at` (if not empty) comes first, returns the text up to that
  // point and stays there. Entities (&amp; &lt; &gt; &quot; &apos; &#N;) are
  // decoded.
  std::string ReadUntil(std::string_view end_tag, std::string_view give_up_at = {});

  // 1-based line of the current position.
  uint64_t line() const { return line_; }

 private:
  void Advance(size_t to);  // moves pos_ to `to`, counting line breaks
  void SkipComment();       // pos_ at "<!--"

  std::string_view text_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
};

// Decodes the five predefined XML entities and numeric character
// references; anything else is left as written.
std::string DecodeXmlEntities(std::string_view text);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_XML_SCANNER_H_
