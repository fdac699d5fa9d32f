// Noun-phrase chunks, prepositional phrases, coordination and apposition.
//
// A chunk is what CoNLL-2000 calls an NP chunk: determiner, pre-modifiers
// and head, nothing after the head. Post-modifiers are links between
// chunks (PPs, appositions, relative clauses), which is how the coder needs
// them: "the leader of the Taliban" is [the leader] + PP(of [the Taliban]).
#include <cctype>
#include <span>

#include "lang/phrase_builder.h"
#include "lang/word_bits.h"
#include "lang/word_classes.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

bool IsDeterminer(PosTag t) { return t == T::kDT || t == T::kPRPS || t == T::kWPS; }

// Tags that may start a multi-word preposition ("because of", "ahead of",
// "according to", "in front of"); checking the tag first keeps the word
// table off the hot path for most tokens.
bool MayStartPreposition(PosTag t) {
  return t == T::kIN || t == T::kTO || t == T::kRB || t == T::kJJ || t == T::kVBG ||
         t == T::kNNS || t == T::kRP;
}

size_t PrepositionLength(const SentenceAnalysis& a, uint32_t i) {
  return MayStartPreposition(a.tags[i]) ? a.preposition_length[i] : 0;
}

// Fills preposition_length: the chunker asks for a token twice, and the
// verb-group finder also after a VBN. Only a word that may open one before
// one that may continue it is looked up (the word bits say which).
void FindMultiWordPrepositions(SentenceAnalysis& a) {
  a.preposition_length.assign(a.size(), 0);
  for (uint32_t i = 0; i + 1 < a.size(); ++i) {
    if (!wc::HasBit(a.word_bits[i], wc::kPrepositionFirstBit) ||
        !wc::HasBit(a.word_bits[i + 1], wc::kPrepositionSecondBit)) {
      continue;
    }
    // ("in the" opens a phrase only before "wake".)
    if (!wc::HasBit(a.word_bits[i + 1], wc::kPrepositionPairEndBit) &&
        !(i + 2 < a.size() && wc::HasBit(a.word_bits[i + 2], wc::kPrepositionThirdBit))) {
      continue;
    }
    if (MayStartPreposition(a.tags[i]) || a.tags[i] == T::kVBN) {
      const std::span<const std::string_view> words = std::span<const std::string_view>(a.words).subspan(i);
      a.preposition_length[i] = static_cast<uint8_t>(wc::MultiWordPrepositionLength(words));
    }
  }
}

class Chunker {
 public:
  Chunker(SentenceAnalysis* a, ChunkScan scan) : a_(*a), n_(a->size()), scan_(scan) {}

  void Run() {
    a_.np_of_word.assign(n_, kNone);
    int32_t pending_possessor = kNone;
    uint32_t i = 0;
    while (i < n_) {
      const PosTag t = a_.tags[i];
      if (const size_t length = PrepositionLength(a_, i); length > 1) {
        i += static_cast<uint32_t>(length);  // "in front of" is one preposition, not [front]
        pending_possessor = kNone;
        continue;
      }
      if (t == T::kPRP || t == T::kEX) {
        Add(i, i + 1, kNone, false, pending_possessor).pronoun = true;
        pending_possessor = kNone;
        ++i;
        continue;
      }
      if (scan_ == ChunkScan::kWhereOneMayOpen && !MayOpenChunk(i)) {
        pending_possessor = kNone;  // as when Scan finds no chunk
        ++i;
        continue;
      }
      int32_t determiner = kNone;
      bool possessive = false;
      const uint32_t end = Scan(i, pending_possessor != kNone, &determiner, &possessive);
      if (end == i) {
        pending_possessor = kNone;
        ++i;
        continue;
      }
      const int32_t index =
          static_cast<int32_t>(&Add(i, end, determiner, possessive, pending_possessor) - a_.nps.data());
      pending_possessor = possessive ? index : kNone;
      i = end;
    }
  }

 private:
  PosTag TagAt(uint32_t i) const { return i < n_ ? a_.tags[i] : T::kPeriod; }

  // Whether Scan may find a chunk at `i`. Where not, its first token takes
  // none of its branches: no determiner, "$", adjective, number, noun or
  // participle, and no number one or two tokens on for a quantity prefix
  // ("about 200", "more than 200"); the branches for quotes, adverbs and
  // "'s" need a token of the chunk before. Most verbs, prepositions and
  // punctuation are ruled out with a few tests instead of Scan's.
  bool MayOpenChunk(uint32_t i) const {
    const PosTag t = a_.tags[i];
    if (IsDeterminer(t) || t == T::kPDT || t == T::kDollar || IsAdjective(t) || t == T::kCD || IsNoun(t) ||
        t == T::kVBN || t == T::kVBG) {
      return true;
    }
    return TagAt(i + 1) == T::kCD || (i + 2 < n_ && a_.tags[i + 2] == T::kCD);
  }

  // The end of the chunk starting at `i` (== i when none starts there).
  uint32_t Scan(uint32_t i, bool after_possessor, int32_t* determiner, bool* possessive) const {
    uint32_t j = i;
    if (TagAt(j) == T::kPDT && IsDeterminer(TagAt(j + 1))) ++j;  // "all the", "both the"
    if (!after_possessor && IsDeterminer(TagAt(j))) *determiner = static_cast<int32_t>(j++);
    bool has_noun = false, has_number = false, quoted = false;
    while (j < n_) {
      const PosTag t = a_.tags[j];
      const PosTag next = TagAt(j + 1);
      if (!has_noun && t == T::kDollar && next == T::kCD) {
        ++j;
      } else if (t == T::kOpenQuote && !has_noun && !quoted && j > i && *determiner != kNone && QuotesModifiers(j)) {
        quoted = true;  // "a 'grave mistake'", "an ``unfriendly'' act": the quotation is in the phrase
        ++j;
      } else if (t == T::kCloseQuote && quoted) {
        quoted = false;
        ++j;
      } else if (const uint32_t prefix = !has_noun && !has_number ? QuantityPrefix(j) : 0; prefix > 0) {
        j += prefix;  // "about 200", "more than 200", "at least 12"
      } else if (IsAdjective(t) || t == T::kCD) {
        // After the head noun an adjective or number starts something else
        // ("the Taliban last week"); a number may close a name ("Aug. 4").
        // An acronym naming a state or body goes on into the noun it
        // modifies: "US special forces", "EU foreign ministers".
        // So does a body's name of several words: "European Union foreign
        // ministers", "Arab League foreign ministers".
        const uint32_t name_begin = *determiner == static_cast<int32_t>(i) ? i + 1 : i;
        // (Not before a count: "the European Union several times urged".)
        bool body_name = has_noun && j >= name_begin + 2 && IsBodyNameEnd(a_.words[j - 1]) &&
                         !wc::EqualsLower(a_.words[j], "several") && !wc::EqualsLower(a_.words[j], "many");
        for (uint32_t k = name_begin; body_name && k < j; ++k) body_name = IsProperNoun(a_.tags[k]);
        // (A number may come before it: "two U.S. military planes".)
        const bool right_after_name =
            j == i + 1 || (j == i + 2 && (*determiner == static_cast<int32_t>(i) || a_.tags[i] == T::kCD));
        const bool acronym_modifier = has_noun && t == T::kJJ && (wc::IsAcronym(a_.words[j - 1]) || body_name) &&
                                      (right_after_name || body_name) && IsNoun(next) && NoTimeWordAt(j);
        // So does a one-word name after a preposition (where no second object can follow it): "with the
        // Rohan main opposition party", "on Gondor state television"; or opening the sentence or following a
        // comma, after "the" ("In a statement, the Saudi foreign ministry") or bare ("Sri Lankan troops").
        const bool subject_position = (i == 0 || a_.tags[i - 1] == T::kComma) &&
                                      (*determiner == static_cast<int32_t>(i)
                                           ? wc::EqualsLower(a_.words[i], "the")
                                           : std::isupper(static_cast<unsigned char>(a_.words[j][0])) != 0);
        const bool name_modifier =
            has_noun && !acronym_modifier && t == T::kJJ && IsProperNoun(a_.tags[j - 1]) &&
            ((i > 0 && (a_.tags[i - 1] == T::kIN || a_.tags[i - 1] == T::kTO)) || subject_position) &&
            (j == i + 1 || (j == i + 2 && *determiner == static_cast<int32_t>(i))) &&
            (next == T::kNN || next == T::kNNS) && NoTimeWordAt(j);
        // A name's particle runs on into the hyphened word that ends the
        // name: "the al Qaeda-linked al Shabaab group".
        const bool particle_compound = has_noun && t == T::kJJ && IsProperNoun(a_.tags[j - 1]) &&
                                       !a_.words[j - 1].empty() &&
                                       std::islower(static_cast<unsigned char>(a_.words[j - 1][0])) &&
                                       std::isupper(static_cast<unsigned char>(a_.words[j][0])) &&
                                       a_.words[j].find('-') != std::string_view::npos && IsNoun(next);
        // In an apposition opened by a determiner after a comma (where no
        // second object can follow), a common noun runs on into the
        // adjective and noun it qualifies: "Cristiana Chamorro, a leading
        // opposition presidential hopeful, was placed under house arrest".
        const bool apposition_compound =
            has_noun && t == T::kJJ && a_.tags[j - 1] == T::kNN && *determiner == static_cast<int32_t>(i) && i > 0 &&
            a_.tags[i - 1] == T::kComma && (next == T::kNN || next == T::kNNS) &&
            !std::isupper(static_cast<unsigned char>(a_.words[j][0])) && NoTimeWordAt(j);
        if (has_noun && !acronym_modifier && !name_modifier && !particle_compound && !apposition_compound &&
            !(t == T::kCD && IsProperNoun(a_.tags[j - 1]) && !IsNoun(next))) {
          break;
        }
        has_number |= t == T::kCD;
        ++j;
        // Coordinated adjectives share the head: "Chinese and American
        // officials", "between Israeli and Palestinian negotiators", "elderly
        // and wounded hostages"; so does a nationality with a name after it.
        if (t == T::kJJ && !has_number && j + 2 < n_ && a_.tags[j] == T::kCC &&
            (wc::EqualsLower(a_.words[j], "and") || wc::EqualsLower(a_.words[j], "or")) &&
            (a_.tags[j + 1] == T::kJJ || a_.tags[j + 1] == T::kVBN ||
             // A nationality and a group's name: "Israeli and Hamas negotiators".
             (a_.tags[j + 1] == T::kNNP && std::isupper(static_cast<unsigned char>(a_.words[j - 1][0])) &&
              (a_.tags[j + 2] == T::kNN || a_.tags[j + 2] == T::kNNS))) &&
            (IsNoun(a_.tags[j + 2]) || a_.tags[j + 2] == T::kJJ)) {
          j += 2;
        }
        // So do adjectives joined by a comma: "complete, full diplomatic
        // ties", "a long, costly war" (not names: "Russian, Chinese and
        // Iranian officials" is a coordination).
        if (t == T::kJJ && !has_number && j + 2 < n_ && a_.tags[j] == T::kComma && a_.tags[j + 1] == T::kJJ &&
            (IsNoun(a_.tags[j + 2]) || a_.tags[j + 2] == T::kJJ) &&
            !std::isupper(static_cast<unsigned char>(a_.words[j - 1][0])) &&
            !std::isupper(static_cast<unsigned char>(a_.words[j + 1][0]))) {
          j += 1;
        }
      } else if (IsNoun(t)) {
        // "in Ukraine today", "met Ghani Monday", "shelled Kharkiv
        // overnight": a day after the head noun is a time phrase of its own.
        if (has_noun && (wc::HasBit(a_.word_bits[j], wc::kDayWordBit) || wc::EqualsLower(a_.words[j], "overnight"))) {
          break;
        }
        // ", a move Israel denounced", ", a claim Islamabad rejected", "in a
        // trial Washington denounced": a name after a deed or claim set off
        // by a comma (or opened by "a" after a preposition of manner or
        // place, not of time), before a past verb, opens a relative clause
        // without "that".
        if (has_noun && IsProperNoun(t) && !IsProperNoun(a_.tags[j - 1]) && i > 0 &&
            (a_.tags[i - 1] == T::kComma || IndefiniteAfterPreposition(i)) && OpensReducedRelative(j)) {
          break;
        }
        // "took journalists hostage": what people are made is a phrase of
        // its own, no compound with them (but "Hamas hostages").
        if (has_noun && a_.tags[j - 1] == T::kNNS &&
            (wc::EqualsLower(a_.words[j], "hostage") || wc::EqualsLower(a_.words[j], "hostages") ||
             wc::EqualsLower(a_.words[j], "captive"))) {
          break;
        }
        has_noun = true;
        ++j;
      } else if ((t == T::kVBN || t == T::kVBG) && !has_noun &&
                 ((j > i && (IsDeterminer(a_.tags[j - 1]) || IsAdjective(a_.tags[j - 1]) ||
                             a_.tags[j - 1] == T::kCD || a_.tags[j - 1] == T::kRB)) ||
                  (j == i && i > 0 && a_.tags[i - 1] == T::kPOS)) &&
                 (IsNoun(next) || IsAdjective(next))) {
        ++j;  // "the ruling party", "the injured soldiers", "Sudan's warring parties"
      } else if (t == T::kVBN && j == i && i > 0 &&
                 (IsNoun(next) || (IsAdjective(next) && j + 2 < n_ && IsNoun(a_.tags[j + 2]))) &&
                 (a_.tags[i - 1] == T::kIN || (IsVerb(a_.tags[i - 1]) && !IsAuxiliary(a_.word_bits[i - 1])) ||
                  (IsProperNoun(a_.tags[i - 1]) && IsNoun(next)))) {
        ++j;  // "met (with) jailed activists", "rejected revised economic
              // ties", "send Marder armoured vehicles"; not "has killed civilians"
      } else if (t == T::kRB && !has_noun && j > i && IsDeterminer(a_.tags[j - 1]) &&
                 (IsAdjective(next) || next == T::kVBN)) {
        ++j;  // "a very large", "an increasingly violent"
      } else if (t == T::kPOS && (has_noun || has_number)) {
        *possessive = true;
        return j + 1;
      } else {
        break;
      }
    }
    if (has_noun || has_number) return j;
    // No noun: "the poor" (determiner + adjective) is a phrase, a bare
    // adjective is predicative; a lone demonstrative/quantifier stands alone.
    if (*determiner != kNone && j > static_cast<uint32_t>(*determiner) + 1) return j;
    if (*determiner != kNone && j == static_cast<uint32_t>(*determiner) + 1 &&
        a_.tags[static_cast<uint32_t>(*determiner)] == T::kDT &&
        wc::IsPronominalDeterminer(a_.words[static_cast<uint32_t>(*determiner)])) {
      return j;
    }
    *determiner = kNone;
    return i;
  }

  // Whether the adjective at `j` and the noun after it (which must exist)
  // are no time phrase: not "last week", "the Taliban Monday".
  bool NoTimeWordAt(uint32_t j) const {
    return !wc::HasBit(a_.word_bits[j], wc::kPeriodDeterminerBit) &&
           !wc::HasBit(a_.word_bits[j + 1], wc::kPeriodWordBit) && !wc::HasBit(a_.word_bits[j + 1], wc::kDayWordBit);
  }

  // Whether the opening quote at `j` encloses only a few adjectives and
  // nouns, closed before anything else.
  bool QuotesModifiers(uint32_t j) const {
    for (uint32_t k = j + 1; k < n_ && k <= j + 5; ++k) {
      const PosTag t = a_.tags[k];
      if (t == T::kCloseQuote) return k > j + 1;
      if (!IsAdjective(t) && !IsNoun(t) && t != T::kVBN && t != T::kVBG && t != T::kRB) return false;
    }
    return false;
  }

  // Whether the phrase at `i` opens with "a" or "an" right after a
  // preposition of place or manner (wc::OpensDeedBeforeRelative; "after an
  // attack Israel struck Gaza" is a new clause).
  bool IndefiniteAfterPreposition(uint32_t i) const {
    return i > 0 && i + 1 < n_ && a_.tags[i - 1] == T::kIN &&
           (wc::EqualsLower(a_.words[i], "a") || wc::EqualsLower(a_.words[i], "an")) &&
           wc::OpensDeedBeforeRelative(a_.words[i - 1]);
  }

  // Whether the name at `j`, after a deed or claim noun, is the subject of
  // the verb right after it (and its other names): past, present or a
  // perfect ("a charge Abu Dhabi has denied", "a claim Moscow denies").
  bool OpensReducedRelative(uint32_t j) const {
    const std::string_view noun = a_.lemma(j - 1);
    if (!wc::IsDeedOrChargeNoun(noun)) return false;
    uint32_t k = j;
    while (k < n_ && IsProperNoun(a_.tags[k])) ++k;
    // ("a move Taiwan's government denounced", "a step New Delhi's foreign
    // ministry called unfair": the name's possessed subject.)
    if (k + 1 < n_ && a_.tags[k] == T::kPOS) {
      ++k;
      while (k < n_ && (a_.tags[k] == T::kJJ || a_.tags[k] == T::kNN || a_.tags[k] == T::kNNP)) ++k;
    }
    // ("a verdict U.N. human rights chief Michelle Bachelet condemned": a
    // body's name, a title ending in an office and the person's name.)
    uint32_t title = k;
    while (title < n_ && (a_.tags[title] == T::kJJ || a_.tags[title] == T::kNN || a_.tags[title] == T::kNNS)) ++title;
    if (title > k && title < n_ && IsProperNoun(a_.tags[title]) && wc::IsOfficeNoun(a_.words[title - 1])) {
      k = title;
      while (k < n_ && IsProperNoun(a_.tags[k])) ++k;
    }
    if (k >= n_) return false;
    if (a_.tags[k] == T::kVBD || a_.tags[k] == T::kVBZ || a_.tags[k] == T::kVBP) {
      if (wc::AuxiliaryOfBits(a_.word_bits[k]) != wc::Auxiliary::kHave) return a_.tags[k] == T::kVBD || k + 1 >= n_ ||
                                                                       !IsNoun(a_.tags[k + 1]);
      ++k;  // "has (repeatedly) denied"
      while (k < n_ && a_.tags[k] == T::kRB) ++k;
      return k < n_ && a_.tags[k] == T::kVBN;
    }
    return false;
  }

  // "US", "UK", "EU", "U.S.": two to four capitals (and periods).
  // The last word of a name of an international or state body.
  static bool IsBodyNameEnd(std::string_view w) {
    return w == "Union" || w == "League" || w == "Nations" || w == "Council" || w == "Commission" ||
           w == "Alliance" || w == "Community" || w == "Organisation" || w == "Organization";
  }

  // A form of "be", "have" or "get" (by its word bits), which makes a
  // following participle a verb.
  static bool IsAuxiliary(uint32_t word_bits) {
    const wc::Auxiliary auxiliary = wc::AuxiliaryOfBits(word_bits);
    return auxiliary != wc::Auxiliary::kNone && auxiliary != wc::Auxiliary::kDo;
  }

  // Words of a quantity prefix before a number at `j`, or 0.
  uint32_t QuantityPrefix(uint32_t j) const {
    const std::string_view w = a_.words[j];
    const PosTag t = a_.tags[j];
    if ((t == T::kRB || t == T::kIN || t == T::kJJ) && TagAt(j + 1) == T::kCD &&
        wc::IsQuantityAdverb(w) && !wc::EqualsLower(w, "at")) {
      return 1;
    }
    if (j + 2 < n_ && a_.tags[j + 2] == T::kCD &&
        ((wc::IsQuantityAdverb(w) && wc::EqualsLower(a_.words[j + 1], "than")) ||
         (wc::EqualsLower(w, "at") && (wc::EqualsLower(a_.words[j + 1], "least") ||
                                       wc::EqualsLower(a_.words[j + 1], "most"))))) {
      return 2;
    }
    return 0;
  }

  NounPhrase& Add(uint32_t begin, uint32_t end, int32_t determiner, bool possessive, int32_t possessor) {
    NounPhrase np;
    np.begin = begin;
    np.end = end;
    np.determiner = determiner;
    const uint32_t last = possessive ? end - 1 : end;  // exclude the POS token
    uint32_t head = last - 1;
    for (uint32_t k = last; k > begin; --k) {
      if (IsNoun(a_.tags[k - 1]) || a_.tags[k - 1] == T::kPRP || a_.tags[k - 1] == T::kEX) {
        head = k - 1;
        break;
      }
    }
    np.head = head;
    np.proper = IsProperNoun(a_.tags[head]);
    // The name / head-noun run: same properness as the head, back to the
    // first word that differs (a title like "chief" or a modifier).
    uint32_t name_begin = head;
    while (name_begin > begin && IsNoun(a_.tags[name_begin - 1]) &&
           IsProperNoun(a_.tags[name_begin - 1]) == np.proper) {
      --name_begin;
    }
    np.name_begin = name_begin;
    np.modifiers_begin = determiner != kNone ? static_cast<uint32_t>(determiner) + 1 : begin;
    if (np.modifiers_begin > name_begin) np.modifiers_begin = name_begin;
    np.full_begin = begin;
    const int32_t index = static_cast<int32_t>(a_.nps.size());
    if (possessor != kNone) {
      np.possessor = possessor;
      np.full_begin = a_.nps[static_cast<size_t>(possessor)].full_begin;
      a_.nps[static_cast<size_t>(possessor)].possessed = index;
    }
    np.temporal = IsTemporal(np);
    for (uint32_t k = begin; k < end; ++k) a_.np_of_word[k] = index;
    a_.nps.push_back(np);
    return a_.nps.back();
  }

  bool IsTemporal(const NounPhrase& np) const {
    if (np.end - np.begin > 4) return false;
    const uint32_t head = a_.word_bits[np.head];
    if (wc::HasBit(head, wc::kDateWordBit)) return true;
    if (!wc::HasBit(head, wc::kPeriodWordBit)) return false;
    for (uint32_t k = np.begin; k < np.head; ++k) {
      if (wc::HasBit(a_.word_bits[k], wc::kPeriodDeterminerBit)) return true;
    }
    return false;
  }

  SentenceAnalysis& a_;
  const uint32_t n_;
  const ChunkScan scan_;
};

// The last NP of the possessor chain starting with `np` ("the Taliban 's
// leader" -> leader).
int32_t ChainEnd(const SentenceAnalysis& a, int32_t np) {
  while (np != kNone && a.nps[static_cast<size_t>(np)].possessed != kNone) {
    np = a.nps[static_cast<size_t>(np)].possessed;
  }
  return np;
}

// True when a finite verb (after optional adverbs) follows position `i`:
// then the NP before it is a subject, not a prepositional object or a member.
bool FiniteVerbAt(const SentenceAnalysis& a, uint32_t i) {
  while (i < a.size() && IsAdverb(a.tags[i])) ++i;
  return i < a.size() && IsFiniteVerb(a.tags[i]);
}

void FindPrepPhrases(SentenceAnalysis& a) {
  const uint32_t n = a.size();
  for (uint32_t i = 0; i < n; ++i) {
    const PosTag t = a.tags[i];
    size_t length = PrepositionLength(a, i);
    if (length == 0 && (t == T::kIN || t == T::kTO)) length = 1;
    if (length == 0) continue;
    const uint32_t j = i + static_cast<uint32_t>(length);
    if (wc::EqualsLower(a.words[i], "that") && length == 1) continue;  // complementiser
    if (j >= n || a.np_of_word[j] == kNone) continue;
    const int32_t first = a.np_of_word[j];
    if (a.nps[static_cast<size_t>(first)].full_begin != j) continue;
    const int32_t object = ChainEnd(a, first);
    const uint32_t after = a.nps[static_cast<size_t>(object)].end;
    // "as the US leader prepared": a subordinate clause's subject.
    if (length == 1 && wc::HasBit(a.word_bits[i], wc::kSubordinatorBit) && FiniteVerbAt(a, after)) continue;
    PrepPhrase pp;
    pp.preposition = i;
    pp.preposition_end = j;
    pp.object_np = object;
    a.nps[static_cast<size_t>(object)].pp_object_of = static_cast<int32_t>(a.pps.size());
    a.pps.push_back(pp);
    i = j - 1;
  }
}

// The base NP chain (possessor included) starting exactly at token `i`.
int32_t ChainStartingAt(const SentenceAnalysis& a, uint32_t i) {
  if (i >= a.size() || a.np_of_word[i] == kNone) return kNone;
  const int32_t np = a.np_of_word[i];
  if (a.nps[static_cast<size_t>(np)].full_begin != i) return kNone;
  return ChainEnd(a, np);
}

// Where a phrase ending at token `end` ends with the "of" phrases that
// follow it: "thousands of Israelis".
uint32_t EndPastOfPhrases(const SentenceAnalysis& a, uint32_t end) {
  for (int guard = 0; guard < 4 && end + 1 < a.size() && wc::EqualsLower(a.words[end], "of"); ++guard) {
    const int32_t next = ChainStartingAt(a, end + 1);
    if (next == kNone) break;
    end = a.nps[static_cast<size_t>(next)].end;
  }
  return end;
}

bool IsCoordinator(std::string_view w) {
  return wc::EqualsLower(w, "and") || wc::EqualsLower(w, "or") || wc::EqualsLower(w, "nor");
}

// Where the phrase ending at token `end` ends with its "of" phrases and the
// phrases "and" or "or" join to it: ", and Hamas and Israel blamed".
uint32_t EndPastJoinedPhrases(const SentenceAnalysis& a, uint32_t end) {
  end = EndPastOfPhrases(a, end);
  for (int guard = 0; guard < 4 && end + 1 < a.size() && a.tags[end] == T::kCC && IsCoordinator(a.words[end]);
       ++guard) {
    const int32_t next = ChainStartingAt(a, end + 1);
    if (next == kNone) break;
    end = EndPastOfPhrases(a, a.nps[static_cast<size_t>(next)].end);
  }
  return end;
}

// Whether token i lies in a prepositional phrase opening the sentence
// ("After months of talks"): a preposition first, then no comma or verb.
bool InOpeningPrepPhrase(const SentenceAnalysis& a, uint32_t i) {
  if (i == 0 || i >= a.size() || a.tags[0] != T::kIN) return false;
  for (uint32_t k = 1; k < i; ++k) {
    if (a.tags[k] == T::kComma || IsVerb(a.tags[k])) return false;
  }
  return true;
}

// Whether a finite verb other than a speech or cognition verb comes before
// token `i`, with none of those after it.
bool ClauseVerbBefore(const SentenceAnalysis& a, uint32_t i) {
  for (uint32_t k = i; k-- > 0;) {
    if (!IsFiniteVerb(a.tags[k])) continue;
    const std::string_view lemma = a.lemma(k);
    return !wc::IsSpeechVerb(lemma) && !wc::IsCognitionVerb(lemma);
  }
  return false;
}

// "that", "whether", "after": words tagged as prepositions that may open a
// clause, whose subject the coordination then is.
bool OpensClauseWord(std::string_view w) {
  return wc::EqualsLower(w, "that") || wc::IsSubordinator(w) || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z');
}

// Where a state's (or bank's) name whose head takes "of" ends: "the
// Democratic Republic of Congo", "the United States of America", "the Bank
// of England" end after their "of" phrase's name; other phrases where they
// do ("ministers of France" ends at "ministers").
uint32_t NameEnd(const SentenceAnalysis& a, const NounPhrase& np) {
  static constexpr auto kNameHeads =
      MakeSet("republic", "kingdom", "federation", "emirates", "emirate", "union", "states", "commonwealth",
              "sultanate", "principality", "bank");
  const uint32_t of = np.end;
  if (of + 1 >= a.size() || a.words[of] != "of" || !IsProperNoun(a.tags[np.head]) ||
      !kNameHeads.Contains(a.words[np.head])) {
    return np.end;
  }
  const int32_t name = a.np_of_word[of + 1];
  if (name == kNone || a.nps[static_cast<size_t>(name)].full_begin != of + 1 ||
      !IsProperNoun(a.tags[a.nps[static_cast<size_t>(name)].head])) {
    return np.end;
  }
  return a.nps[static_cast<size_t>(name)].end;
}

// Where an office's phrase ends when its "of" phrase names a state and an
// office of someone else follows "and": "The president of Cyprus and the
// Turkish Cypriot leader agreed" joins the two officeholders, not Cyprus
// and the leader, and so does a titled name after "and" (but "ministers of
// France and Germany" keeps the two states). np.end otherwise.
uint32_t OfficeOfNameEnd(const SentenceAnalysis& a, const NounPhrase& np) {
  const uint32_t of = np.end;
  if (of + 1 >= a.size() || a.words[of] != "of" || !wc::IsOfficeNoun(a.lemma(np.head))) return np.end;
  const int32_t name = a.np_of_word[of + 1];
  if (name == kNone) return np.end;
  const NounPhrase& state = a.nps[static_cast<size_t>(name)];
  if (state.full_begin != of + 1 || !IsProperNoun(a.tags[state.head]) || state.end + 1 >= a.size() ||
      !wc::EqualsLower(a.words[state.end], "and")) {
    return np.end;
  }
  const int32_t next = a.np_of_word[state.end + 1];
  if (next == kNone) return np.end;
  const NounPhrase& other = a.nps[static_cast<size_t>(next)];
  if (other.full_begin != state.end + 1) return np.end;
  // ... or an officeholder named with a title: "Secretary of State Marco
  // Rubio and Russian Foreign Minister Sergei Lavrov held talks".
  auto titled_name = [&](const NounPhrase& p) {
    if (!IsProperNoun(a.tags[p.head])) return false;
    for (uint32_t i = p.begin; i < p.head; ++i) {
      if (wc::IsOfficeNoun(a.lemma(i))) return true;
    }
    return false;
  };
  const bool office = other.determiner != kNone && wc::IsOfficeNoun(a.lemma(other.head));
  if (!office && !titled_name(other)) return np.end;
  return state.end;
}

bool IsIndefiniteArticle(const SentenceAnalysis& a, uint32_t i) {
  return i < a.size() && a.tags[i] == T::kDT && (wc::EqualsLower(a.words[i], "a") || wc::EqualsLower(a.words[i], "an"));
}

void FindCoordinations(SentenceAnalysis& a) {
  const uint32_t n = a.size();
  const size_t base_count = a.nps.size();
  for (size_t k = 0; k < base_count; ++k) {
    const int32_t first = static_cast<int32_t>(k);
    const NounPhrase& np = a.nps[k];
    if (np.possessed != kNone || np.temporal || np.coordination != kNone) continue;
    const size_t pool_begin = a.index_pool.size();
    a.index_pool.push_back(static_cast<uint32_t>(first));
    uint32_t pos = NameEnd(a, np);
    if (pos == np.end) pos = OfficeOfNameEnd(a, np);
    bool coordinated = false;
    while (pos + 1 < n) {
      if (a.tags[pos] == T::kComma && !IsCoordinator(a.words[pos + 1])) {
        const int32_t next = ChainStartingAt(a, pos + 1);
        if (next == kNone || a.nps[static_cast<size_t>(next)].temporal) break;
        // "Sali Berisha, a former prime minister and president,": after a
        // name, "a" opens an apposition, not a list's next member.
        if (np.proper && a.index_pool.size() - pool_begin == 1 && IsIndefiniteArticle(a, pos + 1)) break;
        a.index_pool.push_back(static_cast<uint32_t>(next));
        pos = a.nps[static_cast<size_t>(next)].end;
        continue;
      }
      uint32_t cc = pos;
      if (a.tags[cc] == T::kComma && IsCoordinator(a.words[cc + 1])) ++cc;  // Oxford comma
      if (a.tags[cc] != T::kCC || !IsCoordinator(a.words[cc])) break;
      const int32_t last = ChainStartingAt(a, cc + 1);
      if (last == kNone || a.nps[static_cast<size_t>(last)].temporal ||
          a.nps[static_cast<size_t>(last)].coordination != kNone) {
        break;
      }
      // "rejected the offer and the US said ...": clauses, not NPs. A
      // subject coordination ("Armenia and Azerbaijan exchanged") is not
      // preceded by a verb, unless a speech or cognition verb introduces it
      // as its report ("believes India and China can cope").
      // "fired missiles at an army base, and Israel responded": a comma
      // before the only "and" of two phrases joins clauses.
      // (Past its "of" phrases too: ", and thousands of Israelis protested";
      // and past the phrases joined to it: ", and Hamas and Israel blamed".)
      if (cc != pos && a.index_pool.size() - pool_begin == 1 &&
          FiniteVerbAt(a, EndPastJoinedPhrases(a, a.nps[static_cast<size_t>(last)].end))) {
        break;
      }
      if (FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end) && np.full_begin > 0 &&
          (IsVerb(a.tags[np.full_begin - 1]) || a.tags[np.full_begin - 1] == T::kRP) &&
          !(IsVerb(a.tags[np.full_begin - 1]) && (wc::IsSpeechVerb(a.lemma(np.full_begin - 1)) ||
                                                  wc::IsCognitionVerb(a.lemma(np.full_begin - 1))))) {
        break;
      }
      // "Trump met Zelensky in Paris and the Ukrainian leader left": after a
      // preposition of a clause whose verb came before (not a speech verb's:
      // "said leaders of France and Germany met"), "and" before a phrase
      // and its verb joins clauses. ("Between" takes two: "as fighting
      // between the army and the RSF raged".)
      if (FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end) && np.full_begin > 0 &&
          (a.tags[np.full_begin - 1] == T::kIN || a.tags[np.full_begin - 1] == T::kTO) &&
          !wc::EqualsLower(a.words[np.full_begin - 1], "between") &&
          !OpensClauseWord(a.words[np.full_begin - 1]) && ClauseVerbBefore(a, np.full_begin)) {
        break;
      }
      // "After months of negotiations, Armenia and Azerbaijan agreed": the
      // phrase of a sentence-opening preposition is no member of the
      // subject that follows its comma.
      if (a.index_pool.size() - pool_begin >= 2 && InOpeningPrepPhrase(a, np.full_begin) &&
          FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end)) {
        break;
      }
      a.index_pool.push_back(static_cast<uint32_t>(last));
      pos = a.nps[static_cast<size_t>(last)].end;
      coordinated = true;
      // "U.S. and British warplanes and warships struck": a subject opening
      // the sentence takes a last bare plural joined by a second "and"
      // before its verb.
      if (np.full_begin == 0 && pos + 2 < n && a.tags[pos] == T::kCC && wc::EqualsLower(a.words[pos], "and")) {
        const int32_t more = ChainStartingAt(a, pos + 1);
        if (more != kNone) {
          const NounPhrase& bare = a.nps[static_cast<size_t>(more)];
          if (bare.determiner == kNone && !bare.proper && !bare.temporal && bare.coordination == kNone &&
              bare.full_begin == pos + 1 && a.tags[bare.head] == T::kNNS && FiniteVerbAt(a, bare.end)) {
            a.index_pool.push_back(static_cast<uint32_t>(more));
            pos = bare.end;
          }
        }
      }
      break;
    }
    if (!coordinated) {
      a.index_pool.resize(pool_begin);
      continue;
    }
    const int32_t index = static_cast<int32_t>(a.nps.size());
    NounPhrase coordination;
    coordination.kind = NounPhraseKind::kCoordination;
    coordination.members = {static_cast<uint32_t>(pool_begin), static_cast<uint32_t>(a.index_pool.size())};
    coordination.full_begin = coordination.begin = a.nps[k].full_begin;
    coordination.modifiers_begin = coordination.name_begin = coordination.begin;
    coordination.end = pos;
    coordination.head = a.nps[k].head;
    coordination.proper = a.nps[k].proper;
    // A PP governs the whole coordination: "with Pakistan and the US".
    coordination.pp_object_of = a.nps[k].pp_object_of;
    if (coordination.pp_object_of != kNone) {
      a.pps[static_cast<size_t>(coordination.pp_object_of)].object_np = index;
      a.nps[k].pp_object_of = kNone;
    }
    for (size_t m = pool_begin; m < a.index_pool.size(); ++m) a.nps[a.index_pool[m]].coordination = index;
    a.nps.push_back(coordination);
  }
}

bool ClosesApposition(const SentenceAnalysis& a, uint32_t i) {
  if (i >= a.size()) return true;
  const PosTag t = a.tags[i];
  return t == T::kComma || t == T::kPeriod || t == T::kColon || t == T::kCloseQuote || t == T::kRRB ||
         a.tags[i] == T::kWDT || a.tags[i] == T::kWP;
}

// "The foreign ministers of Russia and Ukraine , Sergei Lavrov and Dmytro
// Kuleba , met": names joined by "and" between commas, right after the "of"
// phrase of a plural common noun, rename that noun (a list of places goes
// on with more of its own: "from Russia and Belarus , France and Germany
// ,").
void FindCoordinatedAppositions(SentenceAnalysis& a) {
  for (size_t k = 0; k < a.nps.size(); ++k) {
    const NounPhrase& x = a.nps[k];
    if (x.kind != NounPhraseKind::kCoordination || x.pp_object_of == kNone || x.end + 1 >= a.size() ||
        a.tags[x.end] != T::kComma) {
      continue;
    }
    const PrepPhrase& of = a.pps[static_cast<size_t>(x.pp_object_of)];
    if (!wc::EqualsLower(a.words[of.preposition], "of") || of.preposition == 0) continue;
    const int32_t head_np = a.np_of_word[of.preposition - 1];
    if (head_np == kNone || a.tags[a.nps[static_cast<size_t>(head_np)].head] != T::kNNS ||
        a.nps[static_cast<size_t>(head_np)].apposition != kNone) {
      continue;
    }
    const int32_t first = a.np_of_word[x.end + 1];
    if (first == kNone || a.nps[static_cast<size_t>(first)].coordination == kNone) continue;
    const int32_t y = a.nps[static_cast<size_t>(first)].coordination;
    const NounPhrase& names = a.nps[static_cast<size_t>(y)];
    if (names.begin != x.end + 1 || !names.proper || names.appositive_of != kNone ||
        names.end + 1 >= a.size() || a.tags[names.end] != T::kComma || !FiniteVerbAt(a, names.end + 1)) {
      continue;
    }
    a.nps[static_cast<size_t>(head_np)].apposition = y;
    a.nps[static_cast<size_t>(y)].appositive_of = head_np;
  }
}

void FindAppositions(SentenceAnalysis& a) {
  const size_t base_count = a.nps.size();
  for (size_t k = 0; k < base_count; ++k) {
    NounPhrase& x = a.nps[k];
    if (x.kind != NounPhraseKind::kBase || x.possessed != kNone || x.pronoun || x.temporal ||
        x.coordination != kNone || x.end + 1 >= a.size() || a.tags[x.end] != T::kComma) {
      continue;
    }
    int32_t y = ChainStartingAt(a, x.end + 1);
    if (y == kNone) continue;
    // ("Sali Berisha , a former prime minister and president ,": roles
    // joined by "and" that "a" opens rename the name together.)
    if (const int32_t joined = a.nps[static_cast<size_t>(y)].coordination;
        joined != kNone && x.proper && IsIndefiniteArticle(a, x.end + 1) &&
        a.nps[static_cast<size_t>(joined)].begin == a.nps[static_cast<size_t>(y)].begin) {
      y = joined;
    }
    const NounPhrase& second = a.nps[static_cast<size_t>(y)];
    if (second.pronoun || second.temporal || (second.coordination != kNone && second.kind != NounPhraseKind::kCoordination)) {
      continue;
    }
    // "in Makkah , Khalilzad ,": two bare names after a preposition are a
    // fronted place and the subject, not an apposition; but after a
    // common noun's phrase the name renames that noun ("The Russian
    // commander in Syria , General Sergei Surovikin ,": the commander).
    int32_t renamed = kNone;
    if (x.pp_object_of != kNone && x.proper && second.proper && second.determiner == kNone) {
      const uint32_t preposition = a.pps[static_cast<size_t>(x.pp_object_of)].preposition;
      const int32_t before = preposition > 0 ? a.np_of_word[preposition - 1] : kNone;
      if (before == kNone || a.nps[static_cast<size_t>(before)].proper ||
          a.nps[static_cast<size_t>(before)].pronoun || a.nps[static_cast<size_t>(before)].temporal ||
          (a.tags[a.nps[static_cast<size_t>(before)].head] != T::kNN &&
           a.tags[a.nps[static_cast<size_t>(before)].head] != T::kNNS)) {
        continue;
      }
      renamed = ChainEnd(a, before);
    }
    uint32_t after = second.end;
    // "Ashraf Ghani , the president of Afghanistan , said", "Abdullah
    // Abdullah , the chairman of the High Council for National
    // Reconciliation , visited", "the US envoy for peace in Afghanistan ,".
    for (int hops = 0; hops < 4 && after + 1 < a.size() && ChainStartingAt(a, after + 1) != kNone &&
                       (wc::EqualsLower(a.words[after], "of") || wc::EqualsLower(a.words[after], "for") ||
                        wc::EqualsLower(a.words[after], "on") || wc::EqualsLower(a.words[after], "to") ||
                        wc::EqualsLower(a.words[after], "in"));
         ++hops) {
      after = a.nps[static_cast<size_t>(ChainStartingAt(a, after + 1))].end;
    }
    if (!ClosesApposition(a, after)) continue;
    // Climb "the head of the UN": the apposition belongs to the head.
    int32_t anchor = renamed != kNone ? renamed : static_cast<int32_t>(k);
    while (a.nps[static_cast<size_t>(anchor)].pp_object_of != kNone) {
      const PrepPhrase& pp = a.pps[static_cast<size_t>(a.nps[static_cast<size_t>(anchor)].pp_object_of)];
      if (!wc::EqualsLower(a.words[pp.preposition], "of") || pp.preposition == 0 ||
          a.np_of_word[pp.preposition - 1] == kNone) {
        break;
      }
      anchor = ChainEnd(a, a.np_of_word[pp.preposition - 1]);
    }
    a.nps[static_cast<size_t>(anchor)].apposition = y;
    a.nps[static_cast<size_t>(y)].appositive_of = anchor;
  }
  FindCoordinatedAppositions(a);
}

}  // namespace

void ChunkNounPhrases(SentenceAnalysis* analysis, ChunkScan scan) {
  FindMultiWordPrepositions(*analysis);
  Chunker(analysis, scan).Run();
}

void LinkNounPhrases(SentenceAnalysis* analysis) {
  FindPrepPhrases(*analysis);
  FindCoordinations(*analysis);
  FindAppositions(*analysis);
}

}  // namespace khaldun::lang_internal
