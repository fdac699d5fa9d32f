#include "lang/lemmatizer.h"

#include <optional>
#include <span>

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

void AsciiLower(std::string_view word, std::string* out) {
  out->assign(word);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

// Tries the detachment rules of `pos`; on success writes the lemma to `out`.
bool Detach(const WordNet& wordnet, std::string_view word, WordNetPos pos, std::string* out) {
  std::span<const Detachment> rules;
  if (pos == WordNetPos::kNoun) rules = kNounRules;
  else if (pos == WordNetPos::kVerb) rules = kVerbRules;
  else if (pos == WordNetPos::kAdj) rules = kAdjRules;
  // Candidates are built in a small local buffer: SSO keeps this allocation-free.
  std::string candidate;
  for (const Detachment& rule : rules) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    candidate.assign(word.substr(0, word.size() - rule.suffix.size()));
    candidate.append(rule.ending);
    if (wordnet.HasLemma(candidate, pos)) {
      out->assign(candidate);
      return true;
    }
  }
  return false;
}

// For words WordNet lacks: strip a regular inflection so "ceasefires" ->
// "ceasefire". Conservative: only the unambiguous plural and verb endings.
void FallbackStem(std::string_view word, PosTag tag, std::string* out) {
  out->assign(word);
  auto strip = [&](size_t n) { out->resize(out->size() - n); };
  if ((tag == PosTag::kNNS || tag == PosTag::kVBZ) && word.size() > 3) {
    if (word.ends_with("ies")) { strip(3); out->append("y"); }
    else if (word.ends_with("sses") || word.ends_with("xes") || word.ends_with("ches") ||
             word.ends_with("shes") || word.ends_with("zes")) { strip(2); }
    else if (word.ends_with("s") && !word.ends_with("ss") && !word.ends_with("us")) { strip(1); }
  } else if ((tag == PosTag::kVBD || tag == PosTag::kVBN) && word.size() > 4 &&
             word.ends_with("ed")) {
    strip(word.ends_with("ied") ? 3 : 2);
    if (word.ends_with("ied")) out->append("y");
  } else if (tag == PosTag::kVBG && word.size() > 5 && word.ends_with("ing")) {
    strip(3);
  }
}

// The lemma of a PTB contraction token ("'s"/VBZ -> "be", "n't" -> "not").
std::optional<std::string_view> ContractionLemma(std::string_view word, PosTag tag) {
  if (word.empty() || (word[0] != '\'' && word != "n't" && word != "N'T" && word != "ca" &&
                       word != "wo" && word != "Ca" && word != "Wo")) {
    return std::nullopt;
  }
  if (word == "n't" || word == "N'T") return "not";
  if (tag == PosTag::kMD) {
    if (word == "ca" || word == "Ca") return "can";
    if (word == "wo" || word == "Wo") return "will";
    if (word == "'d" || word == "'D") return "would";
    if (word == "'ll" || word == "'LL") return "will";
  }
  if (tag == PosTag::kVBZ && (word == "'s" || word == "'S")) return "be";
  if (word == "'re" || word == "'m" || word == "'RE" || word == "'M") return "be";
  if (word == "'ve" || word == "'VE") return "have";
  if (tag == PosTag::kVBD && (word == "'d" || word == "'D")) return "have";
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
  // Penn Treebank splits contractions into tokens WordNet does not list.
  if (std::optional<std::string_view> expanded = ContractionLemma(word, tag)) {
    out->assign(*expanded);
    return;
  }
  std::optional<WordNetPos> pos = PosOfTag(tag);
  if (!pos || IsProperNoun(tag)) {
    // Function words are lower-cased ("The" -> "the"); names, numbers,
    // symbols and punctuation are returned as written.
    const bool keep = IsProperNoun(tag) || tag == PosTag::kCD || tag == PosTag::kSYM ||
                      tag == PosTag::kFW || tag >= PosTag::kDollar;
    if (keep) {
      out->assign(word);
    } else {
      AsciiLower(word, out);
    }
    return;
  }
  std::string lower;
  AsciiLower(word, &lower);
  const WordNet& wordnet = *wordnet_;
  if (!IsInflected(tag) && wordnet.HasLemma(lower, *pos)) {
    out->assign(lower);
    return;
  }
  if (std::optional<std::string_view> base = wordnet.ExceptionBase(lower, *pos)) {
    out->assign(*base);
    return;
  }
  if (IsInflected(tag) && Detach(wordnet, lower, *pos, out)) return;
  if (wordnet.HasLemma(lower, *pos)) {
    out->assign(lower);
    return;
  }
  // Base-form tags whose word is unknown still may carry a detachable
  // ending only by tagger error; keep them as written.
  if (!IsInflected(tag)) {
    out->assign(lower);
    return;
  }
  FallbackStem(lower, tag, out);
}

}  // namespace khaldun
