// SentenceSplitter: sentence boundaries over the tokens of one paragraph.
//
// A sentence ends at ".", "?", "!" or "..." (plus any closing quotes and
// brackets after it) when the next token can start a sentence, and at an
// abbreviation such as "U.S." or "a.m." only when the next word is a typical
// sentence opener ("The", "He"). Titles ("Gen.", "Dr.") never end one.
// Sentences never cross paragraphs: the caller splits each block apart.
#ifndef KHALDUN_TEXT_SENTENCE_SPLITTER_H_
#define KHALDUN_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <vector>

#include "text/article_text.h"
#include "text/token.h"

namespace khaldun {

// Appends the sentences of tokens[begin, end) to `*sentences`, each tagged
// with `block`. Appends nothing when the range is empty.
void SplitSentences(const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                    uint32_t block, std::vector<Sentence>* sentences);

}  // namespace khaldun

#endif  // KHALDUN_TEXT_SENTENCE_SPLITTER_H_
