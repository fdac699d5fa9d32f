#include "lang/lemmatizer.h"

#include <algorithm>
#include <optional>
#include <span>

#include "base/ascii_case.h"
#include "base/same_text.h"

namespace khaldun {
namespace {

struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet morphy's detachment rules (morph.c), tried in this order.
constexpr Detachment kNounRules[] = {{"s", ""},     {"ses", "s"}, {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::optional<WordNetPos> PosOfTag(PosTag tag) {
  if (IsNoun(tag)) return WordNetPos::kNoun;
  if (IsVerb(tag) || tag == PosTag::kMD) return WordNetPos::kVerb;
  if (IsAdjective(tag)) return WordNetPos::kAdj;
  if (IsAdverb(tag)) return WordNetPos::kAdv;
  return std::nullopt;
}

// Tags whose word form is inflected: the exception list and the detachment
// rules come before the word itself ("saw"/VBD -> "see", not the verb "saw").
bool IsInflected(PosTag tag) {
  switch (tag) {
    case PosTag::kNNS: case PosTag::kVBD: case PosTag::kVBG: case PosTag::kVBN:
    case PosTag::kVBZ: case PosTag::kJJR: case PosTag::kJJS: case PosTag::kRBR:
    case PosTag::kRBS:
      return true;
    default:
      return false;
  }
}

// Bytes for a word being built: on the stack up to 64 bytes (every word of
// news text), else on the heap. The lemma is built in these and appended to
// the caller's string once, with no string of its own.
class WordBuffer {
 public:
  WordBuffer() = default;
  WordBuffer(const WordBuffer&) = delete;
  WordBuffer& operator=(const WordBuffer&) = delete;
  char* Get(size_t size) {
    if (size <= sizeof small_) return small_;
    heap_.resize(size);
    return heap_.data();
  }

 private:
  char small_[64];
  std::string heap_;
};

// `word` ASCII-lower-cased into `buffer`.
std::string_view AsciiLower(std::string_view word, WordBuffer* buffer) {
  char* out = buffer->Get(word.size());
  AsciiLowerInto(word, out);  // eight bytes at a time: this runs for every word
  return {out, word.size()};
}

// Tries the detachment rules of `pos`; on success returns the lemma, built
// in `buffer` (no rule's ending is longer than its suffix).
std::optional<std::string_view> Detach(const WordNet& wordnet, std::string_view word, WordNetPos pos,
                                       WordBuffer* buffer) {
  std::span<const Detachment> rules;
  if (pos == WordNetPos::kNoun) rules = kNounRules;
  else if (pos == WordNetPos::kVerb) rules = kVerbRules;
  else if (pos == WordNetPos::kAdj) rules = kAdjRules;
  char* candidate = buffer->Get(word.size());
  for (const Detachment& rule : rules) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    const size_t stem = word.size() - rule.suffix.size();
    std::copy_n(word.data(), stem, candidate);
    std::copy_n(rule.ending.data(), rule.ending.size(), candidate + stem);
    const std::string_view lemma(candidate, stem + rule.ending.size());
    if (wordnet.HasLemma(lemma, pos)) return lemma;
  }
  return std::nullopt;
}

// For words WordNet lacks: strip a regular inflection so "ceasefires" ->
// "ceasefire". Conservative: only the unambiguous plural and verb endings.
// `word` is the lower-cased word in a buffer of ours, rewritten in place.
std::string_view FallbackStem(std::string_view word, char* bytes, PosTag tag) {
  size_t size = word.size();
  if ((tag == PosTag::kNNS || tag == PosTag::kVBZ) && word.size() > 3) {
    if (word.ends_with("ies")) { size -= 2; bytes[size - 1] = 'y'; }
    else if (word.ends_with("sses") || word.ends_with("xes") || word.ends_with("ches") ||
             word.ends_with("shes") || word.ends_with("zes")) { size -= 2; }
    else if (word.ends_with("s") && !word.ends_with("ss") && !word.ends_with("us")) { size -= 1; }
  } else if ((tag == PosTag::kVBD || tag == PosTag::kVBN) && word.size() > 4 &&
             word.ends_with("ed")) {
    if (word.ends_with("ied")) {
      size -= 2;
      bytes[size - 1] = 'y';
    } else {
      size -= 2;
    }
  } else if (tag == PosTag::kVBG && word.size() > 5 && word.ends_with("ing")) {
    size -= 3;
  }
  return {bytes, size};
}

// The lemma of a PTB contraction token ("'s"/VBZ -> "be", "n't" -> "not").
std::optional<std::string_view> ContractionLemma(std::string_view word, PosTag tag) {
  // Every word this runs on: the literals compared in line (SameText).
  if (word.empty() || (word[0] != '\'' && !SameTextAsAny(word, "n't", "N'T", "ca", "wo", "Ca", "Wo"))) {
    return std::nullopt;
  }
  if (SameTextAsAny(word, "n't", "N'T")) return "not";
  if (tag == PosTag::kMD) {
    if (SameTextAsAny(word, "ca", "Ca")) return "can";
    if (SameTextAsAny(word, "wo", "Wo")) return "will";
    if (SameTextAsAny(word, "'d", "'D")) return "would";
    if (SameTextAsAny(word, "'ll", "'LL")) return "will";
  }
  if (tag == PosTag::kVBZ && SameTextAsAny(word, "'s", "'S")) return "be";
  if (SameTextAsAny(word, "'re", "'m", "'RE", "'M")) return "be";
  if (SameTextAsAny(word, "'ve", "'VE")) return "have";
  if (tag == PosTag::kVBD && SameTextAsAny(word, "'d", "'D")) return "have";
  return std::nullopt;
}

}  // namespace

Result<Lemmatizer> Lemmatizer::Load(const std::string& wordnet_dir) {
  Result<WordNet> wordnet = WordNet::Load(wordnet_dir);
  if (!wordnet.ok()) return wordnet.status();
  return Lemmatizer(std::make_shared<const WordNet>(std::move(wordnet).value()));
}

std::string Lemmatizer::Lemmatize(std::string_view word, PosTag tag) const {
  std::string lemma;
  LemmatizeInto(word, tag, &lemma);
  return lemma;
}

void Lemmatizer::LemmatizeInto(std::string_view word, PosTag tag, std::string* out) const {
  out->clear();
  AppendLemma(word, tag, out);
}

void Lemmatizer::AppendLemma(std::string_view word, PosTag tag, std::string* out) const {
  // Penn Treebank splits contractions into tokens WordNet does not list.
  if (std::optional<std::string_view> expanded = ContractionLemma(word, tag)) {
    out->append(*expanded);
    return;
  }
  // A currency sign stands for its currency's name, as dictionaries write it ("$3 billion" is dollars).
  if (tag == PosTag::kDollar) {
    const std::string_view currency = word.ends_with("$")          ? "dollar"
                                      : word == "\xE2\x82\xAC" ? "euro"   // the euro sign in UTF-8
                                      : word == "\xC2\xA3"     ? "pound"  // the pound sign
                                                               : "";
    if (!currency.empty()) {
      out->append(currency);
      return;
    }
  }
  std::optional<WordNetPos> pos = PosOfTag(tag);
  WordBuffer lower_buffer;
  if (!pos || IsProperNoun(tag)) {
    // Function words are lower-cased ("The" -> "the"); names, numbers,
    // symbols and punctuation are returned as written.
    const bool keep = IsProperNoun(tag) || tag == PosTag::kCD || tag == PosTag::kSYM ||
                      tag == PosTag::kFW || tag >= PosTag::kDollar;
    out->append(keep ? word : AsciiLower(word, &lower_buffer));
    return;
  }
  const std::string_view lower = AsciiLower(word, &lower_buffer);
  const WordNet& wordnet = *wordnet_;
  if (!IsInflected(tag) && wordnet.HasLemma(lower, *pos)) {
    out->append(lower);
    return;
  }
  if (std::optional<std::string_view> base = wordnet.ExceptionBase(lower, *pos)) {
    out->append(*base);
    return;
  }
  if (IsInflected(tag)) {
    WordBuffer candidate_buffer;
    if (std::optional<std::string_view> detached = Detach(wordnet, lower, *pos, &candidate_buffer)) {
      out->append(*detached);
      return;
    }
  }
  if (wordnet.HasLemma(lower, *pos)) {
    out->append(lower);
    return;
  }
  // Base-form tags whose word is unknown still may carry a detachable
  // ending only by tagger error; keep them as written.
  if (!IsInflected(tag)) {
    out->append(lower);
    return;
  }
  // `lower` is ours to rewrite.
  out->append(FallbackStem(lower, lower_buffer.Get(lower.size()), tag));
}

}  // namespace khaldun
