// Random tester of the whole coder, raw text to events, with Khaldun's own
// dictionaries. Its documents are made of the regression suite's own words
// and of odd punctuation, in random runs, and of halves of its sentences
// spliced together, so the parser meets both nonsense and broken grammar.
// Whatever the text, coding must not crash (the ASan+UBSan build runs this
// too), and every event must hold together:
// - its code is a CAMEO code the event table knows;
// - its actor codes are capital letters and digits, its spans lie inside the
//   document and read the words the event says they read;
// - coding the same document again, after others, gives the same events
//   (no state leaks between documents through the workspace or caches);
// - the tracing coder (`khaldun explain`) gives the same events as the
//   plain one (`khaldun code`).
// To hunt further, KHALDUN_RANDOM_SEED and KHALDUN_RANDOM_DOCUMENTS set the
// generator's seed and the number of documents (CI runs the defaults).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "code/coder.h"
#include "code/khaldun_test_coder.h"
#include "dict/event_codes.h"
#include "ingest/document.h"

namespace khaldun {
namespace {

constexpr int kDocuments = 600;

// Texts this tester once found crashing or hanging, coded first every time.
const char* const kPastCrashes[] = {
    "of aid to El Salvador,",  // an "of" opening the text read the word before it
    "to put on special alert, a move Beijing recaptured",  // two clauses each under the other: a hang
};

// The text of every "text:" line of testdata/events, in file name order.
std::vector<std::string> SuiteSentences() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(KHALDUN_SOURCE_DIR) / "testdata" / "events")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> sentences;
  for (const auto& file : files) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("text: ", 0) == 0) sentences.push_back(line.substr(6));
    }
  }
  return sentences;
}

std::vector<std::string> Words(const std::vector<std::string>& sentences) {
  std::vector<std::string> words;
  for (const std::string& sentence : sentences) {
    size_t at = 0;
    while (at < sentence.size()) {
      const size_t space = sentence.find(' ', at);
      const size_t end = space == std::string::npos ? sentence.size() : space;
      if (end > at) words.push_back(sentence.substr(at, end - at));
      at = end + 1;
    }
  }
  return words;
}

// Tokens that break sentences, quotes, asides and names in odd places.
const std::vector<std::string>& OddTokens() {
  static const std::vector<std::string> kOdd = {
      ",", ".", ";", ":", "--", "-", "\"", "'", "(", ")", "?", "!", "...", "``", "''", "\u2014", "\u201c", "\u201d",
      "'s", "s'", "U.S.", "No.", "Mr.", "a", "the", "and", "or", "not", "that", "who", "which", "to", "by", "of",
      "\n\n", "\t", "12,000", "1990s", "2024", "3.5", "#", "&", "%", "caf\u00e9", "S\u00e3o", "\u0627\u0644", "   "};
  return kOdd;
}

std::string RandomDocumentText(const std::vector<std::string>& sentences, const std::vector<std::string>& words,
                               std::mt19937& random) {
  std::string text;
  const int parts = 1 + static_cast<int>(random() % 4);
  for (int part = 0; part < parts; ++part) {
    if (!text.empty()) text += random() % 5 == 0 ? "\n\n" : " ";
    switch (random() % 3) {
      case 0: {  // words and odd tokens at random
        const int length = 1 + static_cast<int>(random() % 40);
        for (int k = 0; k < length; ++k) {
          const std::vector<std::string>& pool = random() % 4 == 0 ? OddTokens() : words;
          if (k > 0) text += ' ';
          text += pool[random() % pool.size()];
        }
        break;
      }
      case 1: {  // the first part of one sentence, the rest of another
        const std::string& a = sentences[random() % sentences.size()];
        const std::string& b = sentences[random() % sentences.size()];
        text += a.substr(0, random() % (a.size() + 1));
        text += b.substr(random() % (b.size() + 1));
        break;
      }
      default:  // a real sentence with one word dropped or doubled
        std::string sentence = sentences[random() % sentences.size()];
        const size_t at = random() % (sentence.size() + 1);
        const size_t next = sentence.find(' ', at);
        if (next != std::string::npos) {
          if (random() % 2 == 0) sentence.erase(at, next - at);
          else sentence.insert(at, sentence.substr(at, next - at));
        }
        text += sentence;
    }
  }
  return text;
}

bool IsActorCode(std::string_view code) {
  if (code.empty()) return false;
  for (const char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

// `text` without its white space: an event's words are its tokens joined by
// spaces ("the government 's"), the span the document's own bytes.
std::string Unspaced(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

// Checks one event against its document; describes every problem.
void ExpectWellFormed(const Event& e, const std::string& text, uint32_t sentences,
                      const dict::EventCodeTable& codes) {
  const std::string where = "in: " + text;
  EXPECT_TRUE(codes.IsKnown(e.code)) << "unknown code " << e.code << " " << where;
  EXPECT_GE(e.sentence, 1u) << where;
  EXPECT_LE(e.sentence, sentences) << where;
  for (const EventActor* actor : {&e.source, &e.target}) {
    EXPECT_TRUE(IsActorCode(actor->code)) << "actor code '" << actor->code << "' " << where;
    EXPECT_LE(actor->span.begin, actor->span.end) << where;
    EXPECT_LE(actor->span.end, text.size()) << where;
    if (!actor->span.empty() && actor->span.end <= text.size()) {
      EXPECT_EQ(Unspaced(actor->span.of(text)), Unspaced(actor->text)) << where;
    }
  }
  EXPECT_LE(e.verb_span.begin, e.verb_span.end) << where;
  EXPECT_LE(e.verb_span.end, text.size()) << where;
  EXPECT_FALSE(e.verb_span.empty()) << "event " << e.code << " has no verb " << where;
  if (e.verb_span.end <= text.size()) {
    EXPECT_EQ(Unspaced(e.verb_span.of(text)), Unspaced(e.verb_text)) << where;
  }
}

std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += std::to_string(e.sentence) + " " + e.source.code + " " + e.code + " " + e.target.code + " [" +
           std::to_string(e.source.span.begin) + "," + std::to_string(e.source.span.end) + ") [" +
           std::to_string(e.verb_span.begin) + "," + std::to_string(e.verb_span.end) + ")\n";
  }
  return out;
}

TEST(CoderRandomTest, RandomTextCodesWellFormedRepeatableEvents) {
  const std::unique_ptr<Coder> coder = KhaldunTestCoder();
  CoderOptions tracing;
  tracing.trace = true;
  const std::unique_ptr<Coder> explainer = KhaldunTestCoder(tracing);
  ASSERT_NE(coder, nullptr);
  ASSERT_NE(explainer, nullptr);
  Result<dict::EventCodeTable> codes =
      dict::EventCodeTable::Load(std::string(KHALDUN_SOURCE_DIR) + "/dictionaries/cameo/event-codes.tsv", nullptr);
  ASSERT_TRUE(codes.ok()) << codes.status().message();
  const std::vector<std::string> sentences = SuiteSentences();
  ASSERT_FALSE(sentences.empty());
  const std::vector<std::string> words = Words(sentences);

  const char* seed = std::getenv("KHALDUN_RANDOM_SEED");
  const char* how_many = std::getenv("KHALDUN_RANDOM_DOCUMENTS");
  const int documents = how_many != nullptr ? std::atoi(how_many) : kDocuments;
  std::mt19937 random(seed != nullptr ? static_cast<uint32_t>(std::strtoul(seed, nullptr, 10)) : 20261205u);
  CoderWorkspace workspace, explain_workspace;
  Document first;
  std::vector<Event> first_events;
  size_t events_seen = 0;
  const int past = static_cast<int>(std::size(kPastCrashes));
  for (int d = 0; d < past + documents; ++d) {
    Document document;
    document.id = "random-" + std::to_string(d);
    document.date = random() % 3 == 0 ? "" : "2023-0" + std::to_string(1 + random() % 9) + "-15";
    document.text = d < past ? kPastCrashes[d] : RandomDocumentText(sentences, words, random);
    std::vector<Event> events, explained;
    const uint32_t count = coder->CodeDocument(document, &workspace, &events);
    std::vector<SentenceTrace> traces;
    explainer->CodeDocument(document, &explain_workspace, &explained, &traces);
    for (const Event& e : events) ExpectWellFormed(e, document.text, count, codes.value());
    EXPECT_EQ(Describe(events), Describe(explained)) << "code and explain differ on: " << document.text;
    events_seen += events.size();
    if (d == 0) {
      first = document;
      first_events = events;
    }
  }
  // The first document again, after all the others.
  std::vector<Event> again;
  coder->CodeDocument(first, &workspace, &again);
  EXPECT_EQ(Describe(first_events), Describe(again)) << "coded differently the second time: " << first.text;
  // (The generator must reach the coder's events, or the checks above check nothing.)
  EXPECT_GT(events_seen, static_cast<size_t>(documents) / 4);
}

}  // namespace
}  // namespace khaldun
