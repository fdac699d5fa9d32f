// Noun-phrase chunks (prepositional phrases, coordination and apposition
// over them are in noun_phrase_links.cc).
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
      // ("due to resume": "to" before a bare verb marks its infinitive.)
      if (a.preposition_length[i] == 2 && i + 2 < a.size() && a.tags[i + 2] == T::kVB && a.tags[i + 1] == T::kTO) {
        a.preposition_length[i] = 0;
      }
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
    if (OpensAfterPossessive(i, i) && IsAdjective(TagAt(i + 1))) return true;  // "Trump's most vocal admirers"
    return TagAt(i + 1) == T::kCD || (i + 2 < n_ && a_.tags[i + 2] == T::kCD);
  }

  // Whether the degree adverb at `j` ("most", "more", "least") is the first token `i` of a chunk right after a
  // possessive "'s": it opens the possessed phrase.
  bool OpensAfterPossessive(uint32_t j, uint32_t i) const {
    return j == i && i > 0 && (a_.tags[i] == T::kRBS || a_.tags[i] == T::kRBR) && a_.tags[i - 1] == T::kPOS;
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
        const bool acronym_modifier = has_noun && t == T::kJJ && IsNoun(next) && (right_after_name || body_name) &&
                                      (body_name || wc::IsAcronym(a_.words[j - 1])) && NoTimeWordAt(j);
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
        // So does a name after a determiner and adjectives or a number, wherever the phrase is: "a
        // sophisticated BAK surface-to-air missile", "the three Western European countries".
        bool described_name = has_noun && !acronym_modifier && !name_modifier && t == T::kJJ &&
                              IsProperNoun(a_.tags[j - 1]) && *determiner == static_cast<int32_t>(i) && j >= i + 3 &&
                              (next == T::kNN || next == T::kNNS) && NoTimeWordAt(j);
        for (uint32_t k = i + 1; described_name && k + 1 < j; ++k) {
          described_name = a_.tags[k] == T::kJJ || a_.tags[k] == T::kCD;
        }
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
        if (has_noun && !acronym_modifier && !name_modifier && !described_name && !particle_compound &&
            !apposition_compound &&
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
        // "detained by soldiers hours after a reshuffle": a period before "after", "before", "later", "earlier"
        // or "ago" is a time phrase of its own.
        if (has_noun && wc::HasBit(a_.word_bits[j], wc::kPeriodWordBit) && j + 1 < n_ &&
            (wc::EqualsLower(a_.words[j + 1], "after") || wc::EqualsLower(a_.words[j + 1], "before") ||
             wc::EqualsLower(a_.words[j + 1], "later") || wc::EqualsLower(a_.words[j + 1], "earlier") ||
             wc::EqualsLower(a_.words[j + 1], "ago"))) {
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
        // "pledged to give Ukraine air defence missiles", "sold Taiwan weapons": after a verb of giving, a bare
        // name and the common noun after it are two objects, the receiver and the thing given.
        if (has_noun && (t == T::kNN || t == T::kNNS) && IsProperNoun(a_.tags[j - 1]) && *determiner == kNone &&
            NameRightAfterAGivingVerb(i, j)) {
          break;
        }
        // "took journalists hostage": what people are made is a phrase of
        // its own, no compound with them (but "Hamas hostages").
        if (has_noun && a_.tags[j - 1] == T::kNNS &&
            (wc::EqualsLower(a_.words[j], "hostage") || wc::EqualsLower(a_.words[j], "hostages") ||
             wc::EqualsLower(a_.words[j], "captive"))) {
          break;
        }
        // "U.S. and Philippine troops": a state's acronym joined to a
        // nationality shares its noun, as two nationalities do. (The tags
        // first: they rule out most nouns before their word is read.)
        if (!has_noun && j + 3 < n_ && a_.tags[j + 1] == T::kCC && wc::IsAcronym(a_.words[j]) &&
            (wc::EqualsLower(a_.words[j + 1], "and") || wc::EqualsLower(a_.words[j + 1], "or")) &&
            a_.tags[j + 2] == T::kJJ && std::isupper(static_cast<unsigned char>(a_.words[j + 2][0])) &&
            (a_.tags[j + 3] == T::kNN || a_.tags[j + 3] == T::kNNS)) {
          j += 3;
          continue;
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
      } else if ((t == T::kRB || t == T::kRBS || t == T::kRBR) && !has_noun &&
                 ((j > i && IsDeterminer(a_.tags[j - 1])) || (t != T::kRB && OpensAfterPossessive(j, i))) &&
                 (IsAdjective(next) || next == T::kVBN)) {
        ++j;  // "a very large", "an increasingly violent", "the most vocal", "Trump's most vocal"
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

  // Whether tokens [i, j) are all proper nouns right after a verb of giving to someone (wc::IsGivingVerb).
  bool NameRightAfterAGivingVerb(uint32_t i, uint32_t j) const {
    if (i == 0 || !IsVerb(a_.tags[i - 1]) || !wc::IsGivingVerb(a_.lemma(i - 1))) return false;
    for (uint32_t k = i; k < j; ++k) {
      if (!IsProperNoun(a_.tags[k])) return false;
    }
    return true;
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

}  // namespace

void ChunkNounPhrases(SentenceAnalysis* analysis, ChunkScan scan) {
  FindMultiWordPrepositions(*analysis);
  Chunker(analysis, scan).Run();
}

}  // namespace khaldun::lang_internal
