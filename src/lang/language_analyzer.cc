#include "lang/language_analyzer.h"

#include <cctype>

#include "lang/data_paths.h"
#include "lang/lemma_cache.h"
#include "lang/phrase_builder.h"
#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// Tagging mistakes that break phrases and clauses and that the phrase
// context settles: a capitalised first word read as an adjective before a
// finite verb ("Manila lodged"), a title adjective between names, a past
// form between an object's number and its noun ("released six detained
// Americans"), a noun right after a relative pronoun ("who commands the
// front", "that hosts the summit") and a noun after infinitival "to" with
// an object after it ("to fund the reconstruction"). The lexicon must allow
// the word the new tag.
void RepairTags(const Lexicon& lexicon, SentenceAnalysis* a) {
  // "Manila lodged a protest": a capitalised first word read as the
  // adjective of its lower-case form ("manila envelope") is the name it
  // can also be when a finite verb follows; no adjective is a subject.
  if (a->words.size() >= 2 && a->tags[0] == PosTag::kJJ && !a->words[0].empty() &&
      std::isupper(static_cast<unsigned char>(a->words[0][0]))) {
    const PosTag next = a->tags[1];
    const LexEntry* entry = lexicon.Find(a->words[0]);
    if ((next == PosTag::kVBD || next == PosTag::kVBZ || next == PosTag::kMD) && entry != nullptr &&
        entry->Has(PosTag::kNNP)) {
      a->tags[0] = PosTag::kNNP;
    }
  }
  for (size_t i = 1; i + 1 < a->words.size(); ++i) {
    const PosTag previous = a->tags[i - 1], t = a->tags[i], next = a->tags[i + 1];
    // "Taliban chief Haibatullah Akhundzada": a title between names is a
    // noun; so is an office after a common noun ("U.N. human rights chief
    // Michelle Bachelet").
    if (t == PosTag::kJJ && IsProperNoun(next) &&
        (IsProperNoun(previous) ||
         ((previous == PosTag::kNN || previous == PosTag::kNNS) && word_classes::IsOfficeNoun(a->words[i]))) &&
        !word_classes::IsPeriodDeterminer(a->words[i])) {
      const LexEntry* entry = lexicon.Find(a->words[i]);
      if (entry != nullptr && entry->Has(PosTag::kNN)) a->tags[i] = PosTag::kNN;
      continue;
    }
    // "released six detained Americans": a past form between a verb's
    // number or determiner and a plural noun is a participle modifying the
    // noun; no finite verb comes right after the object's number.
    if (t == PosTag::kVBD && i >= 2 && IsVerb(a->tags[i - 2]) &&
        (previous == PosTag::kCD || previous == PosTag::kDT) && (next == PosTag::kNNS || next == PosTag::kNNPS)) {
      const LexEntry* entry = lexicon.Find(a->words[i]);
      if (entry != nullptr && entry->Has(PosTag::kVBN)) a->tags[i] = PosTag::kVBN;
      continue;
    }
    if (t != PosTag::kNN && t != PosTag::kNNS) continue;
    const bool object_follows = next == PosTag::kDT || next == PosTag::kPRPS || next == PosTag::kPRP ||
                                next == PosTag::kNNP || next == PosTag::kCD || next == PosTag::kJJ;
    PosTag wanted;
    const bool relative_that = i >= 2 && IsNoun(a->tags[i - 2]) && a->words[i - 1] == "that";
    if (previous == PosTag::kWP || previous == PosTag::kWDT || relative_that) {
      if (!object_follows) continue;
      wanted = t == PosTag::kNNS ? PosTag::kVBZ : PosTag::kVBP;
    } else if (previous == PosTag::kTO && t == PosTag::kNN && object_follows && next != PosTag::kNNP &&
               next != PosTag::kJJ && next != PosTag::kCD) {
      wanted = PosTag::kVB;
    } else {
      continue;
    }
    const LexEntry* entry = lexicon.Find(a->words[i]);
    if (entry != nullptr && (entry->Has(wanted) || (wanted == PosTag::kVB && entry->Has(PosTag::kVBP)))) {
      a->tags[i] = wanted;
    }
  }
}

// "Gunmen dressed as hunters killed ...", "men posing as police": "as"
// right after a participle of guise or role is a preposition before the
// guise, never a subordinator opening a clause whose subject is the guise.
void MarkGuisePrepositions(SentenceAnalysis* a) {
  for (uint32_t i = 1; i + 1 < a->words.size(); ++i) {
    const PosTag verb = a->tags[i - 1];
    if ((verb == PosTag::kVBN || verb == PosTag::kVBG) && word_classes::EqualsLower(a->words[i], "as") &&
        word_classes::IsGuiseVerb(a->lemma(i - 1))) {
      a->word_bits[i] &= ~static_cast<uint32_t>(word_classes::kSubordinatorBit);
    }
  }
}

}  // namespace

Result<LanguageAnalyzer> LanguageAnalyzer::Load(const LanguageAnalyzerOptions& options) {
  Result<Lemmatizer> lemmatizer =
      Lemmatizer::Load(options.wordnet_dir.empty() ? WordNetDir() : options.wordnet_dir);
  if (!lemmatizer.ok()) return lemmatizer.status();
  auto shared_lemmatizer = std::make_shared<const Lemmatizer>(std::move(lemmatizer).value());
  TaggerOptions tagger_options;
  tagger_options.lexicon_path = options.lexicon_path;
  tagger_options.wordnet = shared_lemmatizer->shared_wordnet();
  Result<Tagger> tagger = Tagger::Load(tagger_options);
  if (!tagger.ok()) return tagger.status();
  return LanguageAnalyzer(std::make_shared<const Tagger>(std::move(tagger).value()),
                          std::move(shared_lemmatizer));
}

LanguageAnalyzer::LanguageAnalyzer(std::shared_ptr<const Tagger> tagger,
                                   std::shared_ptr<const Lemmatizer> lemmatizer)
    : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)) {}

void LanguageAnalyzer::Analyze(const ArticleText& text, const Sentence& sentence,
                               SentenceAnalysis* out) const {
  out->Clear();
  const std::span<const Token> tokens(text.tokens.data() + sentence.token_begin,
                                      sentence.token_end - sentence.token_begin);
  for (const Token& token : tokens) out->words.push_back(token.text);
  tagger_->Tag(tokens, &out->tags);
  AnalyzeTagged(out);
}

void LanguageAnalyzer::AnalyzeWords(std::span<const std::string_view> words, SentenceAnalysis* out) const {
  out->Clear();
  out->words.assign(words.begin(), words.end());
  tagger_->Tag(words, &out->tags);
  AnalyzeTagged(out);
}

void LanguageAnalyzer::AnalyzeTaggedWords(std::span<const std::string_view> words,
                                          std::span<const PosTag> tags, SentenceAnalysis* out) const {
  out->Clear();
  out->words.assign(words.begin(), words.end());
  out->tags.assign(tags.begin(), tags.end());
  out->tags.resize(out->words.size(), PosTag::kSYM);
  AnalyzeTagged(out);
}

void LanguageAnalyzer::AnalyzeArticle(const ArticleText& text, std::vector<SentenceAnalysis>* out) const {
  out->resize(text.sentences.size());
  for (size_t i = 0; i < text.sentences.size(); ++i) Analyze(text, text.sentences[i], &(*out)[i]);
}

void LanguageAnalyzer::AnalyzeTagged(SentenceAnalysis* out) const {
  RepairTags(tagger_->lexicon(), out);
  // Lemmas of words seen before come from this thread's cache: the same
  // bytes AppendLemma gives, without its WordNet look-ups (lemma_cache.h).
  thread_local LemmaCache lemma_cache;
  lemma_cache.Use(*lemmatizer_);
  lemma_cache.AppendSentence(out->words, out->tags, &out->lemma_text, &out->lemma_end, &out->word_bits);
  MarkGuisePrepositions(out);
  lang_internal::ChunkNounPhrases(out);
  lang_internal::LinkNounPhrases(out);
  lang_internal::FindVerbGroups(out);
  lang_internal::BuildClauses(out);
}

}  // namespace khaldun
