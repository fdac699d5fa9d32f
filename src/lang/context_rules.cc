// Contextual disambiguation: written rules, applied left to right, that move
// a token to another of its candidate tags when its neighbours demand it.
//
// The rules encode general English syntax (auxiliaries select participles,
// modals select bare verbs, determiners start noun phrases), not facts about
// any evaluation sentence. Each rule only picks a tag the lexicon allows for
// the word (or, for unknown words, one the guesser allowed).
#include <cstddef>

#include "lang/tag_state.h"
#include "lang/word_classes.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal {
namespace {

using T = PosTag;

// Word lists of single rules below.
constexpr auto kAttributionVerbs = MakeSet("reports", "says", "writes", "adds", "notes", "claims",
    "confirms", "announces");
constexpr auto kParticlesAfterName = MakeSet("down", "up", "out", "off", "back", "away");
constexpr auto kTitlesAfterNoun = MakeSet("chief", "general");
constexpr auto kSingularDeterminers = MakeSet("a", "an", "another", "each", "every");
// Adjectives that, after a determiner, name a body of people: "the military".
constexpr auto kCollectiveAdjectives = MakeSet("military", "public");
constexpr auto kNot = MakeSet("not", "n't");
constexpr auto kPredeterminers = MakeSet("such", "all", "both", "half", "quite");
constexpr auto kBareInfinitiveVerbs = MakeSet("helps", "helped", "lets", "let", "makes", "made");
constexpr auto kParticles = MakeSet("up", "out", "off", "down", "away");
constexpr auto kDegreeWords = MakeSet("more", "most", "less", "least");
constexpr auto kCompassWords = MakeSet("north", "south", "east", "west");
constexpr auto kIsAfterPronoun = MakeSet("that", "there", "what", "who", "where", "here", "it");

bool IsHave(std::string_view w) {
  static constexpr auto kHave = MakeSet("have", "has", "had", "having", "'ve", "'d");
  return kHave.Contains(w);
}
bool IsBe(std::string_view w) {
  static constexpr auto kBe = MakeSet("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
      "am", "get", "gets", "got", "gotten", "getting", "become", "became", "becomes");
  return kBe.Contains(w);
}
bool IsDo(std::string_view w) {
  static constexpr auto kDo = MakeSet("do", "does", "did");
  return kDo.Contains(w);
}
bool IsNegOrAdverb(const TokenState& t) {
  return t.Is(T::kRB) || t.Is(T::kRBR) || t.Is(T::kRBS);
}
// Tags that open or continue a noun phrase before its head.
bool IsPrenominal(T t) {
  return t == T::kDT || t == T::kPRPS || t == T::kPOS || t == T::kJJ || t == T::kJJR ||
         t == T::kJJS || t == T::kCD || t == T::kWPS || t == T::kPDT;
}
bool IsNominal(T t) { return IsNoun(t) || t == T::kPRP || t == T::kCD; }
bool StartsNounPhrase(T t) {
  return IsNoun(t) || t == T::kDT || t == T::kPRPS || t == T::kJJ || t == T::kJJS ||
         t == T::kCD || t == T::kPRP || t == T::kPDT;
}
bool IsPunct(T t) {
  return t == T::kComma || t == T::kPeriod || t == T::kColon || t == T::kOpenQuote ||
         t == T::kCloseQuote || t == T::kLRB || t == T::kRRB;
}
// Subject pronouns that take a third-person-singular verb.
bool IsSingularSubjectPronoun(std::string_view w) {
  static constexpr auto kPronouns = MakeSet("he", "she", "it");
  return kPronouns.Contains(w);
}
bool IsNonThirdPronoun(std::string_view w) {
  static constexpr auto kPronouns = MakeSet("i", "we", "you", "they");
  return kPronouns.Contains(w);
}

// Subordinating conjunctions open a new clause: a verb after them has its
// own subject ("two years after protesters stormed its embassy").
bool IsSubordinator(std::string_view w) {
  static constexpr auto kSubordinators = MakeSet("after", "as", "because", "before", "since", "when",
      "while", "although", "though", "if", "until", "unless", "whether", "once", "where");
  return kSubordinators.Contains(w);
}
bool StartsNounPhraseTag(T t) {
  return t == T::kDT || t == T::kPRPS || t == T::kCD || t == T::kNNS || t == T::kNN ||
         t == T::kPRP || t == T::kPDT || t == T::kJJ;
}

class Rules {
 public:
  explicit Rules(std::span<TokenState> s) : s_(s) {}

  void Run() {
    for (size_t i = 0; i < s_.size(); ++i) Forward(i);
    // A second pass for rules that look right at decisions made by the first.
    for (size_t i = 0; i < s_.size(); ++i) Backward(i);
  }

 private:
  const TokenState* At(size_t i, int offset) const {
    // Before the first token the sum wraps around past the end: one test.
    const size_t j = i + static_cast<size_t>(static_cast<ptrdiff_t>(offset));
    if (j >= s_.size()) return nullptr;
    return &s_[j];
  }
  T TagAt(size_t i, int offset) const {
    const TokenState* t = At(i, offset);
    return t == nullptr ? T::kPeriod : t->tag;  // sentence edges look like "."
  }
  bool WordAt(size_t i, int offset, std::string_view lower) const {
    const TokenState* t = At(i, offset);
    return t != nullptr && WordIs(t->word, lower);
  }
  // Whether the words before i, back to a preposition, are all modifiers of
  // a bare noun phrase: "in Israeli tank" before "shelling" (but not "on a
  // road" before "leading into").
  bool InsidePrepositionalNp(size_t i) const {
    for (int k = 1; k <= 5; ++k) {
      const T tag = TagAt(i, -k);
      if (tag == T::kIN) return k > 1;
      if (!(tag == T::kNN || tag == T::kNNS || tag == T::kJJ)) return false;
    }
    return false;
  }
  // The nearest token to the left that is not an adverb ("has not yet said").
  const TokenState* PrevSkippingAdverbs(size_t i, int max_skip = 3) const {
    for (int k = 1; k <= max_skip + 1; ++k) {
      const TokenState* t = At(i, -k);
      if (t == nullptr) return nullptr;
      if (!IsNegOrAdverb(*t)) return t;
    }
    return nullptr;
  }
  void Set(TokenState& t, T tag) {
    if (t.Can(tag)) t.tag = tag;
  }
  bool IsClauseBoundary(size_t k) const {
    const T t = s_[k].tag;
    return t == T::kWDT || t == T::kWP || t == T::kCC || t == T::kColon || t == T::kOpenQuote ||
           t == T::kComma ||
           (t == T::kIN && (WordIs(s_[k].word, "that") || IsSubordinator(s_[k].word)));
  }
  // Whether a past verb form may report a clause: its base (said, told and
  // the like, or the form without "-ed"/"-d") is a speech or cognition verb.
  static bool MayReport(std::string_view past) {
    static constexpr auto kIrregular = MakeSet("said", "told", "thought", "felt", "knew", "wrote", "heard", "saw",
                                               "understood", "found", "warned");
    if (kIrregular.Contains(past)) return true;
    for (size_t cut : {2, 1}) {  // the word sets ignore case
      if (past.size() <= cut + 2) continue;
      const std::string_view base = past.substr(0, past.size() - cut);
      if (word_classes::IsSpeechVerb(base) || word_classes::IsCognitionVerb(base)) return true;
    }
    return false;
  }
  // Whether the words before i are one noun phrase right after a verb that
  // may report: "said the country's air defences" before "shot".
  bool ReportedNounPhraseBefore(size_t i) const {
    size_t k = i;
    while (k > 0 && (IsNoun(s_[k - 1].tag) || IsPrenominal(s_[k - 1].tag))) --k;
    if (k == i || k == 0) return false;
    const TokenState& verb = s_[k - 1];
    return (verb.Is(T::kVBD) || verb.Is(T::kVBZ) || verb.Is(T::kVBP)) && MayReport(verb.word);
  }
  // Whether the clause holding i has nothing but one noun phrase before i:
  // "Kenyan police" before "shot".
  bool OnlyANounPhraseBefore(size_t i) const {
    size_t k = i;
    while (k > 0 && !IsClauseBoundary(k - 1)) --k;
    if (k == i) return false;
    for (; k < i; ++k) {
      const T t = s_[k].tag;
      if (!IsNoun(t) && !IsPrenominal(t)) return false;
    }
    return true;
  }
  // Whether the name ending just before i (proper nouns and other
  // capitalised words: "South Korea", "Turkey") opens its clause.
  bool NameOpensClause(size_t i) const {
    size_t k = i - 1;
    while (k > 0 && (s_[k - 1].Is(T::kNNP) || s_[k - 1].Is(T::kNNPS) ||
                     (s_[k - 1].capitalized && !s_[k - 1].Is(T::kDT)))) {
      --k;
    }
    return k == 0 || IsClauseBoundary(k - 1);
  }
  // Whether the clause holding i opens with "that".
  bool ThatOpensClause(size_t i) const {
    size_t k = i;
    while (k > 0 && !IsClauseBoundary(k - 1)) --k;
    return k > 0 && WordIs(s_[k - 1].word, "that");
  }
  // Has a finite verb appeared since the last clause boundary before i?
  bool FiniteVerbBefore(size_t i) const {
    for (size_t k = i; k-- > 0;) {
      if (IsFiniteVerb(s_[k].tag)) return true;
      if (IsClauseBoundary(k)) return false;
    }
    return false;
  }
  // Does the clause holding i open with a noun phrase (a subject)? Then the
  // first verb after it is the clause's finite verb: "Chile on Friday
  // recalled ...", "that the Belgian army in Congo trained ...".
  bool ClauseOpensWithSubject(size_t i) const {
    size_t k = i;
    while (k > 0 && !IsClauseBoundary(k - 1)) --k;
    if (k == i) return false;
    const T t = s_[k].tag;
    return IsNoun(t) || t == T::kDT || t == T::kPRP || t == T::kPRPS || t == T::kCD;
  }
  // The tag before the run of proper nouns that ends just before i (a
  // period at the sentence start): ", Reuters reports", "50 Islamic State".
  T TagBeforeName(size_t i) const {
    size_t k = i;
    while (k > 0 && (s_[k - 1].tag == T::kNNP || s_[k - 1].tag == T::kNNPS)) --k;
    return k > 0 ? s_[k - 1].tag : T::kPeriod;
  }
  // Does the clause holding i open with a word tagged `tag` ("Syrian forces
  // clash")?
  bool ClauseOpensWith(size_t i, T tag) const {
    size_t k = i;
    while (k > 0 && !IsClauseBoundary(k - 1)) --k;
    return k < i && s_[k].Is(tag);
  }
  // A comma or dash opening or closing an apposition.
  bool IsAppositionMark(size_t k) const {
    return s_[k].Is(T::kComma) || (s_[k].Is(T::kColon) && (s_[k].word == "--" || s_[k].word == "\u2013" ||
                                                          s_[k].word == "\u2014"));
  }
  // Is the noun phrase ending at i-1 a determined apposition to a name
  // ("Khalilzad -- the US diplomat tasked with ...")?
  bool InApposition(size_t i) const {
    size_t k = i;
    while (k > 0) {
      const T t = s_[k - 1].tag;
      if (IsNoun(t) || t == T::kJJ || t == T::kDT || t == T::kCD || t == T::kPRPS || t == T::kPOS) {
        --k;
        continue;
      }
      break;
    }
    return k >= 2 && k < i && (s_[k].Is(T::kDT) || s_[k].Is(T::kPRPS)) && IsAppositionMark(k - 1) &&
           AppositionHead(k - 2, k - 1);
  }
  // Can the word at `word` carry an apposition opened by the mark at
  // `mark`? A name before a comma; any noun before a dash.
  bool AppositionHead(size_t word, size_t mark) const {
    return s_[word].Is(T::kNNP) || s_[word].Is(T::kNNPS) ||
           (s_[mark].Is(T::kColon) && (s_[word].Is(T::kNN) || s_[word].Is(T::kNNS)));
  }
  // Does a comma or dash after i close the apposition, with the name's verb
  // right after it (past a date)? Not "Kabul, a spokesman said on Monday."
  bool VerbAfterClosingMark(size_t i) const {
    for (size_t k = i + 1; k < s_.size() && k < i + 30; ++k) {
      if (s_[k].Is(T::kPeriod)) return false;
      if (!IsAppositionMark(k)) continue;
      size_t j = k + 1;
      while (j < s_.size() && (s_[j].Is(T::kRB) || word_classes::IsDateWord(s_[j].word) ||
                               (WordIs(s_[j].word, "on") && j + 1 < s_.size() &&
                                word_classes::IsDateWord(s_[j + 1].word)))) {
        ++j;
      }
      return j < s_.size() && (s_[j].Can(T::kVBD) || s_[j].Can(T::kVBZ) || s_[j].Can(T::kVBP) || s_[j].Can(T::kMD));
    }
    return false;
  }
  // Does the comma or dash at i-1 close such an apposition, with no finite
  // verb inside it? Then the verb at i is the name's.
  bool ClosesApposition(size_t i) const {
    // Past adverbs and a date: "-- on Friday left".
    size_t j = i;
    while (j > 0 && (s_[j - 1].Is(T::kRB) || word_classes::IsDateWord(s_[j - 1].word) ||
                     (j < i && WordIs(s_[j - 1].word, "on") && word_classes::IsDateWord(s_[j].word)))) {
      --j;
    }
    if (j < 3 || !IsAppositionMark(j - 1)) return false;
    bool finite_inside = false;
    for (size_t k = j - 2; k >= 1 && k + 30 > j; --k) {
      if (s_[k].Is(T::kPeriod)) return false;
      if (IsAppositionMark(k)) {
        // A non-restrictive relative clause has a verb of its own: "China,
        // which has close ties to both, offered".
        if (s_[k + 1].Is(T::kWDT) || s_[k + 1].Is(T::kWP)) return IsNoun(s_[k - 1].tag);
        return !finite_inside && (s_[k + 1].Is(T::kDT) || s_[k + 1].Is(T::kPRPS)) && AppositionHead(k - 1, k);
      }
      finite_inside |= IsFiniteVerb(s_[k].tag);
    }
    return false;
  }
  // Is the participle-or-past form at i a reduced relative whose noun is the
  // subject of a later finite "be": "talks planned for Sunday in Oman were
  // called off"? Only prepositional phrases may come between; a noun phrase
  // with no preposition before it opens a clause of its own ("said on
  // Monday the talks were over").
  bool ReducedRelativeBeforeBe(size_t i) const {
    static constexpr auto kFiniteBe = MakeSet("is", "are", "was", "were");
    static constexpr auto kPlainPrepositions =
        MakeSet("for", "in", "on", "at", "from", "with", "near", "of", "into", "over", "during", "by", "across",
                "between", "among", "under", "outside", "inside", "to");
    bool after_noun = false;
    for (size_t k = i + 1; k < s_.size(); ++k) {
      const T tag = s_[k].tag;
      if (kFiniteBe.Contains(s_[k].word)) return after_noun;
      if (tag == T::kIN || tag == T::kTO) {
        if (!kPlainPrepositions.Contains(s_[k].word)) return false;
        after_noun = false;
      } else if (IsNoun(tag) || tag == T::kCD) {
        after_noun = true;
      } else if (tag == T::kPOS) {
        if (!after_noun) return false;
        after_noun = false;
      } else if (IsPrenominal(tag)) {
        if (after_noun) return false;
      } else {
        return false;
      }
    }
    return false;
  }
  // Is the noun phrase ending at i-1 the object of a preposition or verb
  // ("in a speech given on Friday") rather than a possible subject?
  bool NounPhraseBeforeIsObject(size_t i) const {
    size_t k = i;
    while (k > 0) {
      const T t = s_[k - 1].tag;
      if (IsNoun(t) || t == T::kJJ || t == T::kDT || t == T::kCD || t == T::kPRPS || t == T::kPOS ||
          (t == T::kIN && WordIs(s_[k - 1].word, "of"))) {  // "Secretary of Energy X"
        --k;
        continue;
      }
      break;
    }
    if (k == i || k == 0) return false;
    const TokenState& head = s_[k - 1];
    if (head.Is(T::kIN)) return !IsSubordinator(head.word);
    return head.Is(T::kVB) || head.Is(T::kVBG) || head.Is(T::kTO);
  }

  // Could the next word after token i (past adverbs) be a bare verb? "did
  // not even ever clash": "even" is then an adverb.
  bool VerbAfterAdverbs(size_t i) const {
    for (size_t k = i + 1; k < s_.size(); ++k) {
      if (IsNegOrAdverb(s_[k])) continue;
      return s_[k].Can(T::kVB);
    }
    return false;
  }

  // Could the next word (after adverbs) be a finite verb? Then token i is
  // more likely its subject than a verb itself: "crowds burned down".
  bool VerbMayFollow(size_t i) const {
    for (size_t k = i + 1; k < s_.size(); ++k) {
      if (IsNegOrAdverb(s_[k])) continue;
      const PosTagSet finite = TagBit(T::kVBD) | TagBit(T::kVBP) | TagBit(T::kVBZ) | TagBit(T::kMD);
      return (s_[k].candidates & finite) != 0;
    }
    return false;
  }

  void Forward(size_t i);
  void Backward(size_t i);
  void ParticipleOrPast(size_t i);

  std::span<TokenState> s_;
};

void Rules::ParticipleOrPast(size_t i) {
  TokenState& t = s_[i];
  const TokenState* prev = PrevSkippingAdverbs(i);
  if (prev != nullptr && (IsHave(prev->word) || IsBe(prev->word))) {
    Set(t, T::kVBN);
    return;
  }
  const T next = TagAt(i, 1);
  if (WordAt(i, 1, "by")) {
    Set(t, T::kVBN);
    return;
  }
  const T before = TagAt(i, -1);
  // "Khalilzad -- the US diplomat tasked with ending the war -- left for":
  // inside the apposition a participle, after it the name's verb.
  if (IsNoun(before) && (next == T::kIN || next == T::kTO || next == T::kRB) && InApposition(i) &&
      VerbAfterClosingMark(i)) {
    Set(t, T::kVBN);
    return;
  }
  if (ClosesApposition(i) && !StartsNounPhraseTag(next)) {
    Set(t, T::kVBD);
    return;
  }
  const bool noun_follows = IsNoun(next) || next == T::kJJ;
  // Prenominal participle: "the proposed deal", "with jailed activists",
  // "the two jailed activists" (a bare number may end a subject: "Police
  // said two injured men...").
  const bool determined_number = before == T::kCD && (TagAt(i, -2) == T::kDT || TagAt(i, -2) == T::kPRPS);
  if ((IsPrenominal(before) && (before != T::kCD || determined_number)) || ((before == T::kIN || IsVerb(before)) &&
                                                     !IsHave(At(i, -1)->word) && noun_follows &&
                                                     next != T::kNNP)) {
    if (noun_follows && next != T::kNNP) {
      Set(t, T::kVBN);
      return;
    }
  }
  if (i == 0 && (next == T::kIN || next == T::kTO || next == T::kRB)) {
    Set(t, T::kVBN);  // "Asked about the talks, he said"
    return;
  }
  // "killed at least 28": a quantity, not a phrase of place.
  const bool quantity = WordAt(i, 1, "at") && (WordAt(i, 2, "least") || WordAt(i, 2, "most"));
  const bool takes_no_object =
      (next == T::kIN && !WordAt(i, 1, "that") && !quantity) || next == T::kTO || next == T::kRB;
  if (IsNoun(before) && (next == T::kIN || next == T::kTO) && !quantity && ReducedRelativeBeforeBe(i)) {
    Set(t, T::kVBN);
    return;
  }
  const bool main_verb = !FiniteVerbBefore(i) && ClauseOpensWithSubject(i);
  if (IsNoun(before) && takes_no_object && !main_verb &&
      (FiniteVerbBefore(i) || NounPhraseBeforeIsObject(i))) {
    Set(t, T::kVBN);  // reduced relative: "the rebels killed in the raid"
    return;
  }
  if (IsNominal(before) || before == T::kWDT || before == T::kWP || before == T::kEX ||
      before == T::kRB || before == T::kRRB || before == T::kCloseQuote || before == T::kCC ||
      StartsNounPhraseTag(next)) {
    Set(t, T::kVBD);
  }
}

void Rules::Forward(size_t i) {
  TokenState& t = s_[i];
  const std::string_view w = t.word;
  const T before = TagAt(i, -1);
  const T next = TagAt(i, 1);

  // A speech verb closing the sentence after ", Name": "..., Reuters
  // reports." is attribution, not the plural noun "reports".
  if (!t.capitalized && t.Can(T::kVBZ) && (before == T::kNNP || before == T::kNNPS) &&
      (next == T::kPeriod || i + 1 == s_.size()) &&
      kAttributionVerbs.Contains(w) && TagBeforeName(i) == T::kComma) {
    t.tag = T::kVBZ;
    return;
  }
  // "froze the assets of oligarchs close to Putin", "Sources close to the
  // talks said": after a noun, in a sentence with another finite verb,
  // "close to" is an adjective.
  if (WordIs(w, "close") && t.Can(T::kJJ) && IsNoun(before) && WordAt(i, 1, "to")) {
    bool other_verb = FiniteVerbBefore(i);
    for (size_t k = i + 2; k < s_.size() && !other_verb; ++k) {
      other_verb = s_[k].Is(T::kVBD) || s_[k].Is(T::kVBZ) || s_[k].Is(T::kMD);
    }
    if (other_verb) {
      t.tag = T::kJJ;
      return;
    }
  }
  // Headline present: "Protesters clash with police", "Rebels attack army
  // posts": a plural subject opening the clause, then a word that can be its
  // verb, with no finite verb anywhere else in the sentence.
  if (t.Is(T::kNN) && t.Can(T::kVBP) && before == T::kNNS && !FiniteVerbBefore(i) &&
      (ClauseOpensWithSubject(i) || ClauseOpensWith(i, T::kJJ)) &&
      (next == T::kIN || next == T::kDT || IsNoun(next) || next == T::kJJ || next == T::kPRPS || next == T::kCD)) {
    bool other_verb = false;
    for (size_t k = i + 1; k < s_.size() && !other_verb; ++k) other_verb = IsFiniteVerb(s_[k].tag);
    if (!other_verb) {
      t.tag = T::kVBP;
      return;
    }
  }
  // "the army chief held talks", "the police chief said": after a noun and
  // before a verb, "chief" heads the phrase.
  if (t.Is(T::kJJ) && t.Can(T::kNN) && kTitlesAfterNoun.Contains(w) && IsNoun(before) && i + 1 < s_.size() &&
      (s_[i + 1].Can(T::kVBD) || s_[i + 1].Can(T::kVBZ) || s_[i + 1].Is(T::kMD))) {
    t.tag = T::kNN;
    return;
  }
  // "after the military seized power": before a past form that opens an
  // object, "the military" is the subject, not a modifier of a participle.
  if (t.Is(T::kJJ) && t.Can(T::kNN) && kCollectiveAdjectives.Contains(w) && before == T::kDT && i + 2 < s_.size() &&
      s_[i + 1].Can(T::kVBD) && (s_[i + 1].Is(T::kVBN) || s_[i + 1].Is(T::kVBD)) &&
      StartsNounPhraseTag(s_[i + 2].tag) && !FiniteVerbBefore(i)) {
    t.tag = T::kNN;
    return;
  }
  // "Russia attacks Ukraine", "Turkey hosts millions of refugees": after a
  // name opening the clause and before an object, an "-s" form is the verb.
  if (t.Is(T::kNNS) && t.Can(T::kVBZ) && !t.capitalized && i > 0 &&
      (before == T::kNNP || (before == T::kNN && s_[i - 1].capitalized)) && NameOpensClause(i) &&
      !FiniteVerbBefore(i) &&
      (next == T::kDT || next == T::kCD || next == T::kPRPS || next == T::kNNP || next == T::kNNPS ||
       next == T::kNNS)) {
    t.tag = T::kVBZ;
    if (before == T::kNN) s_[i - 1].tag = T::kNNP;
    return;
  }
  // "50 Islamic State suspects": a number, then a name, then a plural noun
  // rather than a verb.
  if (t.Is(T::kVBZ) && t.Can(T::kNNS) && !t.capitalized && (before == T::kNNP || before == T::kNNPS) &&
      TagBeforeName(i) == T::kCD) {
    t.tag = T::kNNS;
    return;
  }
  // A past tense read as a noun after a name, before its particle: "Ukraine
  // shot down 20 drones", "Hamas set off"; after a plural subject too:
  // "Azerbaijani forces shot down a drone", also opening a report: "said
  // the country's air defences shot down".
  if (t.Is(T::kNN) && t.Can(T::kVBD) && !t.capitalized &&
      (before == T::kNNP || before == T::kNNPS ||
       (before == T::kNNS && ((OnlyANounPhraseBefore(i) && !FiniteVerbBefore(i)) || ReportedNounPhraseBefore(i)))) &&
      i + 1 < s_.size() && kParticlesAfterName.Contains(s_[i + 1].word)) {
    t.tag = T::kVBD;
    return;
  }
  // A bare verb read as a noun after the subject of a that-clause, before
  // its particle or its object: "demanded that President Rajapaksa step
  // down", "demanded that Russia return the bodies".
  if (t.Is(T::kNN) && t.Can(T::kVB) && !t.capitalized && (before == T::kNNP || before == T::kNNPS) &&
      i + 1 < s_.size() &&
      (kParticlesAfterName.Contains(s_[i + 1].word) || WordIs(s_[i + 1].word, "aside") || next == T::kDT ||
       next == T::kPRPS) &&
      !FiniteVerbBefore(i) && ThatOpensClause(i)) {
    t.tag = T::kVB;
    return;
  }
  // A bare form after a singular name that opens its clause is past tense:
  // "Russia cut off gas supplies" (the present would be "cuts").
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBD) && before == T::kNNP && OnlyANounPhraseBefore(i) &&
      !FiniteVerbBefore(i) && (next == T::kRP || next == T::kDT || next == T::kPRPS || next == T::kCD)) {
    t.tag = T::kVBD;
    return;
  }
  // A past tense read as a noun after its subject, before its object:
  // "Kenyan police shot dead three protesters", "The army cut the road".
  if (t.Is(T::kNN) && t.Can(T::kVBD) && !t.capitalized && (before == T::kNN || before == T::kNNS) &&
      (next == T::kDT || next == T::kCD || next == T::kPRPS || WordAt(i, 1, "dead")) && !FiniteVerbBefore(i) &&
      OnlyANounPhraseBefore(i)) {
    t.tag = T::kVBD;
    return;
  }
  // "Lee Jae-myung", "Aung San Suu Kyi": a capitalised hyphenated word after
  // a name, with no noun after it to modify, is part of the name.
  if (t.Is(T::kJJ) && t.capitalized && w.find('-') != std::string_view::npos &&
      (before == T::kNNP || before == T::kNNPS) && !IsNoun(next) && next != T::kJJ) {
    t.tag = T::kNNP;
    return;
  }
  // "South Korean President": a capitalised compass word before a name is
  // part of it.
  if (t.capitalized && !t.Is(T::kNNP) && kCompassWords.Contains(w) && i + 1 < s_.size() && s_[i + 1].capitalized &&
      t.Can(T::kNNP)) {
    t.tag = T::kNNP;
    return;
  }
  // A capitalised "foreign word" is a name: "Khan said".
  if (t.Is(T::kFW) && t.capitalized && t.Can(T::kNNP)) {
    t.tag = T::kNNP;
    return;
  }
  // A capitalised verb form after a capitalised word is part of a name:
  // "Georgian Dream", "Hayat Tahrir al-Sham", "Palm Springs", "Port
  // Talbot Working Men's Club" (verbs are not capitalised mid-sentence).
  if (i > 0 && t.capitalized && IsVerb(t.tag) && s_[i - 1].capitalized &&
      (before == T::kJJ || before == T::kNNP || before == T::kNNPS)) {
    t.tag = T::kNNP;
    if (before == T::kJJ && s_[i - 1].Can(T::kNNP)) s_[i - 1].tag = T::kNNP;
    return;
  }
  // Closed-class words whose treebank tag is fixed by convention.
  if (WordIs(w, "to")) { t.tag = T::kTO; return; }
  if (kNot.Contains(w)) { t.tag = T::kRB; return; }
  // Predeterminers: "such a step", "all the troops".
  if (t.Can(T::kPDT) && next == T::kDT && kPredeterminers.Contains(w)) {
    t.tag = T::kPDT;
    return;
  }
  // "as many as", "as well as": the first "as" is an adverb.
  if (WordIs(w, "as") && (next == T::kJJ || next == T::kRB) && WordAt(i, 2, "as")) {
    t.tag = T::kRB;
    return;
  }

  // Modals, "to" and do-support select the bare verb: "will not call".
  const TokenState* prev = PrevSkippingAdverbs(i);
  // Between them and that verb a word that is also an adverb is the adverb:
  // "did not even consider", "will further discuss" (but "to even the
  // score", "to further the cause" take an object, not a verb).
  if (prev != nullptr && t.Can(T::kRB) &&
      (prev->Is(T::kMD) || prev->Is(T::kTO) || (IsVerb(prev->tag) && IsDo(prev->word))) && VerbAfterAdverbs(i)) {
    t.tag = T::kRB;
    return;
  }
  if (prev != nullptr && (prev->Is(T::kMD) || prev->Is(T::kTO) ||
                          (IsVerb(prev->tag) && IsDo(prev->word)))) {
    const bool noun_then_pause = prev->Is(T::kTO) && IsNoun(t.tag) &&
                                 (next == T::kComma || next == T::kPeriod);
    if (t.Can(T::kVB) && t.tag != T::kDT && t.tag != T::kCD && !noun_then_pause) {
      t.tag = T::kVB;
      return;
    }
  }

  // After a determiner or possessive the head of a noun phrase follows:
  // "the offer", "its talks".
  if ((before == T::kDT || before == T::kPRPS || before == T::kPOS || before == T::kWPS) &&
      IsVerb(t.tag)) {
    if (t.Is(T::kVBZ) && t.Can(T::kNNS)) { t.tag = T::kNNS; return; }
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN)) { t.tag = T::kNN; return; }
    if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kJJ)) { t.tag = T::kJJ; return; }
    if (t.Is(T::kVBG) && t.Can(T::kNN) && !IsNoun(next)) { t.tag = T::kNN; return; }
  }
  // "opened the Rafah crossing to": after a determiner and a name, a gerund
  // that no noun follows heads the phrase.
  if (t.Is(T::kVBG) && t.Can(T::kNN) && before == T::kNNP && TagBeforeName(i) == T::kDT && !IsNoun(next) &&
      next != T::kDT && next != T::kPRPS && next != T::kCD && next != T::kJJ) {
    t.tag = T::kNN;
    return;
  }
  // "held a phone call with": after a singular determiner and a singular
  // noun, a bare form cannot be the verb (it would need "-s"), so it is the
  // compound's head.
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && before == T::kNN && i >= 2 &&
      s_[i - 2].Is(T::kDT) && kSingularDeterminers.Contains(s_[i - 2].word)) {
    t.tag = T::kNN;
    return;
  }
  // "drawing a sharp rebuke from": after a singular determiner and an
  // adjective, a bare form with no object is the noun the phrase ends on.
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && before == T::kJJ && i >= 2 &&
      s_[i - 2].Is(T::kDT) && kSingularDeterminers.Contains(s_[i - 2].word) &&
      (next == T::kIN || next == T::kTO || next == T::kComma || next == T::kPeriod)) {
    t.tag = T::kNN;
    return;
  }
  // "in the south of Lebanon": after a determiner an adverb that is also a
  // noun is the noun.
  if (before == T::kDT && t.Is(T::kRB) && t.Can(T::kNN) && !IsAdjective(next) && next != T::kRB) {
    t.tag = T::kNN;
    return;
  }

  // An adjective that is also a noun heads the phrase after a possessive
  // when nothing nominal follows: "Sudan's military ousted the president"
  // (but "Iran's military leaders", "China's economic and military power").
  if (t.Is(T::kJJ) && t.Can(T::kNN) && before == T::kPOS && !IsNoun(next) && !IsPrenominal(next) &&
      next != T::kCC && next != T::kComma && next != T::kVBG) {
    t.tag = T::kNN;
    return;
  }
  // No adjective comes right before a determiner: after the subject that
  // opens the clause it is the verb ("Rohan and Gondor welcome the new
  // treaty").
  if (t.Is(T::kJJ) && t.Can(T::kVBP) && (next == T::kDT || next == T::kPRPS) && IsNoun(before) &&
      !FiniteVerbBefore(i) && ClauseOpensWithSubject(i)) {
    t.tag = T::kVBP;
    return;
  }
  // After "very" comes an adjective or adverb, never a verb: "drove very
  // close to the checkpoint".
  if (IsVerb(t.tag) && (t.Can(T::kJJ) || t.Can(T::kRB)) && i > 0 && WordIs(s_[i - 1].word, "very")) {
    t.tag = t.Can(T::kJJ) ? T::kJJ : T::kRB;
    return;
  }
  // A perfect: after "has", "have", "had" a form that is also a past
  // participle is the participle ("has celebrated the holiday"), unless it
  // is one that mostly qualifies nouns ("has renewed ties", "had sustained
  // losses").
  if (t.Is(T::kJJ) && t.Can(T::kVBN) && !word_classes::IsAdjectivalParticiple(w) && prev != nullptr &&
      IsHave(prev->word) && prev->word != "'d") {
    t.tag = T::kVBN;
    return;
  }
  // A noun that is also a participle after "has", "have", "had", before a
  // particle or the start of an object: "had shot down five jets", "has hit
  // the convoy".
  if (t.Is(T::kNN) && t.Can(T::kVBN) && prev != nullptr && IsHave(prev->word) && prev->word != "'d" &&
      i + 1 < s_.size() &&
      (kParticlesAfterName.Contains(s_[i + 1].word) || next == T::kDT || next == T::kCD || next == T::kPRPS)) {
    t.tag = T::kVBN;
    return;
  }
  // A passive: right after "was", "were", "been"... a noun that is also a
  // past participle is the participle ("was shot dead", "were hit by").
  if (t.Is(T::kNN) && t.Can(T::kVBN) && prev != nullptr && IsBe(prev->word) && next != T::kNN && next != T::kNNS) {
    t.tag = T::kVBN;
    return;
  }
  // A bare verb cannot follow "has": "has close ties", "have strong links".
  if (t.Is(T::kVB) && t.Can(T::kJJ) && IsNoun(next)) {
    const TokenState* prev_word = At(i, -1);
    if (prev_word != nullptr && IsHave(prev_word->word)) {
      t.tag = T::kJJ;
      return;
    }
  }
  // Nor a third-person or past verb that takes no bare infinitive: "seeks
  // help from", "offered support to" ("helped build" and "let go" do).
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) && (before == T::kVBZ || before == T::kVBD)) {
    const TokenState* prev_word = At(i, -1);
    if (prev_word != nullptr && !IsHave(prev_word->word) && !IsBe(prev_word->word) && !IsDo(prev_word->word) &&
        !kBareInfinitiveVerbs.Contains(prev_word->word)) {
      t.tag = T::kNN;
      return;
    }
  }
  // A lexicon that lists an "-ed" word as a noun first ("abducted") is
  // wrong when a noun phrase comes on both sides: "gunmen abducted two
  // engineers", "abducted more than 200 pupils".
  if (t.Is(T::kNN) && w.ends_with("ed") && t.Can(T::kVBD) && t.Can(T::kVBN) &&
      (IsNoun(before) || before == T::kPRP) &&
      (next == T::kDT || next == T::kCD || next == T::kNNS || next == T::kNNP || next == T::kNNPS ||
       next == T::kPRPS || next == T::kJJ || next == T::kPRP ||
       ((next == T::kJJR || next == T::kRBR) && WordAt(i, 2, "than")))) {
    t.tag = T::kVBD;
    ParticipleOrPast(i);
    return;
  }
  // A form that is also a participle, after a noun and a finite verb, with
  // its agent: "rejected the proposal put forward by Kyiv".
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBN) && IsNoun(before) && FiniteVerbBefore(i) &&
      (WordAt(i, 1, "by") || ((next == T::kRB || next == T::kRP) && WordAt(i, 2, "by")))) {
    t.tag = T::kVBN;
    return;
  }
  // A participle spelled like its base form after "be" or "have": "the
  // vote was put off", "have cut ties".
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kVBN)) {
    const TokenState* auxiliary = PrevSkippingAdverbs(i);
    if (auxiliary != nullptr && (IsHave(auxiliary->word) || IsBe(auxiliary->word))) {
      t.tag = T::kVBN;
      return;
    }
  }
  // Past tense or participle.
  if (t.Can(T::kVBD) && t.Can(T::kVBN) && (t.Is(T::kVBD) || t.Is(T::kVBN))) {
    ParticipleOrPast(i);
    return;
  }
  // An adjective-first past form as the verb of a clause that opened with
  // its subject: "The minister travelled to Pakistan".
  if (t.Is(T::kJJ) && t.Can(T::kVBD) && t.Can(T::kVBN) && IsNoun(before) && (next == T::kTO || next == T::kIN) &&
      !FiniteVerbBefore(i) && ClauseOpensWithSubject(i)) {
    t.tag = T::kVBD;
    ParticipleOrPast(i);
    return;
  }
  // An adjective-first participle after be/have with an agent: "is being
  // pressured by"; or after a noun, a reduced relative: "a ceasefire
  // brokered by Egypt".
  if (t.Is(T::kJJ) && (t.Can(T::kVBN) || w.ends_with("ed")) && WordAt(i, 1, "by") && prev != nullptr &&
      (IsBe(prev->word) || IsHave(prev->word) || before == T::kNN || before == T::kNNS)) {
    t.tag = T::kVBN;
    return;
  }

  // "faces mounting pressure", "warring factions": an adjective before a noun.
  if ((t.Can(T::kVBG) || t.Can(T::kVBN)) && t.Can(T::kJJ) && (next == T::kNN || next == T::kNNS) &&
      word_classes::IsAdjectivalParticiple(w)) {
    const TokenState* prev_word = At(i, -1);
    if (prev_word == nullptr || (!IsBe(prev_word->word) && !IsHave(prev_word->word))) {
      t.tag = T::kJJ;
      return;
    }
  }
  // After a preposition (and an adjective), a bare form is a noun: "put the
  // army on high alert", "troops on alert".
  if ((t.Is(T::kVB) || t.Is(T::kVBP)) && t.Can(T::kNN) &&
      (before == T::kIN || (before == T::kJJ && TagAt(i, -2) == T::kIN)) && !IsNoun(next) &&
      next != T::kDT && next != T::kPRPS && next != T::kPRP) {
    const TokenState* preposition = At(i, before == T::kIN ? -1 : -2);
    if (preposition != nullptr && !IsSubordinator(preposition->word) && !WordIs(preposition->word, "that")) {
      t.tag = T::kNN;
      return;
    }
  }
  // Gerund or noun: "in the killing ." / "to planning the massacres".
  if ((t.Is(T::kNN) || t.Is(T::kVBG)) && t.Can(T::kVBG) && t.Can(T::kNN)) {
    // Opening a clause right before a finite verb that takes no object, it
    // is that verb's subject: "as fighting escalated over the region",
    // "Shelling continued overnight" (but "after killing wounded soldiers").
    const TokenState* following = At(i, 1);
    const T after_next = TagAt(i, 2);
    if ((i == 0 || (before == T::kIN && IsSubordinator(s_[i - 1].word))) && following != nullptr &&
        (following->Can(T::kVBD) || following->Can(T::kVBZ)) && !IsNoun(after_next) &&
        after_next != T::kDT && after_next != T::kPRPS && after_next != T::kPRP && after_next != T::kCD) {
      t.tag = T::kNN;
      return;
    }
    if ((IsNoun(before) || before == T::kJJ) &&
        (IsPunct(next) || IsVerb(next) || next == T::kMD || next == T::kCC)) {
      t.tag = T::kNN;
      return;
    }
    // After an adjective and before a preposition: "ethnic cleansing of",
    // "heavy fighting in".
    if (before == T::kJJ && (next == T::kIN || next == T::kTO)) {
      t.tag = T::kNN;
      return;
    }
    // The head of a preposition's noun phrase: "hurt by Israeli tank
    // shelling near Rafah", "died in army shelling on Friday".
    if (before == T::kNN && next == T::kIN && InsidePrepositionalNp(i)) {
      t.tag = T::kNN;
      return;
    }
    if ((before == T::kIN || before == T::kTO || before == T::kComma) &&
        (next == T::kDT || next == T::kPRPS || next == T::kPRP || next == T::kCD ||
         (before == T::kComma && next == T::kJJ))) {
      t.tag = T::kVBG;
      return;
    }
    if (before == T::kIN && (next == T::kPeriod || next == T::kComma)) {
      t.tag = T::kNN;
      return;
    }
  }

  // Plural noun or third-person verb: "peace talks" / "the Taliban talks to".
  if ((t.Is(T::kNNS) && t.Can(T::kVBZ)) || (t.Is(T::kVBZ) && t.Can(T::kNNS))) {
    const TokenState* p = At(i, -1);
    if (p != nullptr && IsSingularSubjectPronoun(p->word)) { t.tag = T::kVBZ; return; }
    // After a determiner, number or adjective; or right after a verb or
    // preposition, where an object starts: "rejected calls for a truce".
    if (before == T::kDT || before == T::kPRPS || before == T::kPOS || before == T::kCD ||
        before == T::kJJ || before == T::kIN || (IsVerb(before) && before != T::kVBG)) {
      t.tag = T::kNNS;
      return;
    }
    // "rejected US calls for a ceasefire", "backed EU plans": a name right
    // after a verb that reports nothing modifies its plural object ("said US
    // calls for" may report).
    if (before == T::kNNP && TagAt(i, -2) == T::kVBD && !MayReport(At(i, -2)->word)) {
      t.tag = T::kNNS;
      return;
    }
    if ((before == T::kNN || before == T::kNNP || before == T::kWDT || before == T::kWP) &&
        !FiniteVerbBefore(i) && !VerbMayFollow(i) &&
        (next == T::kDT || next == T::kPRPS || next == T::kPRP || next == T::kTO ||
         next == T::kCD || next == T::kRB || next == T::kJJ)) {
      t.tag = T::kVBZ;
      return;
    }
    return;  // otherwise the lexicon's more frequent reading
  }

  // Base form or present tense: "they have", "officials say".
  if (t.Is(T::kVB) && t.Can(T::kVBP)) {
    const TokenState* p = At(i, -1);
    if ((p != nullptr && IsNonThirdPronoun(p->word)) ||
        ((before == T::kNNS || before == T::kNNPS) && !FiniteVerbBefore(i))) {
      t.tag = T::kVBP;
      return;
    }
  }

  // "that": relative pronoun, determiner or complementiser.
  if (WordIs(w, "that")) {
    if (IsNoun(before) && (IsVerb(next) || next == T::kMD)) { t.tag = T::kWDT; return; }
    const bool singular_follows =
        next == T::kNN || (next == T::kJJ && TagAt(i, 2) == T::kNN);
    if (singular_follows && !IsVerb(before)) { t.tag = T::kDT; return; }
    t.tag = T::kIN;
    return;
  }

  // Particles after verbs: "called off the talks", "set up a panel".
  if (t.Can(T::kRP) && IsVerb(before) && kParticles.Contains(w) &&
      !WordAt(i, 1, "of")) {
    if (StartsNounPhrase(next) || IsPunct(next) || next == T::kIN || next == T::kTO) {
      t.tag = T::kRP;
      return;
    }
  }

  // "more"/"most" before an adjective or adverb are adverbs of degree.
  if ((next == T::kJJ || next == T::kRB || next == T::kVBN) && kDegreeWords.Contains(w)) {
    Set(t, (WordIs(w, "more") || WordIs(w, "less")) ? T::kRBR : T::kRBS);
    return;
  }
}

void Rules::Backward(size_t i) {
  TokenState& t = s_[i];
  const T before = TagAt(i, -1);
  const T next = TagAt(i, 1);
  // Possessive or "is": "the Taliban's offer" / "it's over".
  if (WordIs(t.word, "'s")) {
    const TokenState* p = At(i, -1);
    if (p != nullptr && (before == T::kPRP || kIsAfterPronoun.Contains(p->word))) {
      t.tag = T::kVBZ;
    } else if (IsNoun(before) || before == T::kCloseQuote) {
      t.tag = T::kPOS;
      // Read as "is" in the forward pass, it made a participle of what is
      // the possessed noun: "Sweden's bid to join".
      if (i + 1 < s_.size()) {
        TokenState& possessed = s_[i + 1];
        if ((possessed.Is(T::kVBN) || possessed.Is(T::kVBD)) && possessed.Can(T::kNN) && !IsNoun(TagAt(i, 2)) &&
            TagAt(i, 2) != T::kJJ) {
          possessed.tag = T::kNN;
        }
      }
    }
    return;
  }
  // A capitalised "Without" or "Against" between capitalised words is part
  // of a name: "Doctors Without Borders", "Campaign Against Arms Trade".
  if (t.Is(T::kIN) && i > 0 && t.capitalized && (WordIs(t.word, "without") || WordIs(t.word, "against")) &&
      s_[i - 1].capitalized && i + 1 < s_.size() && s_[i + 1].capitalized &&
      (IsNoun(s_[i - 1].tag)) && IsNoun(next)) {
    t.tag = T::kNNP;
    if (s_[i - 1].Is(T::kNNS)) s_[i - 1].tag = T::kNNPS;
    return;
  }
  // A compass word before a demonym is part of it: "South Korean forces",
  // "North Korean missiles".
  if (t.Is(T::kNNP) && kCompassWords.Contains(t.word) && next == T::kJJ && i + 1 < s_.size() &&
      s_[i + 1].capitalized && (TagAt(i, 2) == T::kNN || TagAt(i, 2) == T::kNNS)) {
    t.tag = T::kJJ;
    return;
  }
  // A compass word between a preposition and a name modifies the name: "in
  // south Lebanon", "across north Syria".
  if (t.Is(T::kRB) && kCompassWords.Contains(t.word) && next == T::kNNP &&
      (before == T::kIN || before == T::kDT || before == T::kTO)) {
    t.tag = T::kJJ;
    return;
  }
  // A sentence's first word read in lower case may be a name after all:
  // "North Korea refused", "Polish officials said" (not "polish").
  if (i == 0 && t.capitalized && t.Can(T::kNNP) && !IsNoun(t.tag) && t.tag != T::kJJ && t.tag != T::kDT &&
      t.tag != T::kIN && t.tag != T::kCC && t.tag != T::kPRP && t.tag != T::kPRPS && t.tag != T::kTO &&
      t.tag != T::kMD && t.tag != T::kWDT && t.tag != T::kWP && t.tag != T::kWRB && t.tag != T::kEX) {
    if (next == T::kNNP || next == T::kNNPS) {
      t.tag = T::kNNP;
      return;
    }
    if ((next == T::kNN || next == T::kNNS) && IsVerb(t.tag)) {
      t.tag = T::kJJ;
      return;
    }
  }
  // "China, which ...", "Turkey said": a capitalised first word whose
  // capitalised form is a name, before a comma, a possessive or a verb.
  if (i == 0 && t.capitalized && t.Is(T::kNN) && t.Can(T::kNNP) &&
      (next == T::kComma || next == T::kPOS || next == T::kVBD || next == T::kVBZ || next == T::kMD)) {
    t.tag = T::kNNP;
    return;
  }
  // Capitalised nationality words: adjectives before common nouns ("Islamic
  // republic", "Nigerian student"), names inside names ("European Union").
  // A capitalised common-noun reading before a name is a title: "President Obama".
  // Mid-sentence, any capitalised noun before a name is part of it: "the
  // Defence Ministry".
  if (t.capitalized && t.Is(T::kNN) && next == T::kNNP &&
      (t.Can(T::kNNP) || (i > 0 && !IsPunct(before)))) {
    t.tag = T::kNNP;
    return;
  }
  if (t.capitalized && (t.Is(T::kNNP) || t.Is(T::kJJ))) {
    if (next == T::kNNP || next == T::kNNPS) {
      if (t.Is(T::kJJ) && t.Can(T::kNNP)) t.tag = T::kNNP;
    } else if ((next == T::kNN || next == T::kNNS) && t.Is(T::kNNP)) {
      const std::string_view w = t.word;
      const bool adjective_shape = !t.known && (w.ends_with("ian") || w.ends_with("ese") ||
                                                w.ends_with("ic") || w.ends_with("ish"));
      if ((t.Can(T::kJJ) && before != T::kNNP) || adjective_shape) t.tag = T::kJJ;
    }
    return;
  }
  // An adjective reading left as a phrase's last word is its head noun:
  // "the Belgian military in Congo", "the alliance chief said".
  if (t.Is(T::kJJ) && t.Can(T::kNN) && !t.capitalized &&
      (before == T::kDT || before == T::kJJ || IsNoun(before) || before == T::kPOS ||
       before == T::kPRPS) &&
      (next == T::kVBD || next == T::kVBZ || next == T::kVBP || next == T::kMD ||
       next == T::kIN || next == T::kComma || next == T::kPeriod)) {
    t.tag = T::kNN;
    return;
  }
}

}  // namespace

void ApplyContextRules(std::span<TokenState> sentence) { Rules(sentence).Run(); }

}  // namespace khaldun::lang_internal
