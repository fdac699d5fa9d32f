#include "lang/tagger.h"

#include <algorithm>
#include <array>

#include "lang/data_paths.h"
#include "lang/tag_state.h"
#include "lang/unknown_words.h"

namespace khaldun {
namespace {

using lang_internal::TokenState;

constexpr PosTagSet kOpenClass =
    TagBit(PosTag::kNN) | TagBit(PosTag::kNNS) | TagBit(PosTag::kNNP) | TagBit(PosTag::kNNPS) |
    TagBit(PosTag::kJJ) | TagBit(PosTag::kJJR) | TagBit(PosTag::kJJS) | TagBit(PosTag::kVB) |
    TagBit(PosTag::kVBD) | TagBit(PosTag::kVBG) | TagBit(PosTag::kVBN) | TagBit(PosTag::kVBP) |
    TagBit(PosTag::kVBZ) | TagBit(PosTag::kRB) | TagBit(PosTag::kFW) | TagBit(PosTag::kUH);

// What a plural possessive's "'" may come before: "the workers' (new) union".
constexpr PosTagSet kPossessable =
    TagBit(PosTag::kNN) | TagBit(PosTag::kNNS) | TagBit(PosTag::kNNP) | TagBit(PosTag::kNNPS) | TagBit(PosTag::kJJ) |
    TagBit(PosTag::kJJR) | TagBit(PosTag::kJJS) | TagBit(PosTag::kCD) | TagBit(PosTag::kVBG);

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Lower-cases into a fixed buffer; false if the word does not fit (such long
// words are not in the lexicon in lower case anyway).
bool LowerInto(std::string_view word, std::array<char, 64>* buffer, std::string_view* out) {
  if (word.size() > buffer->size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    (*buffer)[i] = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  *out = std::string_view(buffer->data(), word.size());
  return true;
}

void Use(const LexEntry& entry, TokenState* token) {
  token->tag = entry.first();
  token->candidates = entry.set;
  token->known = true;
}

// "fired water cannon and tear gas at protesters": a bare form that is
// also a noun, before a singular noun it makes a WordNet compound noun with
// ("tear_gas"), is the compound's first noun, not a verb. (Not after "to",
// a modal or a pronoun, where a verb is wanted: "to tear gas lines apart".)
void JoinCompoundNouns(const WordNet& wordnet, std::span<TokenState> sentence) {
  std::array<char, 64> buffer;
  for (size_t i = 0; i + 1 < sentence.size(); ++i) {
    TokenState& first = sentence[i];
    if (!(first.Is(PosTag::kVB) || first.Is(PosTag::kVBP)) || !first.Can(PosTag::kNN) ||
        !sentence[i + 1].Is(PosTag::kNN) || first.capitalized || sentence[i + 1].capitalized) {
      continue;
    }
    if (i > 0 && (sentence[i - 1].Is(PosTag::kTO) || sentence[i - 1].Is(PosTag::kMD) ||
                  sentence[i - 1].Is(PosTag::kPRP))) {
      continue;
    }
    const std::string_view second = sentence[i + 1].word;
    if (first.word.size() + 1 + second.size() > buffer.size()) continue;
    std::copy(first.word.begin(), first.word.end(), buffer.begin());
    buffer[first.word.size()] = '_';
    std::copy(second.begin(), second.end(), buffer.begin() + first.word.size() + 1);
    if (wordnet.HasLemma(std::string_view(buffer.data(), first.word.size() + 1 + second.size()), WordNetPos::kNoun)) {
      first.tag = PosTag::kNN;
    }
  }
}

// "condemned as a 'grave mistake'.": the tokeniser cannot tell a closing
// single quote from a plural possessive ("the workers' union"), so both
// are "'". After an open single quote, one not followed by a word it could
// possess closes the quotation.
void CloseSingleQuotes(std::span<TokenState> sentence) {
  bool open = false;
  for (size_t i = 0; i < sentence.size(); ++i) {
    TokenState& t = sentence[i];
    // "`" has its shape's tag, kOpenQuote, before the context rules: the
    // tag rules out most tokens before their word is read.
    if (t.tag == PosTag::kOpenQuote && t.word == "`") {
      open = true;
    } else if (open && t.word == "'") {
      if (i + 1 < sentence.size() && (TagBit(sentence[i + 1].tag) & kPossessable) != 0) continue;
      t.tag = PosTag::kCloseQuote;
      t.candidates = TagBit(PosTag::kCloseQuote);
      open = false;
    }
  }
}

}  // namespace

Result<Tagger> Tagger::Load(const TaggerOptions& options) {
  Result<Lexicon> lexicon =
      Lexicon::LoadEnLexicon(options.lexicon_path.empty() ? EnLexiconPath() : options.lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  // The project's fixes apply to the lexicon it ships with, not to another.
  if (options.lexicon_path.empty()) {
    if (Status fixed = lexicon.value().ApplyCorrections(LexiconCorrectionsPath()); !fixed.ok()) return fixed;
  }
  std::shared_ptr<const WordNet> wordnet = options.wordnet;
  if (wordnet == nullptr && !options.skip_wordnet) {
    Result<WordNet> loaded = WordNet::Load(options.wordnet_dir.empty() ? WordNetDir() : options.wordnet_dir);
    if (!loaded.ok()) return loaded.status();
    wordnet = std::make_shared<const WordNet>(std::move(loaded).value());
  }
  return Tagger(std::move(lexicon).value(), std::move(wordnet));
}

Tagger::Tagger(Lexicon lexicon, std::shared_ptr<const WordNet> wordnet)
    : lexicon_(std::move(lexicon)), wordnet_(std::move(wordnet)) {}

LexicalTagCache::Lexical Tagger::LexicalStep(std::string_view word, bool capitalized, bool initial) const {
  TokenState token;
  token.word = word;
  token.capitalized = capitalized;
  LexicalTagCache::Lexical out;
  out.word_bits = lang_internal::RuleWordBitsOf(word);
  if (std::optional<PosTag> closed = lang_internal::ClosedShapeTag(word)) {
    out.tag = *closed;
    out.candidates = TagBit(*closed);
    out.known = true;
    out.opens_clause = *closed == PosTag::kOpenQuote || *closed == PosTag::kLRB || *closed == PosTag::kColon;
    return out;
  }
  std::array<char, 64> buffer;
  const LexEntry* exact = lexicon_.Find(word);
  const LexEntry* lower = nullptr;
  std::string_view lowered;
  if (token.capitalized && LowerInto(word, &buffer, &lowered) && lowered != word) {
    lower = lexicon_.Find(lowered);
  }
  // An all-capitals word keeps its case: "US" is not "us".
  const bool all_caps = word.size() > 1 && IsUpper(word[1]);
  if (initial && lower != nullptr && !(all_caps && exact != nullptr)) {
    // "The", "Police": a capital at the start says nothing about names;
    // keep the proper-noun reading as a candidate the rules may restore.
    Use(*lower, &token);
    if (exact != nullptr) token.candidates |= exact->set & (TagBit(PosTag::kNNP) | TagBit(PosTag::kNNPS));
  } else if (exact != nullptr) {
    Use(*exact, &token);
  } else if (lower != nullptr) {
    // Mid-sentence capital on a common word ("the Interior Ministry"): a
    // name, unless the word is closed-class ("The" in a title).
    if ((lower->set & ~kOpenClass) != 0 && (TagBit(lower->first()) & kOpenClass) == 0) {
      Use(*lower, &token);
    } else {
      const bool plural = lower->first() == PosTag::kNNS || lower->first() == PosTag::kNNPS;
      token.tag = plural ? PosTag::kNNPS : PosTag::kNNP;
      token.candidates = TagBit(token.tag) | lower->set;
      token.known = true;
    }
  } else {
    lang_internal::Guess guess = lang_internal::GuessUnknown(word, wordnet_.get());
    token.tag = guess.tag;
    token.candidates = guess.candidates;
  }
  out.candidates = token.candidates;
  out.tag = token.tag;
  out.known = token.known;
  return out;
}

template <typename WordAt>
void Tagger::TagImpl(size_t n, WordAt word_at, std::vector<PosTag>* tags) const {
  // The state lives in a per-thread buffer that only grows: no allocation
  // in the steady state, and no construction of unused slots (a 128-slot
  // stack array cost ~1k instructions a sentence to initialise). Every
  // slot used is reset below.
  thread_local std::vector<TokenState> states;
  if (states.size() < n) states.resize(n);
  const std::span<TokenState> state(states.data(), n);
  // The word-by-word step comes from this thread's cache for words seen
  // before (lexical_tag_cache.h): the same result without the look-ups.
  thread_local LexicalTagCache cache;
  cache.Use(identity_);
  bool clause_start = true;  // sentence start, or after `` ( :
  bool open_quote = false;   // a token has the tag of "`" and "``": CloseSingleQuotes has work
  for (size_t i = 0; i < n; ++i) {
    // Every field of the slot is set below (no reset to TokenState{} first).
    TokenState& token = state[i];
    token.word = word_at(i);
    const std::string_view word = token.word;
    token.capitalized = !word.empty() && IsUpper(word[0]);
    const bool initial = clause_start;
    const LexicalTagCache::Lexical* kept = cache.Find(word, initial);
    LexicalTagCache::Lexical computed;
    if (kept == nullptr) {
      computed = LexicalStep(word, token.capitalized, initial);
      cache.Keep(word, initial, computed);
      kept = &computed;
    }
    token.candidates = kept->candidates;
    token.tag = kept->tag;
    token.known = kept->known;
    token.word_bits = kept->word_bits;
    clause_start = kept->opens_clause;
    open_quote |= kept->tag == PosTag::kOpenQuote;
  }
  if (open_quote) CloseSingleQuotes(state);
  lang_internal::ApplyContextRules(state);
  if (wordnet_ != nullptr) JoinCompoundNouns(*wordnet_, state);
  tags->resize(n);
  for (size_t i = 0; i < n; ++i) (*tags)[i] = state[i].tag;
}

void Tagger::Tag(std::span<const std::string_view> words, std::vector<PosTag>* tags) const {
  TagImpl(words.size(), [&](size_t i) { return words[i]; }, tags);
}

void Tagger::Tag(std::span<const Token> tokens, std::vector<PosTag>* tags) const {
  TagImpl(tokens.size(), [&](size_t i) { return tokens[i].text; }, tags);
}

std::vector<PosTag> Tagger::Tag(std::span<const std::string_view> words) const {
  std::vector<PosTag> tags;
  Tag(words, &tags);
  return tags;
}

}  // namespace khaldun
