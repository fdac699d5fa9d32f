// Reading (word, tag) leaves from Penn Treebank bracketed parses embedded in
// XML (<Parse> elements, as in PETRARCH's and CoreNLP-annotated files), to
// measure the tagger against those silver labels.
#ifndef KHALDUN_LANG_TREEBANK_H_
#define KHALDUN_LANG_TREEBANK_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace khaldun {

struct TreebankSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // as written in the tree ("NN", "AUXD")
  int line = 0;                   // line of the <Parse> element
  // Empty, or what is wrong with the tree ("file.xml:120: unbalanced ')'").
  // A malformed tree still yields its leaves: one bad record never stops a batch.
  std::string problem;
};

// The pre-terminal leaves "(TAG word)" of every <Parse>...</Parse> element in
// `xml`, one sentence per element, with XML entities (&amp; ...) decoded.
// `source` names the input in messages. Only a <Parse> without its closing
// tag is an error; unbalanced brackets are reported in `problem`.
Result<std::vector<TreebankSentence>> ParseTreebankXml(std::string_view xml,
                                                       const std::string& source);

// Reads `path` and calls ParseTreebankXml.
Result<std::vector<TreebankSentence>> ReadTreebankXml(const std::string& path);

}  // namespace khaldun

#endif  // KHALDUN_LANG_TREEBANK_H_
